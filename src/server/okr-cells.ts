// The cells of one OKR row as the add-on writes them: a new row's inputs and formulas
// (composeRow), and the cells an action changed in an existing row, and nothing else
// (writeRow). A "=..." string in setValues becomes a formula; user text is protected
// (core/okr-rows.ts: protectText) and goes into a text-formatted cell without its apostrophe.
import type { ColumnKey, InputKey } from '../core/columns';
import type { Cell, OkrItem } from '../core/model';
import { itemCell, itemCells, ITEM_CELL_KEYS, type SheetItem } from '../core/okr-rows';
import {
  rowFormulas,
  rowTemplate,
  templateText,
  type FormulaContext,
  type RowTemplate,
} from './formulas';
import { rowSlots } from './formulas-chain';
import { shapeOf, type OkrTab } from './okr-sheet';
import { forTextCells, sameAsRead } from './text-cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where a context's input keys and each template's formulas go: worked out once, not per row. */
interface Placement {
  inputs: { key: InputKey; col: number }[];
  formulas: Map<RowTemplate, { col: number; parts: readonly string[] }[]>;
}
const placements = new WeakMap<FormulaContext, Placement>();

function placementOf(ctx: FormulaContext): Placement {
  let p = placements.get(ctx);
  if (!p) {
    const inputs: Placement['inputs'] = [];
    for (const key of ITEM_CELL_KEYS) {
      const col = ctx.columns[key];
      if (col !== undefined) inputs.push({ key, col });
    }
    p = { inputs, formulas: new Map() };
    placements.set(ctx, p);
  }
  return p;
}

/** The cells of one row: inputs from the item, formulas by its shape; people's columns blank. */
export function composeRow(
  item: OkrItem,
  row: number,
  width: number,
  ctx: FormulaContext,
  byId: ReadonlyMap<string, OkrItem>,
): Cell[] {
  const cells: Cell[] = new Array<Cell>(width).fill('');
  const placement = placementOf(ctx);
  const lang = ctx.lang;
  for (const { key, col } of placement.inputs)
    if (col < width) cells[col] = itemCell(item, key, lang);
  const template = rowTemplate(shapeOf(item, byId), ctx);
  let formulas = placement.formulas.get(template);
  if (!formulas) {
    formulas = [];
    for (const [key, parts] of template) {
      const col = ctx.columns[key];
      if (col !== undefined) formulas.push({ col, parts });
    }
    placement.formulas.set(template, formulas);
  }
  const rowText = rowSlots(item, byId, row);
  for (const { col, parts } of formulas) if (col < width) cells[col] = templateText(parts, rowText);
  return cells;
}

/**
 * Writes only the given columns of one row: one call per contiguous run of them, formulas with
 * setFormulas (a formula stays a formula in a column formatted as Plain text) and values with
 * setValues. People's own columns in between are left alone. With the row's number formats,
 * protected text goes into text-formatted cells without its apostrophe (forTextCells).
 */
export function writeCells(
  sheet: Sheet,
  row: number,
  cells: Map<number, Cell>,
  formats?: readonly string[],
): void {
  const cols = [...cells.keys()].sort((a, b) => a - b);
  const formulaCols = new Set(
    cols.filter((c) => {
      const v = cells.get(c);
      return typeof v === 'string' && v.startsWith('=');
    }),
  );
  if (formats) forTextCells(cells, formats);
  let i = 0;
  while (i < cols.length) {
    let j = i;
    const kind = formulaCols.has(cols[i] as number);
    while (
      j + 1 < cols.length &&
      cols[j + 1] === (cols[j] as number) + 1 &&
      formulaCols.has(cols[j + 1] as number) === kind
    )
      j++;
    const start = cols[i] as number;
    const run = cols.slice(i, j + 1).map((c) => cells.get(c) as Cell);
    const range = sheet.getRange(row, start + 1, 1, run.length);
    if (kind) range.setFormulas([run as string[]]);
    else range.setValues([run]);
    i = j + 1;
  }
}

/**
 * Writes `cells` (by 1-based row) into one column (0-based `col`): one setValues per run of
 * consecutive rows, so the rows in between — a person's values and formulas — are not written.
 */
export function writeColumnRuns(sheet: Sheet, col: number, cells: ReadonlyMap<number, Cell>): void {
  const rows = [...cells.keys()].sort((a, b) => a - b);
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === (rows[j] as number) + 1) j++;
    const column = rows.slice(i, j + 1).map((r) => [cells.get(r) as Cell]);
    sheet.getRange(rows[i] as number, col + 1, column.length, 1).setValues(column);
    i = j + 1;
  }
}

/**
 * Writes what an action changed in one row, and nothing else: the item's `changed` inputs that
 * differ from what was read, and our formulas that differ from the row's (one read of its
 * formulas and one of its number formats). A person's cells in the row — their own columns, a
 * value another collaborator just typed, cells their ARRAYFORMULA spills into — are never
 * written back, so a spill is not broken and other people's edits are kept; text goes into a
 * text-formatted cell without the protecting apostrophe (forTextCells). Returns the row's
 * number formats as read (null when nothing needed writing, and so nothing was read).
 */
export function writeRow(
  tab: OkrTab,
  item: SheetItem,
  ctx: FormulaContext,
  byId: ReadonlyMap<string, OkrItem>,
  changed: readonly InputKey[] = [],
): string[] | null {
  const width = Math.max(tab.width, ...Object.values(tab.columns).map((c) => (c as number) + 1));
  const range = tab.sheet.getRange(item.row, 1, 1, width);
  const formulas = range.getFormulas()[0] ?? [];
  const read = tab.values[item.row - 1] ?? [];
  const patch = rowPatch(item, item.row, ctx, byId, changed);
  for (const [c, cell] of [...patch]) {
    const isFormula = typeof cell === 'string' && cell.startsWith('=');
    const unchanged = isFormula
      ? formulas[c] === cell
      : read[c] !== undefined && sameAsRead(cell, read[c]);
    if (unchanged) patch.delete(c);
  }
  if (patch.size === 0) return null;
  const formats = range.getNumberFormats()[0] ?? [];
  writeCells(tab.sheet, item.row, patch, formats);
  return formats;
}

/** The cells (by 0-based column) of an item's inputs and formulas, for writeCells. */
function rowPatch(
  item: OkrItem,
  row: number,
  ctx: FormulaContext,
  byId: ReadonlyMap<string, OkrItem>,
  only?: readonly InputKey[],
): Map<number, Cell> {
  const patch = new Map<number, Cell>();
  const inputs = itemCells(item, ctx.lang);
  for (const [key, value] of Object.entries(inputs) as [InputKey, Cell][]) {
    if (only && !only.includes(key)) continue;
    const c = ctx.columns[key];
    if (c !== undefined) patch.set(c, value);
  }
  const formulas = rowFormulas(shapeOf(item, byId), rowSlots(item, byId, row), ctx);
  for (const [key, f] of Object.entries(formulas) as [ColumnKey, string][]) {
    const c = ctx.columns[key];
    if (c !== undefined) patch.set(c, f);
  }
  return patch;
}

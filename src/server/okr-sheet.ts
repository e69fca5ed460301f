// The OKR tab adapter: one batched read (getDataRange().getValues()) turned into items, and
// the row writes the actions need. A new row is one setValues over its block of cells (a
// "=..." string in setValues becomes a formula); a changed row writes only the cells the
// action changed (writeRow). Columns are found by header; user text is protected
// (okr-rows.ts: protectText).
import {
  COLUMN_BY_KEY,
  IDS_METADATA_KEY,
  OKR_COLUMNS,
  REQUIRED_COLUMNS,
  matchHeader,
  type ColumnDef,
  type ColumnKey,
  type ColumnMap,
  type HeaderMatch,
  type InputKey,
} from '../core/columns';
import type { Lang } from '../core/i18n';
import { IdAllocator, parseMarks } from '../core/ids';
import type { Cell, OkrItem } from '../core/model';
import type { DecimalMark } from '../core/values';
import {
  indexById,
  itemCell,
  itemCells,
  ITEM_CELL_KEYS,
  readItems,
  tierOf,
  type CellIssue,
  type SheetItem,
} from '../core/okr-rows';
import { userError } from './errors';
import {
  rowFormulas,
  rowTemplate,
  templateText,
  type FormulaContext,
  type RowShape,
  type RowTemplate,
} from './formulas';
import { chainShapeOf, rowSlots } from './formulas-chain';
import { dateFormatter, isDate } from './locale';
import { documentVisibility, type Settings } from './tabs';
import { forTextCells, sameAsRead } from './text-cells';

export { forTextCells, isTextFormat, textCellsOfRow } from './text-cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface OkrTab {
  sheet: Sheet;
  /** 1-based row of the header. */
  headerRow: number;
  header: HeaderMatch;
  columns: ColumnMap;
  /** Number of columns of the data range. */
  width: number;
  /** Last row with content (1-based). */
  lastRow: number;
  items: SheetItem[];
  issues: CellIssue[];
  /** The values of the data range (Dates turned into ISO text in date columns). */
  values: unknown[][];
}

/** Reads the OKR tab in one call. Throws a UserError when required columns are missing. */
/** The OKR tab's rows; text in number columns is read under the sheet's decimal `mark`. */
export function readOkrTab(
  sheet: Sheet,
  tz: string,
  lang: Lang,
  strict = true,
  mark: DecimalMark = '.',
): OkrTab {
  const values = sheet.getDataRange().getValues();
  const matched = matchHeader(values);
  // Rows but no header row at all: nothing can be read or repaired safely (Repair would write a
  // header into a data row); say so instead of naming every column as missing.
  const hasContent = values.some((row) => row.some((v) => v !== '' && v !== null));
  if (!matched && hasContent) throw userError(lang, 'err.noHeader', { sheet: sheet.getName() });
  const header = matched ?? {
    headerRow: 0,
    columns: {},
    missing: OKR_COLUMNS.map((c) => c.key),
    extra: [],
  };
  const missingRequired = REQUIRED_COLUMNS.filter((k) => header.columns[k] === undefined);
  if (strict && missingRequired.length > 0) {
    throw userError(lang, 'err.missingColumns', {
      columns: missingRequired.map((k) => COLUMN_BY_KEY[k].header[lang]).join(', '),
    });
  }
  // Dates in our columns (e.g. a Last check-in typed by hand) become ISO text in the sheet's
  // time zone; people's own columns keep their Dates, so a row written back stays a date.
  const fmt = dateFormatter(tz);
  const ourColumns = Object.values(header.columns) as number[];
  for (const row of values) {
    for (const c of ourColumns) {
      const v = row[c];
      if (isDate(v)) row[c] = fmt(v);
    }
  }
  const body = values.slice(header.headerRow + 1);
  const { items, issues } = readItems(body, header.columns, header.headerRow + 2, mark);
  return {
    sheet,
    headerRow: header.headerRow + 1,
    header,
    columns: header.columns,
    width: values[0]?.length ?? 0,
    lastRow: values.length,
    items,
    issues,
    values,
  };
}

/** The ID allocator for this tab: above the metadata's marks and every ID in the sheet. */
export function idAllocator(tab: OkrTab): { ids: IdAllocator; save: () => void } {
  const found = tab.sheet.createDeveloperMetadataFinder().withKey(IDS_METADATA_KEY).find();
  const md = found[0];
  const ids = new IdAllocator(
    parseMarks(md ? md.getValue() : ''),
    tab.items.map((i) => i.id),
  );
  const before = ids.toJSON();
  return {
    ids,
    save: () => {
      const now = ids.toJSON();
      if (md && now === before && md.getValue() === now) return;
      if (md) md.setValue(now);
      else tab.sheet.addDeveloperMetadata(IDS_METADATA_KEY, now, documentVisibility());
    },
  };
}

/** The formula shape of an item's row (its template key), its place in a chain included. */
export function shapeOf(item: OkrItem, byId: ReadonlyMap<string, OkrItem>): RowShape {
  const chain = chainShapeOf(item, byId);
  return {
    type: item.type,
    tier: tierOf(item, byId),
    rollup: item.kind === 'rollup',
    closed: item.closed === true,
    chain: chain.chain,
    counts: chain.counts,
    hasNext: chain.hasNext,
    hasFirst: chain.hasFirst,
  };
}

/** The add-on's formula columns the tab lacks: visible ones (people deleted them) and hidden. */
export function missingFormulaColumns(tab: OkrTab): { visible: ColumnDef[]; hidden: ColumnDef[] } {
  const missing = OKR_COLUMNS.filter((c) => c.role !== 'input' && tab.columns[c.key] === undefined);
  return {
    visible: missing.filter((c) => c.role === 'formula'),
    hidden: missing.filter((c) => c.role === 'helper'),
  };
}

/**
 * Every formula and helper column must be on the tab before rows are written, or the new
 * formulas would point nowhere: a clear error (use Repair) before anything is written. It names
 * the visible columns people deleted; hidden ones only when nothing else is missing.
 */
export function requireFormulaColumns(tab: OkrTab, lang: Lang): OkrTab {
  const { visible, hidden } = missingFormulaColumns(tab);
  const named = visible.length > 0 ? visible : hidden;
  if (named.length > 0) {
    throw userError(lang, 'err.missingColumns', {
      columns: named.map((c) => c.header[lang]).join(', '),
    });
  }
  return tab;
}

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
export function rowPatch(
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

export function formulaContext(tab: { columns: ColumnMap }, settings: Settings): FormulaContext {
  return {
    columns: tab.columns,
    lang: settings.lang,
    thresholds: settings.cells,
    mark: settings.mark,
  };
}

/** The row after which an item belongs in outline order. */
export function insertionRow(tab: OkrTab, item: OkrItem): number {
  const byId = indexById(tab.items);
  const lastDescendantRow = (id: string): number => {
    let last = byId.get(id.toUpperCase())?.row ?? 0;
    const stack = [id.toUpperCase()];
    while (stack.length) {
      const current = stack.pop() as string;
      for (const it of tab.items) {
        if (it.parentId.toUpperCase() === current && it.id) {
          if (it.row > last) last = it.row;
          stack.push(it.id.toUpperCase());
        }
      }
    }
    return last;
  };
  if (item.type !== 'objective' && item.parentId) {
    const row = lastDescendantRow(item.parentId);
    if (row > 0) return row;
  }
  if (item.type === 'objective') {
    // After the last objective (and its items) of the same level and period; else at the end.
    const same = tab.items.filter(
      (i) => i.type === 'objective' && i.level === item.level && i.period === item.period,
    );
    const lastObjective = same[same.length - 1];
    if (lastObjective) return lastDescendantRow(lastObjective.id);
  }
  return Math.max(tab.lastRow, tab.headerRow);
}

/** The IDs of an item's descendants (key results, initiatives), depth first. */
export function descendantsOf(items: readonly SheetItem[], id: string): SheetItem[] {
  const out: SheetItem[] = [];
  const stack = [id.toUpperCase()];
  const seen = new Set<string>(stack);
  while (stack.length) {
    const current = stack.pop() as string;
    for (const it of items) {
      if (it.parentId.toUpperCase() === current) {
        out.push(it);
        const key = it.id.toUpperCase();
        if (key && !seen.has(key)) {
          seen.add(key);
          stack.push(key);
        }
      }
    }
  }
  return out;
}

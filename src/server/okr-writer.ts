// Every write of rows to the OKR tab: a tab laid afresh (Set up, Structure, Repair of an empty
// tab), items appended below the last row (Structure, Start the next quarter), one item inserted
// in outline order (Add), rows rewritten (Edit, Move, Check in) and rows deleted (Delete). Each
// keeps the tab in memory as the sheet now is, so the action's answer needs no second read.
import { OKR_COLUMNS, freshColumnMap, freshHeader, type InputKey } from '../core/columns';
import { insertionRow } from '../core/hierarchy';
import type { Cell, OkrItem } from '../core/model';
import { indexById, placedItem, type SheetItem } from '../core/okr-rows';
import { setValuesInChunks } from './chunks';
import {
  applyColumnRules,
  applyHeaderLayout,
  applyRowStyles,
  ensureColumnRules,
  formatRows,
} from './formatting';
import { composeRow, writeRow } from './okr-cells';
import { textCellsOfRow } from './text-cells';
import { formulaContext, type OkrTab } from './okr-sheet';
import { groupAppended, groupObjectives, joinRowGroup } from './row-groups';
import type { Settings } from './tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The width every row of the tab is written with: the data range and every column we know. */
export function tabWidth(tab: Pick<OkrTab, 'width' | 'columns'>): number {
  return Math.max(tab.width, ...Object.values(tab.columns).map((c) => (c as number) + 1));
}

/** Grows a sheet to at least `rows` × `columns` (two calls, plus one per dimension grown). */
function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * Writes items (outline order) into a fresh OKR tab below a fresh header: one setValues for
 * header and rows (per chunk of rows, chunks.ts), then the layout. Returns the items as written
 * (each with its row).
 */
export function writeFreshOkrTab(settings: Settings, sheet: Sheet, items: OkrItem[]): SheetItem[] {
  const lang = settings.lang;
  const columns = freshColumnMap();
  const width = OKR_COLUMNS.length;
  const fctx = formulaContext({ columns }, settings);
  // Placed first: one object shape for every item, whatever built it (import, example).
  const sheetItems: SheetItem[] = items.map((item, i) => placedItem(item, i + 2));
  const byId = indexById(sheetItems);
  const rows: Cell[][] = [freshHeader(lang)];
  for (const item of sheetItems) rows.push(composeRow(item, item.row, width, fctx, byId));
  ensureSize(sheet, rows.length, width);
  setValuesInChunks(sheet, 1, 1, rows);
  applyHeaderLayout(sheet, columns, 1, true);
  applyRowStyles(sheet, columns, 1, items.length + 1, width, sheetItems, true);
  applyColumnRules(sheet, columns, 1, formatRows(items.length + 1, 1), settings);
  groupObjectives(sheet, sheetItems);
  return sheetItems;
}

/**
 * Appends items below the tab's last row: one setValues per chunk, then their row styles; the
 * tab in memory gets them. With `formats`, text goes into text-formatted cells without its
 * apostrophe (one read of the new rows' number formats). Returns the rows written.
 */
export function appendItems(
  tab: OkrTab,
  items: readonly OkrItem[],
  settings: Settings,
  formats: boolean,
): SheetItem[] {
  const sheet = tab.sheet;
  const first = tab.lastRow + 1;
  const width = tabWidth(tab);
  const fctx = formulaContext(tab, settings);
  const placed: SheetItem[] = items.map((item, i) => placedItem(item, first + i));
  const byId = indexById<OkrItem>([...tab.items, ...placed]);
  let rows: Cell[][] = placed.map((item) => composeRow(item, item.row, width, fctx, byId));
  const last = first + rows.length - 1;
  // The tab may end at its last item (a structured or grown tab): make room first.
  ensureSize(sheet, last, width);
  if (formats) {
    const read = sheet.getRange(first, 1, rows.length, width).getNumberFormats();
    rows = rows.map((row, i) => textCellsOfRow(row, read[i] ?? []));
  }
  setValuesInChunks(sheet, first, 1, rows);
  applyRowStyles(sheet, tab.columns, first - 1, last, width, placed);
  tab.items.push(...placed);
  tab.lastRow = last;
  groupAppended(tab, placed);
  return placed;
}

/**
 * Inserts a new item in outline order (core/hierarchy.ts insertionRow): one inserted row, one
 * setValues of its cells, its row style. The rows below move down in memory.
 */
export function insertItem(tab: OkrTab, item: OkrItem, settings: Settings): SheetItem {
  const after = insertionRow(tab.items, item, Math.max(tab.lastRow, tab.headerRow), tab.headerRow);
  const row = after + 1;
  const sheet = tab.sheet;
  if (after <= tab.headerRow && tab.lastRow <= tab.headerRow) {
    // The first row of an empty tab: the blank row below the header is there, formatted
    // and inside every column rule. A row inserted right below the header would instead
    // push those rules' ranges down and be left outside them (as in Sheets).
    ensureSize(sheet, row, 1);
  } else sheet.insertRowsAfter(after, 1);
  const placed = placedItem(item, row);
  const fctx = formulaContext(tab, settings);
  const width = tabWidth(tab);
  const range = sheet.getRange(row, 1, 1, width);
  const cells = composeRow(placed, row, width, fctx, indexById([...tab.items, placed]));
  range.setValues([textCellsOfRow(cells, range.getNumberFormats()[0] ?? [])]);
  applyRowStyles(sheet, tab.columns, row - 1, row, width, [placed]);
  if (item.type !== 'objective') joinRowGroup(tab, row, after);
  // Rows are inserted inside the column rules (they grow with them); an objective on a tab
  // of an earlier version needs the row-look rules laid first. A row inserted right below the
  // header (an objective of a level above every other on the tab) is at the rules' edge,
  // where they do not grow (as in Sheets): the rules are laid again over the rows.
  if (after === tab.headerRow && tab.lastRow > tab.headerRow) {
    const rows = formatRows(tab.lastRow + 1, tab.headerRow);
    applyColumnRules(sheet, tab.columns, tab.headerRow, rows, settings);
  } else if (item.type === 'objective') {
    const last = Math.max(tab.lastRow + 1, row);
    ensureColumnRules(sheet, tab.columns, tab.headerRow, last, settings);
  }
  // The tab in memory: rows below the new one moved down.
  const at = tab.items.findIndex((other) => other.row >= row);
  for (const other of tab.items) if (other.row >= row) other.row++;
  if (at < 0) tab.items.push(placed);
  else tab.items.splice(at, 0, placed);
  tab.lastRow = Math.max(tab.lastRow + 1, row);
  return placed;
}

/**
 * Rewrites the inputs (`only` those, or none) and the formulas of each row: two calls a row.
 * Returns each row's number formats as writeRow read them (null for a row left as it was).
 */
export function rewriteRows(
  tab: OkrTab,
  settings: Settings,
  rows: readonly SheetItem[],
  only: readonly InputKey[] = [],
): (string[] | null)[] {
  const fctx = formulaContext(tab, settings);
  const byId = indexById(tab.items);
  return rows.map((item) => writeRow(tab, item, fctx, byId, only));
}

/**
 * Deletes the rows of `doomed`: one deleteRows per run of consecutive rows, from the bottom up.
 * The tab in memory loses them and the rows below move up.
 */
export function deleteItems(tab: OkrTab, doomed: readonly SheetItem[]): void {
  const rows = [...new Set(doomed.map((d) => d.row))].sort((a, b) => b - a);
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === (rows[j] as number) - 1) j++;
    const bottom = rows[i] as number;
    const top = rows[j] as number;
    tab.sheet.deleteRows(top, bottom - top + 1);
    i = j + 1;
  }
  // In row order, one pass counts the deleted rows above each kept row.
  const deleted = [...rows].reverse();
  const gone = new Set(deleted);
  const kept = tab.items.filter((other) => !gone.has(other.row)).sort((a, b) => a.row - b.row);
  let above = 0;
  for (const other of kept) {
    while (above < deleted.length && (deleted[above] as number) < other.row) above++;
    other.row -= above;
  }
  tab.items = kept;
  tab.lastRow -= deleted.length;
}

// The base of LocalSheet: its rows and columns — inserting, deleting and moving them (through
// the Workbook, so formulas and everything anchored to them follow), appending a row, frozen
// rows and columns, row groups, hiding, widths and heights. Inherited methods are counted as
// Sheet calls like LocalSheet's own (accounting.ts counts by the name of the service).
import type { Dimension } from './a1';
import { checkArgs, local, requireInt, type GRange, type GSheet } from './gas';
import { LocalRange } from './range';
import { RowGroup } from './row-group';
import type { SheetData } from './sheet-data';
import type { LocalSpreadsheet } from './spreadsheet';

type S = GoogleAppsScript.Spreadsheet.Sheet;
type Implemented =
  | 'insertRows'
  | 'insertRowBefore'
  | 'insertRowAfter'
  | 'insertRowsBefore'
  | 'insertRowsAfter'
  | 'deleteRow'
  | 'deleteRows'
  | 'moveRows'
  | 'moveColumns'
  | 'insertColumns'
  | 'insertColumnBefore'
  | 'insertColumnAfter'
  | 'insertColumnsBefore'
  | 'insertColumnsAfter'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'appendRow'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenColumns'
  | 'getRowGroup'
  | 'getRowGroupDepth'
  | 'collapseAllRowGroups'
  | 'expandAllRowGroups'
  | 'hideRows'
  | 'showRows'
  | 'hideRow'
  | 'unhideRow'
  | 'isRowHiddenByUser'
  | 'hideColumns'
  | 'showColumns'
  | 'isColumnHiddenByUser'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'getColumnWidth'
  | 'setRowHeight'
  | 'setRowHeights'
  | 'getRowHeight'
  | 'autoResizeColumns'
  | 'autoResizeColumn';

export class SheetDimensions implements Pick<S, Implemented> {
  constructor(
    readonly ss: LocalSpreadsheet,
    readonly data: SheetData,
  ) {}

  protected get wb() {
    return this.ss.model;
  }

  protected alive(): SheetData {
    if (!this.wb.sheets.includes(this.data)) throw new Error('The sheet was deleted.');
    return this.data;
  }

  protected self(): GSheet {
    return this.ss.sheetOf(this.data);
  }

  // ---- rows and columns --------------------------------------------------------------------

  /** Inserts at `at`; the new rows/columns take the formatting of `inheritFrom` (see Workbook.insert). */
  private insert(dim: Dimension, at: number, count: number, inheritFrom: number): GSheet {
    const s = this.alive();
    const max = dim === 'ROWS' ? s.maxRows : s.maxCols;
    if (at < 1 || at > max + 1)
      throw new Error(`Those ${dim === 'ROWS' ? 'rows' : 'columns'} are out of bounds.`);
    this.wb.insert(
      s,
      dim,
      at,
      count,
      inheritFrom >= 1 && inheritFrom <= max ? inheritFrom : undefined,
    );
    return this.self();
  }
  private remove(dim: Dimension, at: number, count: number): GSheet {
    this.wb.remove(this.alive(), dim, at, count);
    return this.self();
  }
  // Before r: formatted like row r (the row below the new ones); after r: like row r.
  insertRows(rowIndex: number, numRows = 1): void {
    this.insert('ROWS', rowIndex, numRows, rowIndex);
  }
  insertRowBefore(before: number): GSheet {
    return this.insert('ROWS', before, 1, before);
  }
  insertRowAfter(after: number): GSheet {
    return this.insert('ROWS', after + 1, 1, after);
  }
  insertRowsBefore(before: number, howMany: number): GSheet {
    return this.insert('ROWS', before, howMany, before);
  }
  insertRowsAfter(after: number, howMany: number): GSheet {
    return this.insert('ROWS', after + 1, howMany, after);
  }
  deleteRow(position: number): GSheet {
    return this.remove('ROWS', position, 1);
  }
  deleteRows(position: number, howMany: number): void {
    this.remove('ROWS', position, howMany);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insert('COLUMNS', columnIndex, numColumns, columnIndex);
  }
  insertColumnBefore(before: number): GSheet {
    return this.insert('COLUMNS', before, 1, before);
  }
  insertColumnAfter(after: number): GSheet {
    return this.insert('COLUMNS', after + 1, 1, after);
  }
  insertColumnsBefore(before: number, howMany: number): GSheet {
    return this.insert('COLUMNS', before, howMany, before);
  }
  insertColumnsAfter(after: number, howMany: number): GSheet {
    return this.insert('COLUMNS', after + 1, howMany, after);
  }
  deleteColumn(position: number): GSheet {
    return this.remove('COLUMNS', position, 1);
  }
  deleteColumns(position: number, howMany: number): void {
    this.remove('COLUMNS', position, howMany);
  }

  /**
   * Moves the rows `rowSpec` spans to before row `destinationIndex` (counted before the move):
   * moveRows(getRange('A1:A2'), 5) puts old rows 1-2 at rows 3-4.
   */
  moveRows(rowSpec: GRange, destinationIndex: number): void {
    this.moveSpan('ROWS', rowSpec, destinationIndex);
  }
  moveColumns(columnSpec: GRange, destinationIndex: number): void {
    this.moveSpan('COLUMNS', columnSpec, destinationIndex);
  }
  private moveSpan(dim: Dimension, spec: GRange, destinationIndex: number): void {
    const method = `SpreadsheetApp.Sheet.${dim === 'ROWS' ? 'moveRows' : 'moveColumns'}`;
    checkArgs(method, [spec, destinationIndex], 2);
    const range = local(spec, LocalRange, 'Range');
    const s = this.alive();
    if (range.data !== s) throw new Error('The range must be on the sheet it moves rows of.');
    const dest = requireInt(method, 'destination index', destinationIndex);
    if (dim === 'ROWS') this.wb.move(s, dim, range.row, range.numRows, dest);
    else this.wb.move(s, dim, range.col, range.numCols, dest);
  }

  appendRow(rowContents: unknown[]): GSheet {
    if (!Array.isArray(rowContents) || rowContents.length === 0)
      throw new Error(
        "The parameters () don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    const s = this.alive();
    const row = s.lastRow() + 1;
    if (row > s.maxRows) s.maxRows = row;
    if (rowContents.length > s.maxCols)
      this.wb.insert(s, 'COLUMNS', s.maxCols + 1, rowContents.length - s.maxCols);
    this.wb.write(s, row, 1, [rowContents]);
    return this.self();
  }

  setFrozenRows(rows: number): void {
    this.alive().frozenRows = requireInt(
      'SpreadsheetApp.Sheet.setFrozenRows',
      'number of rows',
      rows,
      0,
    );
  }
  getFrozenRows(): number {
    return this.alive().frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.alive().frozenCols = requireInt(
      'SpreadsheetApp.Sheet.setFrozenColumns',
      'number of columns',
      columns,
      0,
    );
  }
  getFrozenColumns(): number {
    return this.alive().frozenCols;
  }

  getRowGroupDepth(rowIndex: number): number {
    return this.alive().rowMeta[rowIndex - 1]?.depth ?? 0;
  }
  /**
   * The row group of that depth at a row inside it or at its control toggle. Where there is none,
   * this throws: the reference's Return says "the row group at the control index and depth, or
   * throws an exception if the group doesn't exist" (developers.google.com/apps-script/reference/
   * spreadsheet/sheet#getRowGroup(Integer,Integer)), though its example's comment says null. The
   * stricter reading is the one here; the add-on handles both (src/server/row-groups.ts groupAt).
   */
  getRowGroup(rowIndex: number, groupDepth: number): GoogleAppsScript.Spreadsheet.Group {
    requireInt('SpreadsheetApp.Sheet.getRowGroup', 'rowIndex', rowIndex, 1);
    requireInt('SpreadsheetApp.Sheet.getRowGroup', 'groupDepth', groupDepth, 1);
    const group = RowGroup.find(this.ss, this.alive(), rowIndex, groupDepth);
    if (!group) throw new Error(`There is no row group of depth ${groupDepth} at row ${rowIndex}.`);
    return group;
  }
  collapseAllRowGroups(): GSheet {
    for (const g of RowGroup.all(this.ss, this.alive())) g.collapse();
    return this.self();
  }
  expandAllRowGroups(): GSheet {
    for (const g of RowGroup.all(this.ss, this.alive())) g.expand();
    return this.self();
  }

  hideRows(rowIndex: number, numRows = 1): void {
    const s = this.alive();
    for (let r = rowIndex; r < rowIndex + numRows; r++) s.rowMetaAt(r).hidden = true;
  }
  showRows(rowIndex: number, numRows = 1): void {
    const s = this.alive();
    for (let r = rowIndex; r < rowIndex + numRows; r++) delete s.rowMetaAt(r).hidden;
  }
  hideRow(row: GRange): void {
    const r = local(row, LocalRange, 'Range');
    this.hideRows(r.row, r.numRows);
  }
  unhideRow(row: GRange): void {
    const r = local(row, LocalRange, 'Range');
    this.showRows(r.row, r.numRows);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this.alive().rowMeta[rowPosition - 1]?.hidden === true;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    const s = this.alive();
    for (let c = columnIndex; c < columnIndex + numColumns; c++) s.colMetaAt(c).hidden = true;
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    const s = this.alive();
    for (let c = columnIndex; c < columnIndex + numColumns; c++) delete s.colMetaAt(c).hidden;
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.alive().colMeta[columnPosition - 1]?.hidden === true;
  }

  setColumnWidth(columnPosition: number, width: number): GSheet {
    this.alive().colMetaAt(columnPosition).width = width;
    return this.self();
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.setColumnWidth(c, width);
    return this.self();
  }
  getColumnWidth(columnPosition: number): number {
    return this.alive().colMeta[columnPosition - 1]?.width ?? 100;
  }
  autoResizeColumns(startColumn: number, numColumns: number): GSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++)
      delete this.alive().colMetaAt(c).width;
    return this.self();
  }
  autoResizeColumn(columnPosition: number): GSheet {
    return this.autoResizeColumns(columnPosition, 1);
  }
  setRowHeight(rowPosition: number, height: number): GSheet {
    this.alive().rowMetaAt(rowPosition).height = height;
    return this.self();
  }
  setRowHeights(startRow: number, numRows: number, height: number): GSheet {
    for (let r = startRow; r < startRow + numRows; r++) this.setRowHeight(r, height);
    return this.self();
  }
  getRowHeight(rowPosition: number): number {
    return this.alive().rowMeta[rowPosition - 1]?.height ?? 21;
  }
}

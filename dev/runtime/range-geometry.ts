// The base of LocalRange: where a Range is (its sheet, rows and columns), the helpers every
// Range method reads and writes through, and the methods about its place in the sheet —
// geometry, row groups, protection and developer metadata. Inherited methods are counted as
// Range calls like LocalRange's own (accounting.ts counts by the name of the service).
import { toA1, type GridRange } from './a1';
import { checkArgs, gas, requireInt, typeName, type GRange, type GSheet } from './gas';
import type { SheetData } from './sheet-data';
import type { LocalSpreadsheet } from './spreadsheet';

type R = GoogleAppsScript.Spreadsheet.Range;
type Implemented =
  | 'offset'
  | 'getRow'
  | 'getColumn'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getA1Notation'
  | 'getSheet'
  | 'activate'
  | 'getCell'
  | 'getGridId'
  | 'shiftRowGroupDepth'
  | 'protect'
  | 'addDeveloperMetadata'
  | 'getDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'getRowIndex'
  | 'getColumnIndex'
  | 'getHeight'
  | 'getWidth';

export class RangeGeometry implements Pick<R, Extract<Implemented, keyof R>> {
  constructor(
    readonly ss: LocalSpreadsheet,
    readonly data: SheetData,
    readonly row: number,
    readonly col: number,
    readonly numRows: number,
    readonly numCols: number,
  ) {}

  /** The workbook model (for the helper modules, not part of the Apps Script surface). */
  get wb() {
    return this.ss.model;
  }

  grid(): GridRange {
    return this.data.gridRange(this.row, this.col, this.numRows, this.numCols);
  }

  alive(): SheetData {
    if (!this.wb.sheets.includes(this.data)) throw new Error('The sheet was deleted.');
    return this.data;
  }

  map<T>(fn: (row: number, col: number) => T): T[][] {
    const sheet = this.alive();
    void sheet;
    const out: T[][] = [];
    for (let i = 0; i < this.numRows; i++) {
      const line: T[] = new Array<T>(this.numCols);
      for (let j = 0; j < this.numCols; j++) line[j] = fn(this.row + i, this.col + j);
      out.push(line);
    }
    return out;
  }

  checkMatrix(method: string, m: unknown): unknown[][] {
    if (!Array.isArray(m) || m.some((r) => !Array.isArray(r)))
      throw new Error(
        `The parameters (${typeName(m)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    const rows = m as unknown[][];
    if (rows.length !== this.numRows)
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this.numRows}.`,
      );
    for (const r of rows)
      if (r.length !== this.numCols)
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${this.numCols}.`,
        );
    return rows;
  }

  fill<T>(v: T): T[][] {
    return Array.from({ length: this.numRows }, () => new Array<T>(this.numCols).fill(v));
  }

  protected first<T>(m: T[][]): T {
    return m[0]![0]!;
  }

  // ---- geometry ----------------------------------------------------------------------------

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    return this.ss.rangeOf(
      this.data,
      this.row + rowOffset,
      this.col + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numCols,
    );
  }
  getCell(row: number, column: number): GRange {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numCols)
      throw new Error('Cell reference out of range');
    return this.ss.rangeOf(this.data, this.row + row - 1, this.col + column - 1, 1, 1);
  }
  getRow(): number {
    return this.row;
  }
  getRowIndex(): number {
    return this.row;
  }
  getColumn(): number {
    return this.col;
  }
  getColumnIndex(): number {
    return this.col;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.col + this.numCols - 1;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getHeight(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numCols;
  }
  getWidth(): number {
    return this.numCols;
  }
  getA1Notation(): string {
    const s = this.data;
    if (
      this.col === 1 &&
      this.numCols === s.maxCols &&
      !(this.row === 1 && this.numRows === s.maxRows)
    )
      return `${this.row}:${this.row + this.numRows - 1}`;
    return toA1(this.row, this.col, this.numRows, this.numCols);
  }
  getSheet(): GSheet {
    return this.ss.sheetOf(this.alive());
  }
  getGridId(): number {
    return this.data.id;
  }
  activate(): GRange {
    this.wb.activeSheetId = this.data.id;
    this.wb.activeRange = this.grid();
    return gas(this);
  }

  // ---- groups, protection, metadata --------------------------------------------------------

  shiftRowGroupDepth(delta: number): GRange {
    requireInt('SpreadsheetApp.Range.shiftRowGroupDepth', 'delta', delta, -8);
    const sheet = this.alive();
    for (let r = this.row; r < this.row + this.numRows; r++) {
      const m = sheet.rowMetaAt(r);
      const depth = Math.max(0, Math.min(8, (m.depth ?? 0) + delta));
      if (depth === 0) delete m.depth;
      else m.depth = depth;
    }
    return gas(this);
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return this.ss.protections.protectRange(this);
  }

  addDeveloperMetadata(key: string, ...rest: unknown[]): GRange {
    checkArgs('SpreadsheetApp.Range.addDeveloperMetadata', [key, ...rest], 1, 3);
    this.ss.metadata.addToRange(this, key, rest);
    return gas(this);
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.ss.metadata.onRange(this);
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this.ss.metadata.finder({ range: this.grid() });
  }
}

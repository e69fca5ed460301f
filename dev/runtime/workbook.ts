// The data model of a whole spreadsheet and the operations that keep it consistent: its sheets
// (add, rename, delete), reading values as Apps Script returns them, and named ranges. Writing
// cells (Sheets' value coercion + the formula engine) is workbook-writes.ts; structural changes
// (insert, move, delete rows and columns, moving formulas, named ranges, rules, charts,
// protections, merges and developer metadata along) are workbook-structure.ts.
import { quoteSheetName, toA1, type Dimension, type GridRange } from './a1';
import { Accounting } from './accounting';
import { Clock } from './clock';
import { instantFromSerial } from './dates';
import { HyperFormulaEngine, InertEngine, type FormulaEngine } from './formula-engine';
import { localeInfo } from './locale';
import { formatDisplay } from './number-format';
import { SheetData, type Cell } from './sheet-data';
import type { DeveloperMetadataSpec, NamedRangeSpec, ProtectionSpec } from './specs';
import type { SparklineBar } from './sparkline';
import { isDateFormat, DEFAULT_FORMAT, type Literal } from './values';
import { insertDimension, moveDimension, removeDimension } from './workbook-structure';
import { clearCells, writeCells, writeRawCells } from './workbook-writes';

export interface WorkbookOptions {
  name?: string;
  locale?: string;
  timeZone?: string;
  evaluateFormulas?: boolean;
}

export interface CellRead {
  value: Literal | undefined; // undefined: empty
  format: string | undefined; // explicit or implied number format
  /** A SPARKLINE cell's chart (its value reads as ''). */
  sparkline?: SparklineBar;
}

export class Workbook {
  name: string;
  id: string;
  locale: string;
  timeZone: string;
  readonly engine: FormulaEngine;
  readonly sheets: SheetData[] = [];
  namedRanges: NamedRangeSpec[] = [];
  developerMetadata: DeveloperMetadataSpec[] = [];
  protections: ProtectionSpec[] = [];
  documentProperties = new Map<string, string>();
  activeSheetId: number | null = null;
  activeRange: GridRange | null = null;
  accounting = new Accounting();
  clock: Clock;
  toasts: { message: string; title: string; timeoutSeconds: number }[] = [];
  private nextSheetNumber = 0;
  private nextId = 1;

  constructor(opts: WorkbookOptions = {}) {
    this.name = opts.name ?? 'Untitled spreadsheet';
    this.locale = opts.locale ?? 'en_US';
    this.timeZone = opts.timeZone ?? 'Europe/Amsterdam';
    this.id = 'local-' + Math.abs(hash(this.name)).toString(36);
    this.engine = opts.evaluateFormulas === false ? new InertEngine() : new HyperFormulaEngine();
    this.clock = new Clock(this.timeZone);
    this.engine.setClock(() => this.clock.now(), this.timeZone);
    this.engine.setCellInfo(
      () => this.locale,
      (engineId, row, col) => {
        const format = this.sheets.find((s) => s.engineId === engineId)?.cell(row + 1, col + 1)?.nf;
        return format !== undefined && isDateFormat(format);
      },
    );
  }

  setClock(clock: Clock): void {
    this.clock = clock;
    clock.timeZone = this.timeZone;
    this.engine.setClock(() => this.clock.now(), this.timeZone);
    this.engine.recalculate();
  }

  newId(): number {
    return this.nextId++;
  }

  /** Makes newId() continue after ids loaded from a saved workbook. */
  reserveIds(upTo: number): void {
    this.nextId = Math.max(this.nextId, upTo + 1);
  }

  // ---- sheets ------------------------------------------------------------------------------

  sheetById(id: number): SheetData | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): SheetData | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  requireSheet(id: number): SheetData {
    const s = this.sheetById(id);
    if (!s) throw new Error('The sheet was deleted.');
    return s;
  }

  defaultSheetName(): string {
    let n = this.sheets.length + 1;
    while (this.sheetByName(`Sheet${n}`)) n++;
    return `Sheet${n}`;
  }

  addSheet(name: string, index?: number, id?: number): SheetData {
    if (this.sheetByName(name))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    let sheetId = id ?? (this.nextSheetNumber === 0 ? 0 : 100000000 + this.nextSheetNumber * 7919);
    this.nextSheetNumber++;
    if (id !== undefined && this.sheetById(id))
      throw new Error(`A sheet with id ${id} already exists.`);
    while (id === undefined && this.sheetById(sheetId)) sheetId += 7919;
    const sheet = new SheetData(sheetId, name, this.engine.addSheet(name));
    const at =
      index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    this.refreshFormulas();
    return sheet;
  }

  deleteSheet(sheet: SheetData): void {
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.engine.removeSheet(sheet.engineId);
    this.namedRanges = this.namedRanges.filter((n) => n.range.sheetId !== sheet.id);
    this.protections = this.protections.filter((p) => p.sheetId !== sheet.id);
    this.developerMetadata = this.developerMetadata.filter((m) => metadataSheetId(m) !== sheet.id);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id ?? null;
    this.syncNamedRanges();
    this.refreshFormulas();
  }

  renameSheet(sheet: SheetData, name: string): void {
    if (name === sheet.name) return;
    const other = this.sheetByName(name);
    if (other && other !== sheet)
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    if (!name.trim()) throw new Error('Sheet name cannot be empty.');
    this.engine.renameSheet(sheet.engineId, name);
    sheet.name = name;
    this.syncNamedRanges();
    this.refreshFormulas();
  }

  // ---- cells -------------------------------------------------------------------------------

  /**
   * Writes a block of inputs as setValues/setFormulas do (workbook-writes.ts): nothing is
   * written when a cell's data validation rejects its input.
   */
  write(sheet: SheetData, row: number, col: number, inputs: unknown[][], asFormulas = false): void {
    writeCells(this, sheet, row, col, inputs, asFormulas);
  }

  /** Stores cells exactly as given (no Sheets coercion): for saved workbooks and CSV. */
  writeRaw(
    sheet: SheetData,
    row: number,
    col: number,
    cells: ({ v?: Literal; f?: string; nf?: string } | undefined)[][],
  ): void {
    writeRawCells(this, sheet, row, col, cells);
  }

  /** Clears content of a block (values and formulas), in one engine operation. */
  clearContent(sheet: SheetData, row: number, col: number, numRows: number, numCols: number): void {
    clearCells(this, sheet, row, col, numRows, numCols);
  }

  /** The stored or computed value of a cell and its (explicit or implied) number format. */
  read(sheet: SheetData, row: number, col: number): CellRead {
    const cell = sheet.cell(row, col);
    if (cell?.f !== undefined) {
      if (!this.engine.evaluates) return { value: '', format: cell.nf };
      const ev = this.engine.value(sheet.engineId, row - 1, col - 1);
      const read: CellRead = {
        value: ev.value ?? '',
        format: cell.nf ?? this.impliedFormat(ev.numberType),
      };
      if (ev.sparkline) read.sparkline = ev.sparkline;
      return read;
    }
    if (cell?.v !== undefined) return { value: cell.v, format: cell.nf };
    if (sheet.hasFormulas && this.engine.evaluates) {
      const ev = this.engine.value(sheet.engineId, row - 1, col - 1);
      if (ev.value !== null)
        return { value: ev.value, format: cell?.nf ?? this.impliedFormat(ev.numberType) };
    }
    return { value: undefined, format: cell?.nf };
  }

  private impliedFormat(numberType: string | undefined): string | undefined {
    const info = localeInfo(this.locale);
    if (numberType === 'date') return info.dateFormat;
    if (numberType === 'datetime') return info.dateTimeFormat;
    if (numberType === 'time') return 'H:mm:ss';
    if (numberType === 'percent') return '0%';
    return undefined;
  }

  /** A cell value as getValues returns it: '' for empty, Date for date-formatted numbers. */
  valueOf(read: CellRead): unknown {
    const v = read.value;
    if (v === undefined) return '';
    if (typeof v === 'number' && read.format && isDateFormat(read.format))
      return new this.accounting.realm.Date(instantFromSerial(v, this.timeZone));
    return v;
  }

  /**
   * valueOf(read(…)) without the intermediate object (getValues of a whole tab reads a million
   * cells): the same answer, the engine asked only when it evaluates and the tab has formulas.
   */
  valueAt(sheet: SheetData, row: number, col: number): unknown {
    if (this.engine.evaluates && sheet.hasFormulas) return this.valueOf(this.read(sheet, row, col));
    const cell = sheet.cell(row, col);
    if (cell === undefined || cell.f !== undefined) return '';
    const v = cell.v;
    if (v === undefined) return '';
    if (typeof v === 'number' && cell.nf && isDateFormat(cell.nf))
      return new this.accounting.realm.Date(instantFromSerial(v, this.timeZone));
    return v;
  }

  displayOf(read: CellRead): string {
    return formatDisplay(read.value, read.format, this.locale);
  }

  formulaOf(sheet: SheetData, row: number, col: number): string {
    return sheet.cell(row, col)?.f ?? '';
  }

  numberFormatOf(sheet: SheetData, row: number, col: number): string {
    return this.read(sheet, row, col).format ?? DEFAULT_FORMAT;
  }

  // ---- structure ---------------------------------------------------------------------------

  /** Inserts rows or columns (workbook-structure.ts), formatted like `inheritFrom`. */
  insert(sheet: SheetData, dim: Dimension, at: number, count: number, inheritFrom?: number): void {
    insertDimension(this, sheet, dim, at, count, inheritFrom);
  }

  /** Sheet.moveRows / moveColumns (workbook-structure.ts). */
  move(sheet: SheetData, dim: Dimension, start: number, count: number, dest: number): void {
    moveDimension(this, sheet, dim, start, count, dest);
  }

  /** Deletes rows or columns (workbook-structure.ts). */
  remove(sheet: SheetData, dim: Dimension, at: number, count: number): void {
    removeDimension(this, sheet, dim, at, count);
  }

  /** Re-reads every formula from the engine after it rewrote references. */
  refreshFormulas(): void {
    if (!this.engine.evaluates) return;
    for (const sheet of this.sheets) {
      if (!sheet.hasFormulas) continue;
      sheet.rows.forEach((row, r) => {
        row?.forEach((cell: Cell | undefined, c) => {
          if (cell?.f === undefined) return;
          const f = this.engine.formula(sheet.engineId, r, c);
          if (f !== undefined) cell.f = f;
        });
      });
    }
  }

  // ---- named ranges --------------------------------------------------------------------------

  rangeExpression(r: GridRange): string {
    const sheet = this.requireSheet(r.sheetId);
    const a1 = toA1(r.row, r.col, r.numRows, r.numCols).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    return `=${quoteSheetName(sheet.name)}!${a1}`;
  }

  syncNamedRanges(): void {
    for (const n of this.namedRanges) {
      try {
        this.engine.setNamedRange(n.name, this.rangeExpression(n.range));
      } catch {
        // a name HyperFormula rejects still exists as a named range; formulas just cannot use it
      }
    }
  }

  setNamedRange(name: string, range: GridRange): void {
    this.namedRanges = this.namedRanges.filter((n) => n.name !== name);
    this.namedRanges.push({ name, range });
    this.syncNamedRanges();
  }

  removeNamedRange(name: string): void {
    this.namedRanges = this.namedRanges.filter((n) => n.name !== name);
    try {
      this.engine.setNamedRange(name, null);
    } catch {
      // not known to the engine
    }
  }
}

export function metadataSheetId(m: DeveloperMetadataSpec): number | undefined {
  if (m.location.type === 'SHEET') return m.location.sheetId;
  if (m.location.type === 'ROW' || m.location.type === 'COLUMN') return m.location.range.sheetId;
  return undefined;
}

function hash(s: string): number {
  let h = 7;
  for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}

// The data model of a whole spreadsheet and the operations that keep it consistent: writing
// cells (Sheets' value coercion + the formula engine), reading values as Apps Script returns
// them, and structural changes (insert/delete rows and columns, rename/delete sheets) that move
// formulas, named ranges, rules, charts, protections, merges and developer metadata along.
import { quoteSheetName, shiftGridRange, toA1, type Dimension, type GridRange } from './a1';
import { Accounting } from './accounting';
import { Clock } from './clock';
import { instantFromSerial, wallTime } from './dates';
import { HyperFormulaEngine, InertEngine, type FormulaEngine } from './formula-engine';
import {
  mayName,
  mentionsRowFrom,
  RowInsertShifter,
  shiftFormula,
  shiftFormulaForStructure,
} from './formula-shift';
import { localeInfo } from './locale';
import { formatDisplay } from './number-format';
import { SheetData, spliceSparse, type Cell } from './sheet-data';
import type { DeveloperMetadataSpec, NamedRangeSpec, ProtectionSpec } from './specs';
import type { SparklineBar } from './sparkline';
import { untrackedArrayReference } from './array-literals';
import { checkValidation } from './validation-check';
import {
  coerceWritten,
  isDateFormat,
  DEFAULT_FORMAT,
  isTextFormat,
  type Literal,
  type WriteContext,
  type Written,
} from './values';

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
   * Writes a block of inputs as setValues/setFormulas do. All cells are coerced and checked
   * against data validation first; nothing is written when one is rejected.
   */
  write(sheet: SheetData, row: number, col: number, inputs: unknown[][], asFormulas = false): void {
    const ctx: WriteContext = {
      locale: this.locale,
      timeZone: this.timeZone,
      currentFormat: undefined,
      year: wallTime(this.clock.now(), this.timeZone).year,
    };
    const coerce = (input: unknown, cell: Cell | undefined): Written => {
      if (asFormulas && typeof input === 'string' && input.startsWith('='))
        return { kind: 'formula', formula: input };
      ctx.currentFormat = cell?.nf;
      return coerceWritten(input, ctx);
    };
    // First every cell under data validation is checked: nothing is written when one is
    // rejected. (Tens of thousands of rows: the other cells are coerced once, below.)
    for (let i = 0; i < inputs.length; i++) {
      const line = inputs[i] ?? [];
      const cells = sheet.rows[row + i - 1];
      if (!cells) continue;
      for (let j = 0; j < line.length; j++) {
        const cell = cells[col + j - 1];
        if (!cell?.dv) continue;
        const w = coerce(line[j], cell);
        if (
          w.kind === 'value' &&
          w.value !== undefined &&
          !checkValidation(cell.dv, w.value, this, sheet)
        )
          throw new Error(
            `The data you entered in cell ${toA1(row + i, col + j)} violates the data validation rules set on this cell.`,
          );
      }
    }
    // The engine gets the block too when it evaluates (the inert one ignores it).
    const evaluates = this.engine.evaluates;
    if (evaluates) refuseUntrackedReferences(inputs);
    const content: (Literal | null)[][] = [];
    const formulas: boolean[][] = [];
    let anyFormula = false;
    for (let i = 0; i < inputs.length; i++) {
      const line = inputs[i] ?? [];
      const cRow: (Literal | null)[] = [];
      const fRow: boolean[] = [];
      for (let j = 0; j < line.length; j++) {
        const existing = sheet.cell(row + i, col + j);
        const input = line[j];
        // The common inputs without an intermediate object: formulas, numbers, booleans, blanks
        // and apostrophe-protected text.
        let formula: string | undefined;
        let value: Literal | undefined;
        let format: string | undefined;
        if (
          typeof input === 'string' &&
          input.length > 1 &&
          input.startsWith('=') &&
          (asFormulas || !isTextFormat(existing?.nf))
        )
          formula = input;
        else if (
          (typeof input === 'number' && Number.isFinite(input)) ||
          typeof input === 'boolean'
        )
          value = input;
        else if (input === '' || input === null || input === undefined) value = undefined;
        else if (
          typeof input === 'string' &&
          input.charCodeAt(0) === 39 && // ' : text as typed, the apostrophe not stored
          !isTextFormat(existing?.nf)
        )
          value = input.slice(1);
        else {
          const w = coerce(input, existing);
          if (w.kind === 'formula') formula = w.formula;
          else {
            value = w.value;
            format = w.format;
          }
        }
        if (formula === undefined && value === undefined && !existing) {
          if (evaluates) {
            cRow.push(null);
            fRow.push(false);
          }
          continue;
        }
        const cell = existing ?? sheet.touch(row + i, col + j);
        if (formula !== undefined) {
          // Keep the stored text when the same formula is written again (Repair rewrites every
          // row): the old string stays, the new one dies young.
          if (cell.f !== formula) cell.f = formula;
          if (cell.v !== undefined) cell.v = undefined;
          anyFormula = true;
        } else {
          if (cell.f !== undefined) cell.f = undefined;
          cell.v = value;
          if (format) cell.nf = format;
        }
        if (evaluates) {
          cRow.push(formula ?? value ?? null);
          fRow.push(formula !== undefined);
        }
      }
      if (evaluates) {
        content.push(cRow);
        formulas.push(fRow);
      }
    }
    if (anyFormula) sheet.hasFormulas = true;
    if (evaluates) this.engine.setCells(sheet.engineId, row - 1, col - 1, content, formulas);
  }

  /**
   * Stores cells exactly as given (no Sheets coercion): for loading saved workbooks and CSV.
   * `cells[i][j]` is undefined to leave a cell alone.
   */
  writeRaw(
    sheet: SheetData,
    row: number,
    col: number,
    cells: ({ v?: Literal; f?: string; nf?: string } | undefined)[][],
  ): void {
    const content: (Literal | null)[][] = [];
    const formulas: boolean[][] = [];
    const width = Math.max(0, ...cells.map((r) => r.length));
    cells.forEach((line, i) => {
      const cRow: (Literal | null)[] = new Array<Literal | null>(width).fill(null);
      const fRow: boolean[] = new Array<boolean>(width).fill(false);
      for (let j = 0; j < width; j++) {
        const src = line[j];
        if (!src) continue;
        const cell = sheet.touch(row + i, col + j);
        if (src.f !== undefined) {
          cell.f = src.f;
          sheet.hasFormulas = true;
          cRow[j] = src.f;
          fRow[j] = true;
        } else if (src.v !== undefined) {
          cell.v = src.v;
          cRow[j] = src.v;
        }
        if (src.nf !== undefined) cell.nf = src.nf;
      }
      content.push(cRow);
      formulas.push(fRow);
    });
    if (content.length && width)
      this.engine.setCells(sheet.engineId, row - 1, col - 1, content, formulas);
  }

  /** Clears content of a block (values and formulas), in one engine operation. */
  clearContent(sheet: SheetData, row: number, col: number, numRows: number, numCols: number): void {
    const empty: null[][] = [];
    const flags: boolean[][] = [];
    for (let i = 0; i < numRows; i++) {
      empty.push(new Array<null>(numCols).fill(null));
      flags.push(new Array<boolean>(numCols).fill(false));
      const r = sheet.rows[row - 1 + i];
      if (!r) continue;
      for (let j = 0; j < numCols; j++) {
        const c = r[col - 1 + j];
        if (c) {
          c.v = undefined;
          c.f = undefined;
        }
      }
    }
    this.engine.setCells(sheet.engineId, row - 1, col - 1, empty, flags);
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

  /**
   * Inserts `count` rows or columns at 1-based `at`. `inheritFrom` (1-based, before the insert)
   * is the row or column whose formatting the new ones take, as Sheets does: insertRowsAfter(r)
   * copies row r, insertRowsBefore(r) the row below the new ones (number formats, fonts,
   * backgrounds, alignment, wrap, data validation; never content or notes). Rows inserted
   * strictly inside a row group join it, as every range grows when rows are inserted inside it.
   */
  insert(sheet: SheetData, dim: Dimension, at: number, count: number, inheritFrom?: number): void {
    if (count < 1) throw new Error(`The number of ${dim.toLowerCase()} must be at least 1.`);
    if (dim === 'ROWS') {
      const depth = Math.min(
        sheet.rowMeta[at - 2]?.depth ?? 0,
        at - 1 < sheet.maxRows ? (sheet.rowMeta[at - 1]?.depth ?? 0) : 0,
      );
      spliceSparse(sheet.rows, at - 1, count);
      spliceSparse(sheet.rowMeta, at - 1, count);
      sheet.maxRows += count;
      if (depth > 0) for (let r = at; r < at + count; r++) sheet.rowMetaAt(r).depth = depth;
      this.engine.addRows(sheet.engineId, at - 1, count);
    } else {
      for (const r of sheet.rows) if (r) spliceSparse(r, at - 1, count);
      spliceSparse(sheet.colMeta, at - 1, count);
      sheet.maxCols += count;
      this.engine.addColumns(sheet.engineId, at - 1, count);
    }
    if (inheritFrom !== undefined) {
      const from = inheritFrom < at ? inheritFrom : inheritFrom + count;
      inheritFormats(sheet, dim, from, at, count);
    }
    this.shiftAll(sheet, dim, at, count);
  }

  /**
   * Sheet.moveRows / moveColumns: moves `count` rows (columns) from 1-based `start` to before
   * `dest` (1-based, counted before the move), as Sheets' MoveDimension does. Cells go with
   * their formats, notes and validation; row and column properties (height, width, hidden,
   * group depth) go along too. Every reference to a moved cell follows it (the formula engine
   * moves them like Sheets does); ranges wholly inside the moved block move with it, other
   * ranges change as if the rows were deleted and inserted again at the destination.
   */
  move(sheet: SheetData, dim: Dimension, start: number, count: number, dest: number): void {
    const what = dim === 'ROWS' ? 'rows' : 'columns';
    const max = dim === 'ROWS' ? sheet.maxRows : sheet.maxCols;
    if (count < 1 || start < 1 || start + count - 1 > max || dest < 1 || dest > max + 1)
      throw new Error(`Those ${what} are out of bounds.`);
    if (dest === start || dest === start + count) return; // already there
    if (dest > start && dest < start + count)
      throw new Error(`The destination lies inside the ${what} being moved.`);
    const to = movedIndex(start, count, dest);
    // Sparse lists (holes are untouched rows, cells or columns) keep their holes.
    const permute = <T>(list: T[]): T[] => {
      const out: T[] = [];
      list.forEach((x, i) => {
        if (x !== undefined) out[to(i + 1) - 1] = x;
      });
      return out;
    };
    if (dim === 'ROWS') {
      sheet.rows = permute(sheet.rows);
      sheet.rowMeta = permute(sheet.rowMeta);
      this.engine.moveRows(sheet.engineId, start - 1, count, dest - 1);
    } else {
      sheet.rows = sheet.rows.map((r) => (r ? permute(r) : r));
      sheet.colMeta = permute(sheet.colMeta);
      this.engine.moveColumns(sheet.engineId, start - 1, count, dest - 1);
    }
    const first = to(start);
    this.remapAll(sheet, (r) => {
      if (r.sheetId !== sheet.id) return r;
      const key = dim === 'ROWS' ? 'row' : 'col';
      const size = dim === 'ROWS' ? r.numRows : r.numCols;
      if (r[key] >= start && r[key] + size - 1 <= start + count - 1)
        return { ...r, [key]: r[key] - start + first };
      const out = shiftGridRange(r, sheet.id, dim, start, -count);
      return out && shiftGridRange(out, sheet.id, dim, first, count);
    });
  }

  remove(sheet: SheetData, dim: Dimension, at: number, count: number): void {
    const max = dim === 'ROWS' ? sheet.maxRows : sheet.maxCols;
    if (at < 1 || at + count - 1 > max)
      throw new Error(
        'Those rows are out of bounds.'.replace('rows', dim === 'ROWS' ? 'rows' : 'columns'),
      );
    if (count >= max)
      throw new Error(
        `You can't delete all the ${dim === 'ROWS' ? 'rows' : 'columns'} on the sheet.`,
      );
    if (dim === 'ROWS') {
      spliceSparse(sheet.rows, at - 1, -count);
      spliceSparse(sheet.rowMeta, at - 1, -count);
      sheet.maxRows -= count;
      this.engine.removeRows(sheet.engineId, at - 1, count);
    } else {
      for (const r of sheet.rows) if (r) spliceSparse(r, at - 1, -count);
      spliceSparse(sheet.colMeta, at - 1, -count);
      sheet.maxCols -= count;
      this.engine.removeColumns(sheet.engineId, at - 1, count);
    }
    this.shiftAll(sheet, dim, at, -count);
  }

  private shiftAll(sheet: SheetData, dim: Dimension, at: number, count: number): void {
    if (!this.engine.evaluates) this.shiftStoredFormulas(sheet, dim, at, count);
    this.shiftRuleFormulas(sheet, dim, at, count);
    this.remapAll(sheet, (r) => shiftGridRange(r, sheet.id, dim, at, count));
  }

  /**
   * Without evaluation (InertEngine) no engine rewrites references, so the stored formula texts
   * are shifted here, as Sheets would: a benchmark on a stored-only workbook then sees the same
   * formulas after inserted or deleted rows as Sheets shows.
   */
  private shiftStoredFormulas(target: SheetData, dim: Dimension, at: number, count: number): void {
    // Rows or columns added after the last one: nothing can refer to them yet.
    const before = (dim === 'ROWS' ? target.maxRows : target.maxCols) - Math.max(count, 0);
    if (count > 0 && at > before) return;
    for (const sheet of this.sheets) {
      if (!sheet.hasFormulas) continue;
      const onTarget = sheet === target;
      // Inserted rows: formulas written from a template shift by their row numbers alone.
      const inserter =
        dim === 'ROWS' && count > 0 ? new RowInsertShifter(onTarget, target.name, at, count) : null;
      for (const row of sheet.rows) {
        if (!row) continue;
        for (let column = 0; column < row.length; column++) {
          const cell = row[column];
          const f = cell?.f;
          if (f === undefined) continue;
          if (!onTarget && !mayName(f, target.name)) continue;
          if (inserter) (cell as Cell).f = inserter.shift(f, column);
          else if (dim !== 'ROWS' || mentionsRowFrom(f, at))
            (cell as Cell).f = shiftFormulaForStructure(f, onTarget, target.name, dim, at, count);
        }
      }
    }
  }

  /**
   * Conditional formats' custom formulas are relative to the top-left cell of the rule's range,
   * as in Sheets: when rows or columns inserted or deleted before it move that cell, the
   * formula's relative references move with it ($B2 of a rule on A2:Z200 becomes $B3 when a row
   * is inserted above), so the rule keeps testing its own rows. Deleting the range's first row
   * leaves the formula as it is (the next row becomes the first). Absolute references ($B$2)
   * stay as written: the add-on writes none in its rules.
   */
  private shiftRuleFormulas(sheet: SheetData, dim: Dimension, at: number, count: number): void {
    for (const cf of sheet.conditionalFormats) {
      const condition = cf.condition;
      if (condition?.criteria !== 'CUSTOM_FORMULA') continue;
      const f = condition.args[0];
      const anchor = cf.ranges[0];
      if (typeof f !== 'string' || !f.startsWith('=') || !anchor) continue;
      const moved = shiftGridRange(anchor, sheet.id, dim, at, count);
      if (!moved) continue; // the rule's range is gone
      const dRows = moved.row - anchor.row;
      const dCols = moved.col - anchor.col;
      if (dRows !== 0 || dCols !== 0) condition.args[0] = shiftFormula(f, dRows, dCols);
    }
  }

  /** Moves everything anchored to rows and columns through `shift` (null: the range is gone). */
  private remapAll(sheet: SheetData, shift: (r: GridRange) => GridRange | null): void {
    const keep = <T>(x: T | null): x is T => x !== null;
    this.namedRanges = this.namedRanges
      .map((n) => {
        const range = shift(n.range);
        return range ? { ...n, range } : null;
      })
      .filter(keep);
    sheet.merges = sheet.merges.map(shift).filter(keep);
    for (const cf of sheet.conditionalFormats) cf.ranges = cf.ranges.map(shift).filter(keep);
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.ranges.length > 0);
    for (const ch of sheet.charts) ch.ranges = ch.ranges.map(shift).filter(keep);
    this.protections = this.protections
      .map((p) => {
        if (!p.range)
          return { ...p, unprotectedRanges: p.unprotectedRanges.map(shift).filter(keep) };
        const range = shift(p.range);
        return range
          ? { ...p, range, unprotectedRanges: p.unprotectedRanges.map(shift).filter(keep) }
          : null;
      })
      .filter(keep);
    this.developerMetadata = this.developerMetadata
      .map((m) => {
        if (m.location.type !== 'ROW' && m.location.type !== 'COLUMN') return m;
        const range = shift(m.location.range);
        return range ? { ...m, location: { type: m.location.type, range } } : null;
      })
      .filter(keep);
    if (this.activeRange) this.activeRange = shift(this.activeRange);
    this.syncNamedRanges();
    this.refreshFormulas();
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

/** Where 1-based index `i` ends up when `count` from `start` move to before `dest`. */
export function movedIndex(start: number, count: number, dest: number): (i: number) => number {
  const end = start + count - 1;
  if (dest > start) {
    // Down: the block lands just before `dest`; what lay between moves up.
    return (i) => (i < start || i >= dest ? i : i <= end ? i - start + dest - count : i - count);
  }
  // Up: the block lands at `dest`; what lay between moves down.
  return (i) => (i < dest || i > end ? i : i >= start ? i - start + dest : i + count);
}

/** Copies the formatting of row/column `from` to the `count` new ones at `at` (after insertion). */
function inheritFormats(
  sheet: SheetData,
  dim: Dimension,
  from: number,
  at: number,
  count: number,
): void {
  const copy = (src: Cell | undefined, target: () => Cell) => {
    if (!src || (src.nf === undefined && src.st === undefined && src.dv === undefined)) return;
    const cell = target();
    if (src.nf !== undefined) cell.nf = src.nf;
    if (src.st !== undefined) cell.st = src.st; // shared, never changed in place
    if (src.dv !== undefined) cell.dv = src.dv;
  };
  if (dim === 'ROWS') {
    const source = sheet.rows[from - 1];
    if (!source) return;
    source.forEach((src, c) => {
      for (let r = at; r < at + count; r++) copy(src, () => sheet.touch(r, c + 1));
    });
  } else {
    sheet.rows.forEach((line, r) => {
      const src = line?.[from - 1];
      for (let c = at; c < at + count; c++) copy(src, () => sheet.touch(r + 1, c));
    });
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

/** A formula the engine would not keep up to date is refused before anything is written. */
function refuseUntrackedReferences(inputs: unknown[][]): void {
  for (const line of inputs)
    for (const input of line) {
      if (typeof input !== 'string' || !input.startsWith('=') || !input.includes('{')) continue;
      const ref = untrackedArrayReference(input);
      if (ref)
        throw new Error(
          `The local runtime cannot evaluate ${input}: ${ref} is named only inside an array literal ({…}), which HyperFormula does not track (dev/runtime/array-literals.ts). Name it outside the literal too.`,
        );
    }
}

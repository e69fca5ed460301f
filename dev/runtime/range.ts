// Range: a rectangle of one sheet. Reads and writes go through the Workbook model so that
// values are coerced as Sheets does and the formula engine stays in sync.
import { toA1, type GridRange } from './a1';
import { normalizeColor } from './colors';
import { shiftFormula } from './formula-shift';
import { checkArgs, gas, local, requireInt, typeName, type GRange, type GSheet } from './gas';
import { withStyle, type CellStyle, type SheetData } from './sheet-data';
import type { ValidationSpec } from './specs';
import type { LocalSpreadsheet } from './spreadsheet';
import { LocalDataValidation, validationFromSpec } from './data-validation';
import { DEFAULT_FORMAT } from './values';

type R = GoogleAppsScript.Spreadsheet.Range;
type Implemented =
  | 'getValue'
  | 'getValues'
  | 'setValue'
  | 'setValues'
  | 'getFormula'
  | 'getFormulas'
  | 'setFormula'
  | 'setFormulas'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'getFontColor'
  | 'setFontColor'
  | 'getFontStyle'
  | 'setFontStyle'
  | 'getFontSize'
  | 'setFontSize'
  | 'setFontFamily'
  | 'getFontFamily'
  | 'setFontLine'
  | 'getFontLine'
  | 'getBackground'
  | 'getBackgrounds'
  | 'setBackground'
  | 'setBackgrounds'
  | 'getHorizontalAlignment'
  | 'setHorizontalAlignment'
  | 'setHorizontalAlignments'
  | 'getVerticalAlignment'
  | 'setVerticalAlignment'
  | 'getWrap'
  | 'setWrap'
  | 'getNote'
  | 'getNotes'
  | 'setNote'
  | 'setNotes'
  | 'clearNote'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'clearDataValidations'
  | 'merge'
  | 'mergeAcross'
  | 'mergeVertically'
  | 'breakApart'
  | 'isPartOfMerge'
  | 'getMergedRanges'
  | 'clear'
  | 'clearContent'
  | 'clearFormat'
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
  | 'isBlank'
  | 'getGridId'
  | 'shiftRowGroupDepth'
  | 'insertCheckboxes'
  | 'protect'
  | 'addDeveloperMetadata'
  | 'getDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'getRowIndex'
  | 'getColumnIndex'
  | 'getHeight'
  | 'getWidth'
  | 'setBorder'
  | 'getFontColors'
  | 'getFontStyles'
  | 'getHorizontalAlignments'
  | 'getWraps'
  | 'setWraps'
  | 'setFontColors'
  | 'setFontStyles'
  | 'setFontWeights';

/**
 * Sets (or clears, n undefined) one style of a cell. Clearing does not create the cell, and
 * leaves the key undefined rather than deleting it (deleting keys makes every style object a
 * slow dictionary on tabs of a million cells).
 */
function setStyle<K extends keyof CellStyle>(
  sheet: SheetData,
  row: number,
  col: number,
  key: K,
  n: CellStyle[K] | undefined,
): void {
  if (n === undefined) {
    const cell = sheet.cell(row, col);
    if (cell?.st && cell.st[key] !== undefined) cell.st = withStyle(cell.st, key, undefined);
  } else {
    const cell = sheet.touch(row, col);
    cell.st = withStyle(cell.st, key, n);
  }
}

/** Sets or clears (undefined: without creating the cell) a cell's number format. */
function setFormat(sheet: SheetData, row: number, col: number, nf: string | undefined): void {
  if (nf !== undefined) sheet.touch(row, col).nf = nf;
  else {
    const cell = sheet.cell(row, col);
    if (cell?.nf !== undefined) cell.nf = undefined;
  }
}

/** Sets or clears (undefined: without creating the cell) a cell's data validation. */
function setValidation(
  sheet: SheetData,
  row: number,
  col: number,
  spec: ValidationSpec | undefined,
): void {
  if (spec !== undefined) sheet.touch(row, col).dv = spec;
  else {
    const cell = sheet.cell(row, col);
    if (cell?.dv !== undefined) cell.dv = undefined;
  }
}

/** A rule's own copy of its spec, frozen: cells share it, nobody changes it in place. */
function frozenSpec(rule: unknown): ValidationSpec {
  return Object.freeze(
    structuredClone(local(rule, LocalDataValidation, 'DataValidation').spec),
  ) as ValidationSpec;
}

const normFontWeight = (x: unknown): CellStyle['fontWeight'] =>
  x === null || x === 'normal' ? undefined : oneOf('fontWeight', x, ['bold', 'normal']);
const normFontStyle = (x: unknown): CellStyle['fontStyle'] =>
  x === null || x === 'normal' ? undefined : oneOf('fontStyle', x, ['italic', 'normal']);
const normColor = (x: unknown): CellStyle['background'] => normalizeColor(x as string);

export class LocalRange implements Pick<R, Extract<Implemented, keyof R>> {
  constructor(
    readonly ss: LocalSpreadsheet,
    readonly data: SheetData,
    readonly row: number,
    readonly col: number,
    readonly numRows: number,
    readonly numCols: number,
  ) {}

  private get wb() {
    return this.ss.model;
  }

  grid(): GridRange {
    return this.data.gridRange(this.row, this.col, this.numRows, this.numCols);
  }

  private alive(): SheetData {
    if (!this.wb.sheets.includes(this.data)) throw new Error('The sheet was deleted.');
    return this.data;
  }

  private map<T>(fn: (row: number, col: number) => T): T[][] {
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

  private checkMatrix(method: string, m: unknown): unknown[][] {
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

  private fill<T>(v: T): T[][] {
    return Array.from({ length: this.numRows }, () => new Array<T>(this.numCols).fill(v));
  }

  // ---- values and formulas -----------------------------------------------------------------

  getValues(): unknown[][] {
    const sheet = this.alive();
    return this.map((r, c) => this.wb.valueAt(sheet, r, c));
  }

  getValue(): unknown {
    return this.wb.valueOf(this.wb.read(this.alive(), this.row, this.col));
  }

  setValues(...args: [unknown[][]]): GRange {
    checkArgs('SpreadsheetApp.Range.setValues', args, 1);
    const values = args[0];
    this.wb.write(this.alive(), this.row, this.col, this.checkMatrix('setValues', values));
    return gas(this);
  }

  setValue(...args: [unknown]): GRange {
    checkArgs('SpreadsheetApp.Range.setValue', args, 1);
    const value = args[0];
    this.wb.write(this.alive(), this.row, this.col, this.fill(value));
    return gas(this);
  }

  getDisplayValues(): string[][] {
    const sheet = this.alive();
    return this.map((r, c) => this.wb.displayOf(this.wb.read(sheet, r, c)));
  }

  getDisplayValue(): string {
    return this.wb.displayOf(this.wb.read(this.alive(), this.row, this.col));
  }

  getFormulas(): string[][] {
    const sheet = this.alive();
    return this.map((r, c) => this.wb.formulaOf(sheet, r, c));
  }

  getFormula(): string {
    return this.wb.formulaOf(this.alive(), this.row, this.col);
  }

  setFormulas(formulas: string[][]): GRange {
    this.wb.write(
      this.alive(),
      this.row,
      this.col,
      this.checkMatrix('setFormulas', formulas),
      true,
    );
    return gas(this);
  }

  /** One formula for the whole range; relative references move per cell, as in Sheets. */
  setFormula(...args: [string]): GRange {
    checkArgs('SpreadsheetApp.Range.setFormula', args, 1);
    const formula = args[0];
    const f = String(formula);
    const rows = Array.from({ length: this.numRows }, (_, i) =>
      Array.from({ length: this.numCols }, (_, j) =>
        f.startsWith('=') ? shiftFormula(f, i, j) : f,
      ),
    );
    this.wb.write(this.alive(), this.row, this.col, rows, true);
    return gas(this);
  }

  isBlank(): boolean {
    const sheet = this.alive();
    return this.map((r, c) => this.wb.read(sheet, r, c).value)
      .flat()
      .every((v) => v === undefined || v === '');
  }

  // ---- number formats and styles -----------------------------------------------------------

  getNumberFormats(): string[][] {
    const sheet = this.alive();
    return this.map((r, c) => this.wb.numberFormatOf(sheet, r, c));
  }

  getNumberFormat(): string {
    return this.wb.numberFormatOf(this.alive(), this.row, this.col);
  }

  setNumberFormat(format: string): GRange {
    const sheet = this.alive();
    const nf =
      format === null || format === '' || format === DEFAULT_FORMAT ? undefined : String(format);
    for (let r = this.row; r < this.row + this.numRows; r++)
      for (let c = this.col; c < this.col + this.numCols; c++) setFormat(sheet, r, c, nf);
    return gas(this);
  }

  setNumberFormats(formats: string[][]): GRange {
    const rows = this.checkMatrix('setNumberFormats', formats);
    const sheet = this.alive();
    rows.forEach((line, i) =>
      line.forEach((f, j) =>
        setFormat(
          sheet,
          this.row + i,
          this.col + j,
          f === null || f === '' || f === DEFAULT_FORMAT ? undefined : String(f),
        ),
      ),
    );
    return gas(this);
  }

  private styleGet<K extends keyof CellStyle>(
    key: K,
    dflt: NonNullable<CellStyle[K]>,
  ): NonNullable<CellStyle[K]>[][] {
    const sheet = this.alive();
    return this.map((r, c) => (sheet.cell(r, c)?.st?.[key] ?? dflt) as NonNullable<CellStyle[K]>);
  }

  private styleSet<K extends keyof CellStyle>(
    method: string,
    key: K,
    values: unknown[][],
    norm: (v: unknown) => CellStyle[K] | undefined,
  ): GRange {
    const rows = this.checkMatrix(method, values);
    const sheet = this.alive();
    rows.forEach((line, i) =>
      line.forEach((v, j) => setStyle(sheet, this.row + i, this.col + j, key, norm(v))),
    );
    return gas(this);
  }

  /** A single-value setter: the value normalised once, no matrix of the range's size. */
  private styleAll<K extends keyof CellStyle>(
    key: K,
    v: unknown,
    norm: (v: unknown) => CellStyle[K] | undefined,
  ): GRange {
    const sheet = this.alive();
    const n = norm(v);
    for (let r = this.row; r < this.row + this.numRows; r++)
      for (let c = this.col; c < this.col + this.numCols; c++) setStyle(sheet, r, c, key, n);
    return gas(this);
  }

  private first<T>(m: T[][]): T {
    return m[0]![0]!;
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.styleGet('fontWeight', 'normal') as GoogleAppsScript.Spreadsheet.FontWeight[][];
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.first(this.getFontWeights());
  }
  setFontWeights(v: unknown[][]): GRange {
    return this.styleSet('setFontWeights', 'fontWeight', v, normFontWeight);
  }
  setFontWeight(v: string | null): GRange {
    return this.styleAll('fontWeight', v, normFontWeight);
  }

  getFontColors(): string[][] {
    return this.styleGet('fontColor', '#000000');
  }
  getFontColor(): string {
    return this.first(this.getFontColors());
  }
  setFontColors(v: unknown[][]): GRange {
    return this.styleSet('setFontColors', 'fontColor', v, normColor);
  }
  setFontColor(v: string | null): GRange {
    return this.styleAll('fontColor', v, normColor);
  }

  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    return this.styleGet('fontStyle', 'normal') as GoogleAppsScript.Spreadsheet.FontStyle[][];
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.first(this.getFontStyles());
  }
  setFontStyles(v: unknown[][]): GRange {
    return this.styleSet('setFontStyles', 'fontStyle', v, normFontStyle);
  }
  setFontStyle(v: string | null): GRange {
    return this.styleAll('fontStyle', v, normFontStyle);
  }

  getFontSize(): number {
    return this.first(this.styleGet('fontSize', 10));
  }
  setFontSize(size: number): GRange {
    return this.styleSet('setFontSize', 'fontSize', this.fill(size), (x) =>
      x === null ? undefined : Number(x),
    );
  }
  getFontFamily(): string {
    return this.first(this.styleGet('fontFamily', 'Arial'));
  }
  setFontFamily(v: string | null): GRange {
    return this.styleSet('setFontFamily', 'fontFamily', this.fill(v), (x) =>
      x === null ? undefined : String(x),
    );
  }
  getFontLine(): GoogleAppsScript.Spreadsheet.FontLine {
    return this.first(this.styleGet('fontLine', 'none')) as GoogleAppsScript.Spreadsheet.FontLine;
  }
  setFontLine(v: string | null): GRange {
    return this.styleSet('setFontLine', 'fontLine', this.fill(v), (x) =>
      x === null || x === 'none'
        ? undefined
        : oneOf('fontLine', x, ['underline', 'line-through', 'none']),
    );
  }

  getBackgrounds(): string[][] {
    return this.styleGet('background', '#ffffff');
  }
  getBackground(): string {
    return this.first(this.getBackgrounds());
  }
  setBackgrounds(v: unknown[][]): GRange {
    return this.styleSet('setBackgrounds', 'background', v, normColor);
  }
  setBackground(v: string | null): GRange {
    return this.styleAll('background', v, normColor);
  }

  getHorizontalAlignments(): string[][] {
    return this.styleGet('hAlign', 'general');
  }
  getHorizontalAlignment(): string {
    return this.first(this.getHorizontalAlignments());
  }
  setHorizontalAlignments(v: unknown[][]): GRange {
    return this.styleSet('setHorizontalAlignments', 'hAlign', v, (x) =>
      x === null
        ? undefined
        : oneOf('alignment', x, ['left', 'center', 'right', 'normal', 'general']),
    );
  }
  setHorizontalAlignment(v: string | null): GRange {
    return this.setHorizontalAlignments(this.fill(v));
  }
  getVerticalAlignment(): string {
    return this.first(this.styleGet('vAlign', 'bottom'));
  }
  setVerticalAlignment(v: string | null): GRange {
    return this.styleSet('setVerticalAlignment', 'vAlign', this.fill(v), (x) =>
      x === null ? undefined : oneOf('alignment', x, ['top', 'middle', 'bottom']),
    );
  }

  getWraps(): boolean[][] {
    return this.styleGet('wrap', false);
  }
  getWrap(): boolean {
    return this.first(this.getWraps());
  }
  setWraps(v: unknown[][]): GRange {
    return this.styleSet('setWraps', 'wrap', v, (x) => (x ? true : undefined));
  }
  setWrap(v: boolean): GRange {
    return this.setWraps(this.fill(v));
  }

  /** Borders are recorded (as the last call's arguments) on the range's cells, not rendered. */
  setBorder(...args: unknown[]): GRange {
    const sheet = this.alive();
    const border = args.map((a) => (a === undefined ? null : a));
    this.map((r, c) => {
      const cell = sheet.touch(r, c);
      cell.st = withStyle(cell.st, 'border', border);
    });
    return gas(this);
  }

  // ---- notes and validation ----------------------------------------------------------------

  getNotes(): string[][] {
    const sheet = this.alive();
    return this.map((r, c) => sheet.cell(r, c)?.note ?? '');
  }
  getNote(): string {
    return this.first(this.getNotes());
  }
  setNotes(notes: unknown[][]): GRange {
    const rows = this.checkMatrix('setNotes', notes);
    const sheet = this.alive();
    rows.forEach((line, i) =>
      line.forEach((n, j) => {
        const cell = sheet.touch(this.row + i, this.col + j);
        if (n === null || n === undefined || n === '') cell.note = undefined;
        else cell.note = String(n);
      }),
    );
    return gas(this);
  }
  setNote(note: string | null): GRange {
    return this.setNotes(this.fill(note));
  }
  clearNote(): GRange {
    return this.setNote(null);
  }

  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    const sheet = this.alive();
    return this.map((r, c) => {
      const spec = sheet.cell(r, c)?.dv;
      return spec
        ? gas<GoogleAppsScript.Spreadsheet.DataValidation>(validationFromSpec(this.ss, spec))
        : null;
    });
  }
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    return this.first(this.getDataValidations());
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): GRange {
    const rows = this.checkMatrix('setDataValidations', rules);
    const sheet = this.alive();
    // One copy per rule, shared by the cells it is set on (specs are never changed in place):
    // a rule set on a whole column of 35,000 rows is cloned once, not 35,000 times.
    const specs = new Map<unknown, ValidationSpec>();
    const specOf = (rule: unknown): ValidationSpec | undefined => {
      if (rule === null || rule === undefined) return undefined;
      let spec = specs.get(rule);
      if (!spec) {
        spec = frozenSpec(rule);
        specs.set(rule, spec);
      }
      return spec;
    };
    rows.forEach((line, i) =>
      line.forEach((rule, j) => setValidation(sheet, this.row + i, this.col + j, specOf(rule))),
    );
    return gas(this);
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GRange {
    const sheet = this.alive();
    const spec = rule === null || rule === undefined ? undefined : frozenSpec(rule);
    for (let r = this.row; r < this.row + this.numRows; r++)
      for (let c = this.col; c < this.col + this.numCols; c++) setValidation(sheet, r, c, spec);
    return gas(this);
  }
  clearDataValidations(): GRange {
    return this.setDataValidation(null);
  }

  /** Checkbox validation plus FALSE in every cell, as Sheets' insertCheckboxes does. */
  insertCheckboxes(): GRange {
    const sheet = this.alive();
    this.map((r, c) => {
      sheet.touch(r, c).dv = {
        criteria: 'CHECKBOX',
        args: [],
        allowInvalid: false,
        helpText: null,
      };
    });
    this.wb.write(sheet, this.row, this.col, this.fill(false));
    return gas(this);
  }

  // ---- merges and clearing -----------------------------------------------------------------

  merge(): GRange {
    const g = this.grid();
    const sheet = this.alive();
    sheet.merges = sheet.merges.filter((m) => !overlaps(m, g));
    sheet.merges.push(g);
    const content = this.map((r, c) => (r === this.row && c === this.col ? undefined : null));
    content.forEach((line, i) =>
      line.forEach((v, j) => {
        if (v === null) this.wb.clearContent(sheet, this.row + i, this.col + j, 1, 1);
      }),
    );
    return gas(this);
  }
  mergeAcross(): GRange {
    for (let i = 0; i < this.numRows; i++)
      new LocalRange(this.ss, this.data, this.row + i, this.col, 1, this.numCols).merge();
    return gas(this);
  }
  mergeVertically(): GRange {
    for (let j = 0; j < this.numCols; j++)
      new LocalRange(this.ss, this.data, this.row, this.col + j, this.numRows, 1).merge();
    return gas(this);
  }
  breakApart(): GRange {
    const g = this.grid();
    const sheet = this.alive();
    sheet.merges = sheet.merges.filter((m) => !overlaps(m, g));
    return gas(this);
  }
  isPartOfMerge(): boolean {
    const g = this.grid();
    return this.alive().merges.some((m) => overlaps(m, g));
  }
  getMergedRanges(): GRange[] {
    const g = this.grid();
    return this.alive()
      .merges.filter((m) => overlaps(m, g))
      .map((m) => this.ss.rangeOf(this.data, m.row, m.col, m.numRows, m.numCols));
  }

  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): GRange {
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    if (!any || o.contentsOnly) this.clearContent();
    if (!any || o.formatOnly) this.clearFormat();
    if (o.validationsOnly) this.clearDataValidations();
    if (o.commentsOnly) this.clearNote();
    return gas(this);
  }
  clearContent(): GRange {
    this.wb.clearContent(this.alive(), this.row, this.col, this.numRows, this.numCols);
    return gas(this);
  }
  clearFormat(): GRange {
    const sheet = this.alive();
    this.map((r, c) => {
      const cell = sheet.cell(r, c);
      if (cell) {
        cell.nf = undefined;
        cell.st = undefined;
      }
    });
    return gas(this);
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

function oneOf(what: string, v: unknown, allowed: string[]): string {
  const s = String(v);
  if (!allowed.includes(s)) throw new Error(`Invalid ${what}: ${s}`);
  return s;
}

function overlaps(a: GridRange, b: GridRange): boolean {
  return (
    a.row <= b.row + b.numRows - 1 &&
    b.row <= a.row + a.numRows - 1 &&
    a.col <= b.col + b.numCols - 1 &&
    b.col <= a.col + a.numCols - 1
  );
}

// Range: a rectangle of one sheet. Reads and writes go through the Workbook model so that
// values are coerced as Sheets does and the formula engine stays in sync. Where the range is
// (geometry, groups, protection, metadata) is its base class, range-geometry.ts; formats,
// validation and merges are done by range-styles.ts, range-validation.ts and range-merges.ts.
import { shiftFormula } from './formula-shift';
import { checkArgs, gas, type GRange } from './gas';
import * as merges from './range-merges';
import * as styles from './range-styles';
import { RangeGeometry } from './range-geometry';
import * as validation from './range-validation';

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
  | 'isBlank'
  | 'insertCheckboxes'
  | 'setBorder'
  | 'getFontColors'
  | 'getFontStyles'
  | 'getHorizontalAlignments'
  | 'getWraps'
  | 'setWraps'
  | 'setFontColors'
  | 'setFontStyles'
  | 'setFontWeights';

export class LocalRange extends RangeGeometry implements Pick<R, Extract<Implemented, keyof R>> {
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

  // ---- number formats and styles (range-styles.ts) -----------------------------------------

  getNumberFormats(): string[][] {
    const sheet = this.alive();
    return this.map((r, c) => this.wb.numberFormatOf(sheet, r, c));
  }
  getNumberFormat(): string {
    return this.wb.numberFormatOf(this.alive(), this.row, this.col);
  }
  setNumberFormat(format: string): GRange {
    styles.setNumberFormat(this, format);
    return gas(this);
  }
  setNumberFormats(formats: string[][]): GRange {
    styles.setNumberFormats(this, formats);
    return gas(this);
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return styles.styleGet(
      this,
      'fontWeight',
      'normal',
    ) as GoogleAppsScript.Spreadsheet.FontWeight[][];
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.first(this.getFontWeights());
  }
  setFontWeights(v: unknown[][]): GRange {
    styles.styleSet(this, 'setFontWeights', 'fontWeight', v, styles.normFontWeight);
    return gas(this);
  }
  setFontWeight(v: string | null): GRange {
    styles.styleAll(this, 'fontWeight', v, styles.normFontWeight);
    return gas(this);
  }

  getFontColors(): string[][] {
    return styles.styleGet(this, 'fontColor', '#000000');
  }
  getFontColor(): string {
    return this.first(this.getFontColors());
  }
  setFontColors(v: unknown[][]): GRange {
    styles.styleSet(this, 'setFontColors', 'fontColor', v, styles.normColor);
    return gas(this);
  }
  setFontColor(v: string | null): GRange {
    styles.styleAll(this, 'fontColor', v, styles.normColor);
    return gas(this);
  }

  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    return styles.styleGet(
      this,
      'fontStyle',
      'normal',
    ) as GoogleAppsScript.Spreadsheet.FontStyle[][];
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.first(this.getFontStyles());
  }
  setFontStyles(v: unknown[][]): GRange {
    styles.styleSet(this, 'setFontStyles', 'fontStyle', v, styles.normFontStyle);
    return gas(this);
  }
  setFontStyle(v: string | null): GRange {
    styles.styleAll(this, 'fontStyle', v, styles.normFontStyle);
    return gas(this);
  }

  getFontSize(): number {
    return this.first(styles.styleGet(this, 'fontSize', 10));
  }
  setFontSize(size: number): GRange {
    styles.styleSet(this, 'setFontSize', 'fontSize', this.fill(size), styles.normFontSize);
    return gas(this);
  }
  getFontFamily(): string {
    return this.first(styles.styleGet(this, 'fontFamily', 'Arial'));
  }
  setFontFamily(v: string | null): GRange {
    styles.styleSet(this, 'setFontFamily', 'fontFamily', this.fill(v), styles.normFontFamily);
    return gas(this);
  }
  getFontLine(): GoogleAppsScript.Spreadsheet.FontLine {
    return this.first(
      styles.styleGet(this, 'fontLine', 'none'),
    ) as GoogleAppsScript.Spreadsheet.FontLine;
  }
  setFontLine(v: string | null): GRange {
    styles.styleSet(this, 'setFontLine', 'fontLine', this.fill(v), styles.normFontLine);
    return gas(this);
  }

  getBackgrounds(): string[][] {
    return styles.styleGet(this, 'background', '#ffffff');
  }
  getBackground(): string {
    return this.first(this.getBackgrounds());
  }
  setBackgrounds(v: unknown[][]): GRange {
    styles.styleSet(this, 'setBackgrounds', 'background', v, styles.normColor);
    return gas(this);
  }
  setBackground(v: string | null): GRange {
    styles.styleAll(this, 'background', v, styles.normColor);
    return gas(this);
  }

  getHorizontalAlignments(): string[][] {
    return styles.styleGet(this, 'hAlign', 'general');
  }
  getHorizontalAlignment(): string {
    return this.first(this.getHorizontalAlignments());
  }
  setHorizontalAlignments(v: unknown[][]): GRange {
    styles.styleSet(this, 'setHorizontalAlignments', 'hAlign', v, styles.normHAlign);
    return gas(this);
  }
  setHorizontalAlignment(v: string | null): GRange {
    return this.setHorizontalAlignments(this.fill(v));
  }
  getVerticalAlignment(): string {
    return this.first(styles.styleGet(this, 'vAlign', 'bottom'));
  }
  setVerticalAlignment(v: string | null): GRange {
    styles.styleSet(this, 'setVerticalAlignment', 'vAlign', this.fill(v), styles.normVAlign);
    return gas(this);
  }

  getWraps(): boolean[][] {
    return styles.styleGet(this, 'wrap', false);
  }
  getWrap(): boolean {
    return this.first(this.getWraps());
  }
  setWraps(v: unknown[][]): GRange {
    styles.styleSet(this, 'setWraps', 'wrap', v, styles.normWrap);
    return gas(this);
  }
  setWrap(v: boolean): GRange {
    return this.setWraps(this.fill(v));
  }

  setBorder(...args: unknown[]): GRange {
    styles.setBorder(this, args);
    return gas(this);
  }

  // ---- notes and validation (range-validation.ts) ------------------------------------------

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
    return validation.getDataValidations(this);
  }
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    return this.first(this.getDataValidations());
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): GRange {
    validation.setDataValidations(this, rules);
    return gas(this);
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GRange {
    validation.setDataValidation(this, rule);
    return gas(this);
  }
  clearDataValidations(): GRange {
    return this.setDataValidation(null);
  }
  insertCheckboxes(): GRange {
    validation.insertCheckboxes(this);
    return gas(this);
  }

  // ---- merges (range-merges.ts) and clearing -----------------------------------------------

  merge(): GRange {
    merges.merge(this);
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
    merges.breakApart(this);
    return gas(this);
  }
  isPartOfMerge(): boolean {
    return merges.isPartOfMerge(this);
  }
  getMergedRanges(): GRange[] {
    return merges.getMergedRanges(this);
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
    styles.clearFormat(this);
    return gas(this);
  }
}

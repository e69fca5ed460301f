// Sheet: one tab — its name and place, its ranges, tab colour and visibility, its rules,
// charts, protections and developer metadata. Its rows and columns (structure changes through
// the Workbook, so formulas and everything anchored to them follow; groups, hiding, sizes) are
// its base class, sheet-dimensions.ts.
import { parseA1 } from './a1';
import { chartFromSpec, newChartBuilder, specOfChart } from './charts';
import { ruleFromSpec, specOfRule } from './conditional-format';
import { normalizeColor } from './colors';
import { checkArgs, gas, local, requireInt, type GRange, type GSheet } from './gas';
import { LocalRange } from './range';
import { SheetDimensions } from './sheet-dimensions';

type S = GoogleAppsScript.Spreadsheet.Sheet;
type Implemented =
  | 'getName'
  | 'setName'
  | 'getSheetId'
  | 'getIndex'
  | 'getParent'
  | 'getRange'
  | 'getRangeList'
  | 'getDataRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'setTabColor'
  | 'getTabColor'
  | 'protect'
  | 'getProtections'
  | 'setConditionalFormatRules'
  | 'getConditionalFormatRules'
  | 'clearConditionalFormatRules'
  | 'newChart'
  | 'insertChart'
  | 'updateChart'
  | 'removeChart'
  | 'getCharts'
  | 'clear'
  | 'clearContents'
  | 'clearFormats'
  | 'activate'
  | 'addDeveloperMetadata'
  | 'getDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'hideSheet'
  | 'showSheet'
  | 'isSheetHidden'
  | 'getSheetValues'
  | 'getActiveRange'
  | 'setActiveRange';

export class LocalSheet extends SheetDimensions implements Pick<S, Implemented> {
  getName(): string {
    return this.alive().name;
  }
  setName(name: string): GSheet {
    this.wb.renameSheet(this.alive(), String(name));
    return this.self();
  }
  getSheetId(): number {
    return this.alive().id;
  }
  getIndex(): number {
    return this.wb.sheets.indexOf(this.alive()) + 1;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return gas(this.ss.proxy);
  }

  getRange(...args: unknown[]): GRange {
    checkArgs('SpreadsheetApp.Sheet.getRange', args, 1, 4);
    const sheet = this.alive();
    if (typeof args[0] === 'string') {
      const a = parseA1(args[0], sheet.maxRows, sheet.maxCols);
      const target = a.sheetName !== undefined ? this.wb.sheetByName(a.sheetName) : sheet;
      if (!target) throw new Error('Range not found');
      return this.ss.rangeOf(target, a.row, a.col, a.numRows, a.numCols);
    }
    const m = 'SpreadsheetApp.Sheet.getRange';
    const row = requireInt(m, 'starting row of the range', args[0]);
    const col = requireInt(m, 'starting column of the range', args[1]);
    const nr = args.length > 2 ? requireInt(m, 'number of rows in the range', args[2]) : 1;
    const nc = args.length > 3 ? requireInt(m, 'number of columns in the range', args[3]) : 1;
    return this.ss.rangeOf(sheet, row, col, nr, nc);
  }

  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    return this.ss.rangeListOf(a1Notations.map((a) => this.getRange(a)));
  }

  getDataRange(): GRange {
    const s = this.alive();
    return this.ss.rangeOf(s, 1, 1, Math.max(1, s.lastRow()), Math.max(1, s.lastColumn()));
  }

  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): unknown[][] {
    const s = this.alive();
    const nr = numRows === -1 ? s.lastRow() - startRow + 1 : numRows;
    const nc = numColumns === -1 ? s.lastColumn() - startColumn + 1 : numColumns;
    return local(
      this.ss.rangeOf(s, startRow, startColumn, nr, nc),
      LocalRange,
      'Range',
    ).getValues();
  }

  getLastRow(): number {
    return this.alive().lastRow();
  }
  getLastColumn(): number {
    return this.alive().lastColumn();
  }
  getMaxRows(): number {
    return this.alive().maxRows;
  }
  getMaxColumns(): number {
    return this.alive().maxCols;
  }

  setTabColor(color: string | null): GSheet {
    this.alive().tabColor = normalizeColor(color) ?? null;
    return this.self();
  }
  getTabColor(): string | null {
    return this.alive().tabColor;
  }
  hideSheet(): GSheet {
    const visible = this.wb.sheets.filter((s) => !s.hidden);
    if (visible.length === 1 && visible[0] === this.data)
      throw new Error("You can't hide all the sheets in a document.");
    this.alive().hidden = true;
    return this.self();
  }
  showSheet(): GSheet {
    this.alive().hidden = false;
    return this.self();
  }
  isSheetHidden(): boolean {
    return this.alive().hidden;
  }

  // ---- rules, charts, protections, metadata ------------------------------------------------

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    const specs = rules.map(specOfRule);
    // "Custom formulas can only reference the same sheet […] To reference another sheet in the
    // formula, use the INDIRECT function" (support.google.com/docs/answer/78413).
    const own = this.alive().name;
    for (const spec of specs) {
      if (spec.condition?.criteria !== 'CUSTOM_FORMULA') continue;
      const formula = String(spec.condition.args[0] ?? '').replace(/"(?:[^"]|"")*"/g, '""');
      for (const m of formula.matchAll(/(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!/g)) {
        const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string);
        if (name !== own)
          throw new Error(
            `Invalid formula: a conditional format rule cannot reference another sheet (${name}) directly; use INDIRECT.`,
          );
      }
    }
    this.alive().conditionalFormats = specs;
  }
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this.alive().conditionalFormats.map((spec) => ruleFromSpec(this.ss, spec));
  }
  clearConditionalFormatRules(): void {
    this.alive().conditionalFormats = [];
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return newChartBuilder(this.ss, this.alive());
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const spec = specOfChart(chart);
    spec.chartId = this.wb.newId();
    this.alive().charts.push(spec);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const spec = specOfChart(chart);
    const s = this.alive();
    const i = s.charts.findIndex((c) => c.chartId === spec.chartId);
    if (i < 0) throw new Error('The chart is not on this sheet. Insert it with insertChart first.');
    s.charts[i] = spec;
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const spec = specOfChart(chart);
    const s = this.alive();
    s.charts = s.charts.filter((c) => c.chartId !== spec.chartId);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.alive().charts.map((spec) => chartFromSpec(this.ss, spec));
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return this.ss.protections.protectSheet(this.alive());
  }
  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    return this.ss.protections.list(this.alive(), String(type));
  }

  addDeveloperMetadata(key: string, ...rest: unknown[]): GSheet {
    this.ss.metadata.addToSheet(this.alive(), key, rest);
    return this.self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.ss.metadata.onSheet(this.alive());
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this.ss.metadata.finder({ sheet: this.alive() });
  }

  // ---- whole-sheet ---------------------------------------------------------------------------

  private whole(): LocalRange {
    const s = this.alive();
    return local(this.ss.rangeOf(s, 1, 1, s.maxRows, s.maxCols), LocalRange, 'Range');
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): GSheet {
    this.whole().clear(options);
    return this.self();
  }
  clearContents(): GSheet {
    this.whole().clearContent();
    return this.self();
  }
  clearFormats(): GSheet {
    this.whole().clearFormat();
    return this.self();
  }
  activate(): GSheet {
    this.wb.activeSheetId = this.alive().id;
    this.wb.activeRange = this.data.gridRange(1, 1, 1, 1);
    return this.self();
  }
  getActiveRange(): GRange | null {
    return this.ss.activeRangeOn(this.alive());
  }
  setActiveRange(range: GRange): GRange {
    return local(range, LocalRange, 'Range').activate();
  }
}

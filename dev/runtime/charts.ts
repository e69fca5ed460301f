// Embedded charts: Sheet.newChart() returns a builder that records type, ranges, position and
// options (Google Charts option names: 'title', 'isStacked', 'colors', 'legend.position',
// 'hAxis.title', 'vAxis.title', 'width', 'height', ...). The typed builders (asBarChart() etc.)
// are the same object with the chart type set. Charts are recorded, never drawn.
// setOption takes only the options Google documents for the chart type (chart-options.ts), and
// a change of type checks the options set so far again.
import { service } from './accounting';
import { checkChartOption } from './chart-options';
import { CHART_TYPES, enumValue } from './enums';
import { gas, local, type GRange } from './gas';
import { LocalRange } from './range';
import type { SheetData } from './sheet-data';
import type { ChartSpec } from './specs';
import type { LocalSpreadsheet } from './spreadsheet';

type B = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

export { CHART_TYPES };

export function newChartSpec(sheet: SheetData): ChartSpec {
  return {
    chartId: 0,
    type: 'COLUMN',
    ranges: [],
    position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
    options: {},
  };
  void sheet;
}

/** Recorded by a typed builder's own setter (setPointStyle), not a Google Charts option. */
const SETTER_ONLY = new Set(['pointStyle']);

type Methods =
  | 'addRange'
  | 'removeRange'
  | 'clearRanges'
  | 'getRanges'
  | 'setChartType'
  | 'getChartType'
  | 'setPosition'
  | 'setOption'
  | 'setNumHeaders'
  | 'setMergeStrategy'
  | 'setHiddenDimensionStrategy'
  | 'setTransposeRowsAndColumns'
  | 'build'
  | 'asAreaChart'
  | 'asBarChart'
  | 'asColumnChart'
  | 'asComboChart'
  | 'asHistogramChart'
  | 'asLineChart'
  | 'asPieChart'
  | 'asScatterChart'
  | 'asSteppedAreaChart'
  | 'asTableChart';

export class LocalChartBuilder implements Pick<B, Extract<Methods, keyof B>> {
  constructor(
    readonly ss: LocalSpreadsheet,
    readonly spec: ChartSpec,
  ) {}
  private self(): B {
    return gas(this);
  }
  private opt(key: string, v: unknown): never {
    this.spec.options[key] = v;
    return gas(this);
  }
  addRange(range: GRange): B {
    this.spec.ranges.push(local(range, LocalRange, 'Range').grid());
    return this.self();
  }
  removeRange(range: GRange): B {
    const g = local(range, LocalRange, 'Range').grid();
    this.spec.ranges = this.spec.ranges.filter((r) => JSON.stringify(r) !== JSON.stringify(g));
    return this.self();
  }
  clearRanges(): B {
    this.spec.ranges = [];
    return this.self();
  }
  getRanges(): GRange[] {
    return this.spec.ranges.map((g) =>
      this.ss.rangeOf(this.ss.model.requireSheet(g.sheetId), g.row, g.col, g.numRows, g.numCols),
    );
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): B {
    const t = String(type);
    if (!(CHART_TYPES as readonly string[]).includes(t))
      throw new Error(`Invalid chart type: ${t}`);
    return this.as(t);
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return enumValue('ChartType', this.spec.type);
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): B {
    this.spec.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return this.self();
  }
  setOption(option: string, value: unknown): B {
    checkChartOption(this.spec.type, String(option), value);
    return this.opt(option, value);
  }
  setNumHeaders(n: number): B {
    this.spec.numHeaders = n;
    return this.self();
  }
  setMergeStrategy(s: GoogleAppsScript.Charts.ChartMergeStrategy): B {
    this.spec.mergeStrategy = String(s);
    return this.self();
  }
  setHiddenDimensionStrategy(s: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy): B {
    this.spec.hiddenDimensionStrategy = String(s);
    return this.self();
  }
  setTransposeRowsAndColumns(t: boolean): B {
    this.spec.transposeRowsAndColumns = t;
    return this.self();
  }
  private as(type: string): never {
    for (const [option, value] of Object.entries(this.spec.options))
      if (!SETTER_ONLY.has(option)) checkChartOption(type, option, value);
    this.spec.type = type;
    return gas(this);
  }
  asAreaChart() {
    return this.as('AREA');
  }
  asBarChart() {
    return this.as('BAR');
  }
  asColumnChart() {
    return this.as('COLUMN');
  }
  asComboChart() {
    return this.as('COMBO');
  }
  asHistogramChart() {
    return this.as('HISTOGRAM');
  }
  asLineChart() {
    return this.as('LINE');
  }
  asPieChart() {
    return this.as('PIE');
  }
  asScatterChart() {
    return this.as('SCATTER');
  }
  asSteppedAreaChart() {
    return this.as('STEPPED_AREA');
  }
  asTableChart() {
    return this.as('TABLE');
  }
  // Setters of the typed builders, recorded as Google Charts options.
  setTitle(t: string) {
    return this.opt('title', t);
  }
  setStacked() {
    return this.opt('isStacked', true);
  }
  setColors(c: string[]) {
    return this.opt('colors', [...c]);
  }
  setLegendPosition(p: unknown) {
    return this.opt('legend.position', String(p).toLowerCase());
  }
  setXAxisTitle(t: string) {
    return this.opt('hAxis.title', t);
  }
  setYAxisTitle(t: string) {
    return this.opt('vAxis.title', t);
  }
  setDimensions(w: number, h: number) {
    this.spec.options.width = w;
    return this.opt('height', h);
  }
  setRange(min: number, max: number) {
    this.spec.options['vAxis.viewWindow.min'] = min;
    return this.opt('vAxis.viewWindow.max', max);
  }
  set3D() {
    return this.opt('is3D', true);
  }
  setBackgroundColor(c: string) {
    return this.opt('backgroundColor', c);
  }
  reverseCategories() {
    return this.opt('reverseCategories', true);
  }
  setCurveStyle(s: unknown) {
    return this.opt('curveType', String(s) === 'SMOOTH' ? 'function' : 'none');
  }
  setPointStyle(s: unknown) {
    return this.opt('pointStyle', String(s));
  }
  useLogScale() {
    return this.opt('vAxis.logScale', true);
  }
  build(): Chart {
    return chartFromSpec(this.ss, this.spec);
  }
}

export class LocalEmbeddedChart implements Pick<
  Chart,
  'getChartId' | 'getRanges' | 'modify' | 'getOptions' | 'getContainerInfo'
> {
  constructor(
    readonly ss: LocalSpreadsheet,
    readonly spec: ChartSpec,
  ) {}
  getChartId(): number | null {
    return this.spec.chartId || null;
  }
  getId(): string {
    return `u${this.spec.chartId}`;
  }
  getRanges(): GRange[] {
    return new LocalChartBuilder(this.ss, this.spec).getRanges();
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = this.spec.options;
    return gas({
      get: (k: string) => options[k] ?? null,
      getOrDefault: (k: string) => options[k] ?? null,
    });
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    const p = this.spec.position;
    return gas({
      getAnchorRow: () => p.row,
      getAnchorColumn: () => p.col,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    });
  }
  modify(): B {
    return gas(
      service(
        new LocalChartBuilder(this.ss, structuredClone(this.spec)),
        'EmbeddedChartBuilder',
        this.ss.model.accounting,
      ),
    );
  }
}

export function chartFromSpec(ss: LocalSpreadsheet, spec: ChartSpec): Chart {
  return gas(
    service(
      new LocalEmbeddedChart(ss, structuredClone(spec)),
      'EmbeddedChart',
      ss.model.accounting,
    ),
  );
}

export function newChartBuilder(ss: LocalSpreadsheet, sheet: SheetData): B {
  return gas(
    service(
      new LocalChartBuilder(ss, newChartSpec(sheet)),
      'EmbeddedChartBuilder',
      ss.model.accounting,
    ),
  );
}

export function specOfChart(chart: Chart): ChartSpec {
  return structuredClone(local(chart, LocalEmbeddedChart, 'EmbeddedChart').spec);
}

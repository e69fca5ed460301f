// The configuration options Google documents per chart type, which is what an embedded chart's
// EmbeddedChartBuilder.setOption(option, value) takes ("Sets advanced options for this chart",
// developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#setOption(String,Object),
// pointing at the Google Charts configuration options). Sources, one page per chart type,
// section "Configuration options":
//   developers.google.com/chart/interactive/docs/gallery/areachart#configuration-options
//   developers.google.com/chart/interactive/docs/gallery/barchart#configuration-options
//   developers.google.com/chart/interactive/docs/gallery/columnchart#configuration-options
//   developers.google.com/chart/interactive/docs/gallery/combochart#configuration-options
//   developers.google.com/chart/interactive/docs/gallery/histogram#configuration-options
//   developers.google.com/chart/interactive/docs/gallery/linechart#configuration-options
//   developers.google.com/chart/interactive/docs/gallery/piechart#configuration-options
//   developers.google.com/chart/interactive/docs/gallery/scatterchart#configuration-options
//   developers.google.com/chart/interactive/docs/gallery/steppedareachart#configuration-options
//   developers.google.com/chart/interactive/docs/gallery/table#configuration-options
// An option is a dotted path ('legend.position', 'hAxis.viewWindow.min', 'series.3.color'),
// or its object form (setOption('legend', { position: 'bottom' })); a number in a path is an
// index (series, slices, trendlines, vAxes). Apps Script ignores an option it does not know,
// so a typo would draw a different chart without a word: here it throws, naming the option
// and the chart type. Only names are checked, not values.

/** A documented option: a leaf (any value) or an object of documented sub-options. */
type Shape = true | { readonly [key: string]: Shape };

/** Any index ('series.0', 'slices.12'). */
const INDEX = '#';

function leaves(names: string): Record<string, true> {
  return Object.fromEntries(names.split(/\s+/).map((n) => [n, true as const]));
}

const TEXT_STYLE = leaves('color fontName fontSize bold italic');
const GRIDLINES = leaves('color count interval minSpacing multiple units');
const STEM = leaves('color length');

const AXIS: Shape = {
  ...leaves(
    'baseline baselineColor direction format logScale scaleType textPosition ticks title ' +
      'allowContainerBoundaryTextCutoff slantedText slantedTextAngle maxAlternation maxTextLines ' +
      'minTextSpacing showTextEvery maxValue minValue viewWindowMode',
  ),
  gridlines: GRIDLINES,
  minorGridlines: GRIDLINES,
  textStyle: TEXT_STYLE,
  titleTextStyle: TEXT_STYLE,
  viewWindow: leaves('max min'),
};

const ANNOTATIONS: Shape = {
  ...leaves('boxStyle highContrast style'),
  datum: { stem: STEM, style: true },
  domain: { stem: STEM, style: true },
  stem: STEM,
  textStyle: { ...TEXT_STYLE, ...leaves('auraColor opacity') },
};

const STROKE = leaves('fill stroke strokeWidth');

/** Options of every chart type here but the table. */
const CHART: Record<string, Shape> = {
  backgroundColor: STROKE,
  chartArea: {
    ...leaves('left top right bottom width height'),
    backgroundColor: leaves('stroke strokeWidth'),
  },
  ...leaves('colors enableInteractivity fontName fontSize forceIFrame height width title'),
  legend: { ...leaves('alignment maxLines position'), textStyle: TEXT_STYLE },
  titleTextStyle: TEXT_STYLE,
  tooltip: { ...leaves('ignoreBounds isHtml showColorCode trigger'), textStyle: TEXT_STYLE },
};

/** Options of the charts with axes (area, bar, column, combo, histogram, line, scatter, stepped). */
const AXIS_CHART: Record<string, Shape> = {
  ...CHART,
  ...leaves(
    'aggregationTarget axisTitlesPosition dataOpacity focusTarget reverseCategories selectionMode theme titlePosition',
  ),
  animation: leaves('duration easing startup'),
  explorer: leaves('actions axis keepInBounds maxZoomIn maxZoomOut zoomDelta'),
  hAxis: AXIS,
  vAxis: AXIS,
  vAxes: { [INDEX]: AXIS },
};

const LINES = leaves('interpolateNulls lineDashStyle lineWidth pointShape pointSize pointsVisible');
const CROSSHAIR: Shape = {
  ...leaves('color opacity orientation trigger'),
  focused: leaves('color opacity'),
  selected: leaves('color opacity'),
};
const TRENDLINES: Shape = {
  [INDEX]: leaves(
    'color degree labelInLegend lineWidth opacity pointSize pointsVisible showR2 type visibleInLegend',
  ),
};
const SERIES_BASE = 'annotations color labelInLegend targetAxisIndex visibleInLegend';
const SERIES_LINE = `${SERIES_BASE} curveType lineDashStyle lineWidth pointShape pointSize pointsVisible`;
const series = (names: string): Shape => ({ [INDEX]: leaves(names) });

const BARS: Record<string, Shape> = {
  ...AXIS_CHART,
  annotations: { ...ANNOTATIONS, alwaysOutside: true },
  bar: leaves('groupWidth'),
  intervals: true,
  isStacked: true,
  series: series(SERIES_BASE),
  trendlines: TRENDLINES,
};

/** Documented options per chart type (Charts.ChartType names). */
export const CHART_OPTIONS: Readonly<Record<string, Shape>> = {
  AREA: {
    ...AXIS_CHART,
    ...LINES,
    annotations: ANNOTATIONS,
    areaOpacity: true,
    crosshair: CROSSHAIR,
    domainAxis: leaves('type'),
    intervals: true,
    isStacked: true,
    orientation: true,
    series: series(`${SERIES_LINE} areaOpacity`),
  },
  BAR: { ...BARS, hAxes: { [INDEX]: AXIS } },
  COLUMN: BARS,
  COMBO: {
    ...AXIS_CHART,
    ...LINES,
    annotations: ANNOTATIONS,
    areaOpacity: true,
    bar: leaves('groupWidth'),
    candlestick: { hollowIsRising: true, fallingColor: STROKE, risingColor: STROKE },
    crosshair: CROSSHAIR,
    curveType: true,
    domainAxis: leaves('type'),
    intervals: true,
    isStacked: true,
    orientation: true,
    series: series(`${SERIES_LINE} areaOpacity type`),
    seriesType: true,
  },
  HISTOGRAM: {
    ...AXIS_CHART,
    bar: leaves('groupWidth'),
    histogram: leaves(
      'bucketSize hideBucketItems lastBucketPercentile maxValue minValue numBucketsRule',
    ),
    interpolateNulls: true,
    isStacked: true,
    orientation: true,
    series: series(SERIES_BASE),
  },
  LINE: {
    ...AXIS_CHART,
    ...LINES,
    annotations: ANNOTATIONS,
    crosshair: CROSSHAIR,
    curveType: true,
    domainAxis: leaves('type'),
    intervals: true,
    orientation: true,
    series: series(SERIES_LINE),
    trendlines: TRENDLINES,
  },
  PIE: {
    ...CHART,
    ...leaves(
      'is3D pieHole pieSliceBorderColor pieSliceText pieStartAngle pieResidueSliceColor ' +
        'pieResidueSliceLabel reverseCategories sliceVisibilityThreshold',
    ),
    pieSliceTextStyle: TEXT_STYLE,
    tooltip: { ...leaves('ignoreBounds isHtml showColorCode text trigger'), textStyle: TEXT_STYLE },
    slices: { [INDEX]: { ...leaves('color offset'), textStyle: TEXT_STYLE } },
  },
  SCATTER: {
    ...AXIS_CHART,
    ...LINES,
    annotations: ANNOTATIONS,
    crosshair: CROSSHAIR,
    curveType: true,
    series: series(SERIES_LINE),
    trendlines: TRENDLINES,
  },
  STEPPED_AREA: {
    ...AXIS_CHART,
    ...leaves('areaOpacity connectSteps interpolateNulls isStacked lineDashStyle'),
    series: series(`${SERIES_BASE} areaOpacity lineDashStyle`),
  },
  TABLE: {
    ...leaves(
      'allowHtml alternatingRowStyle firstRowNumber frozenColumns height page pageSize ' +
        'pagingButtons rtlTable scrollLeftStartPosition showRowNumber sort sortAscending ' +
        'sortColumn startPage width',
    ),
    cssClassNames: leaves(
      'headerRow tableRow oddTableRow selectedTableRow hoverTableRow headerCell tableCell rowNumberCell',
    ),
  },
};

const PAGE: Record<string, string> = {
  AREA: 'areachart',
  BAR: 'barchart',
  COLUMN: 'columnchart',
  COMBO: 'combochart',
  HISTOGRAM: 'histogram',
  LINE: 'linechart',
  PIE: 'piechart',
  SCATTER: 'scatterchart',
  STEPPED_AREA: 'steppedareachart',
  TABLE: 'table',
};

function child(shape: Shape, key: string): Shape | undefined {
  if (shape === true) return undefined;
  if (Object.prototype.hasOwnProperty.call(shape, key)) return shape[key];
  return /^\d+$/.test(key) ? shape[INDEX] : undefined;
}

/**
 * Throws unless `option` (and, for an object value, each key inside it) is a configuration
 * option Google documents for charts of `type`.
 */
export function checkChartOption(type: string, option: string, value: unknown): void {
  const root = CHART_OPTIONS[type];
  if (!root)
    throw new Error(
      `The local runtime has no table of documented options for ${type} charts: add one to dev/runtime/chart-options.ts before setting '${option}'.`,
    );
  const fail = (path: string): never => {
    throw new Error(
      `'${path}' is not a configuration option Google documents for a ${type} chart ` +
        `(developers.google.com/chart/interactive/docs/gallery/${PAGE[type]}#configuration-options); ` +
        `Sheets would ignore it. Check its spelling.`,
    );
  };
  let shape: Shape = root;
  for (const key of option.split('.')) shape = child(shape, key) ?? fail(option);
  checkValue(shape, option, value, fail);
}

function checkValue(shape: Shape, path: string, value: unknown, fail: (p: string) => never) {
  if (shape === true || value === null || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    const at = `${path}.${key}`;
    checkValue(child(shape, key) ?? fail(at), at, v, fail);
  }
}

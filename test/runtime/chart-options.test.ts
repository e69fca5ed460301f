// EmbeddedChartBuilder.setOption takes only the configuration options Google documents for the
// chart type (dev/runtime/chart-options.ts): Sheets ignores any other, so a typo would draw a
// different chart without a word. The runtime throws instead, naming the option and the type.
import { createSpreadsheet, loadAddon } from '../../dev/runtime';

function builder() {
  const ss = createSpreadsheet();
  const addon = loadAddon({ spreadsheet: ss, today: '2026-03-31' });
  const sh = ss.getSheets()[0]!;
  const Charts = addon.context.Charts as GoogleAppsScript.Charts.Charts;
  // A builder's as…Chart() changes the type of that same builder: each case takes a new one.
  const fresh = () => sh.newChart().addRange(sh.getRange('A1:B3'));
  return { sh, Charts, fresh };
}

test('a misspelt option throws, naming the option and the chart type', () => {
  const { fresh } = builder();
  expect(() => fresh().asColumnChart().setOption('vAxis.viewWindow.mn', 0)).toThrow(
    "'vAxis.viewWindow.mn' is not a configuration option Google documents for a COLUMN chart",
  );
  expect(() => fresh().asLineChart().setOption('legend.postion', 'bottom')).toThrow(
    /'legend\.postion' .* LINE chart \(developers\.google\.com\/chart\/interactive\/docs\/gallery\/linechart#configuration-options\)/,
  );
  expect(() => fresh().asBarChart().setOption('colours', ['#000'])).toThrow(/'colours' .* BAR/);
  expect(() => fresh().asBarChart().setOption('title.text', 'x')).toThrow(/'title\.text'/);
});

test('an option set as an object is checked key by key, indexes included', () => {
  const { fresh } = builder();
  const line = () => fresh().asLineChart();
  expect(() => line().setOption('legend', { postion: 'bottom' })).toThrow(/'legend\.postion'/);
  expect(() => line().setOption('series', { 3: { lineDashStyl: [4, 4] } })).toThrow(
    /'series\.3\.lineDashStyl'/,
  );
  expect(() => line().setOption('series', [{ color: '#111' }, { colour: '#222' }])).toThrow(
    /'series\.1\.colour'/,
  );
  expect(() =>
    line()
      .setOption('legend', { position: 'bottom', textStyle: { fontSize: 10 } })
      .setOption('series', [{ color: '#111' }, { lineDashStyle: [4, 4], targetAxisIndex: 1 }])
      .setOption('vAxes', { 1: { title: 'Share', viewWindow: { min: 0 } } }),
  ).not.toThrow();
});

test('an option of another chart type throws; a type change checks the options again', () => {
  const { fresh } = builder();
  expect(() => fresh().asColumnChart().setOption('pieHole', 0.4)).toThrow(/'pieHole' .* COLUMN/);
  const pie = fresh().asPieChart().setOption('pieHole', 0.4).setOption('slices.2.offset', 0.1);
  expect(() => pie.asBarChart()).toThrow(/'pieHole' .* BAR/);
  expect(() => fresh().asBarChart().setOption('isStacked', true).asColumnChart()).not.toThrow();
  expect(() => fresh().asLineChart().setOption('isStacked', true)).toThrow(/'isStacked' .* LINE/);
});

test('a chart type without a documented table refuses options', () => {
  const { fresh, Charts } = builder();
  expect(() => fresh().setChartType(Charts.ChartType.GEO).setOption('title', 'x')).toThrow(
    'The local runtime has no table of documented options for GEO charts',
  );
});

test('documented options pass for every chart type the add-on and the typed builders make', () => {
  const { sh, fresh } = builder();
  const axes = {
    title: 'T',
    'hAxis.title': 'H',
    'vAxis.title': 'V',
    'vAxis.format': 'percent',
    'hAxis.format': 'percent',
    'vAxis.viewWindow.min': 0,
    'vAxis.viewWindow.max': 1,
    'hAxis.viewWindow.min': 0,
    'hAxis.viewWindow.max': 1,
    'hAxis.gridlines.count': 5,
    'titleTextStyle.bold': true,
    colors: ['#123456'],
    'legend.position': 'bottom',
    'animation.duration': 500,
    'series.0.color': '#654321',
    width: 600,
    height: 300,
  };
  const set = (b: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, o: Record<string, unknown>) =>
    Object.entries(o).reduce((x, [k, v]) => x.setOption(k, v), b);
  for (const b of [
    fresh().asColumnChart().setOption('isStacked', true),
    fresh().asBarChart().setOption('isStacked', 'percent').setOption('bar.groupWidth', '60%'),
    fresh()
      .asLineChart()
      .setOption('series.3.lineDashStyle', [4, 4])
      .setOption('curveType', 'function'),
    fresh().asAreaChart().setOption('areaOpacity', 0.2).setOption('isStacked', true),
    fresh().asComboChart().setOption('seriesType', 'bars').setOption('series.1.type', 'line'),
    fresh().asScatterChart().setOption('pointSize', 4).setOption('trendlines.0.type', 'linear'),
  ])
    expect(() => sh.insertChart(set(b, axes).build())).not.toThrow();
  const pie = fresh()
    .asPieChart()
    .setOption('title', 'Share')
    .setOption('pieHole', 0.4)
    .setOption('legend.position', 'labeled')
    .setOption('pieSliceTextStyle', { color: '#fff', fontSize: 9 });
  expect(() => sh.insertChart(pie.build())).not.toThrow();
  const table = fresh().asTableChart().setOption('showRowNumber', true).setOption('pageSize', 10);
  expect(() => sh.insertChart(table.build())).not.toThrow();
  expect(sh.getCharts()).toHaveLength(8);
});

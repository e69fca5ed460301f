// Builders record what was built (validation, conditional formats, charts) so tests can read
// it back; rows carry groups, hidden state, protections and developer metadata.
import { createSpreadsheet, loadAddon } from '../../dev/runtime';

function setup() {
  const ss = createSpreadsheet();
  const addon = loadAddon({ spreadsheet: ss, today: '2026-03-31' });
  const app = addon.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return { ss, sh: ss.getSheets()[0]!, app, addon };
}

test('data validation rules are recorded and enforced when invalid data is rejected', () => {
  const { sh, app } = setup();
  const rule = app
    .newDataValidation()
    .requireValueInList(['On track', 'At risk', 'Off track'], true)
    .setAllowInvalid(false)
    .setHelpText('Pick a status')
    .build();
  sh.getRange('B2:B10').setDataValidation(rule);
  const back = sh.getRange('B5').getDataValidation()!;
  expect(String(back.getCriteriaType())).toBe('VALUE_IN_LIST');
  expect(back.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
  expect(back.getCriteriaValues()).toEqual([['On track', 'At risk', 'Off track'], true]);
  expect(back.getHelpText()).toBe('Pick a status');
  sh.getRange('B2').setValue('At risk');
  expect(() => sh.getRange('B3').setValue('Maybe')).toThrow(
    'The data you entered in cell B3 violates the data validation rules set on this cell.',
  );
  const numbers = app.newDataValidation().requireNumberBetween(0, 1).setAllowInvalid(true).build();
  sh.getRange('C2').setDataValidation(numbers).setValue(5); // allowed: only a warning in Sheets
  expect(sh.getRange('C2').getValue()).toBe(5);
  expect(sh.getRange('A1').getDataValidation()).toBeNull();
});

test('conditional format rules are recorded with ranges, condition and format', () => {
  const { sh, app } = setup();
  const rule = app
    .newConditionalFormatRule()
    .whenFormulaSatisfied('=$C2<0.4')
    .setBackground('#F4CCCC')
    .setFontColor('#990000')
    .setRanges([sh.getRange('A2:F100')])
    .build();
  sh.setConditionalFormatRules([...sh.getConditionalFormatRules(), rule]);
  const [back] = sh.getConditionalFormatRules();
  const cond = back!.getBooleanCondition()!;
  expect(String(cond.getCriteriaType())).toBe('CUSTOM_FORMULA');
  expect(cond.getCriteriaValues()).toEqual(['=$C2<0.4']);
  expect(cond.getBackground()).toBe('#f4cccc');
  expect(back!.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:F100']);
  sh.insertRowBefore(1);
  expect(sh.getConditionalFormatRules()[0]!.getRanges()[0]!.getA1Notation()).toBe('A3:F101');
});

test("a rule's custom formula moves with its range, as Sheets keeps it on its own rows", () => {
  const { sh, app } = setup();
  const rule = app
    .newConditionalFormatRule()
    .whenFormulaSatisfied('=AND($C2<0.4,$H$1>0)')
    .setBackground('#F4CCCC')
    .setRanges([sh.getRange('A2:F100')])
    .build();
  sh.setConditionalFormatRules([rule]);
  const now = () => {
    const [r] = sh.getConditionalFormatRules();
    return [r!.getRanges()[0]!.getA1Notation(), r!.getBooleanCondition()!.getCriteriaValues()[0]];
  };
  // Rows inserted above the range move it and its relative references (not the absolute ones).
  sh.insertRowsBefore(2, 2);
  expect(now()).toEqual(['A4:F102', '=AND($C4<0.4,$H$1>0)']);
  // Rows inserted inside the range grow it; its first row, and so the formula, stay.
  sh.insertRowsAfter(10, 3);
  expect(now()).toEqual(['A4:F105', '=AND($C4<0.4,$H$1>0)']);
  // Deleting its first row: the next row becomes the first, the formula is unchanged.
  sh.deleteRow(4);
  expect(now()).toEqual(['A4:F104', '=AND($C4<0.4,$H$1>0)']);
  // Rows deleted above it move it back up.
  sh.deleteRows(1, 2);
  expect(now()).toEqual(['A2:F102', '=AND($C2<0.4,$H$1>0)']);
});

test('charts are recorded: type, ranges, position and options; update and remove work', () => {
  const { sh, addon } = setup();
  const Charts = addon.context.Charts as GoogleAppsScript.Charts.Charts;
  sh.getRange('A1:B3').setValues([
    ['Objective', 'Progress'],
    ['Grow', 0.5],
    ['Keep', 0.8],
  ]);
  const chart = sh
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(sh.getRange('A1:B3'))
    .setPosition(5, 4, 0, 0)
    .setOption('title', 'Progress per objective')
    .build();
  sh.insertChart(chart);
  const [inserted] = sh.getCharts();
  expect(inserted!.getRanges()[0]!.getA1Notation()).toBe('A1:B3');
  expect(inserted!.getOptions().get('title')).toBe('Progress per objective');
  expect(inserted!.getContainerInfo().getAnchorRow()).toBe(5);
  const model = (sh as unknown as { data: { charts: { type: string }[] } }).data;
  expect(model.charts[0]!.type).toBe('BAR');
  sh.updateChart(inserted!.modify().asColumnChart().setOption('title', 'New').build());
  expect(model.charts[0]).toMatchObject({ type: 'COLUMN', options: { title: 'New' } });
  sh.removeChart(sh.getCharts()[0]!);
  expect(sh.getCharts()).toHaveLength(0);
});

test('developer metadata on rows follows insertions and is found by key and value', () => {
  const { ss, sh, app } = setup();
  sh.addDeveloperMetadata('okr.tab', 'objectives');
  sh.getRange('3:3').addDeveloperMetadata('okr.row', 'O-1');
  sh.insertRowsBefore(1, 2);
  const found = ss.createDeveloperMetadataFinder().withKey('okr.row').withValue('O-1').find();
  expect(found).toHaveLength(1);
  expect(found[0]!.getLocation().getRow()!.getRow()).toBe(5);
  expect(String(found[0]!.getLocation().getLocationType())).toBe('ROW');
  const tab = ss.createDeveloperMetadataFinder().withKey('okr.tab').find()[0]!;
  expect(tab.getLocation().getSheet()!.getSheetId()).toBe(sh.getSheetId());
  // Added without a visibility: PROJECT, which another deployment would not find.
  expect(tab.getVisibility()).toBe(app.DeveloperMetadataVisibility.PROJECT);
  expect(() => sh.getRange('A1:B2').addDeveloperMetadata('x')).toThrow(
    'Adding developer metadata to arbitrary ranges',
  );
  sh.deleteRow(5);
  expect(ss.createDeveloperMetadataFinder().withKey('okr.row').find()).toHaveLength(0);
});

test('row groups, hidden rows, frozen rows, tab colour and protections', () => {
  const { sh, app } = setup();
  sh.getRange('3:5').shiftRowGroupDepth(1);
  expect(sh.getRowGroupDepth(4)).toBe(1);
  const group = sh.getRowGroup(4, 1)!;
  expect(group.getRange().getA1Notation()).toBe('3:5');
  group.collapse();
  expect(sh.getRowGroup(3, 1)!.isCollapsed()).toBe(true);
  sh.hideRows(8, 2);
  expect([sh.isRowHiddenByUser(8), sh.isRowHiddenByUser(10)]).toEqual([true, false]);
  sh.setFrozenRows(1);
  sh.setTabColor('#00FF00');
  expect([sh.getFrozenRows(), sh.getTabColor()]).toEqual([1, '#00ff00']);
  const p = sh.protect().setDescription('OKR headers').setWarningOnly(true);
  expect(sh.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
  expect(p.getProtectionType()).toBe(app.ProtectionType.SHEET);
  sh.getRange('A1:C1').protect().setDescription('header');
  expect(sh.getProtections(app.ProtectionType.RANGE)[0]!.getRange().getA1Notation()).toBe('A1:C1');
});

test('merges, notes, alignment and RangeList', () => {
  const { sh } = setup();
  sh.getRange('A1:C1')
    .setValues([['Title', 'x', 'y']])
    .merge();
  expect(sh.getRange('A1:C1').getValues()).toEqual([['Title', '', '']]);
  expect(sh.getRange('B1').isPartOfMerge()).toBe(true);
  sh.getRange('A2').setNote('from import').setHorizontalAlignment('center').setWrap(true);
  expect([
    sh.getRange('A2').getNote(),
    sh.getRange('A2').getHorizontalAlignment(),
    sh.getRange('A2').getWrap(),
  ]).toEqual(['from import', 'center', true]);
  sh.getRangeList(['D1', 'E2']).setValue(3).setFontWeight('bold');
  expect(sh.getRange('E2').getFontWeight()).toBe('bold');
  expect(sh.getRange('D1').getValue()).toBe(3);
});

// Workbooks saved to JSON and loaded back; CSV files loaded as tabs.
import {
  createSpreadsheet,
  loadAddon,
  loadCsvAsSheet,
  parseCsv,
  spreadsheetFromJson,
  spreadsheetToJson,
} from '../../dev/runtime';

test('a workbook survives a JSON round trip', () => {
  const ss = createSpreadsheet({ locale: 'nl_NL', name: 'OKRs' });
  const sh = ss.getSheets()[0]!;
  sh.setName('Objectives');
  sh.getRange('A1:C2').setValues([
    ['Title', 'Progress', 'Double'],
    ["'12", 0.5, '=B2*2'],
  ]);
  sh.getRange('B2').setNumberFormat('0%').setBackground('#ffeeee').setNote('n');
  sh.getRange('B2:B5').setDataValidation(
    (
      loadAddon({ spreadsheet: ss }).context
        .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    )
      .newDataValidation()
      .requireNumberBetween(0, 1)
      .build(),
  );
  sh.setFrozenRows(1);
  sh.getRange('2:2').addDeveloperMetadata('okr.row', 'O-1');
  sh.getRange('3:4').shiftRowGroupDepth(1);
  ss.setNamedRange('Progress', sh.getRange('B2:B5'));
  ss.insertSheet('Other').getRange('A1').setFormula('=Objectives!B2+1');

  const json = spreadsheetToJson(ss);
  const back = spreadsheetFromJson(JSON.parse(JSON.stringify(json)));
  expect(spreadsheetToJson(back)).toEqual(json);
  const o = back.getSheetByName('Objectives')!;
  expect(o.getRange('A2:C2').getValues()).toEqual([['12', 0.5, 1]]);
  expect(o.getRange('B2').getDisplayValue()).toBe('50%');
  expect(back.getSheetByName('Other')!.getRange('A1').getValue()).toBe(1.5);
  expect(back.getSpreadsheetLocale()).toBe('nl_NL');
  expect(
    back
      .createDeveloperMetadataFinder()
      .withKey('okr.row')
      .find()[0]!
      .getLocation()
      .getRow()!
      .getRow(),
  ).toBe(2);
  expect(o.getSheetId()).toBe(sh.getSheetId());
});

test('the CSV parser handles quotes, embedded commas, quotes and newlines', () => {
  expect(parseCsv('a,"b,c","say ""hi""","line\nbreak"\r\n1,2,3,4\n')).toEqual([
    ['a', 'b,c', 'say "hi"', 'line\nbreak'],
    ['1', '2', '3', '4'],
  ]);
});

test('CSV cells become numbers as Sheets imports them, but never formulas', () => {
  const ss = createSpreadsheet();
  const sh = loadCsvAsSheet(
    ss,
    'loose',
    'Title,Target,Owner\n"=HYPERLINK(""x"")",100,+31 6 1234\nGrow,45%,-\n',
  );
  expect(sh.getName()).toBe('loose');
  expect(sh.getDataRange().getValues()).toEqual([
    ['Title', 'Target', 'Owner'],
    ['=HYPERLINK("x")', 100, '+31 6 1234'],
    ['Grow', 0.45, '-'],
  ]);
  expect(
    sh
      .getDataRange()
      .getFormulas()
      .flat()
      .every((f) => f === ''),
  ).toBe(true);
});

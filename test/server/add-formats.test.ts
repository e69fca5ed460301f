// A row added by addItem looks like its column in Sheets: inserted rows take the formatting of
// the row above (the local runtime does as Sheets does), and the add-on sets the row's own look
// (percent key results show percentages, others plain numbers, whatever the row above was).
import { matchHeader, type ColumnKey } from '../../src/core/columns';
import type { MutationResult } from '../../src/shared/rpc';
import { seenLooks } from '../helpers/seen-look';
import { add, byId, call, fresh, okrRows, tab } from './workbook-helpers';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function cells(sheet: Sheet) {
  const header = matchHeader(sheet.getDataRange().getValues())!;
  const cell = (row: number, key: ColumnKey) =>
    sheet.getRange(row, (header.columns[key] as number) + 1);
  return (row: number) => ({
    formats: (['start', 'target', 'current', 'progress', 'expected', 'grade'] as const).map((k) =>
      cell(row, k).getNumberFormat(),
    ),
    shown: (['start', 'target', 'current', 'progress'] as const).map((k) =>
      cell(row, k).getDisplayValue(),
    ),
    kindRule: cell(row, 'kind').getDataValidation()?.getCriteriaValues()[0],
    weight: cell(row, 'title').getFontWeight(),
  });
}

test('a percent key result shows percentages; a number one after it plain numbers', () => {
  const { ss, addon } = fresh();
  call<MutationResult>(addon, 'setUp', { example: true });
  const sheet = tab(ss, 'okr');
  const at = cells(sheet);
  // After KR-6 (a plain number key result, the last row): a percent one.
  const pct = add(addon, {
    type: 'keyResult',
    parentId: 'O-3',
    title: 'Share of returning visitors',
    unit: '%',
    start: 0.2,
    target: 0.45,
    current: 0.3,
  });
  const pctRow = byId(okrRows(ss)).get(pct.id)!._row;
  expect(at(pctRow)).toEqual({
    formats: ['0.0%', '0.0%', '0.0%', '0%', '0%', '0.0'],
    shown: ['20.0%', '45.0%', '30.0%', '40%'],
    kindRule: expect.arrayContaining(['Increase', 'Milestone']),
    weight: 'normal',
  });
  // Right after the percent row: a plain one must not inherit the percentages.
  const plain = add(addon, {
    type: 'keyResult',
    parentId: 'O-3',
    title: 'Newsletter subscribers',
    start: 100,
    target: 300,
    current: 150,
  });
  const plainRow = byId(okrRows(ss)).get(plain.id)!._row;
  expect(plainRow).toBe(pctRow + 1);
  expect(
    at(plainRow)
      .formats.slice(0, 3)
      .every((f) => !f.includes('%')),
  ).toBe(true);
  expect(at(plainRow).shown).toEqual(['100', '300', '150', '25%']);
  // A key result added right below an objective row (bold, tinted) is not bold.
  const o = add(addon, { type: 'objective', title: 'Fresh', level: 'team', period: '2026-Q1' });
  const kr = add(addon, { type: 'keyResult', parentId: o.id, title: 'First', target: 4 });
  const krRow = byId(okrRows(ss)).get(kr.id)!._row;
  expect(byId(okrRows(ss)).get(o.id)!._row).toBe(krRow - 1);
  expect(at(krRow).weight).toBe('normal');
  expect(at(krRow).formats.slice(3)).toEqual(['0%', '0%', '0.0']);
});

test("the first row added to an empty tab is inside the tab's rules: dropdowns, colours, look", () => {
  const { ss, addon } = fresh();
  call<MutationResult>(addon, 'setUp', { example: false });
  const sheet = tab(ss, 'okr');
  const rulesBefore = sheet
    .getConditionalFormatRules()
    .map((r) => r.getRanges().map((g) => g.getA1Notation()));
  const o = add(addon, { type: 'objective', title: 'First one', level: 'company' });
  const kr = add(addon, { type: 'keyResult', parentId: o.id, title: 'Ten', target: 10 });
  const rows = byId(okrRows(ss));
  expect(rows.get(o.id)!._row).toBe(2);
  expect(rows.get(kr.id)!._row).toBe(3);
  // Every rule still starts on the first data row, and so covers the new rows.
  const rulesAfter = sheet.getConditionalFormatRules();
  expect(rulesAfter.map((r) => r.getRanges()[0]!.getRow())).toEqual(rulesBefore.map(() => 2));
  expect(cells(sheet)(3).kindRule).toEqual(expect.arrayContaining(['Increase', 'Milestone']));
  const header = matchHeader(sheet.getDataRange().getValues())!;
  const seen = seenLooks(ss, sheet, 2, 3, (header.columns.title as number) + 1);
  expect(seen[0]!.map((c) => c.weight)).toEqual(seen[0]!.map(() => 'bold'));
  expect(seen[1]!.map((c) => c.weight)).toEqual(seen[1]!.map(() => 'normal'));
  expect(seen[0]![0]!.background).toBe('#e8f0fe');
});

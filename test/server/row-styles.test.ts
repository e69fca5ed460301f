// The OKR tab's per-row look, as a person sees it in Sheets: objective rows bold and tinted per
// level, titles in a number format that is not text (no "    "@ indent: a format with @ may show
// the apostrophe that protects written text), Start/Target/Current as percentages where
// the unit is %. Checked after set up, after adding and editing rows, after Repair, and on
// rows people type or retype by hand (the look comes from conditional formatting).
import type { LocalSpreadsheet } from '../../dev/runtime';
import { matchHeader, type ColumnKey } from '../../src/core/columns';
import { LEVEL_COLORS } from '../../src/core/palette';
import { isRowLookFormula } from '../../src/server/formatting';
import { seenLooks } from '../helpers/seen-look';
import { add, call, fresh, okrRows, tab } from './workbook-helpers';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function look(ss: LocalSpreadsheet, sheet: Sheet) {
  const values = sheet.getDataRange().getValues();
  const header = matchHeader(values);
  if (!header) throw new Error('no header');
  const width = values[0]!.length;
  const col = (key: ColumnKey) => (header.columns[key] as number) + 1;
  // Status, grade and progress have their own colours over the row's tint.
  const coloured = new Set((['status', 'grade', 'progress'] as const).map((k) => col(k) - 1));
  const seen = seenLooks(ss, sheet, 1, sheet.getLastRow(), width);
  return (row: number) => {
    const cells = seen[row - 1]!.filter((_, j) => !coloured.has(j));
    return {
      weights: new Set(cells.map((c) => c.weight)),
      backgrounds: new Set(cells.map((c) => c.background)),
      titleFormat: sheet.getRange(row, col('title')).getNumberFormat(),
      numberFormats: (['start', 'target', 'current'] as const).map((k) =>
        sheet.getRange(row, col(k)).getNumberFormat(),
      ),
    };
  };
}

// The objective rows' tints are the level colours of the palette (one table with the summary's).
const TINTS = {
  Company: LEVEL_COLORS.company.fill,
  Team: LEVEL_COLORS.team.fill,
  Personal: LEVEL_COLORS.personal.fill,
} as const;

function checkAll(ss: ReturnType<typeof fresh>['ss']) {
  const sheet = tab(ss, 'okr');
  const at = look(ss, sheet);
  const rows = okrRows(ss);
  expect(rows.length).toBeGreaterThan(5);
  for (const r of rows) {
    const l = at(r._row);
    if (r.type === 'Objective') {
      expect(l.weights).toEqual(new Set(['bold']));
      expect(l.backgrounds).toEqual(new Set([TINTS[r.level as keyof typeof TINTS]]));
    } else {
      expect(l.weights).toEqual(new Set(['normal']));
      expect(l.backgrounds).toEqual(new Set(['#ffffff']));
    }
    expect(l.titleFormat).not.toContain('@');
    const percent = r.unit === '%';
    for (const f of l.numberFormats) expect(f.includes('%')).toBe(percent);
  }
  return rows;
}

describe('row styles', () => {
  test('set up with the example: every level tinted, no title in a text format, percentages shown as %', () => {
    const { ss, addon } = fresh();
    call(addon, 'setUp', { example: true });
    const rows = checkAll(ss);
    expect(new Set(rows.filter((r) => r.type === 'Objective').map((r) => r.level))).toEqual(
      new Set(['Company', 'Team', 'Personal']),
    );
    expect(rows.some((r) => r.unit === '%')).toBe(true);
  });

  test('added rows, a unit changed to % and back, and Repair keep the look right', () => {
    const { ss, addon } = fresh();
    call(addon, 'setUp', { example: true });
    const o = add(addon, { type: 'objective', title: 'Happy team', level: 'team', team: 'Ops' });
    const kr = add(addon, {
      type: 'keyResult',
      parentId: o.id,
      title: 'Engagement from 60% to 75%',
      start: '60%',
      target: '75%',
      unit: '%',
    });
    add(addon, { type: 'initiative', parentId: kr.id, title: 'Monthly pulse survey' });
    const plain = add(addon, { type: 'keyResult', parentId: o.id, title: 'Ten 1:1s', target: 10 });
    checkAll(ss);
    call(addon, 'updateItem', { id: plain.id, changes: { unit: '%' } });
    checkAll(ss);
    call(addon, 'updateItem', { id: plain.id, changes: { unit: '' } });
    checkAll(ss);
    // Someone paints the sheet by hand; Repair restores the look.
    const sheet = tab(ss, 'okr');
    sheet.getRange(2, 1, sheet.getLastRow() - 1, 3).setBackground('#ff0000');
    sheet.getRange(2, 1, sheet.getLastRow() - 1, 3).setFontWeight('bold');
    call(addon, 'repairSheet', {});
    checkAll(ss);
  });

  test('a row typed or retyped by hand looks right at once; Dutch words too', () => {
    const { ss, addon } = fresh({ locale: 'nl_NL', userLocale: 'nl' });
    call(addon, 'setUp', { example: true });
    const sheet = tab(ss, 'okr');
    const header = matchHeader(sheet.getDataRange().getValues())!;
    const col = (key: ColumnKey) => (header.columns[key] as number) + 1;
    const next = sheet.getLastRow() + 1;
    sheet.getRange(next, col('type')).setValue(' doelstelling ');
    sheet.getRange(next, col('level')).setValue('Bedrijf');
    sheet.getRange(next, col('title')).setValue('Met de hand getypt');
    sheet.getRange(next + 1, col('type')).setValue('Objective');
    sheet.getRange(next + 1, col('title')).setValue('No level yet');
    const at = look(ss, sheet);
    expect(at(next).weights).toEqual(new Set(['bold']));
    expect(at(next).backgrounds).toEqual(new Set([TINTS.Company]));
    expect(at(next + 1).weights).toEqual(new Set(['bold']));
    expect(at(next + 1).backgrounds).toEqual(new Set(['#ffffff']));
    // An objective retyped as a key result loses the look at once.
    const objective = okrRows(ss).find((r) => r.type === 'Doelstelling')!;
    sheet.getRange(objective._row, col('type')).setValue('Kernresultaat');
    expect(look(ss, sheet)(objective._row).weights).toEqual(new Set(['normal']));
  });

  test("Repair replaces its own rules and keeps people's own", () => {
    const { ss, addon } = fresh();
    call(addon, 'setUp', { example: true });
    const sheet = tab(ss, 'okr');
    const own = SpreadsheetAppOf(addon)
      .newConditionalFormatRule()
      .whenTextEqualTo('urgent')
      .setFontColor('#ff0000')
      .setRanges([sheet.getRange('A2:Z50')])
      .build();
    sheet.setConditionalFormatRules([own, ...sheet.getConditionalFormatRules()]);
    const before = sheet.getConditionalFormatRules().length;
    call(addon, 'repairSheet', {});
    call(addon, 'repairSheet', {});
    const after = sheet.getConditionalFormatRules();
    expect(after).toHaveLength(before);
    expect(
      after.filter((r) => r.getBooleanCondition()?.getCriteriaValues()[0] === 'urgent'),
    ).toHaveLength(1);
    checkAll(ss);
  });
});

describe('a tab set up by an earlier version (objective rows formatted cell by cell)', () => {
  function olderTab() {
    const setup = fresh();
    call(setup.addon, 'setUp', { example: true });
    const sheet = tab(setup.ss, 'okr');
    // As earlier versions left it: no row-look rules, objective rows bold and tinted by hand.
    const rules = sheet.getConditionalFormatRules();
    sheet.setConditionalFormatRules(
      rules.filter((r) => !isRowLookFormula(r.getBooleanCondition()?.getCriteriaValues()[0])),
    );
    for (const r of okrRows(setup.ss).filter((x) => x.type === 'Objective'))
      sheet.getRange(r._row, 1, 1, 3).setFontWeight('bold');
    return { ...setup, sheet, rules: rules.length };
  }

  test('an objective added there gets the look at once: the rules are laid again', () => {
    const { ss, addon, sheet, rules } = olderTab();
    const kr = add(addon, { type: 'keyResult', parentId: 'O-1', title: 'More', target: 3 });
    // A key result does not need them: the rules stay as they are.
    expect(sheet.getConditionalFormatRules()).toHaveLength(rules - 4);
    expect(byIdRow(ss, kr.id).weights).toEqual(new Set(['normal']));
    const o = add(addon, { type: 'objective', title: 'Added later', level: 'team' });
    expect(sheet.getConditionalFormatRules()).toHaveLength(rules);
    expect(byIdRow(ss, o.id).weights).toEqual(new Set(['bold']));
    expect(byIdRow(ss, o.id).backgrounds).toEqual(new Set([TINTS.Team]));
  });

  function byIdRow(ss: LocalSpreadsheet, id: string) {
    const row = okrRows(ss).find((r) => r.id === id)!._row;
    return look(ss, tab(ss, 'okr'))(row);
  }
});

function SpreadsheetAppOf(addon: ReturnType<typeof fresh>['addon']) {
  return addon.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}

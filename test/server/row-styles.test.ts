// The OKR tab's per-row look, as a person sees it in Sheets: objective rows bold and tinted per
// level, key result and initiative titles indented, Start/Target/Current as percentages where
// the unit is %. Checked after set up, after adding and editing rows, and after Repair.
import { matchHeader, type ColumnKey } from '../../src/core/columns';
import { add, call, fresh, okrRows, tab } from './workbook-helpers';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function look(sheet: Sheet) {
  const values = sheet.getDataRange().getValues();
  const header = matchHeader(values);
  if (!header) throw new Error('no header');
  const width = values[0]!.length;
  const col = (key: ColumnKey) => (header.columns[key] as number) + 1;
  return (row: number) => {
    const range = sheet.getRange(row, 1, 1, width);
    return {
      weights: new Set(range.getFontWeights()[0]),
      backgrounds: new Set(range.getBackgrounds()[0]),
      titleFormat: sheet.getRange(row, col('title')).getNumberFormat(),
      numberFormats: (['start', 'target', 'current'] as const).map((k) =>
        sheet.getRange(row, col(k)).getNumberFormat(),
      ),
    };
  };
}

const TINTS = { Company: '#e8f0fe', Team: '#e6f4ea', Personal: '#fef7e0' } as const;

function checkAll(ss: ReturnType<typeof fresh>['ss']) {
  const sheet = tab(ss, 'okr');
  const at = look(sheet);
  const rows = okrRows(ss);
  expect(rows.length).toBeGreaterThan(5);
  for (const r of rows) {
    const l = at(r._row);
    if (r.type === 'Objective') {
      expect(l.weights).toEqual(new Set(['bold']));
      expect(l.backgrounds).toEqual(new Set([TINTS[r.level as keyof typeof TINTS]]));
      expect(l.titleFormat).not.toMatch(/^" +"@$/);
    } else {
      expect(l.weights).toEqual(new Set(['normal']));
      expect(l.backgrounds).toEqual(new Set(['#ffffff']));
      expect(l.titleFormat).toMatch(r.type === 'Key result' ? /^" {4}"@$/ : /^" {8}"@$/);
    }
    const percent = r.unit === '%';
    for (const f of l.numberFormats) expect(f.includes('%')).toBe(percent);
  }
  return rows;
}

describe('row styles', () => {
  test('set up with the example: every level tinted, titles indented, percentages shown as %', () => {
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
});

// Repair restores the add-on's formulas where people overwrote them, and on a healthy tab it
// writes no formula at all (so Sheets has nothing to recalculate on a big sheet).
import { matchHeader, type ColumnKey } from '../../src/core/columns';
import { loadCsvAsSheet } from '../../dev/runtime';
import type { HealthFinding, MutationResult } from '../../src/shared/rpc';
import { seenLooks } from '../helpers/seen-look';
import { byId, call, fixture, fresh, okrRows, tab } from './workbook-helpers';

function setUp() {
  const s = fresh();
  call(s.addon, 'setUp', { example: true });
  return s;
}

function columnOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, key: ColumnKey): number {
  const header = matchHeader(sheet.getDataRange().getValues());
  if (!header || header.columns[key] === undefined) throw new Error(`no column ${key}`);
  return (header.columns[key] as number) + 1;
}

describe('repairSheet', () => {
  test('on a healthy tab it rewrites no formula', () => {
    const { ss, addon } = setUp();
    const sheet = tab(ss, 'okr');
    const before = sheet.getDataRange().getFormulas();
    const { calls, result } = addon.measure(() => call<MutationResult>(addon, 'repairSheet', {}));
    expect(calls['Range.setValues'] ?? 0).toBe(0);
    expect(calls['Range.getFormulas']).toBeGreaterThan(0);
    expect(sheet.getDataRange().getFormulas()).toEqual(before);
    expect(result.message).toMatch(/^Nothing needed fixing: every formula, ID and column/);
  });

  test('after the engine rewrote references (a row added in the middle), still no formula write', () => {
    const { addon } = setUp();
    call(addon, 'addItem', { type: 'keyResult', title: 'Added', parentId: 'O-1', target: 3 });
    const { calls } = addon.measure(() => call(addon, 'repairSheet', {}));
    expect(calls['Range.setValues'] ?? 0).toBe(0);
  });

  test('a tab of an older version (⚠ spelt as a "⚠" literal) works, is healthy, and Repair updates it', () => {
    const { ss, addon } = setUp();
    const sheet = tab(ss, 'okr');
    const want = sheet.getDataRange().getFormulas();
    const valuesBefore = okrRows(ss);
    const progress = columnOf(sheet, 'progress');
    const column = sheet.getRange(2, progress, sheet.getLastRow() - 1, 1);
    const current = column.getFormulas();
    expect(current.flat().some((f) => f.includes('UNICHAR(9888)'))).toBe(true);
    column.setFormulas(current.map(([f]) => [f!.split('UNICHAR(9888)').join('"⚠"')]));
    expect(okrRows(ss)).toEqual(valuesBefore); // the same numbers and ⚠ marks
    const findings = call<HealthFinding[]>(addon, 'runHealthCheck', {});
    expect(findings.filter((f) => f.rule === 'formulaOverwritten')).toEqual([]);

    call(addon, 'repairSheet', {});
    expect(sheet.getDataRange().getFormulas()).toEqual(want);
    expect(okrRows(ss)).toEqual(valuesBefore);
  });

  test('restores a progress typed over, a helper cell filled in, and a formula deleted', () => {
    const { ss, addon } = setUp();
    const sheet = tab(ss, 'okr');
    const rows = okrRows(ss);
    const kr = rows.find((r) => r.type === 'Key result' && r.unit !== '%')!;
    const initiative = rows.find((r) => r.type === 'Initiative')!;
    const last = rows.filter((r) => r.type !== 'Initiative').pop()!;
    const want = sheet.getDataRange().getFormulas();
    const progress = columnOf(sheet, 'progress');
    const helper = columnOf(sheet, 'currentNum');
    const expected = columnOf(sheet, 'expected');
    sheet.getRange(kr._row, progress).setValue(0.99);
    sheet.getRange(initiative._row, helper).setValue('typed by hand');
    expect(sheet.getRange(last._row, expected).getFormula()).not.toBe('');
    sheet.getRange(last._row, expected).clearContent();
    expect(byId(okrRows(ss)).get(String(kr.id))!.progress).toBe(0.99);

    const { calls, result } = addon.measure(() => call<MutationResult>(addon, 'repairSheet', {}));
    expect(calls['Range.setValues']).toBeGreaterThan(0);
    expect(result.message).toMatch(/^Repaired: formulas put back on 3 rows\. Dropdowns/);
    expect(sheet.getDataRange().getFormulas()).toEqual(want);
    const after = byId(okrRows(ss));
    expect(after.get(String(kr.id))!.progress).toEqual(kr.progress);
    expect(after.get(String(initiative.id))!.currentNum).toBe('');
    expect(after.get(String(last.id))!.expected).toEqual(last.expected);
  });
});

describe('a deleted formula or helper column', () => {
  test('a deleted visible formula column: actions that write rows refuse before writing; the health check says so; Repair brings it back', () => {
    const { ss, addon } = setUp();
    loadCsvAsSheet(ss, 'Loose', fixture('flat-en.csv'));
    const sheet = tab(ss, 'okr');
    sheet.deleteColumn(columnOf(sheet, 'status'));
    sheet.deleteColumn(columnOf(sheet, 'rollWeight'));
    const tabs = ss.getSheets().map((s) => s.getName());
    const before = JSON.stringify(sheet.getDataRange().getValues());
    const rowsBefore = sheet.getMaxRows();
    const kr = okrRows(ss).find((r) => r.type === 'Key result')!;
    const attempts: [string, unknown][] = [
      ['addItem', { type: 'keyResult', parentId: 'O-1', title: 'New one', start: 0, target: 5 }],
      ['checkIn', { id: kr.id, value: 3, confidence: '', note: '' }],
      ['updateItem', { id: kr.id, changes: { title: 'Renamed' } }],
      ['deleteItem', { id: kr.id, withChildren: true }],
      ['structureSheet', { sheetName: 'Loose' }],
      ['startNextQuarter', { period: '2026-Q1', ids: ['O-2'] }],
    ];
    for (const [name, arg] of attempts) {
      // Only the visible column is named: people never see the hidden ones.
      expect(() => call(addon, name, arg)).toThrow(/lacks the column Status\. Choose Repair/);
    }
    expect(JSON.stringify(sheet.getDataRange().getValues())).toBe(before);
    expect(sheet.getMaxRows()).toBe(rowsBefore);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(tabs);
    const findings = call<HealthFinding[]>(addon, 'runHealthCheck', {});
    expect(findings[0]).toMatchObject({ rule: 'missingColumns', severity: 'error', row: 0 });
    expect(findings[0]!.message).toMatch(/lacks the column Status/);
    call(addon, 'repairSheet', {});
    call(addon, 'checkIn', { id: kr.id, value: 3, confidence: '', note: '' });
    expect(byId(okrRows(ss)).get(String(kr.id))!.current).toBe(3);
  });

  test('a tab of an older version without some hidden columns is brought up to date by the next change', () => {
    const { ss, addon } = setUp();
    const sheet = tab(ss, 'okr');
    for (const key of ['startNum', 'targetNum', 'currentNum', 'periodStart', 'periodEnd'] as const)
      sheet.deleteColumn(columnOf(sheet, key));
    const findings = call<HealthFinding[]>(addon, 'runHealthCheck', {});
    expect(findings[0]).toMatchObject({ rule: 'outdatedColumns', severity: 'error' });
    expect(findings[0]!.message).toMatch(/older version of the add-on/);
    const kr = okrRows(ss).find((r) => r.type === 'Key result' && r.unit !== '%')!;
    call(addon, 'checkIn', { id: kr.id, value: Number(kr.target), confidence: '', note: '' });
    const after = byId(okrRows(ss)).get(String(kr.id))!;
    expect(after.current).toBe(Number(kr.target));
    expect(after.progress).toBe(1);
    expect(after.startNum).not.toBe(undefined);
    expect(
      call<HealthFinding[]>(addon, 'runHealthCheck', {}).filter((f) => /Columns$/.test(f.rule)),
    ).toEqual([]);
  });
});

describe('an emptied OKR tab', () => {
  test("Repair lays it out afresh, without the old rows' bold and tints", () => {
    const { ss, addon } = setUp();
    const sheet = tab(ss, 'okr');
    const seen = (row: number) => seenLooks(ss, sheet, row, row, 3)[0]![0]!;
    expect(seen(2).weight).toBe('bold');
    // An objective row of an earlier version: bold and tinted by formats set on the cells.
    sheet.getRange(2, 1, 1, 3).setFontWeight('bold').setBackground('#e8f0fe');
    sheet.getRange(2, 1, sheet.getMaxRows() - 1, sheet.getMaxColumns()).clearContent();
    call(addon, 'repairSheet', {});
    expect(seen(2)).toEqual({ weight: 'normal', background: '#ffffff' });
    expect(sheet.getRange(1, 1).getFontWeight()).toBe('bold');
  });
});

describe('a deleted header row', () => {
  test('Repair and the health check say the header is gone and change nothing', () => {
    const { ss, addon } = setUp();
    const sheet = tab(ss, 'okr');
    sheet.deleteRow(1);
    const before = JSON.stringify(sheet.getDataRange().getValues());
    for (const name of ['repairSheet', 'runHealthCheck', 'getSnapshot']) {
      expect(() => call(addon, name, {})).toThrow(
        /has no header row .* Edit → Undo or File → Version history; nothing was changed/,
      );
    }
    expect(JSON.stringify(sheet.getDataRange().getValues())).toBe(before);
  });
});

describe('what Repair says it did', () => {
  test('new IDs and a column added back are named, in Dutch too', () => {
    const s = fresh({ locale: 'nl_NL' });
    call(s.addon, 'setUp', { example: true });
    const sheet = tab(s.ss, 'okr');
    const rows = okrRows(s.ss);
    sheet.getRange(rows[1]!._row, columnOf(sheet, 'id')).clearContent();
    sheet.getRange(rows[2]!._row, columnOf(sheet, 'id')).clearContent();
    sheet.deleteColumn(columnOf(sheet, 'notes'));
    const answer = call<MutationResult>(s.addon, 'repairSheet', {});
    expect(answer.message).toMatch(/^Hersteld: kolom Notities achteraan toegevoegd; 2 nieuwe ID.s/);
  });
});

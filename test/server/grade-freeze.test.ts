// Closing a period writes each row's grade into the row: later edits of a closed row leave its
// grade as it closed (in the sheet and in the sidebar), Repair and the health check respect it,
// and reopening the row (Closed unticked) brings the live grade formula back on Repair.
import { matchHeader, type ColumnKey } from '../../src/core/columns';
import type { HealthFinding, Snapshot } from '../../src/shared/rpc';
import { byId, call, fresh, okrRows, tab, view } from './workbook-helpers';

function cellOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number, key: ColumnKey) {
  const header = matchHeader(sheet.getDataRange().getValues());
  return sheet.getRange(row, (header!.columns[key] as number) + 1);
}

describe('grades frozen at the close of a period', () => {
  test('the closed rows hold their grade as a value; edits afterwards do not change it', () => {
    const { ss, addon } = fresh({ today: '2026-03-28' });
    call(addon, 'setUp', { example: true });
    const sheet = tab(ss, 'okr');
    const quarterKr = okrRows(ss).find(
      (r) => r.type === 'Key result' && r.period === '2026-Q1' && typeof r.progress === 'number',
    )!;
    const id = String(quarterKr.id);
    const gradeBefore = quarterKr.grade;
    expect(typeof gradeBefore).toBe('number');
    expect(cellOf(sheet, quarterKr._row, 'grade').getFormula()).not.toBe('');

    call(addon, 'startNextQuarter', { period: '2026-Q1', ids: [] });
    const closed = byId(okrRows(ss)).get(id)!;
    expect(closed.closed).toBe(true);
    expect(cellOf(sheet, closed._row, 'grade').getFormula()).toBe('');
    expect(closed.grade).toBe(gradeBefore);

    // A late check-in on the closed key result: progress moves, the grade stays.
    const target = Number(closed.target);
    call(addon, 'checkIn', { id, value: target, confidence: '', note: 'late' });
    const after = byId(okrRows(ss)).get(id)!;
    expect(after.progress).toBe(1);
    expect(after.grade).toBe(gradeBefore);
    const snap = call<Snapshot>(addon, 'getSnapshot', {});
    expect(view(snap, id).grade).toBe(gradeBefore);
    expect(view(snap, id).progress).toBe(1);

    // Repair keeps it; the health check does not call it an overwritten formula.
    call(addon, 'repairSheet', {});
    expect(byId(okrRows(ss)).get(id)!.grade).toBe(gradeBefore);
    const findings = call<HealthFinding[]>(addon, 'runHealthCheck', {});
    expect(findings.filter((f) => f.rule === 'formulaOverwritten')).toEqual([]);

    // Reopened by hand (Closed cleared): Repair brings the live grade back.
    cellOf(sheet, after._row, 'closed').setValue('');
    call(addon, 'repairSheet', {});
    expect(cellOf(sheet, after._row, 'grade').getFormula()).not.toBe('');
    expect(byId(okrRows(ss)).get(id)!.grade).toBe(1);
  });
});

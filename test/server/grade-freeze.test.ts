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

    const closing = call<{ message: string }>(addon, 'startNextQuarter', {
      period: '2026-Q1',
      ids: [],
    });
    expect(closing.message).toBe('2026-Q1 is closed and graded; nothing continues in 2026-Q2.');
    const closed = byId(okrRows(ss)).get(id)!;
    expect(closed.closed).toBe(true);
    expect(cellOf(sheet, closed._row, 'grade').getFormula()).toBe('');
    expect(closed.grade).toBe(gradeBefore);

    // A closed key result takes no check-in (clear message, nothing written) ...
    const logBefore = tab(ss, 'checkins').getLastRow();
    expect(() => call(addon, 'checkIn', { id, value: 1, confidence: '', note: 'late' })).toThrow(
      new RegExp(`${id} is closed: its period 2026-Q1 was closed`),
    );
    expect(tab(ss, 'checkins').getLastRow()).toBe(logBefore);
    // ... but a late correction of Current by hand moves progress, not the grade.
    const target = Number(closed.target);
    cellOf(sheet, closed._row, 'current').setValue(target);
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

describe('a row closed without a grade', () => {
  test('stays without one when its Current is filled in later', () => {
    const { ss, addon } = fresh({ today: '2026-03-28' });
    call(addon, 'setUp', { example: true });
    const kr = okrRows(ss).find((r) => r.type === 'Key result' && r.period === '2026-Q1')!;
    const id = String(kr.id);
    call(addon, 'updateItem', { id, changes: { current: '' } });
    call(addon, 'startNextQuarter', { period: '2026-Q1', ids: [] });
    const sheet = tab(ss, 'okr');
    const row = byId(okrRows(ss)).get(id)!;
    expect(row.grade).toBe('');
    cellOf(sheet, row._row, 'current').setValue(Number(row.target));
    expect(byId(okrRows(ss)).get(id)!.grade).toBe('');
    expect(view(call<Snapshot>(addon, 'getSnapshot', {}), id).grade).toBe('');
  });
});

describe('closing periods', () => {
  test('a quarter that has not started cannot be closed; nothing is written', () => {
    const { ss, addon } = fresh({ today: '2026-02-16' });
    call(addon, 'setUp', { example: true });
    const before = JSON.stringify(tab(ss, 'okr').getDataRange().getValues());
    expect(() => call(addon, 'startNextQuarter', { period: '2026-Q2', ids: [] })).toThrow(
      /2026-Q2 has not started yet, so it cannot be closed/,
    );
    expect(JSON.stringify(tab(ss, 'okr').getDataRange().getValues())).toBe(before);
  });

  test('a closed key result that continues points to its continuation, in Dutch too', () => {
    const { ss, addon } = fresh({ today: '2026-03-28', locale: 'nl_NL', userLocale: 'nl' });
    call(addon, 'setUp', { example: true });
    const kr = okrRows(ss).find((r) => r.type === 'Kernresultaat' && r.period === '2026-K1')!;
    const parent = String(kr.parentId);
    call(addon, 'startNextQuarter', { period: '2026-Q1', ids: [parent, String(kr.id)] });
    const next = okrRows(ss).find((r) => r.sourceId === kr.id)!;
    expect(() => call(addon, 'checkIn', { id: kr.id, value: 1, confidence: '', note: '' })).toThrow(
      new RegExp(
        `${kr.id} is afgesloten: de periode 2026-K1 .* Check in op ${next.id}, het vervolg`,
      ),
    );
  });
});

describe('the answer of Start the next quarter', () => {
  test('its snapshot is the workbook as a fresh read shows it', () => {
    const { addon } = fresh({ today: '2026-03-28' });
    call(addon, 'setUp', { example: true });
    const res = call<{ snapshot: Snapshot }>(addon, 'startNextQuarter', {
      period: '2026-Q1',
      ids: ['O-2', 'KR-3'],
    });
    const again = call<Snapshot>(addon, 'getSnapshot', {});
    expect(res.snapshot).toEqual(again);
    expect(res.snapshot.items.filter((i) => i.closed).length).toBeGreaterThan(0);
    expect(res.snapshot.items.some((i) => i.sourceId === 'KR-3')).toBe(true);
  });
});

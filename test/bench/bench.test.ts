// The benchmark (dev/bench/bench.ts, behind `npm run bench`) at small sizes: the service calls
// of every action must not grow with the number of objectives. Counts are deterministic; times
// are never asserted here (timed tests flake), only that nothing fails.
import { benchAt, bestOf, type SizeResult } from '../../dev/bench/bench';
import { checkCallGrowth, comparableCalls } from '../../dev/bench/checks';
import { estimateMs } from '../../dev/bench/cost-model';
import { looseRows, ROWS_PER_OBJECTIVE } from '../../dev/bench/workload';
import { createSpreadsheet } from '../../dev/runtime';
import { CHUNK_ROWS, setValuesInChunks } from '../../src/server/chunks';
import { MAX_ROW_GROUPS } from '../../src/server/row-groups';

describe('benchmark at 20 and 200 objectives (formula evaluation off)', () => {
  const small = benchAt(20);
  const large = benchAt(200);

  test('every action runs without an error', () => {
    for (const s of [small, large])
      for (const a of s.actions)
        expect({ action: a.action, error: a.error }).toEqual({
          action: a.action,
          error: undefined,
        });
  });

  test('service calls per action are the same at 20 and 200 objectives (within 2)', () => {
    const checks = checkCallGrowth([small, large]);
    expect(checks.length).toBe(small.actions.length);
    for (const c of checks)
      expect({ name: c.name, pass: c.pass, detail: c.detail }).toEqual({
        name: c.name,
        pass: true,
        detail: c.detail,
      });
  });

  test('row groups are the one per-objective work, and only on a tab of at most MAX_ROW_GROUPS objectives', () => {
    // Per objective at most: Repair's two reads (5 calls with the group's range) and, for a
    // block that differs, three shifts (2 calls each).
    for (const a of small.actions) {
      expect(a.rowGroupCalls).toBeLessThanOrEqual(20 * 11);
      expect(comparableCalls(a)).toBeGreaterThan(0);
    }
    const repair = small.actions.find((a) => a.action.includes('repairSheet'))!;
    expect(repair.calls['Sheet.getRowGroup']).toBe(20); // a structured tab: one per objective
    expect(repair.calls['Range.shiftRowGroupDepth'] ?? 0).toBe(0); // and healthy
    // Over the limit (200 objectives): Structure and Repair neither read nor lay any.
    expect(large.objectives).toBeGreaterThan(MAX_ROW_GROUPS);
    for (const a of large.actions)
      if (/structureSheet|repairSheet/.test(a.action))
        expect({ action: a.action, calls: a.rowGroupCalls }).toEqual({
          action: a.action,
          calls: 0,
        });
  });

  test('the workload has the promised shape and the cost model counts cells', () => {
    expect(looseRows(3)).toHaveLength(1 + 3 * 4);
    expect(large.rows).toBe(200 * ROWS_PER_OBJECTIVE);
    const structure = large.actions.find((a) => a.action === 'structureSheet')!;
    expect(structure.cellsRead).toBeGreaterThanOrEqual(200 * 4 * 11);
    expect(structure.cellsWritten).toBeGreaterThanOrEqual(200 * ROWS_PER_OBJECTIVE);
    expect(estimateMs({ 'Range.getValues': 2, 'Sheet.getName': 1 }, 1000, 0)).toBe(215);
  });
});

describe('bestOf: several runs of one size', () => {
  const run = (cpu: number[], calls = 3, error?: string): SizeResult => ({
    objectives: 10,
    rows: 70,
    evaluateFormulas: false,
    actions: cpu.map((ms, i) => ({
      action: `a${i}`,
      calls: { 'Range.getValues': calls },
      totalCalls: calls,
      rowGroupCalls: 0,
      cellsRead: 1,
      cellsWritten: 1,
      cpuMs: ms,
      serviceCpuMs: ms / 2,
      estimatedMs: 300,
      ...(error && i === 0 ? { error } : {}),
    })),
  });

  test('keeps, per action, the run with the least CPU (its runtime share with it)', () => {
    const best = bestOf([run([100, 50]), run([80, 70])]);
    expect(best.actions.map((a) => [a.cpuMs, a.serviceCpuMs])).toEqual([
      [80, 40],
      [50, 25],
    ]);
    expect(best.actions.every((a) => a.error === undefined)).toBe(true);
  });

  test('runs that made different calls, or failed, are reported as errors', () => {
    expect(bestOf([run([1]), run([2], 4)]).actions[0]!.error).toMatch(/calls differ/);
    expect(bestOf([run([5]), run([1], 3, 'boom')]).actions[0]!.error).toBe('boom');
  });
});

describe('large writes go in chunks', () => {
  test('a block of 4,500 rows is three setValues of at most CHUNK_ROWS rows, written whole', () => {
    const ss = createSpreadsheet({ evaluateFormulas: false });
    const sheet = ss.getSheets()[0]!;
    sheet.insertRowsAfter(1, 5000);
    const rows = Array.from({ length: 4500 }, (_, i) => [i, `r${i}`]);
    ss.model.accounting.reset();
    expect(setValuesInChunks(sheet, 2, 1, rows)).toBe(3);
    expect(ss.model.accounting.counts()['Range.setValues']).toBe(3);
    expect(CHUNK_ROWS).toBe(2000);
    expect(sheet.getRange(2, 1, 4500, 2).getValues()).toEqual(rows);
  });

  test('the benchmark reports the chunks of each action', () => {
    const large = benchAt(20);
    const structure = large.actions.find((a) => a.action === 'structureSheet')!;
    expect(structure.chunks).toBeGreaterThanOrEqual(1);
    expect(structure.fullChunks).toBe(0);
    expect(comparableCalls({ ...structure, fullChunks: 2 })).toBe(comparableCalls(structure) - 4);
  });
});

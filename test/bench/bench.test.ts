// The benchmark (dev/bench/bench.ts, behind `npm run bench`) at small sizes: the service calls
// of every action must not grow with the number of objectives. Counts are deterministic; times
// are never asserted here (timed tests flake), only that nothing fails.
import { benchAt, checkCallGrowth, comparableCalls, estimateMs } from '../../dev/bench/bench';
import { looseRows, ROWS_PER_OBJECTIVE } from '../../dev/bench/workload';

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

  test('row groups are the one per-objective call, and they are capped at 100', () => {
    for (const s of [small, large])
      for (const a of s.actions) {
        expect(a.rowGroupCalls).toBeLessThanOrEqual(100);
        expect(comparableCalls(a)).toBeGreaterThan(0);
      }
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

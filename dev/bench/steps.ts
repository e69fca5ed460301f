// The actions the benchmark (dev/bench/bench.ts) measures, in order, on one workbook of the
// workload (dev/bench/workload.ts): each a server function called as google.script.run would.
import type { LocalAddon } from '../runtime';
import { BENCH_PERIOD } from './workload';

/**
 * A measured action: a name and the server function it calls (with callRaw: the answer stays
 * the JSON text google.script.run would send), and what to do with the answer afterwards,
 * outside the measurement.
 */
export interface Step {
  action: string;
  run: (addon: LocalAddon) => string | undefined;
  after?: (answer: unknown) => void;
}

/** Entries of the larger checkInMany: a weekly meeting's worth of key results. */
const CHECK_IN_MANY = 50;

/**
 * `n` check-ins on different key results (KR-11 …), each a different value: the case where
 * checkInMany's writes grow (one RangeList.setValue per distinct new value, see README).
 */
function checkInEntries(
  n: number,
): { id: string; value: number; confidence: string; note: string }[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `KR-${11 + i}`,
    value: 20 + i,
    confidence: 'medium',
    note: 'bench',
  }));
}

/** The actions the benchmark measures, in order, on one workbook of `objectives` objectives. */
export function benchSteps(objectives: number): Step[] {
  const middle = Math.max(1, Math.ceil(objectives / 2));
  let rolloverIds: string[] = [];
  return [
    {
      action: 'structureSheet',
      run: (a) => a.callRaw('structureSheet', { sheetName: 'Loose' }),
    },
    { action: 'getSnapshot (sidebar bootstrap)', run: (a) => a.callRaw('getSnapshot', {}) },
    { action: 'setUp (again, on the workbook)', run: (a) => a.callRaw('setUp', { example: true }) },
    {
      action: 'addItem (key result)',
      run: (a) =>
        a.callRaw('addItem', {
          type: 'keyResult',
          parentId: `O-${middle}`,
          title: 'Added by the benchmark',
          start: 0,
          target: 10,
        }),
    },
    {
      action: 'checkIn',
      run: (a) =>
        a.callRaw('checkIn', { id: 'KR-3', value: 55, confidence: 'high', note: 'bench' }),
    },
    ...[1, CHECK_IN_MANY].map((n) => ({
      action: `checkInMany (${n} ${n === 1 ? 'entry' : 'entries'})`,
      run: (a: LocalAddon) => a.callRaw('checkInMany', { entries: checkInEntries(n) }),
    })),
    { action: 'runHealthCheck', run: (a) => a.callRaw('runHealthCheck', {}) },
    { action: 'repairSheet', run: (a) => a.callRaw('repairSheet', {}) },
    { action: 'buildSummary', run: (a) => a.callRaw('buildSummary', { period: BENCH_PERIOD }) },
    {
      action: 'listRollover',
      run: (a) => a.callRaw('listRollover', { period: BENCH_PERIOD }),
      after: (list) => {
        rolloverIds = (list as { items: { id: string }[] }).items.slice(0, 10).map((c) => c.id);
      },
    },
    {
      action: 'startNextQuarter (10 ids)',
      run: (a) => a.callRaw('startNextQuarter', { period: BENCH_PERIOD, ids: rolloverIds }),
    },
  ];
}

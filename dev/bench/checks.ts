// The benchmark's targets (scripts/bench.mjs prints them as PASS or FAIL): service calls that do
// not grow with the number of objectives, local CPU at the largest size, the estimated Apps
// Script time within its limit (dev/bench/cost-model.ts), OKR_PROGRESS's speed and the bundle
// sizes.
import { COST_MODEL } from './cost-model';
import {
  ROW_GROUP_CALLS,
  type ActionResult,
  type CustomFunctionResult,
  type SizeOfFile,
  type SizeResult,
} from './bench';
import { MAX_ROW_GROUPS } from '../../src/server/row-groups';

export const TARGETS = {
  callsWithin: 2,
  cpuMsAtLargest: 2000,
  customFunctionMs: 50,
  sidebarBytes: 150 * 1024,
  codeBytes: 300 * 1024,
} as const;

export interface Check {
  name: string;
  pass: boolean;
  detail: string;
}

/**
 * Calls compared across sizes, without the capped row groups (and their getRange each) and
 * without the extra chunks of large writes (a setValues and its getRange per CHUNK_ROWS rows).
 */
export function comparableCalls(r: ActionResult): number {
  return r.totalCalls - r.rowGroupCalls - 2 * (r.fullChunks ?? 0);
}

export function checkCallGrowth(sizes: readonly SizeResult[]): Check[] {
  if (sizes.length < 2) return [];
  const small = sizes[0] as SizeResult;
  const large = sizes[sizes.length - 1] as SizeResult;
  return small.actions.map((a) => {
    const b = large.actions.find((x) => x.action === a.action);
    const ca = comparableCalls(a);
    const cb = b ? comparableCalls(b) : NaN;
    const grew = b
      ? Object.keys({ ...a.calls, ...b.calls })
          .filter((k) => ROW_GROUP_CALLS[k] === undefined)
          .filter((k) => (a.calls[k] ?? 0) !== (b.calls[k] ?? 0))
          .map((k) => `${k} ${a.calls[k] ?? 0}→${b.calls[k] ?? 0}`)
      : [];
    const groups =
      a.rowGroupCalls || b?.rowGroupCalls
        ? ` (plus row groups: ${a.rowGroupCalls}→${b?.rowGroupCalls ?? 0}, capped at ${MAX_ROW_GROUPS} objectives)`
        : '';
    return {
      name: `calls of ${a.action}: N=${small.objectives} vs N=${large.objectives}`,
      pass: b !== undefined && !a.error && !b.error && Math.abs(ca - cb) <= TARGETS.callsWithin,
      detail: `${ca} vs ${cb}${groups}${grew.length ? `; changed: ${grew.join(', ')}` : ''}`,
    };
  });
}

export function allChecks(
  sizes: readonly SizeResult[],
  cf: CustomFunctionResult,
  files: readonly SizeOfFile[],
): Check[] {
  const checks = checkCallGrowth(sizes);
  const largest = sizes[sizes.length - 1];
  if (largest) {
    for (const a of largest.actions) {
      checks.push({
        name: `CPU of ${a.action} at N=${largest.objectives}`,
        pass: !a.error && a.cpuMs < TARGETS.cpuMsAtLargest,
        detail: a.error
          ? `error: ${a.error}`
          : `${a.cpuMs.toFixed(0)} ms (< 2000 ms); of which the runtime serving Spreadsheet calls ${a.serviceCpuMs.toFixed(0)} ms, the add-on ${(a.cpuMs - a.serviceCpuMs).toFixed(0)} ms`,
      });
      const worst = a.estimatedMs * COST_MODEL.margin;
      checks.push({
        name: `estimated Apps Script time of ${a.action} at N=${largest.objectives}`,
        pass: !a.error && worst < COST_MODEL.limitMs,
        detail: `${(a.estimatedMs / 1000).toFixed(1)} s; ×${COST_MODEL.margin} = ${(worst / 1000).toFixed(0)} s (< 360 s)`,
      });
    }
  }
  checks.push({
    name: `OKR_PROGRESS over ${cf.rows} rows`,
    pass: cf.cpuMs < TARGETS.customFunctionMs && cf.calls === 0,
    detail: `${cf.cpuMs.toFixed(1)} ms, ${cf.calls} service calls (< 50 ms, 0 calls)`,
  });
  for (const f of files) {
    const limit = f.file.endsWith('.html') ? TARGETS.sidebarBytes : TARGETS.codeBytes;
    checks.push({
      name: `size of ${f.file}`,
      pass: f.bytes < limit,
      detail: `${(f.bytes / 1024).toFixed(1)} KB (gzip ${(f.gzipBytes / 1024).toFixed(1)} KB) < ${limit / 1024} KB`,
    });
  }
  return checks;
}

// The benchmark behind `npm run bench` (scripts/bench.mjs prints and saves what this returns)
// and test/bench (which runs it at small sizes). For a workbook of N objectives it measures, per
// action, the Spreadsheet service calls (by Class.method, from the local runtime's accounting),
// the cells read and written (2-D arrays crossing the service boundary), and the local CPU time
// (process.cpuUsage around the server's work: the call and serialising its answer to JSON, as
// google.script.run sends it; parsing that answer is the browser's work and is not counted).
// From calls and cells it estimates the time the action would take in real Apps Script
// (dev/bench/cost-model.ts). The actions it measures are dev/bench/steps.ts, the cells counted
// by dev/bench/service-volume.ts; the targets are dev/bench/checks.ts, the printed report
// dev/bench/report.ts.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createSpreadsheet, loadAddon, loadCsvAsSheet, type LocalAddon } from '../runtime';
import { estimateMs } from './cost-model';
import { instrumentVolume, type Volume } from './service-volume';
import { benchSteps, type Step } from './steps';
import { BENCH_TODAY, ROWS_PER_OBJECTIVE, looseCsv, progressColumns } from './workload';

export interface ActionResult {
  action: string;
  /** Service calls by 'Class.method'. */
  calls: Record<string, number>;
  totalCalls: number;
  /** Calls owed to row groups, read and laid per objective (capped: MAX_ROW_GROUPS objectives). */
  rowGroupCalls: number;
  /** setValues calls of multi-row blocks, one per chunk of at most CHUNK_ROWS rows. */
  chunks?: number;
  /** Chunks of exactly CHUNK_ROWS rows (a block larger than a chunk adds one call per chunk). */
  fullChunks?: number;
  cellsRead: number;
  cellsWritten: number;
  cpuMs: number;
  /** Part of cpuMs spent inside the local runtime serving Spreadsheet calls (not the add-on). */
  serviceCpuMs: number;
  /** Estimated real Apps Script time (COST_MODEL), milliseconds. */
  estimatedMs: number;
  error?: string;
}

export interface SizeResult {
  objectives: number;
  rows: number;
  evaluateFormulas: boolean;
  actions: ActionResult[];
}

export interface CustomFunctionResult {
  rows: number;
  /** Best of `runs` after a warm-up, process CPU time. */
  cpuMs: number;
  runs: number;
  calls: number;
}

export interface SizeOfFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
}

/**
 * The calls row groups cost, per objective on a tab of at most MAX_ROW_GROUPS objectives (Sheets
 * has no call for many groups at once): each Range.shiftRowGroupDepth with the getRange it is
 * called on, each Sheet.getRowGroupDepth and Sheet.getRowGroup, and each Group.getRange with the
 * getRow and getNumRows read from it.
 */
export const ROW_GROUP_CALLS: Readonly<Record<string, number>> = {
  'Range.shiftRowGroupDepth': 2,
  'Sheet.getRowGroupDepth': 1,
  'Sheet.getRowGroup': 1,
  'Group.getRange': 3,
};

export function rowGroups(calls: Record<string, number>): number {
  return Object.entries(ROW_GROUP_CALLS).reduce((n, [k, w]) => n + w * (calls[k] ?? 0), 0);
}

export interface BenchOptions {
  evaluateFormulas?: boolean;
  codePath?: string;
  /** Called after each action (progress output). */
  onAction?: (r: ActionResult, objectives: number) => void;
}

/** Set up on a new, empty spreadsheet (with the example): the same at every N. */
function freshSetUp(opts: BenchOptions): ActionResult {
  const ss = createSpreadsheet({ evaluateFormulas: opts.evaluateFormulas ?? false });
  const addon = loadAddon({
    spreadsheet: ss,
    today: BENCH_TODAY,
    ...(opts.codePath ? { codePath: opts.codePath } : {}),
  });
  const volume = instrumentVolume(addon);
  return measureStep(addon, volume, {
    action: 'setUp (new spreadsheet)',
    run: (a) => a.callRaw('setUp', { example: true }),
  });
}

function measureStep(addon: LocalAddon, volume: Volume, step: Step): ActionResult {
  volume.read = 0;
  volume.written = 0;
  volume.chunks = 0;
  volume.fullChunks = 0;
  volume.serviceMicros = 0;
  let error: string | undefined;
  let answer: string | undefined;
  const t0 = process.cpuUsage();
  const { calls } = addon.measure(() => {
    try {
      answer = step.run(addon);
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
  });
  const cpu = cpuMs(t0);
  if (error === undefined && step.after)
    step.after(answer === undefined ? undefined : JSON.parse(answer));
  const totalCalls = Object.values(calls).reduce((a, b) => a + b, 0);
  const r: ActionResult = {
    action: step.action,
    calls,
    totalCalls,
    rowGroupCalls: rowGroups(calls),
    chunks: volume.chunks,
    fullChunks: volume.fullChunks,
    cellsRead: volume.read,
    cellsWritten: volume.written,
    cpuMs: Math.round(cpu * 10) / 10,
    serviceCpuMs: Math.round(volume.serviceMicros / 100) / 10,
    estimatedMs: estimateMs(calls, volume.read, volume.written),
  };
  if (error !== undefined) r.error = error;
  return r;
}

/** Runs every action on a workbook of `objectives` objectives structured from a loose sheet. */
export function benchAt(objectives: number, opts: BenchOptions = {}): SizeResult {
  const evaluateFormulas = opts.evaluateFormulas ?? false;
  const ss = createSpreadsheet({ evaluateFormulas });
  loadCsvAsSheet(ss, 'Loose', looseCsv(objectives));
  const addon = loadAddon({
    spreadsheet: ss,
    today: BENCH_TODAY,
    ...(opts.codePath ? { codePath: opts.codePath } : {}),
  });
  const volume = instrumentVolume(addon);
  const actions: ActionResult[] = [];
  const push = (r: ActionResult) => {
    actions.push(r);
    opts.onAction?.(r, objectives);
  };
  push(freshSetUp(opts));
  for (const step of benchSteps(objectives)) push(measureStep(addon, volume, step));
  return { objectives, rows: objectives * ROWS_PER_OBJECTIVE, evaluateFormulas, actions };
}

/**
 * Several runs of benchAt at one size merged into one: per action the run with the least CPU
 * (this shared machine varies ±30% from run to run; the least is the closest to the action's
 * own cost). Every run must have made the same service calls, and an error in any run stays.
 */
export function bestOf(runs: readonly SizeResult[]): SizeResult {
  const first = runs[0];
  if (!first) throw new Error('bestOf: no runs');
  const actions = first.actions.map((a, i) => {
    const same = runs.map((r) => r.actions[i]);
    if (same.some((x) => x?.action !== a.action))
      throw new Error(`bestOf: the runs measured different actions at #${i + 1}`);
    const all = same as ActionResult[];
    const best = all.reduce((m, x) => (x.cpuMs < m.cpuMs ? x : m));
    const differ = all.find((x) => JSON.stringify(x.calls) !== JSON.stringify(a.calls));
    const error =
      all.find((x) => x.error !== undefined)?.error ??
      (differ
        ? `service calls differ between runs (${differ.totalCalls} vs ${a.totalCalls})`
        : undefined);
    const out: ActionResult = { ...best };
    if (error !== undefined) out.error = error;
    return out;
  });
  return { ...first, actions };
}

/** OKR_PROGRESS(start, target, current, kind) over `rows` rows, called through its global. */
export function benchCustomFunction(
  rows = 10_000,
  runs = 5,
  codePath?: string,
): CustomFunctionResult {
  const ss = createSpreadsheet({ evaluateFormulas: false });
  const addon = loadAddon({
    spreadsheet: ss,
    today: BENCH_TODAY,
    ...(codePath ? { codePath } : {}),
  });
  const context = addon.context as Record<string, unknown>;
  const fn = context.OKR_PROGRESS as (...args: unknown[]) => unknown;
  // Arguments built in the add-on's realm, as Sheets hands them over.
  const json = (context.JSON ?? JSON) as JSON;
  const cols = progressColumns(rows);
  const args = [cols.start, cols.target, cols.current, cols.kind].map((c) =>
    json.parse(JSON.stringify(c)),
  );
  fn.apply(context, args); // warm up
  let best = Infinity;
  let calls = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    const m = addon.measure(() => fn.apply(context, args));
    best = Math.min(best, cpuMs(t0));
    calls = Math.max(
      calls,
      Object.values(m.calls).reduce((a, b) => a + b, 0),
    );
    const out = m.result as unknown[][];
    if (!Array.isArray(out) || out.length !== rows) throw new Error('OKR_PROGRESS: wrong shape');
  }
  return { rows, cpuMs: Math.round(best * 100) / 100, runs, calls };
}

export function fileSizes(dir: string, files: readonly string[]): SizeOfFile[] {
  return files.map((file) => {
    const data = fs.readFileSync(path.join(dir, file));
    return { file, bytes: data.length, gzipBytes: zlib.gzipSync(data, { level: 9 }).length };
  });
}

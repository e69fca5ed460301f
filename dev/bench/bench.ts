// The benchmark behind `npm run bench` (scripts/bench.mjs prints and saves what this returns)
// and test/bench (which runs it at small sizes). For a workbook of N objectives it measures, per
// action, the Spreadsheet service calls (by Class.method, from the local runtime's accounting),
// the cells read and written (2-D arrays crossing the service boundary), and the local CPU time
// (process.cpuUsage around the server's work: the call and serialising its answer to JSON, as
// google.script.run sends it; parsing that answer is the browser's work and is not counted).
// From calls and cells it estimates the time the action would take in real Apps Script
// (COST_MODEL).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createSpreadsheet, loadAddon, loadCsvAsSheet, type LocalAddon } from '../runtime';
import {
  BENCH_PERIOD,
  BENCH_TODAY,
  ROWS_PER_OBJECTIVE,
  looseCsv,
  progressColumns,
} from './workload';
import { CHUNK_ROWS } from '../../src/server/chunks';
import { MAX_ROW_GROUPS } from '../../src/server/row-groups';

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

/**
 * The assumed cost of a service call in real Apps Script. Sources and reasoning:
 * - Google's "Optimizing Spreadsheet Operations" (Apps Script blog, 2010) and the Apps Script
 *   best-practices guide: every call to the Spreadsheet service is a round trip to the Sheets
 *   backend, "an order of magnitude" slower than JavaScript; reads flush pending writes.
 *   Community measurements (Stack Overflow, mcpher.com "Measuring sheet operation
 *   performance", tanaikech's benchmarks) put a batched read or write at roughly 50–100 ms plus
 *   a size-dependent part (a 4,000-cell setValues in < 50 ms; whole-sheet rewrites the most
 *   expensive). We take the pessimistic end: 100 ms per round trip.
 * - Getters that Apps Script answers from its cached copy of the document (names, sizes, IDs,
 *   the locale) and object factories that make no request at all (getRange, builders,
 *   getActiveSpreadsheet): 5 ms and 1 ms.
 * - Volume: 10 µs per cell read and 25 µs per cell written (≈ the 4,000-cell figure above,
 *   doubled for writing).
 * - Not modelled: Sheets recalculating the written formulas after the script ends (it does not
 *   count against the script's 6 minutes, but a flush() waits for it), and network variance.
 *   The verdict therefore asks for a 3× margin: estimate × 3 < 6 minutes.
 */
export const COST_MODEL = {
  roundTripMs: 100,
  cachedGetterMs: 5,
  localFactoryMs: 1,
  perCellReadMs: 0.01,
  perCellWrittenMs: 0.025,
  limitMs: 6 * 60 * 1000,
  margin: 3,
} as const;

/** Calls that create objects locally (no request to the Sheets backend). */
const LOCAL_FACTORY =
  /^(SpreadsheetApp\.(getActiveSpreadsheet|getActive|getUi|newDataValidation|newConditionalFormatRule)|Sheet\.(getRange|getRangeList|getDataRange|newChart)|Spreadsheet\.createDeveloperMetadataFinder|Sheet\.createDeveloperMetadataFinder|DeveloperMetadataFinder\.with\w+|\w*Builder\.\w+|LockService\.\w+|PropertiesService\.\w+|Session\.\w+|User\.\w+|Utilities\.\w+|Logger\.\w+|console\.\w+)$/;
/**
 * Getters answered from the cached document (sizes, names, IDs, ranges' own coordinates, and a
 * Group's span and depth, which Sheet.getRowGroup's answer carries).
 */
const CACHED_GETTER =
  /^(Group\.(getRange|getDepth)|Sheet\.(getName|getSheetId|getMaxRows|getMaxColumns|getLastRow|getLastColumn|getIndex|getFrozenRows|getFrozenColumns)|Spreadsheet\.(getSpreadsheetLocale|getSpreadsheetTimeZone|getSheetByName|getSheets|getId|getName|getActiveSheet)|Range\.(getRow|getColumn|getNumRows|getNumColumns|getA1Notation|getSheet)|DeveloperMetadata\.\w+|DeveloperMetadataLocation\.\w+|ConditionalFormatRule\.\w+|Protection\.get\w+|Properties\.\w+)$/;

export function callCostMs(key: string): number {
  if (LOCAL_FACTORY.test(key)) return COST_MODEL.localFactoryMs;
  if (CACHED_GETTER.test(key)) return COST_MODEL.cachedGetterMs;
  return COST_MODEL.roundTripMs;
}

export function estimateMs(calls: Record<string, number>, read: number, written: number): number {
  let ms = read * COST_MODEL.perCellReadMs + written * COST_MODEL.perCellWrittenMs;
  for (const [key, n] of Object.entries(calls)) ms += n * callCostMs(key);
  return Math.round(ms);
}

// ---------------------------------------------------------------------------------------------
// Cells crossing the service boundary: a thin proxy over the SpreadsheetApp global inside the
// add-on's vm. Every object a method returns is wrapped; arguments are unwrapped before they
// reach the runtime, so identity checks there still hold. 2-D arrays returned by get* methods
// count as cells read; 2-D arrays passed to set* methods (and appendRow's row) as cells written.

interface Volume {
  read: number;
  written: number;
  /** setValues calls of a block of more than one row (a large write, one per chunk). */
  chunks: number;
  /** Of those, chunks of exactly CHUNK_ROWS rows: the ones a larger block adds. */
  fullChunks: number;
  /** CPU microseconds spent inside the runtime's SpreadsheetApp objects. */
  serviceMicros: number;
}

function cellsOf(grid: unknown): number {
  if (!Array.isArray(grid) || !Array.isArray(grid[0])) return 0;
  let n = 0;
  for (const row of grid) n += Array.isArray(row) ? row.length : 0;
  return n;
}

function isWrappable(v: unknown): v is object {
  return (
    v !== null &&
    (typeof v === 'object' || typeof v === 'function') &&
    !Array.isArray(v) &&
    Object.prototype.toString.call(v) !== '[object Date]'
  );
}

function instrumentVolume(addon: LocalAddon): Volume {
  const volume: Volume = { read: 0, written: 0, chunks: 0, fullChunks: 0, serviceMicros: 0 };
  const raw = new WeakMap<object, object>();
  const wrapped = new WeakMap<object, object>();
  const unwrap = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.some((x) => isWrappable(x) && raw.has(x)) ? v.map(unwrap) : v;
    return isWrappable(v) ? (raw.get(v) ?? v) : v;
  };
  const wrap = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.some(isWrappable) ? v.map(wrap) : v;
    if (!isWrappable(v)) return v;
    const known = wrapped.get(v);
    if (known) return known;
    const proxy = new Proxy(v, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop);
        if (typeof value !== 'function' || typeof prop === 'symbol') return value;
        return (...args: unknown[]) => {
          const t0 = process.cpuUsage();
          let out: unknown;
          try {
            out = (value as (...a: unknown[]) => unknown).apply(target, args.map(unwrap));
          } finally {
            const used = process.cpuUsage(t0);
            volume.serviceMicros += used.user + used.system;
          }
          if (prop.startsWith('get')) volume.read += cellsOf(out);
          else if (prop.startsWith('set')) volume.written += cellsOf(args[0]);
          if (prop === 'setValues' && Array.isArray(args[0]) && args[0].length > 1) {
            volume.chunks++;
            if (args[0].length === CHUNK_ROWS) volume.fullChunks++;
          } else if (prop === 'appendRow' && Array.isArray(args[0]))
            volume.written += args[0].length;
          return wrap(out);
        };
      },
    });
    raw.set(proxy, v);
    wrapped.set(v, proxy);
    return proxy;
  };
  const context = addon.context as Record<string, unknown>;
  Object.defineProperty(context, 'SpreadsheetApp', {
    value: wrap(context.SpreadsheetApp),
    writable: true,
    configurable: true,
    enumerable: false,
  });
  return volume;
}

// ---------------------------------------------------------------------------------------------

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

/**
 * A measured action: a name and the server function it calls (with callRaw: the answer stays
 * the JSON text google.script.run would send), and what to do with the answer afterwards,
 * outside the measurement.
 */
interface Step {
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

// ---------------------------------------------------------------------------------------------
// Targets

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

export interface BenchReport {
  date: string;
  node: string;
  machine: string;
  evaluateFormulas: boolean;
  /** Runs per size; per action the run with the least CPU is reported (bestOf). */
  runs?: number;
  costModel: typeof COST_MODEL;
  sizes: SizeResult[];
  reference?: SizeResult;
  customFunction: CustomFunctionResult;
  files: SizeOfFile[];
  checks: Check[];
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

// ---------------------------------------------------------------------------------------------
// Text output

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

function fmtInt(n: number): string {
  return n.toLocaleString('en-US');
}

export function formatReport(report: BenchReport): string {
  const out: string[] = [];
  out.push(
    `okr-sheets benchmark — ${report.date} — node ${report.node} — ${report.machine}`,
    report.evaluateFormulas
      ? 'Formula evaluation: ON.'
      : "Formula evaluation: OFF (evaluateFormulas:false) — the figures are the add-on's own cost plus the local runtime serving its calls; recalculation is Sheets' work, not the script's.",
    '',
  );
  const sizes = report.sizes;
  const largest = sizes[sizes.length - 1] as SizeResult;
  const header =
    pad('action', 34) +
    sizes.map((s) => pad(`calls@${s.objectives}`, 12, true)).join('') +
    sizes.map((s) => pad(`cpu ms@${s.objectives}`, 13, true)).join('') +
    pad(`add-on ms@${largest.objectives}`, 15, true) +
    pad('chunks@max', 12, true) +
    pad('cells r/w @max', 22, true) +
    pad('est. GAS s@max', 16, true);
  out.push(header, '-'.repeat(header.length));
  for (const a of (sizes[0] as SizeResult).actions) {
    const at = sizes.map((s) => s.actions.find((x) => x.action === a.action));
    const big = largest.actions.find((x) => x.action === a.action);
    out.push(
      pad(a.action, 34) +
        at
          .map((x) =>
            pad(
              x ? (x.error ? 'ERROR' : `${x.totalCalls}${x.rowGroupCalls ? '*' : ''}`) : '-',
              12,
              true,
            ),
          )
          .join('') +
        at.map((x) => pad(x ? x.cpuMs.toFixed(0) : '-', 13, true)).join('') +
        pad(big ? (big.cpuMs - big.serviceCpuMs).toFixed(0) : '-', 15, true) +
        pad(big ? String(big.chunks ?? 0) : '-', 12, true) +
        pad(big ? `${fmtInt(big.cellsRead)}/${fmtInt(big.cellsWritten)}` : '-', 22, true) +
        pad(big ? (big.estimatedMs / 1000).toFixed(1) : '-', 16, true),
    );
  }
  out.push(
    '',
    `* includes row-group calls: per objective of a tab of at most ${MAX_ROW_GROUPS} objectives, a fresh tab's Range.shiftRowGroupDepth (+ its getRange) and Repair's two reads (Sheet.getRowGroupDepth, Sheet.getRowGroup with its range); an added key result's two reads and one write to join its objective's group.`,
    `chunks = setValues calls of multi-row blocks: large writes go in chunks of at most ${fmtInt(CHUNK_ROWS)} rows (src/server/chunks.ts).`,
    `cpu ms = process CPU of the server's work (the call and its answer serialised as google.script.run sends it; the browser's parse not counted)${(report.runs ?? 1) > 1 ? `, the least of ${report.runs} runs on fresh workbooks` : ''}; add-on ms = cpu ms minus the time the local runtime spent serving Spreadsheet calls.`,
  );
  for (const s of sizes)
    for (const a of s.actions)
      if (a.error) out.push(`ERROR at N=${s.objectives}, ${a.action}: ${a.error}`);
  if (report.reference) {
    out.push(
      '',
      `Reference, formula evaluation ON (HyperFormula), N=${report.reference.objectives}:`,
    );
    for (const a of report.reference.actions)
      out.push(
        `  ${pad(a.action, 34)}${pad(String(a.totalCalls), 6, true)} calls ${pad(a.cpuMs.toFixed(0), 8, true)} ms cpu${a.error ? `  ERROR ${a.error}` : ''}`,
      );
  }
  const cf = report.customFunction;
  out.push(
    '',
    `OKR_PROGRESS (range form, through the global) over ${fmtInt(cf.rows)} rows: ${cf.cpuMs.toFixed(1)} ms CPU (best of ${cf.runs}), ${cf.calls} service calls.`,
    '',
    'Bundle sizes:',
  );
  for (const f of report.files)
    out.push(
      `  ${pad(f.file, 14)} ${pad((f.bytes / 1024).toFixed(1), 8, true)} KB   gzip ${pad((f.gzipBytes / 1024).toFixed(1), 7, true)} KB`,
    );
  const m = report.costModel;
  out.push(
    '',
    `Estimated Apps Script time = ${m.roundTripMs} ms per round trip (reads, writes, structure), ${m.cachedGetterMs} ms per cached getter, ${m.localFactoryMs} ms per local factory/builder call,`,
    `  + ${m.perCellReadMs * 1000} µs per cell read + ${m.perCellWrittenMs * 1000} µs per cell written. Verdict asks estimate × ${m.margin} < 6 min (recalculation not modelled). See COST_MODEL in dev/bench/bench.ts.`,
    '',
    'Targets:',
  );
  for (const c of report.checks) out.push(`  ${c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${c.detail}`);
  const failed = report.checks.filter((c) => !c.pass).length;
  out.push('', failed === 0 ? 'All targets pass.' : `${failed} target(s) FAIL.`);
  return out.join('\n');
}

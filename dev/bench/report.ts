// The benchmark's report (scripts/bench.mjs saves it as JSON and prints it with formatReport):
// per action and size the service calls, CPU, chunks, cells moved and the estimated Apps Script
// time, then OKR_PROGRESS, the bundle sizes, the cost model and the targets.
import type { COST_MODEL } from './cost-model';
import type { CustomFunctionResult, SizeOfFile, SizeResult } from './bench';
import type { Check } from './checks';
import { CHUNK_ROWS } from '../../src/server/chunks';
import { MAX_ROW_GROUPS } from '../../src/server/row-groups';

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
    `  + ${m.perCellReadMs * 1000} µs per cell read + ${m.perCellWrittenMs * 1000} µs per cell written. Verdict asks estimate × ${m.margin} < 6 min (recalculation not modelled). See COST_MODEL in dev/bench/cost-model.ts.`,
    '',
    'Targets:',
  );
  for (const c of report.checks) out.push(`  ${c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${c.detail}`);
  const failed = report.checks.filter((c) => !c.pass).length;
  out.push('', failed === 0 ? 'All targets pass.' : `${failed} target(s) FAIL.`);
  return out.join('\n');
}

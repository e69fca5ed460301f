#!/usr/bin/env node
// npm run bench: builds dist/ (via the npm script), then measures the add-on on the local Apps
// Script runtime at 100, 1,000 and 5,000 objectives (4 key results and 2 initiatives each):
// service calls, cells moved, local CPU and estimated Apps Script time per action; OKR_PROGRESS
// over 10,000 rows; the bundle sizes. Prints a table with the targets and writes
// bench-results/bench.json. The benchmark itself is dev/bench/bench.ts (bundled here with
// esbuild into node_modules/.cache/, like dev/cli.mjs does with the runtime).
//
// Each size runs --runs times (default 2) on fresh workbooks; per action the run with the least
// CPU is kept (this shared machine varies ±30% between runs), and the runs must agree on calls.
//
//   node scripts/bench.mjs [--sizes 100,1000,5000] [--runs 2] [--no-reference] [--out FILE]
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.join(root, 'node_modules', '.cache', 'okr-bench');

function parseArgs(argv) {
  const opts = {
    sizes: [100, 1000, 5000],
    runs: 2,
    reference: true,
    out: path.join(root, 'bench-results', 'bench.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--sizes')
      opts.sizes = String(argv[++i] ?? '')
        .split(',')
        .map(Number)
        .filter((n) => Number.isInteger(n) && n > 0);
    else if (a === '--runs') opts.runs = Math.max(1, Math.floor(Number(argv[++i])) || 1);
    else if (a === '--no-reference') opts.reference = false;
    else if (a === '--out') opts.out = path.resolve(argv[++i] ?? opts.out);
    else {
      process.stderr.write(
        `Unknown argument ${a}\nUsage: node scripts/bench.mjs [--sizes 100,1000,5000] [--runs 2] [--no-reference] [--out FILE]\n`,
      );
      process.exit(2);
    }
  }
  if (opts.sizes.length === 0) opts.sizes = [100, 1000, 5000];
  return opts;
}

async function loadBench() {
  fs.mkdirSync(cacheDir, { recursive: true });
  const outfile = path.join(cacheDir, `bench-${process.pid}.cjs`);
  await build({
    entryPoints: [path.join(root, 'dev', 'bench', 'bench.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['hyperformula'],
    outfile,
    logLevel: 'warning',
  });
  try {
    return createRequire(import.meta.url)(outfile);
  } finally {
    fs.rmSync(outfile, { force: true });
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const bench = await loadBench();
  const started = Date.now();
  const log = (s) => process.stderr.write(s + '\n');
  // First, on a small heap: measured after the large workbooks, the collector still cleaning up
  // after them on its helper threads counts into these few milliseconds of CPU.
  log('OKR_PROGRESS over 10,000 rows…');
  const customFunction = bench.benchCustomFunction(10_000, 10);
  const sizes = [];
  for (const n of opts.sizes) {
    const runs = [];
    for (let run = 1; run <= opts.runs; run++) {
      log(
        `N = ${n} objectives (${n * 7} rows), formula evaluation off, run ${run} of ${opts.runs}…`,
      );
      runs.push(
        bench.benchAt(n, {
          evaluateFormulas: false,
          onAction: (r) =>
            log(
              `  ${r.action.padEnd(34)} ${String(r.totalCalls).padStart(5)} calls ${r.cpuMs.toFixed(0).padStart(7)} ms${r.error ? `  ERROR ${r.error}` : ''}`,
            ),
        }),
      );
    }
    sizes.push(bench.bestOf(runs));
  }
  let reference;
  if (opts.reference) {
    log('Reference: N = 100 with formula evaluation on…');
    reference = bench.benchAt(100, { evaluateFormulas: true });
  }
  const files = bench.fileSizes(path.join(root, 'dist'), ['Code.js', 'sidebar.html']);
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`,
    evaluateFormulas: false,
    runs: opts.runs,
    costModel: bench.COST_MODEL,
    sizes,
    ...(reference ? { reference } : {}),
    customFunction,
    files,
    checks: bench.allChecks(sizes, customFunction, files),
  };
  process.stdout.write(bench.formatReport(report) + '\n');
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, JSON.stringify(report, null, 2) + '\n');
  log(
    `\nWrote ${path.relative(root, opts.out)} in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  );
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});

#!/usr/bin/env node
// npm run bench: builds dist/ (via the npm script), then measures the add-on on the local Apps
// Script runtime at 100, 1,000 and 5,000 objectives (4 key results and 2 initiatives each):
// service calls, cells moved, local CPU and estimated Apps Script time per action; OKR_PROGRESS
// over 10,000 rows; the bundle sizes. Prints a table with the targets and writes
// bench-results/bench.json. The benchmark itself is dev/bench/ (bench.ts runs it, checks.ts
// holds the targets, report.ts prints; bundled here with esbuild into node_modules/.cache/, like
// dev/cli.mjs does with the runtime).
//
// Each size runs --runs times (default 2) on fresh workbooks; per action the run with the least
// CPU is kept (this shared machine varies ±30% between runs), and the runs must agree on calls.
//
// Section "Formulas" (dev/bench/formula-cost.ts): what one edit of a key result's Current costs
// the sheet's formulas (cells read by the formulas it dirties, at every size; HyperFormula's time
// with formulas evaluated at 100–1,600 objectives, bounded) and the formulas' lengths.
// --formulas-only runs just that section; --no-formulas leaves it out.
//
//   node scripts/bench.mjs [--sizes 100,1000,5000] [--runs 2] [--no-reference] [--no-formulas]
//                          [--formulas-only] [--out FILE]
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
    formulas: true,
    formulasOnly: false,
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
    else if (a === '--no-formulas') opts.formulas = false;
    else if (a === '--formulas-only') opts.formulasOnly = true;
    else if (a === '--out') opts.out = path.resolve(argv[++i] ?? opts.out);
    else {
      process.stderr.write(
        `Unknown argument ${a}\nUsage: node scripts/bench.mjs [--sizes 100,1000,5000] [--runs 2] [--no-reference] [--no-formulas] [--formulas-only] [--out FILE]\n`,
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
    stdin: {
      contents:
        "export * from './bench'; export { COST_MODEL } from './cost-model'; export { allChecks } from './checks'; export { formatReport } from './report'; export { benchFormulaCost, formatFormulaCost, formulaChecks } from './formula-cost'; export { benchAlignmentTree, formatAlignmentTree } from './alignment-tree';",
      resolveDir: path.join(root, 'dev', 'bench'),
      loader: 'ts',
    },
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
  const formulaSection = () => {
    log(
      'Formulas: one edit of a key result’s Current (HyperFormula timed up to 1,600 objectives)…',
    );
    const codePath = path.join(root, 'dist', 'Code.js');
    return bench.benchFormulaCost({ countSizes: opts.sizes, codePath, log });
  };
  if (opts.formulasOnly) {
    const formulas = formulaSection();
    process.stdout.write(bench.formatFormulaCost(formulas) + '\n');
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      formulas,
      checks: bench.formulaChecks(formulas),
    };
    fs.mkdirSync(path.dirname(opts.out), { recursive: true });
    fs.writeFileSync(opts.out, JSON.stringify(report, null, 2) + '\n');
    log(
      `\nWrote ${path.relative(root, opts.out)} in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    );
    return;
  }
  // First, on a small heap: measured after the large workbooks, the collector still cleaning up
  // after them on its helper threads counts into these few milliseconds of CPU.
  log('OKR_PROGRESS over 10,000 rows…');
  // This worktree's build, named: a bundle under node_modules/.cache would otherwise find the
  // dist/ of the checkout node_modules really lives in.
  const codePath = path.join(root, 'dist', 'Code.js');
  const customFunction = bench.benchCustomFunction(10_000, 10, codePath);
  const alignmentTree = [500, 5000].map((n) => bench.benchAlignmentTree(n));
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
          codePath,
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
    reference = bench.benchAt(100, { evaluateFormulas: true, codePath });
  }
  const formulas = opts.formulas ? formulaSection() : undefined;
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
    alignmentTree,
    ...(formulas ? { formulas } : {}),
    files,
    checks: [
      ...bench.allChecks(sizes, customFunction, files),
      ...(formulas ? bench.formulaChecks(formulas) : []),
    ],
  };
  process.stdout.write(bench.formatReport(report) + '\n');
  process.stdout.write('\n' + bench.formatAlignmentTree(alignmentTree) + '\n');
  if (formulas) process.stdout.write('\n' + bench.formatFormulaCost(formulas) + '\n');
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

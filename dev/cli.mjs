#!/usr/bin/env node
// The local runtime on the command line (npm run --silent local -- ...):
//   [--workbook FILE.json] [--csv FILE.csv]... [--save FILE.json] [--locale nl_NL]
//   [--today YYYY-MM-DD] call FUNCTION [ARGS_JSON] [call FUNCTION [ARGS_JSON]]...
// Runs global functions of the built dist/Code.js in order against the workbook and prints one
// JSON line per call: {"result": ..., "calls": {"Class.method": n}} or {"error": "..."} (then
// exits non-zero). ARGS_JSON is a JSON array of arguments (a non-array value is one argument).
// The runtime is TypeScript: it is bundled here with esbuild into node_modules/.cache/.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.join(root, 'node_modules', '.cache', 'okr-runtime');
const bundle = path.join(cacheDir, 'runtime.cjs');

function usage(message) {
  if (message) process.stderr.write(`${message}\n`);
  process.stderr.write(
    'Usage: npm run --silent local -- [--workbook FILE.json] [--csv FILE.csv]... [--save FILE.json]\n' +
      '         [--locale nl_NL] [--today YYYY-MM-DD] call FUNCTION [ARGS_JSON] [call FUNCTION [ARGS_JSON]]...\n',
  );
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { csv: [], calls: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--workbook') opts.workbook = value();
    else if (a === '--csv') opts.csv.push(value());
    else if (a === '--save') opts.save = value();
    else if (a === '--locale') opts.locale = value();
    else if (a === '--today') opts.today = value();
    else if (a === 'call') {
      const name = argv[++i];
      if (!name) usage('call needs a function name');
      let args = [];
      const next = argv[i + 1];
      if (next !== undefined && next !== 'call' && !next.startsWith('--')) {
        i++;
        try {
          const parsed = JSON.parse(next);
          args = Array.isArray(parsed) ? parsed : [parsed];
        } catch {
          usage(`ARGS_JSON for ${name} is not valid JSON: ${next}`);
        }
      }
      opts.calls.push({ name, args });
    } else usage(`Unknown argument: ${a}`);
  }
  if (opts.calls.length === 0) usage('Nothing to do: give at least one `call FUNCTION`.');
  return opts;
}

async function loadRuntime() {
  const sources = path.join(root, 'dev', 'runtime');
  const newest = Math.max(
    ...fs.readdirSync(sources).map((f) => fs.statSync(path.join(sources, f)).mtimeMs),
  );
  if (!fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < newest) {
    fs.mkdirSync(cacheDir, { recursive: true });
    await build({
      entryPoints: [path.join(sources, 'index.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['hyperformula'],
      outfile: bundle,
      logLevel: 'warning',
    });
  }
  return createRequire(import.meta.url)(bundle);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const rt = await loadRuntime();
  const ss = opts.workbook
    ? rt.spreadsheetFromJson(fs.readFileSync(opts.workbook, 'utf8'))
    : rt.createSpreadsheet(opts.locale ? { locale: opts.locale } : {});
  if (opts.workbook && opts.locale) ss.setSpreadsheetLocale(opts.locale);
  for (const file of opts.csv)
    rt.loadCsvAsSheet(
      ss,
      path.basename(file).replace(/\.[^.]*$/, ''),
      fs.readFileSync(file, 'utf8'),
    );
  const load = { spreadsheet: ss };
  if (opts.today) load.today = opts.today;
  if (opts.locale) load.userLocale = opts.locale.split('_')[0];
  const addon = rt.loadAddon(load);
  addon.resetCounts();
  let failed = false;
  for (const { name, args } of opts.calls) {
    try {
      const { result, calls } = addon.measure(() => addon.call(name, ...args));
      process.stdout.write(
        JSON.stringify({ result: result === undefined ? null : result, calls }) + '\n',
      );
    } catch (err) {
      process.stdout.write(
        JSON.stringify({ error: err instanceof Error ? err.message : String(err) }) + '\n',
      );
      failed = true;
      break;
    }
  }
  if (opts.save)
    fs.writeFileSync(opts.save, JSON.stringify(rt.spreadsheetToJson(ss), null, 2) + '\n');
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});

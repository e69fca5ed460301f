#!/usr/bin/env node
// npm start: the add-on running locally in a browser, on the local Apps Script runtime.
//   node dev/preview/server.mjs [--port N] [--empty | --open FILE.csv | --workbook FILE.json]
//                               [--locale nl_NL] [--today YYYY-MM-DD]
// Runs the BUILT dist/Code.js (npm start builds first). The server (dev/preview/app, with
// dev/runtime) and the page (dev/preview/page) are TypeScript: they are bundled here with
// esbuild on every start (nothing is cached between starts but the bundle file itself).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const cacheDir = path.join(root, 'node_modules', '.cache', 'okr-preview');

const USAGE =
  'Usage: npm start -- [--port N] [--empty | --open FILE.csv | --workbook FILE.json]\n' +
  '                    [--locale nl_NL] [--today YYYY-MM-DD]\n';

function fail(message) {
  process.stderr.write(`${message}\n${USAGE}`);
  process.exit(2);
}

export function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) fail(`${a} needs a value`);
      return v;
    };
    if (a === '--port') {
      const v = value();
      if (!/^\d+$/.test(v) || Number(v) > 65535) fail(`--port must be a port number, not ${v}`);
      opts.port = Number(v);
    } else if (a === '--empty') opts.empty = true;
    else if (a === '--open') opts.open = path.resolve(value());
    else if (a === '--workbook') opts.workbook = path.resolve(value());
    else if (a === '--locale') opts.locale = value();
    else if (a === '--today') opts.today = value();
    else if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else fail(`Unknown argument: ${a}`);
  }
  if ([opts.empty, opts.open, opts.workbook].filter(Boolean).length > 1)
    fail('Give at most one of --empty, --open and --workbook.');
  for (const f of [opts.open, opts.workbook])
    if (f && !fs.existsSync(f)) fail(`No such file: ${f}`);
  if (opts.port === undefined && process.env.PORT) opts.port = Number(process.env.PORT);
  return opts;
}

/** Bundles the server side (with dev/runtime) to a file and the page into memory. */
async function bundle() {
  fs.mkdirSync(cacheDir, { recursive: true });
  const out = path.join(cacheDir, `app-${process.pid}.cjs`);
  const [, page] = await Promise.all([
    build({
      entryPoints: [path.join(here, 'app', 'server.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['hyperformula'],
      outfile: out,
      logLevel: 'warning',
    }),
    build({
      entryPoints: [path.join(here, 'page', 'main.tsx')],
      bundle: true,
      format: 'iife',
      target: 'es2020',
      platform: 'browser',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      external: ['chart.js'],
      outdir: cacheDir,
      write: false,
      logLevel: 'warning',
    }),
  ]);
  const file = (ext) => page.outputFiles.find((f) => f.path.endsWith(ext))?.text ?? '';
  const app = createRequire(import.meta.url)(out);
  fs.rmSync(out, { force: true });
  return { app, page: { js: file('.js'), css: file('.css') } };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(root, 'dist', 'Code.js')))
    fail('dist/Code.js is missing: run npm run build (npm start does).');
  const { app, page } = await bundle();
  const preview = await app.startPreview({ ...opts, root, page });
  process.stdout.write(`OKR Sheets preview: ${preview.url}\n`);
  const stop = () => {
    void preview.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});

#!/usr/bin/env node
// Builds the add-on into dist/:
//   dist/Code.js          one classic script: the esbuild bundle (an IIFE that assigns the
//                         global `OkrSheets`) followed by one top-level `function NAME(...)` per
//                         export of src/server/main.ts, each delegating into the bundle.
//                         Custom functions keep their JSDoc so Sheets shows autocomplete.
//   dist/<name>.html      one self-contained HTML file per src/sidebar/<name>.html, with the
//                         bundled JS and CSS of src/sidebar/<name>.tsx inlined.
//   dist/appsscript.json  the manifest.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { readEntryExports, renderStubs } = require('./entry-exports.cjs');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const entry = path.join(root, 'src', 'server', 'main.ts');
const GLOBAL_NAME = 'OkrSheets';

async function buildServer() {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'none',
    // Apps Script parses the whole project on every execution (each menu click, sidebar call
    // and custom function recalculation), so the bundle is sent without whitespace and with
    // esbuild's syntax shortening. Names are kept (no identifier mangling): the execution
    // log's stack traces still name our functions; `npm run where -- LINE:COLUMN` maps a
    // position in them back to src/ with dist/Code.js.map, which clasp does not push.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'external',
    banner: {
      js:
        '// okr-sheets: built by scripts/build.mjs from src/ — do not edit.\n' +
        '// The bundle below defines the global ' +
        GLOBAL_NAME +
        '; the functions after it are the globals Apps Script calls.',
    },
    outfile: path.join(dist, 'Code.js'),
    write: false,
    logLevel: 'warning',
  });
  const output = (ext) => result.outputFiles.find((f) => f.path.endsWith(ext)).text;
  const bundle = output('.js');
  const exportsList = readEntryExports(entry);
  const code = bundle + '\n' + renderStubs(exportsList, GLOBAL_NAME);
  writeAtomically('Code.js', code);
  writeAtomically('Code.js.map', output('.js.map'));
  writeAtomically(
    'exports.json',
    JSON.stringify(
      exportsList.map((e) => ({ name: e.name, params: e.params, custom: e.custom })),
      null,
      2,
    ) + '\n',
  );
  return exportsList;
}

async function buildHtml() {
  const dir = path.join(root, 'src', 'sidebar');
  if (!fs.existsSync(dir)) return [];
  const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.html'));
  const built = [];
  for (const page of pages) {
    const name = page.slice(0, -'.html'.length);
    const template = fs.readFileSync(path.join(dir, page), 'utf8');
    const script = ['.tsx', '.ts'].map((x) => path.join(dir, name + x)).find(fs.existsSync);
    let js = '';
    let css = '';
    if (script) {
      const out = await build({
        entryPoints: [script],
        bundle: true,
        format: 'iife',
        target: 'es2020',
        platform: 'browser',
        minify: true,
        jsx: 'automatic',
        jsxImportSource: 'preact',
        charset: 'utf8',
        legalComments: 'none',
        write: false,
        outdir: path.join(dist, '__tmp'),
        logLevel: 'warning',
        define: { 'process.env.NODE_ENV': '"production"' },
      });
      for (const f of out.outputFiles) {
        if (f.path.endsWith('.js')) js = f.text;
        else if (f.path.endsWith('.css')) css = f.text;
      }
    }
    // </script> inside the inlined code would end the tag early.
    const safeJs = js.replace(/<\/(script)/gi, '<\\/$1');
    const safeCss = css.replace(/<\/(style)/gi, '<\\/$1');
    const html = template
      .replace('<!-- inline:css -->', () => `<style>${safeCss}</style>`)
      .replace('<!-- inline:js -->', () => `<script>${safeJs}</script>`);
    writeAtomically(page, html);
    built.push(page);
  }
  return built;
}

// Each file is written to a temporary name and renamed into place, so a test run that reads
// dist/ while another build runs never sees a missing or half-written file.
const written = new Set();
function writeAtomically(name, text) {
  const tmp = path.join(dist, `.${name}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, path.join(dist, name));
  written.add(name);
}

async function main() {
  fs.mkdirSync(dist, { recursive: true });
  const exportsList = await buildServer();
  const pages = await buildHtml();
  writeAtomically('appsscript.json', fs.readFileSync(path.join(root, 'appsscript.json'), 'utf8'));
  // Remove what an earlier build left that this one did not write (e.g. a renamed page).
  for (const f of fs.readdirSync(dist)) {
    if (!written.has(f) && !f.endsWith('.tmp'))
      fs.rmSync(path.join(dist, f), { recursive: true, force: true });
  }
  const size = (f) => (fs.statSync(path.join(dist, f)).size / 1024).toFixed(1) + ' KB';
  if (!process.env.OKR_QUIET_BUILD) {
    console.log(
      `built dist/Code.js (${size('Code.js')}, ${exportsList.length} globals)` +
        pages.map((p) => `, dist/${p} (${size(p)})`).join(''),
    );
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

#!/usr/bin/env node
// Maps a position in dist/Code.js, as Apps Script's execution log shows it in a stack trace
// ("at checkIn (Code:3:41234)"), back to the source file, line and column in src/, with the
// source map the build writes beside the bundle (dist/Code.js.map, not pushed by clasp).
//
//   npm run where -- 3:41234
import fs from 'node:fs';
import path from 'node:path';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mapFile = path.join(root, 'dist', 'Code.js.map');
const arg = process.argv[2] ?? '';
const match = /^(?:Code:)?(\d+):(\d+)$/.exec(arg);
if (!match) {
  console.error(
    'Give the position as LINE:COLUMN from the stack trace, e.g. npm run where -- 3:41234',
  );
  process.exit(2);
}
if (!fs.existsSync(mapFile)) {
  console.error(
    'dist/Code.js.map is missing: run npm run build first (from the same commit you deployed).',
  );
  process.exit(2);
}
const map = new SourceMap(JSON.parse(fs.readFileSync(mapFile, 'utf8')));
// Stack traces count lines and columns from 1; source maps from 0.
const entry = map.findEntry(Number(match[1]) - 1, Number(match[2]) - 1);
if (!entry || !entry.originalSource) {
  console.error(
    `Code:${match[1]}:${match[2]} is not inside the bundle (a stub after it, or past its end).`,
  );
  process.exit(1);
}
const source = path.relative(root, path.resolve(path.dirname(mapFile), entry.originalSource));
console.log(
  `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}${entry.name ? ` (${entry.name})` : ''}`,
);

// The command line: npm run --silent local -- ... call FUNCTION [ARGS_JSON]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'dev', 'cli.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return {
    status: r.status,
    lines: r.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>),
    stderr: r.stderr,
  };
}

test('call onOpen prints its result and service calls', () => {
  const r = cli('call', 'onOpen');
  expect(r.status).toBe(0);
  expect(r.lines).toHaveLength(1);
  expect(r.lines[0]).toMatchObject({ result: null, calls: { 'SpreadsheetApp.getUi': 1 } });
});

test('an unknown function prints an error and exits non-zero', () => {
  const r = cli('call', 'noSuchFunction');
  expect(r.status).not.toBe(0);
  expect(r.lines[0]).toEqual({ error: 'Script function not found: noSuchFunction' });
});

test('OKR_PROGRESS computes progress without service calls', () => {
  const names = (
    JSON.parse(fs.readFileSync(path.join(root, 'dist', 'exports.json'), 'utf8')) as {
      name: string;
    }[]
  ).map((e) => e.name);
  if (!names.includes('OKR_PROGRESS'))
    throw new Error(
      'dist/exports.json has no OKR_PROGRESS: the custom function is missing from the build.',
    );
  const r = cli('call', 'OKR_PROGRESS', '[0,100,30]');
  expect(r.lines[0]).toEqual({ result: 0.3, calls: {} });
});

test('--csv loads tabs, --save writes the workbook, --workbook loads it again', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-cli-'));
  const csv = path.join(dir, 'loose.csv');
  fs.writeFileSync(csv, 'Title,Progress\nGrow,0.5\n');
  const saved = path.join(dir, 'book.json');
  expect(cli('--csv', csv, '--save', saved, '--today', '2026-03-31', 'call', 'onOpen').status).toBe(
    0,
  );
  const json = JSON.parse(fs.readFileSync(saved, 'utf8')) as {
    sheets: { name: string; values: unknown[][] }[];
  };
  expect(json.sheets.map((s) => s.name)).toEqual(['Sheet1', 'loose']);
  expect(json.sheets[1]!.values).toEqual([
    ['Title', 'Progress'],
    ['Grow', 0.5],
  ]);
  const again = cli('--workbook', saved, '--locale', 'nl_NL', 'call', 'onOpen', 'call', 'onOpen');
  expect(again.status).toBe(0);
  expect(again.lines).toHaveLength(2);
});

test('structures a loose CSV from the command line: the sheet name alone or as a request', () => {
  const csv = path.join(root, 'test', 'fixtures', 'flat-en.csv');
  const r = cli(
    '--csv',
    csv,
    '--today',
    '2026-02-15',
    'call',
    'previewStructure',
    '["flat-en"]',
    'call',
    'structureSheet',
    '[{"sheetName":"flat-en"}]',
    'call',
    'getSnapshot',
    '[{}]',
  );
  expect(r.status).toBe(0);
  expect(r.lines[0]!.result).toMatchObject({ objectives: 4, keyResults: 9, initiatives: 7 });
  expect(r.lines[1]!.result).toMatchObject({ objectives: 4, okrSheetName: 'OKRs' });
  const items = (r.lines[2]!.result as { items: unknown[] }).items;
  expect(items).toHaveLength(20);
});

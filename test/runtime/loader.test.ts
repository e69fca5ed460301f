// The vm loader: Code.js sees exactly the Apps Script globals, no Node, and a settable clock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSpreadsheet, loadAddon } from '../../dev/runtime';

function fixture(code: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-loader-'));
  fs.writeFileSync(path.join(dir, 'Code.js'), code);
  return path.join(dir, 'Code.js');
}

test('no Node inside: require, process, module, setTimeout, fetch and window are undefined', () => {
  const addon = loadAddon({
    codePath: fixture(`function probe() {
      return [typeof require, typeof process, typeof module, typeof setTimeout, typeof fetch, typeof window, typeof SpreadsheetApp, typeof Utilities];
    }`),
  });
  expect(addon.call('probe')).toEqual([
    'undefined',
    'undefined',
    'undefined',
    'undefined',
    'undefined',
    'undefined',
    'object',
    'object',
  ]);
});

test('the built dist/Code.js loads without touching a service and its globals are callable', () => {
  const addon = loadAddon();
  expect(addon.counts()).toEqual({});
  const exportsList = JSON.parse(
    fs.readFileSync(path.join(__dirname, '..', '..', 'dist', 'exports.json'), 'utf8'),
  ) as { name: string }[];
  for (const { name } of exportsList)
    expect(typeof (addon.context as Record<string, unknown>)[name]).toBe('function');
  addon.call('onOpen');
  expect(addon.ui.menus.length).toBeGreaterThan(0);
});

test('onOpen works in AuthMode.NONE, where reading the document is refused', () => {
  const addon = loadAddon();
  addon.callTrigger('onOpen', { authMode: 'NONE' });
  expect(addon.ui.menus.length).toBeGreaterThan(0);
  const strict = loadAddon({
    codePath: fixture(`function onOpen(e) { SpreadsheetApp.getActiveSpreadsheet(); }`),
  });
  expect(() => strict.callTrigger('onOpen', { authMode: 'NONE' })).toThrow(
    'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
  );
});

test('the clock: new Date() is today at 12:00 in the time zone; setToday moves it', () => {
  const addon = loadAddon({
    codePath: fixture(
      `function now() { return [new Date().toISOString(), Date.now(), new Date(2026, 0, 2).getDate(), new Date() instanceof Date]; }`,
    ),
    today: '2026-03-31',
  });
  const [iso, ms, day, isDate] = addon.call('now') as [string, number, number, boolean];
  expect(iso).toBe('2026-03-31T10:00:00.000Z');
  expect(ms).toBe(Date.parse(iso));
  expect([day, isDate]).toEqual([2, true]);
  addon.setToday('2026-12-01');
  expect((addon.call('now') as string[])[0]).toBe('2026-12-01T11:00:00.000Z');
});

test('values cross like google.script.run: JSON only (no Date), Dates from cells are Dates of the script realm', () => {
  const ss = createSpreadsheet();
  ss.getSheets()[0]!.getRange('A1').setValue(new Date('2026-01-15T11:00:00Z'));
  const addon = loadAddon({
    spreadsheet: ss,
    codePath: fixture(`function echo(o) { o.seen = true; return o; }
      function cell() { var v = SpreadsheetApp.getActive().getSheets()[0].getRange('A1').getValue(); return [v instanceof Date, v.toISOString()]; }
      function rawCell() { return SpreadsheetApp.getActive().getSheets()[0].getRange('A1').getValue(); }
      function boom() { try { SpreadsheetApp.getActive().getSheets()[0].getRange(0, 1); } catch (e) { return e instanceof Error; } }`),
  });
  const arg = { a: [1, 2] };
  const out = addon.call('echo', arg) as { a: number[]; seen: boolean };
  expect(out).toEqual({ a: [1, 2], seen: true });
  expect(arg).toEqual({ a: [1, 2] });
  expect(addon.call('cell')).toEqual([true, '2026-01-15T11:00:00.000Z']);
  expect(() => addon.call('rawCell')).toThrow(/cannot carry a Date in its result/);
  expect(() => addon.call('echo', { when: new Date() })).toThrow(
    /cannot carry a Date in its argument \(at \[0\]\.when\)/,
  );
  expect(addon.call('boom')).toBe(true);
  expect(() => addon.call('missing')).toThrow('Script function not found: missing');
});

test('callRaw answers with the JSON text google.script.run would send; call with its parse', () => {
  const addon = loadAddon({
    codePath: fixture(`function answer(req) {
      return { echo: req, when: new Date(Date.UTC(2026, 0, 2)).toISOString(), list: [1, 'two', null], none: undefined };
    }
    function nothing() {}`),
  });
  const raw = addon.callRaw('answer', { a: 1 });
  expect(typeof raw).toBe('string');
  expect(JSON.parse(raw!)).toEqual({
    echo: { a: 1 },
    when: '2026-01-02T00:00:00.000Z',
    list: [1, 'two', null],
  });
  expect(addon.call('answer', { a: 1 })).toEqual(JSON.parse(raw!));
  expect(addon.callRaw('nothing')).toBeUndefined();
});

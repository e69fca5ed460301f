// Services: unimplemented methods throw, call accounting, properties quotas, locks, Utilities,
// Session, HtmlService and the UI recorder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSpreadsheet, loadAddon } from '../../dev/runtime';

function fixture(code: string, files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-runtime-'));
  fs.writeFileSync(path.join(dir, 'Code.js'), code);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return path.join(dir, 'Code.js');
}

test('methods the runtime lacks throw "<Class>.<method> is not implemented by the local runtime"', () => {
  const sh = createSpreadsheet().getSheets()[0]! as unknown as Record<string, () => unknown>;
  expect(() => sh.sort!()).toThrow('Sheet.sort is not implemented by the local runtime');
  const range = (sh as unknown as GoogleAppsScript.Spreadsheet.Sheet).getRange(
    'A1',
  ) as unknown as Record<string, () => unknown>;
  expect(() => range.copyTo!()).toThrow('Range.copyTo is not implemented by the local runtime');
});

test('service calls are counted per Class.method; internal calls are not', () => {
  const code = fixture(`function work() {
    var sh = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sh.getRange('A1:B2').setValues([[1, 2], [3, 4]]);
    return sh.getDataRange().getValues();
  }`);
  const addon = loadAddon({ codePath: code });
  const { result, calls } = addon.measure(() => addon.call('work'));
  expect(result).toEqual([
    [1, 2],
    [3, 4],
  ]);
  expect(calls).toEqual({
    'Range.getValues': 1,
    'Range.setValues': 1,
    'Sheet.getDataRange': 1,
    'Sheet.getRange': 1,
    'Spreadsheet.getSheets': 1,
    'SpreadsheetApp.getActiveSpreadsheet': 1,
  });
  addon.resetCounts();
  expect(addon.counts()).toEqual({});
});

test('PropertiesService enforces 9 KB per value and 500 KB per store', () => {
  const code =
    fixture(`function put(key, size) { PropertiesService.getDocumentProperties().setProperty(key, new Array(size + 1).join('x')); }
  function get(key) { return PropertiesService.getDocumentProperties().getProperty(key); }`);
  const addon = loadAddon({ codePath: code });
  addon.call('put', 'ok', 9 * 1024);
  expect(addon.properties.document.get('ok')).toHaveLength(9216);
  expect(() => addon.call('put', 'big', 9 * 1024 + 1)).toThrow('Argument too large: value');
  for (let i = 0; i < 55; i++) addon.call('put', `k${i}`, 9000);
  expect(() => addon.call('put', 'more', 9000)).toThrow(
    'You have exceeded the property storage quota',
  );
  expect(addon.call('get', 'missing')).toBeNull();
});

test('locks serialise: another holder makes waitLock time out on the fake clock', () => {
  const code = fixture(`function guarded() {
    var lock = LockService.getDocumentLock();
    var t0 = Date.now();
    lock.waitLock(10000);
    try { return { waited: Date.now() - t0, has: lock.hasLock() }; } finally { lock.releaseLock(); }
  }
  function tryIt() { return LockService.getDocumentLock().tryLock(500); }`);
  const addon = loadAddon({ codePath: code, today: '2026-03-31' });
  expect(addon.call('guarded')).toEqual({ waited: 0, has: true });
  addon.lock.holdDocumentLockByOther();
  expect(() => addon.call('guarded')).toThrow(
    'Lock timeout: another process was holding the lock for too long.',
  );
  expect(addon.call('tryIt')).toBe(false);
  addon.lock.releaseOther();
  addon.lock.holdDocumentLockByOther(3000); // the other execution finishes after 3 s
  expect(addon.call('guarded')).toEqual({ waited: 3000, has: true });
  expect(addon.lock.holder('document')).toBeNull(); // released when the execution ended
});

test('two add-on executions on one spreadsheet contend for the document lock', () => {
  const code = fixture(`function take() { return LockService.getDocumentLock().tryLock(0); }`);
  const ss = createSpreadsheet();
  const a = loadAddon({ spreadsheet: ss, codePath: code });
  const b = loadAddon({ spreadsheet: ss, codePath: code });
  const lock = (a.context.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock();
  expect(lock.tryLock(0)).toBe(true); // held by execution a, outside a call
  expect(b.call('take')).toBe(false);
  lock.releaseLock();
  expect(b.call('take')).toBe(true);
});

test('Utilities.formatDate uses Java patterns in real time zones; sleep advances the clock', () => {
  const code = fixture(`function fmt() {
    var d = new Date();
    var a = Utilities.formatDate(d, 'Europe/Amsterdam', "yyyy-MM-dd'T'HH:mm:ss EEE MMM Z");
    Utilities.sleep(90 * 1000);
    return [a, Utilities.formatDate(new Date(), 'America/New_York', 'dd/MM/yy hh:mm a'), Utilities.formatString('%s is %.1f%%', 'x', 42.25)];
  }`);
  const addon = loadAddon({ codePath: code, today: '2026-03-31' });
  expect(addon.call('fmt')).toEqual([
    '2026-03-31T12:00:00 Tue Mar +0200',
    '31/03/26 06:01 AM',
    'x is 42.3%',
  ]);
});

test('Session gives locale, time zone and an email that may be empty', () => {
  const code = fixture(
    `function who() { return [Session.getActiveUserLocale(), Session.getScriptTimeZone(), Session.getActiveUser().getEmail()]; }`,
  );
  const addon = loadAddon({ codePath: code, userLocale: 'nl', userEmail: '' });
  expect(addon.call('who')).toEqual(['nl', 'Europe/Amsterdam', '']);
});

test('UI: menus, sidebars with their HTML, alerts answered by the test', () => {
  const code = fixture(
    `function open() { SpreadsheetApp.getUi().createMenu('OKR').addItem('Open', 'show').addSeparator().addToUi(); }
     function show() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('OKRs')); }
     function ask() { var ui = SpreadsheetApp.getUi(); return String(ui.alert('Sure?', 'Overwrite?', ui.ButtonSet.YES_NO)) + ':' + ui.prompt('Period?').getResponseText(); }
     function templ() { var t = HtmlService.createTemplate('<b><?= name ?></b>'); t.name = '<x>'; return t.evaluate().getContent(); }`,
    { 'Sidebar.html': '<p>hello</p>' },
  );
  const addon = loadAddon({ codePath: code });
  addon.call('open');
  expect(addon.ui.menus).toEqual([
    {
      title: 'OKR',
      addon: false,
      items: [{ caption: 'Open', functionName: 'show' }, { separator: true }],
    },
  ]);
  addon.call('show');
  expect(addon.ui.sidebars[0]).toMatchObject({ title: 'OKRs', html: '<p>hello</p>' });
  expect(() => addon.call('ask')).toThrow('scripted no answer');
  addon.ui.answerNext('YES');
  addon.ui.answerNext({ button: 'OK', text: '2026-Q2' });
  expect(addon.call('ask')).toBe('YES:2026-Q2');
  expect(addon.call('templ')).toBe('<b>&#60;x&#62;</b>');
});

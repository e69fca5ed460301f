// Where the real platform is stricter than a lenient runtime would be: the e-mail follows the
// manifest's scopes, developer metadata is visible to every deployment (DOCUMENT), and the
// document lock may be missing or fail for a reason other than a timeout.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { createSpreadsheet, loadAddon } from '../../dev/runtime';
import type { MutationResult } from '../../src/shared/rpc';
import { byId, call, errorOf, fresh, okrRows, tab } from './workbook-helpers';

const DIST = path.join(__dirname, '..', '..', 'dist');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(DIST, 'appsscript.json'), 'utf8')) as {
  oauthScopes: string[];
};
const EMAIL_SCOPE = 'https://www.googleapis.com/auth/userinfo.email';

/** dist/ copied to a temporary folder with another list of scopes in its manifest. */
function distWithScopes(scopes: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-dist-'));
  for (const f of fs.readdirSync(DIST)) {
    const from = path.join(DIST, f);
    if (fs.statSync(from).isFile()) fs.copyFileSync(from, path.join(dir, f));
  }
  const manifest = { ...MANIFEST, oauthScopes: scopes };
  fs.writeFileSync(path.join(dir, 'appsscript.json'), JSON.stringify(manifest));
  return path.join(dir, 'Code.js');
}

function checkInWho(codePath?: string): unknown {
  const ss = createSpreadsheet({ locale: 'en_US', timeZone: 'Europe/Amsterdam' });
  const addon = loadAddon({ spreadsheet: ss, today: '2026-02-15', userLocale: 'en', codePath });
  call<MutationResult>(addon, 'setUp', { example: true });
  call<MutationResult>(addon, 'checkIn', { id: 'KR-1', value: 20, confidence: '', note: '' });
  return tab(ss, 'checkins').getRange(2, 6).getValue();
}

describe('who checked in', () => {
  test('the manifest asks for userinfo.email, so the check-in log names the person', () => {
    expect(MANIFEST.oauthScopes).toContain(EMAIL_SCOPE);
    expect(checkInWho()).toBe('user@example.com');
  });

  test('without that scope the runtime gives no address, as Apps Script does', () => {
    const codePath = distWithScopes(MANIFEST.oauthScopes.filter((s) => s !== EMAIL_SCOPE));
    expect(checkInWho(codePath)).toBe('');
  });
});

describe('developer metadata', () => {
  test('every key the add-on adds is visible to the document (any deployment finds it)', () => {
    const { ss, addon } = fresh();
    call<MutationResult>(addon, 'setUp', { example: true });
    call<MutationResult>(addon, 'addItem', { type: 'objective', title: 'More', level: 'team' });
    call<MutationResult>(addon, 'deleteItem', { id: 'KR-6', withChildren: true });
    call<MutationResult>(addon, 'repairSheet', {});
    const all = ss.createDeveloperMetadataFinder().find();
    expect(all.length).toBeGreaterThan(3);
    const keys = new Set(all.map((m) => m.getKey()));
    expect(keys).toContain('okr-sheets.ids');
    for (const m of all)
      expect({ key: m.getKey(), visibility: String(m.getVisibility()) }).toEqual({
        key: m.getKey(),
        visibility: 'DOCUMENT',
      });
  });
});

describe('the document lock', () => {
  test('a failure that is not a timeout is reported as what it is, and changes nothing', () => {
    const { ss, addon } = fresh();
    call<MutationResult>(addon, 'setUp', { example: true });
    addon.lock.failDocumentLock('Service error: LockService');
    const message = errorOf(() =>
      addon.call('checkIn', { id: 'KR-1', value: 20, confidence: '', note: '' }),
    );
    expect(message).toMatch(/could not be locked .*Service error: LockService/);
    expect(message).not.toMatch(/Someone else/);
    expect(byId(okrRows(ss)).get('KR-1')!.current).toBe(12);
  });

  test('outside a containing document getDocumentLock() is null: said, nothing written', () => {
    const ss = createSpreadsheet({ locale: 'nl_NL', timeZone: 'Europe/Amsterdam' });
    const inside = loadAddon({ spreadsheet: ss, today: '2026-02-15', userLocale: 'nl' });
    call<MutationResult>(inside, 'setUp', { example: true });
    const outside = loadAddon({
      spreadsheet: ss,
      today: '2026-02-15',
      userLocale: 'nl',
      container: false,
    });
    const message = errorOf(() =>
      outside.call('checkIn', { id: 'KR-1', value: 20, confidence: '', note: '' }),
    );
    expect(message).toMatch(/buiten een spreadsheet/);
    expect(byId(okrRows(ss)).get('KR-1')!.current).toBe(12);
  });
});

describe('google.script.run', () => {
  test('a Date (or a function) in an argument or a result throws, as on the platform', () => {
    const { ss, addon } = fresh();
    call<MutationResult>(addon, 'setUp', { example: true });
    const at = new Date(Date.UTC(2026, 1, 15));
    expect(
      errorOf(() => addon.call('checkIn', { id: 'KR-1', value: at, confidence: '', note: '' })),
    ).toMatch(/cannot carry a Date in its argument \(at \[0\]\.value\)/);
    expect(byId(okrRows(ss)).get('KR-1')!.current).toBe(12);
    vm.runInContext('function returnsDate_() { return { when: new Date() }; }', addon.context);
    expect(errorOf(() => addon.call('returnsDate_'))).toMatch(/Date in its result \(at when\)/);
  });
});

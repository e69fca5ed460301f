// Health and Repair on the local runtime, through the built dist/Code.js: "Go to row" for any
// finding that names a row, and Set up on a workbook already set up (it repairs, asking nothing
// about an example).
import { call, errorOf, fresh, okrRows, tab } from './workbook-helpers';
import type { HealthFinding } from '../../src/shared/rpc';

function setUpExample(opts: Parameters<typeof fresh>[0] = {}) {
  const setup = fresh(opts);
  call(setup.addon, 'setUp', { example: true });
  return setup;
}

describe('Go to row', () => {
  test('selects the row a finding names, also a row without an ID', () => {
    const { ss, addon } = setUpExample();
    const okr = tab(ss, 'okr');
    const row = okrRows(ss).find((r) => r.id === 'KR-2')!._row;
    const idCol = okr.getRange(1, 1, 1, okr.getLastColumn()).getValues()[0]!.indexOf('ID') + 1;
    okr.getRange(row, idCol).setValue('');
    const findings = call<HealthFinding[]>(addon, 'runHealthCheck', {});
    const missing = findings.find((f) => f.rule === 'missingId')!;
    expect([missing.row, missing.id]).toEqual([row, '']);
    call(addon, 'selectRow', { row: missing.row });
    expect(ss.getActiveSheet().getName()).toBe(okr.getName());
    expect(ss.getActiveRange()?.getRow()).toBe(row);
    expect(ss.getActiveRange()?.getNumRows()).toBe(1);
  });

  test('a row below the tab or not a row number is refused with what to do, in both languages', () => {
    const { addon } = setUpExample();
    expect(errorOf(() => call(addon, 'selectRow', { row: 5000 }))).toMatch(
      /Row 5000 is no longer on the OKR tab \(its last row is \d+\)\. Run the health check again/,
    );
    expect(errorOf(() => call(addon, 'selectRow', { row: 1.5 }))).toMatch(/Row/);
    expect(errorOf(() => call(addon, 'selectRow', { row: '3' }))).toMatch(/Row/);
    call(addon, 'setLanguage', { lang: 'nl' });
    expect(errorOf(() => call(addon, 'selectRow', { row: 5000 }))).toMatch(
      /Rij 5000 staat niet meer op het OKR-tabblad/,
    );
  });
});

describe('Set up on a workbook already set up', () => {
  test.each([
    ['en_US', 'en', /already set up\. Set up now repairs it/, /already set up/],
    ['nl_NL', 'nl', /al ingericht\. Instellen herstelt het nu/, /al ingericht/],
  ])(
    '(%s) says it repairs, asks nothing about an example, and repairs',
    (locale, lang, says, done) => {
      const { ss, addon } = setUpExample({ locale, userLocale: lang });
      const okr = tab(ss, 'okr');
      const rows = okrRows(ss);
      // Something to repair: a row's ID cleared.
      const row = rows.find((r) => r.id === 'KR-2')!._row;
      const idCol = okr.getRange(1, 1, 1, okr.getLastColumn()).getValues()[0]!.indexOf('ID') + 1;
      okr.getRange(row, idCol).setValue('');
      const alerts = addon.ui.alerts.length;
      addon.ui.answerNext('OK');
      addon.call('menuSetUp');
      const shown = addon.ui.alerts.slice(alerts);
      expect(shown).toHaveLength(1);
      expect(shown[0]!.prompt).toMatch(says);
      expect(JSON.stringify(shown)).not.toMatch(/example|voorbeeld/i);
      // Repaired: the row has an ID again; nothing duplicated.
      const after = okrRows(ss);
      expect(after).toHaveLength(rows.length);
      expect(after.find((r) => r._row === row)!.id).toMatch(/^KR-\d+$/);
      expect(ss.model.toasts.at(-1)?.message).toMatch(done);
    },
  );
});

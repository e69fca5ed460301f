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
    ['nl_NL', 'nl', /al ingericht\. Inrichten herstelt het nu/, /al ingericht/],
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

describe('check-ins whose key result lost its ID', () => {
  function withCheckIns(locale = 'en_US', lang = 'en') {
    const setup = fresh({ locale, userLocale: lang });
    call(setup.addon, 'setUp', { example: false });
    call(setup.addon, 'addItem', { type: 'objective', title: 'Happy customers', owner: 'Ann' });
    call(setup.addon, 'addItem', {
      type: 'keyResult',
      parentId: 'O-1',
      title: 'NPS from 20 to 40',
      start: 20,
      target: 40,
    });
    call(setup.addon, 'addItem', {
      type: 'keyResult',
      parentId: 'O-1',
      title: 'Churn below 2',
      start: 5,
      target: 2,
    });
    for (const value of [25, 31]) {
      call(setup.addon, 'checkIn', { id: 'KR-1', value, confidence: '', note: '' });
    }
    call(setup.addon, 'checkIn', { id: 'KR-2', value: 4, confidence: '', note: '' });
    return setup;
  }
  const logIds = (ss: ReturnType<typeof fresh>['ss']) =>
    tab(ss, 'checkins')
      .getDataRange()
      .getValues()
      .slice(1)
      .map((r) => r[1]);
  const idCell = (ss: ReturnType<typeof fresh>['ss'], id: string) => {
    const okr = tab(ss, 'okr');
    const col = okr.getRange(1, 1, 1, okr.getLastColumn()).getValues()[0]!.indexOf('ID') + 1;
    return okr.getRange(okrRows(ss).find((r) => r.id === id)!._row, col);
  };

  test('an ID changed by hand: the health check names the likely key result; Repair reconnects', () => {
    const { ss, addon } = withCheckIns();
    const cell = idCell(ss, 'KR-1');
    cell.setValue('KR-9');
    const findings = call<HealthFinding[]>(addon, 'runHealthCheck', {});
    const orphan = findings.find((f) => f.rule === 'orphanCheckIns')!;
    expect(orphan).toMatchObject({ id: 'KR-9', row: cell.getRow(), severity: 'error' });
    expect(orphan.message).toBe(
      '2 check-ins are logged under KR-1, which is on no row; they look like those of KR-9 (its Current and Last check-in are their newest value and day).',
    );
    expect(orphan.fix).toBe('Choose Repair formulas and layout: it reconnects them to KR-9.');
    const result = call<{ message: string }>(addon, 'repairSheet', {});
    expect(result.message).toMatch(/2 check-ins connected again to the key result/);
    expect(logIds(ss)).toEqual(['KR-9', 'KR-9', 'KR-2']);
    expect(
      call<HealthFinding[]>(addon, 'runHealthCheck', {}).some((f) => f.rule === 'orphanCheckIns'),
    ).toBe(false);
    // Its history is whole again.
    expect(call<unknown[]>(addon, 'getCheckIns', { id: 'KR-9' })).toHaveLength(2);
  });

  test('an ID cleared and Repair run: the row gets a new ID and its check-ins follow it', () => {
    const { ss, addon } = withCheckIns('nl_NL', 'nl');
    const cell = idCell(ss, 'KR-1');
    cell.setValue('');
    const before = call<HealthFinding[]>(addon, 'runHealthCheck', {});
    // No row has an ID to offer yet; the finding says so, in Dutch.
    expect(before.find((f) => f.rule === 'orphanCheckIns')!.message).toBe(
      '2 check-ins staan op naam van KR-1, dat op geen enkele rij staat: het kernresultaat is dat ID kwijt.',
    );
    const result = call<{ message: string }>(addon, 'repairSheet', {});
    const newId = String(cell.getValue());
    expect(newId).toBe('KR-3');
    expect(result.message).toMatch(/2 check-ins weer gekoppeld/);
    expect(logIds(ss)).toEqual([newId, newId, 'KR-2']);
  });

  test('with no single likely key result nothing is reconnected', () => {
    const { ss, addon } = withCheckIns();
    // KR-2's value differs from KR-1's newest: no fit once KR-1's ID is gone.
    idCell(ss, 'KR-1').setValue('');
    tab(ss, 'checkins')
      .getRange(2, 3, 2, 1)
      .setValues([[11], [12]]);
    call(addon, 'repairSheet', {});
    expect(logIds(ss)).toEqual(['KR-1', 'KR-1', 'KR-2']);
    const orphan = call<HealthFinding[]>(addon, 'runHealthCheck', {}).find(
      (f) => f.rule === 'orphanCheckIns',
    )!;
    expect([orphan.id, orphan.row]).toEqual(['', 0]);
    expect(orphan.fix).toMatch(/Give the key result its ID KR-1 back/);
  });
});

// checkInMany: several check-ins in one call, all or nothing, in service calls that do not grow
// with the entries (but for one write per distinct new Current value: see check-in-cells.ts);
// the check-in interval on the settings tab; the person's owner name (setMyOwner).
import type { MutationResult } from '../../src/shared/rpc';
import { byId, call, errorOf, fresh, okrRows, snapshot, tab, view } from './workbook-helpers';

function setUpExample(opts: { locale?: string } = {}) {
  const s = fresh(opts);
  call<MutationResult>(s.addon, 'setUp', { example: true });
  return s;
}

/** Every cell of the OKR and check-ins tabs, to compare before and after. */
function cells(ss: ReturnType<typeof fresh>['ss']) {
  return [tab(ss, 'okr'), tab(ss, 'checkins')].map((s) => s.getDataRange().getValues());
}

/** The example's open key results that take a number. */
function keyResultIds(addon: ReturnType<typeof fresh>['addon']): string[] {
  return snapshot(addon)
    .items.filter(
      (i) => i.type === 'keyResult' && !i.closed && i.kind !== 'milestone' && i.kind !== 'rollup',
    )
    .map((i) => i.id);
}

describe('checkInMany', () => {
  test('saves every entry: Current, Confidence, Last check-in and one log line each', () => {
    const { ss, addon } = setUpExample();
    const [a, b] = keyResultIds(addon) as [string, string];
    const result = call<MutationResult>(addon, 'checkInMany', {
      entries: [
        { id: a, value: 11, confidence: 'high', note: 'first' },
        { id: b, value: 22, confidence: '', note: 'second' },
      ],
    });
    expect(result.message).toBe(`2 check-ins saved: ${a}, ${b}.`);
    const rows = byId(okrRows(ss));
    expect(rows.get(a)!.current).toBe(11);
    expect(rows.get(a)!.confidence).toBe('High');
    expect(rows.get(b)!.current).toBe(22);
    expect(String(rows.get(a)!.lastCheckIn)).toContain('2026-02-15');
    const log = tab(ss, 'checkins').getDataRange().getValues().slice(1);
    expect(log.map((l) => [l[1], l[2], l[4]])).toEqual([
      [a, 11, 'first'],
      [b, 22, 'second'],
    ]);
    // The answer's snapshot shows the new values without a second read.
    expect(view(result.snapshot, a).current).toBe(11);
    expect(view(result.snapshot, a).lastCheckIn).toBe('2026-02-15');
  });

  test('one bad entry is named and nothing is written for any entry', () => {
    const { ss, addon } = setUpExample();
    const [a, b] = keyResultIds(addon) as [string, string];
    const before = cells(ss);
    const message = errorOf(() =>
      call(addon, 'checkInMany', {
        entries: [
          { id: a, value: 11, confidence: 'high', note: '' },
          { id: b, value: 'lots', confidence: '', note: '' },
        ],
      }),
    );
    expect(message).toMatch(new RegExp(`^Nothing was saved\\. ${b}: Current "lots"`));
    expect(cells(ss)).toEqual(before);
    // An unknown key result, a duplicate, an empty list, a bad confidence: each named.
    const unknown = errorOf(() =>
      call(addon, 'checkInMany', { entries: [{ id: 'KR-999', value: 1 }] }),
    );
    expect(unknown).toContain('KR-999');
    expect(unknown).toMatch(/^Nothing was saved\./);
    const twice = errorOf(() =>
      call(addon, 'checkInMany', {
        entries: [
          { id: a, value: 1 },
          { id: a.toLowerCase(), value: 2 },
        ],
      }),
    );
    expect(twice).toContain(`${a} is in this save twice`);
    expect(errorOf(() => call(addon, 'checkInMany', { entries: [] }))).toContain('nothing to save');
    const noId = errorOf(() => call(addon, 'checkInMany', { entries: [{ value: 1 }] }));
    expect(noId).toMatch(/^Nothing was saved\. #1: /);
    const badConfidence = errorOf(() =>
      call(addon, 'checkInMany', {
        entries: [
          { id: a, value: 1 },
          { id: b, confidence: 'sure' },
        ],
      }),
    );
    expect(badConfidence).toMatch(new RegExp(`^Nothing was saved\\. ${b}: Confidence "sure"`));
    expect(cells(ss)).toEqual(before);
  });

  test('in Dutch, the error names the entry in Dutch', () => {
    const { addon } = setUpExample({ locale: 'nl_NL' });
    const [a] = keyResultIds(addon) as [string];
    const message = errorOf(() =>
      call(addon, 'checkInMany', { entries: [{ id: a, value: 'veel', confidence: '' }] }),
    );
    expect(message).toMatch(new RegExp(`^Er is niets opgeslagen\\. ${a}: `));
  });

  test('service calls do not grow with the entries (one write per distinct new value)', () => {
    const counts = (pick: (ids: string[], pct: string) => string[], distinct: boolean) => {
      const { addon } = setUpExample();
      const all = keyResultIds(addon);
      const pct = snapshot(addon).items.find((i) => all.includes(i.id) && i.unit === '%')!.id;
      // Every key result checked in once (confidence low), so each measured entry changes the
      // same cells: Current, Confidence, and a log line (a % value with its format).
      call(addon, 'checkInMany', {
        entries: all.map((id) => ({ id, value: 1, confidence: 'low' })),
      });
      const ids = pick(all, pct);
      const m = addon.measure(() =>
        call<MutationResult>(addon, 'checkInMany', {
          entries: ids.map((id, i) => ({
            id,
            value: distinct ? 100 + i : 7,
            confidence: 'medium',
            note: 'n',
          })),
        }),
      );
      const total = Object.values(m.calls).reduce((x, y) => x + y, 0);
      return { n: ids.length, total, setValue: m.calls['RangeList.setValue'] ?? 0, calls: m.calls };
    };
    const one = counts((_, pct) => [pct], false);
    const same = counts((all) => all, false);
    const distinct = counts((all) => all, true);
    expect(same.n).toBeGreaterThanOrEqual(4);
    expect(same.calls).toEqual(one.calls);
    // Each further distinct value: Sheet.getRangeList and RangeList.setValue.
    expect(distinct.total - one.total).toBe(2 * (same.n - 1));
    expect(distinct.setValue - same.setValue).toBe(same.n - 1);
  });

  test('checkIn is checkInMany of one: the same cells, the same log line', () => {
    const { ss, addon } = setUpExample();
    const [a] = keyResultIds(addon) as [string];
    const result = call<MutationResult>(addon, 'checkIn', {
      id: a,
      value: 5,
      confidence: 'low',
      note: 'solo',
    });
    expect(result.message).toContain(`Check-in saved for ${a}`);
    expect(byId(okrRows(ss)).get(a)!.confidence).toBe('Low');
    expect(tab(ss, 'checkins').getRange(2, 5).getValue()).toBe('solo');
  });
});

describe('the check-in interval and the person', () => {
  test('the settings tab has the interval (7 days); the snapshot carries it', () => {
    const { ss, addon } = setUpExample();
    const settings = tab(ss, 'settings').getDataRange().getValues();
    const row = settings.find((r) => r[0] === 'Check-in interval (days)');
    expect(row?.[1]).toBe(7);
    expect(snapshot(addon).checkInDays).toBe(7);
    const at = settings.indexOf(row!) + 1;
    tab(ss, 'settings').getRange(at, 2).setValue(14);
    expect(snapshot(addon).checkInDays).toBe(14);
    tab(ss, 'settings').getRange(at, 2).setValue('soon');
    expect(snapshot(addon).checkInDays).toBe(7);
  });

  test('a settings tab of an earlier version gets the interval row from Repair', () => {
    const { ss, addon } = setUpExample();
    const sheet = tab(ss, 'settings');
    const values = sheet.getDataRange().getValues();
    const at = values.findIndex((r) => r[0] === 'Check-in interval (days)') + 1;
    sheet.getRange(at, 1, 1, 3).clearContent();
    call<MutationResult>(addon, 'repairSheet', {});
    const again = sheet.getDataRange().getValues();
    expect(again.filter((r) => r[0] === 'Check-in interval (days)')).toHaveLength(1);
    // Right below the last setting, not below the word tables beside them.
    expect(again[at - 1]?.[0]).toBe('Check-in interval (days)');
  });

  test('setMyOwner remembers the owner name per user; the snapshot has it and the e-mail', () => {
    const { addon } = setUpExample();
    expect(snapshot(addon).me).toEqual({ owner: '', email: 'user@example.com' });
    expect(call(addon, 'setMyOwner', { owner: ' Eva Bakker ' })).toEqual({ owner: 'Eva Bakker' });
    expect(snapshot(addon).me.owner).toBe('Eva Bakker');
    call(addon, 'setMyOwner', { owner: '' });
    expect(snapshot(addon).me.owner).toBe('');
    expect(errorOf(() => call(addon, 'setMyOwner', { owner: 'x'.repeat(101) }))).toContain(
      'longer than 100',
    );
  });
});

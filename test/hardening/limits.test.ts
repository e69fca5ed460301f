// The platform's limits on the local runtime: the document lock under contention, and the
// 6-minute execution limit (an action that would run past it refuses before writing).
import { WRITE_PHASE_DEADLINE_MS } from '../../src/server/deadline';
import type { CheckIn } from '../../src/core/model';
import type { MutationResult, RolloverListing, SummaryResult } from '../../src/shared/rpc';
import { loadAddon } from '../../dev/runtime';
import {
  exampleWorkbook,
  intercept,
  RAW_ERROR,
  restore,
  slowReads,
  state,
  thrown,
  TODAY,
  type Loaded,
} from './helpers';

const example = exampleWorkbook();

describe('concurrency under the document lock', () => {
  test('two check-ins interleaved under contention are both logged', () => {
    const a = restore(example);
    // A second execution (another person's sidebar) on the same spreadsheet.
    const b = { ss: a.ss, addon: loadAddon({ spreadsheet: a.ss, today: TODAY }) };
    const logged = () => (a.addon.call('getCheckIns', { id: 'KR-1' }) as CheckIn[]).length;
    const before = logged();
    // A third execution holds the lock for 5 s; A waits for it (the clock advances), then B,
    // then A again while B's "other" holds it briefly.
    a.addon.lock.holdDocumentLockByOther(5000);
    a.addon.call('checkIn', { id: 'KR-1', value: 2, confidence: 'medium', note: 'from A' });
    b.addon.lock.holdDocumentLockByOther(3000);
    b.addon.call('checkIn', { id: 'KR-1', value: 3, confidence: 'high', note: 'from B' });
    a.addon.call('checkIn', { id: 'KR-1', value: 4, confidence: '', note: 'A again' });
    const notes = (a.addon.call('getCheckIns', { id: 'KR-1' }) as CheckIn[]).map((c) => c.note);
    expect(logged()).toBe(before + 3);
    expect(notes).toEqual(expect.arrayContaining(['from A', 'from B', 'A again']));
  });

  test.each([
    ['en', /Someone else is changing the OKR workbook.*nothing was changed/],
    ['nl', /Iemand anders wijzigt het OKR-werkboek.*er is niets gewijzigd/],
  ])("a lock timeout says so in the person's language (%s) and writes nothing", (lang, text) => {
    const { ss, addon } = restore(example, { userLocale: lang });
    const before = state(ss);
    addon.lock.holdDocumentLockByOther(); // held until released: every wait times out
    const calls: [string, unknown][] = [
      ['checkIn', { id: 'KR-1', value: 5, confidence: 'low', note: 'late' }],
      ['addItem', { type: 'objective', title: 'Blocked' }],
      ['updateItem', { id: 'KR-1', changes: { title: 'Blocked' } }],
      ['deleteItem', { id: 'O-1', withChildren: true }],
      ['repairSheet', {}],
      ['buildSummary', { period: '2026-Q1' }],
      ['startNextQuarter', { period: '2026-Q1', ids: ['O-1'] }],
    ];
    for (const [name, payload] of calls) {
      const message = thrown(() => addon.call(name, payload));
      expect({ name, message }).toEqual({ name, message: expect.stringMatching(text) });
      expect(message).not.toMatch(RAW_ERROR);
      expect(state(ss)).toBe(before);
    }
    addon.lock.releaseOther();
    const ok = addon.call('checkIn', { id: 'KR-1', value: 5, confidence: 'low', note: 'now' });
    expect((ok as MutationResult).id).toBe('KR-1');
  });
});

describe('the 6-minute execution limit', () => {
  const slow = WRITE_PHASE_DEADLINE_MS / 2 + 1000; // three reads are past the write deadline

  test('buildSummary refuses before writing when reading took too long; no tab is left', () => {
    const loaded = restore(example);
    const tabs = () => loaded.ss.getSheets().map((s) => s.getName());
    const before = state(loaded.ss);
    const names = tabs();
    slowReads(loaded, slow);
    const message = thrown(() => loaded.addon.call('buildSummary', { period: '2026-Q1' }));
    expect(message).toMatch(/6-minute limit.*nothing was changed/);
    expect(message).not.toMatch(RAW_ERROR);
    expect(tabs()).toEqual(names);
    expect(state(loaded.ss)).toBe(before);
  });

  const quarterIds = (loaded: Loaded) =>
    (loaded.addon.call('listRollover', { period: '2026-Q1' }) as RolloverListing).items
      .slice(0, 2)
      .map((c) => c.id);

  test('startNextQuarter refuses before writing when reading took too long', () => {
    const loaded = restore(example, { userLocale: 'nl' });
    const ids = quarterIds(loaded);
    expect(ids.length).toBeGreaterThan(0);
    const before = state(loaded.ss);
    slowReads(loaded, slow);
    const message = thrown(() => loaded.addon.call('startNextQuarter', { period: '2026-Q1', ids }));
    expect(message).toMatch(/limiet van 6 minuten.*niets gewijzigd/);
    expect(state(loaded.ss)).toBe(before);
  });

  test.each([
    ['repairSheet', {}],
    ['setUp', { example: true }],
  ])('%s (on an existing tab) refuses before writing when reading took too long', (name, arg) => {
    const loaded = restore(example);
    const before = state(loaded.ss);
    slowReads(loaded, WRITE_PHASE_DEADLINE_MS + 1000);
    const message = thrown(() => loaded.addon.call(name, arg));
    expect(message).toMatch(/6-minute limit.*nothing was changed/);
    expect(message).not.toMatch(RAW_ERROR);
    expect(state(loaded.ss)).toBe(before);
  });

  test('within the budget, the same actions complete (reads that take a few seconds)', () => {
    const loaded = restore(example);
    const ids = quarterIds(loaded);
    slowReads(loaded, 5000);
    const built = loaded.addon.call('buildSummary', { period: '2026-Q1' }) as SummaryResult;
    expect(built.sheetName).toBe('Summary 2026-Q1');
    const rolled = loaded.addon.call('startNextQuarter', {
      period: '2026-Q1',
      ids,
    }) as MutationResult;
    expect(rolled.message).toMatch(/Q2/);
    const repaired = loaded.addon.call('repairSheet', {}) as MutationResult;
    expect(repaired.message).toMatch(/no (other )?values changed/);
  });

  test('a summary that fails half-way through writing leaves no half-built tab; the old one stays', () => {
    const loaded = restore(example);
    loaded.addon.call('buildSummary', { period: '2026-Q1' });
    // Content only: Sheets activates the temporary tab, and another one when it is removed.
    const content = () => state(loaded.ss).replace(/"activeSheetId":\d+,/, '');
    const before = content();
    let charts = 0;
    intercept(loaded, (method) => {
      if (method === 'insertChart' && ++charts === 2)
        throw new Error('Service timed out: Spreadsheets');
    });
    const message = thrown(() => loaded.addon.call('buildSummary', { period: '2026-Q1' }));
    expect(message).toMatch(/could not be built and nothing was changed/);
    expect(charts).toBe(2);
    expect(content()).toBe(before);
  });

  test('a refresh that fails while rewriting the tab in place leaves the complete new version in its place', () => {
    const loaded = restore(example);
    loaded.addon.call('buildSummary', { period: '2026-Q1' });
    const summary = () => loaded.ss.getSheets().find((s) => s.getName() === 'Our Q1')!;
    loaded.ss
      .getSheets()
      .find((s) => s.getName() === 'Summary 2026-Q1')!
      .setName('Our Q1');
    const names = loaded.ss.getSheets().map((s) => s.getName());
    const id = summary().getSheetId();
    const expected = summary().getDataRange().getValues();
    // The fresh tab gets its 4 charts; the in-place rewrite fails at its second.
    let charts = 0;
    intercept(loaded, (method) => {
      if (method === 'insertChart' && ++charts === 6)
        throw new Error('Service timed out: Spreadsheets');
    });
    const built = loaded.addon.call('buildSummary', { period: '2026-Q1' }) as SummaryResult;
    expect(charts).toBe(6);
    expect(built.sheetName).toBe('Our Q1');
    expect(loaded.ss.getSheets().map((s) => s.getName())).toEqual(names);
    expect(summary().getSheetId()).not.toBe(id); // the one case where the ID changes
    expect(summary().getCharts()).toHaveLength(4);
    expect(summary().getDataRange().getValues()).toEqual(expected);
    // It is still the period's summary: the next refresh is in place again.
    const again = summary().getSheetId();
    loaded.addon.call('buildSummary', { period: '2026-Q1' });
    expect(summary().getSheetId()).toBe(again);
    expect(loaded.ss.getSheets().map((s) => s.getName())).toEqual(names);
  });
});

// Bugs the benchmark and the hardening tests found, each kept fixed by a test.
import { loadCsvAsSheet } from '../../dev/runtime';
import { BENCH_PERIOD, looseCsv } from '../../dev/bench/workload';
import type { MutationResult, RolloverListing } from '../../src/shared/rpc';
import { fresh, okrRows, tab } from '../server/workbook-helpers';
import { exampleWorkbook, RAW_ERROR, restore, thrown } from './helpers';

test('startNextQuarter on an OKR tab that ends at its last row grows the tab first', () => {
  // 150 objectives → 1,051 rows; Structure leaves a margin of blank rows below them, which
  // people may delete: then the tab ends at its last row.
  const { ss, addon } = fresh({ evaluate: false });
  loadCsvAsSheet(ss, 'Loose', looseCsv(150));
  addon.call('structureSheet', { sheetName: 'Loose' });
  const okr = tab(ss, 'okr');
  expect(okr.getMaxRows()).toBeGreaterThan(okr.getLastRow());
  okr.deleteRows(okr.getLastRow() + 1, okr.getMaxRows() - okr.getLastRow());
  expect(okr.getMaxRows()).toBe(okr.getLastRow());
  const before = okrRows(ss).length;
  const list = addon.call('listRollover', { period: BENCH_PERIOD }) as RolloverListing;
  const ids = list.items.slice(0, 5).map((c) => c.id);
  const result = addon.call('startNextQuarter', { period: BENCH_PERIOD, ids }) as MutationResult;
  expect(result.message).toMatch(/2026 Q2|2026-Q2/);
  expect(okrRows(ss).length).toBeGreaterThan(before);
  expect(okrRows(ss).filter((r) => r.period === '2026-Q2').length).toBeGreaterThan(0);
  // The new rows are inside the column rules again (colours, objective look).
  for (const rule of okr.getConditionalFormatRules())
    expect(rule.getRanges()[0]!.getLastRow()).toBeGreaterThanOrEqual(okr.getLastRow());
});

test('a row added at the end of a tab longer than a new sheet is inside the column rules', () => {
  // 150 objectives → 1,051 rows, more than a new sheet's 1,000: the tab keeps a margin of blank
  // rows below them, so a row inserted after the last one is inside every rule, which grows.
  const { ss, addon } = fresh({ evaluate: false });
  loadCsvAsSheet(ss, 'Loose', looseCsv(150));
  addon.call('structureSheet', { sheetName: 'Loose' });
  const okr = tab(ss, 'okr');
  const result = addon.call('addItem', {
    type: 'objective',
    title: 'A new period',
    level: 'company',
    period: '2027',
  }) as MutationResult;
  const row = okrRows(ss).find((r) => r.id === result.id)!._row;
  expect(row).toBe(okr.getLastRow());
  for (const rule of okr.getConditionalFormatRules())
    expect(rule.getRanges()[0]!.getLastRow()).toBeGreaterThan(row);
});

test('a request with an object where text belongs gets a clear message, even with a null prototype', () => {
  const json = exampleWorkbook();
  const { addon } = restore(json);
  const direct = (name: string, payload: unknown) =>
    thrown(() => {
      try {
        return ((addon.context as Record<string, unknown>)[name] as (p: unknown) => unknown)(
          payload,
        );
      } finally {
        addon.lock.releaseMine();
      }
    });
  const bare = Object.create(null) as object;
  for (const [name, payload] of [
    ['addItem', { type: bare }],
    ['setLanguage', { lang: bare }],
    ['buildSummary', { period: bare }],
    ['checkIn', { id: 'KR-1', value: 1, confidence: {} }],
  ] as const) {
    const message = direct(name, payload);
    expect(message).not.toBeNull();
    expect(message).not.toMatch(RAW_ERROR);
    expect(message).not.toMatch(/\[object Object\]/);
  }
});

test('Structure this sheet on a sheet with nothing to structure creates no tabs', () => {
  const { ss, addon } = fresh({ evaluate: false });
  loadCsvAsSheet(ss, 'Loose', 'Level\nCompany');
  const names = ss.getSheets().map((s) => s.getName());
  expect(thrown(() => addon.call('structureSheet', { sheetName: 'Loose' }))).toMatch(
    /No objectives or key results were found/,
  );
  expect(ss.getSheets().map((s) => s.getName())).toEqual(names);
});

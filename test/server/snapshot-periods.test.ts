// The snapshot's periods: those in the sheet, plus the current quarter, the next one (people
// plan it before it starts) and the current year.
import type { MutationResult, Snapshot } from '../../src/shared/rpc';
import { add, call, fresh } from './workbook-helpers';

test('the current and the next quarter and the year, before and after set up', () => {
  const { addon } = fresh({ today: '2026-02-15' });
  expect(call<Snapshot>(addon, 'getSnapshot', {}).periods).toEqual(['2026', '2026-Q1', '2026-Q2']);
  call<MutationResult>(addon, 'setUp', { example: false });
  add(addon, { type: 'objective', title: 'Last year', period: '2025-Q4' });
  expect(call<Snapshot>(addon, 'getSnapshot', {}).periods).toEqual([
    '2025-Q4',
    '2026',
    '2026-Q1',
    '2026-Q2',
  ]);
});

test('in the fourth quarter the next one is in the next year', () => {
  const { addon } = fresh({ today: '2026-11-20', locale: 'nl_NL', userLocale: 'nl' });
  const s = call<Snapshot>(addon, 'getSnapshot', {});
  expect(s.periods).toEqual(['2026', '2026-Q4', '2027-Q1']);
  expect(s.currentQuarter).toBe('2026-Q4');
});

// The sidebar shows the percentage the grid shows: for the same objective and key result, the
// OKR tab's Progress and Expected cells as Sheets displays them (getDisplayValues, "0%" format
// in the spreadsheet's locale) equal what the sidebar's formatter makes of the numbers the
// sidebar works out (src/shared/snapshot-wire.ts → computeViews). Half-way cases included:
// 0.375 is 38% in both, not 37% in one of them.
import { matchHeader } from '../../src/core/columns';
import type { MutationResult } from '../../src/shared/rpc';
import { createFormatter } from '../../src/sidebar/format';
import { add, call, fresh, snapshot, tab } from './workbook-helpers';

// [start, target, current]: progress 0.375, 0.375 computed as 0.37499999999999994 (37% by
// Intl's own rounding, 38% in the sheet), 0.125, 0.12499999999999997, 0.285, 0.625, 0.005, 0.995.
const KEY_RESULTS: [number, number, number][] = [
  [0, 8, 3],
  [0, 0.8, 0.3],
  [0.1, 4.9, 0.7],
  [0, 8, 1],
  [0, 1000, 285],
  [10, 2, 5],
  [0, 200, 1],
  [0, 200, 199],
];

describe.each(['en_US', 'nl_NL'])('in %s', (locale) => {
  it('the Progress and Expected cells show what the sidebar shows', () => {
    const { ss, addon } = fresh({ locale, today: '2026-02-15' });
    call<MutationResult>(addon, 'setUp', { example: false });
    for (const [start, target, current] of KEY_RESULTS) {
      const oid = add(addon, {
        type: 'objective',
        title: 'O',
        level: 'company',
        period: '2026-Q1',
      }).id;
      const kr = add(addon, { type: 'keyResult', parentId: oid, title: 'K', start, target }).id;
      call(addon, 'checkIn', { id: kr, value: current, confidence: '', note: '' });
    }

    const s = snapshot(addon);
    const fmt = createFormatter(s.locale, s.lang);
    const sheet = tab(ss, 'okr');
    const values = sheet.getDataRange().getValues();
    const shown = sheet.getDataRange().getDisplayValues();
    const header = matchHeader(values);
    if (!header) throw new Error('no header');
    const col = (key: 'id' | 'progress' | 'expected') => header.columns[key] as number;

    const rows = shown.slice(header.headerRow + 1).filter((r) => r[col('id')] !== '');
    expect(rows).toHaveLength(KEY_RESULTS.length * 2);
    const seen = new Set<string>();
    for (const row of rows) {
      const item = s.items.find((i) => i.id === row[col('id')]);
      if (!item) throw new Error(`no item ${row[col('id')]}`);
      expect([item.id, fmt.percent(item.progress)]).toEqual([item.id, row[col('progress')]]);
      expect([item.id, fmt.percent(item.expected)]).toEqual([item.id, row[col('expected')]]);
      seen.add(row[col('progress')] as string);
    }
    // The half-way cases are really there.
    for (const p of ['38%', '13%', '29%', '63%', '1%', '100%']) expect(seen).toContain(p);
  });
});

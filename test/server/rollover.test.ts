// "Start the next quarter" on the local runtime, through the built dist/Code.js.
import { freshColumnMap } from '../../src/core/columns';
import { emptyItem, type OkrItem } from '../../src/core/model';
import type { RolloverListing } from '../../src/shared/rpc';
import { workbook } from './summary-fixture';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const item = (type: OkrItem['type'], id: string, f: Partial<OkrItem>): OkrItem => ({
  ...emptyItem(type, id),
  owner: 'Ann',
  period: '2026-Q1',
  title: `Title ${id}`,
  ...f,
});
const items: OkrItem[] = [
  item('objective', 'O-1', {}),
  item('keyResult', 'KR-1', { parentId: 'O-1', start: 0, target: 100, current: 40 }),
  item('keyResult', 'KR-2', { parentId: 'O-1', start: 10, target: 50, current: '' }),
  item('objective', 'O-2', { level: 'team', team: 'Sales', alignedTo: 'KR-1', owner: 'Bram' }),
  item('keyResult', 'KR-3', { parentId: 'O-2', start: 0, target: 10, current: 9 }),
];
const col = freshColumnMap() as Record<string, number>;

describe('startNextQuarter', () => {
  test('lists the period with grades, copies exactly the chosen items, closes the old rows', () => {
    const { addon, okrName } = workbook(items, [], { today: '2026-03-30' });
    const list = (addon.call('listRollover', { period: '2026-Q1' }) as RolloverListing).items;
    expect(list.map((c) => c.id)).toEqual(['O-1', 'KR-1', 'KR-2', 'O-2', 'KR-3']);
    expect(list.find((c) => c.id === 'KR-3')?.grade).toBe(0.9);
    const okr = () =>
      (addon.spreadsheet.getSheets() as unknown as Sheet[]).find((s) => s.getName() === okrName)!;
    const before = okr().getDataRange().getValues();
    const result = addon.call('startNextQuarter', {
      period: '2026-Q1',
      ids: ['O-1', 'KR-1', 'O-2', 'KR-3'],
    }) as {
      message: string;
    };
    expect(result.message).toMatch(/4 items continue in 2026-Q2/);
    const after = okr().getDataRange().getValues();
    expect(after).toHaveLength(before.length + 4);
    const added = after.slice(before.length);
    expect(
      added.map((r) => [
        r[col.id!],
        r[col.sourceId!],
        r[col.parentId!],
        r[col.alignedTo!],
        r[col.period!],
        r[col.start!],
        r[col.current!],
        r[col.owner!],
      ]),
    ).toEqual([
      ['O-3', 'O-1', '', '', '2026-Q2', '', '', 'Ann'],
      ['KR-4', 'KR-1', 'O-3', '', '2026-Q2', 40, '', 'Ann'],
      ['O-4', 'O-2', '', 'KR-4', '2026-Q2', '', '', 'Bram'],
      ['KR-5', 'KR-3', 'O-4', '', '2026-Q2', 9, '', 'Ann'],
    ]);
    // Old rows: the same apart from the Closed mark; every row of the period is closed.
    before.slice(1).forEach((row, i) => {
      const now = after[i + 1]!;
      expect(now[col.closed!]).toBe(true);
      expect(now.filter((_, c) => c !== col.closed)).toEqual(
        row.filter((_, c) => c !== col.closed),
      );
    });
    // The new rows compute: KR-4 has no check-in yet.
    expect(added[1]![col.progress!]).toBe('');
    // Again: nothing is copied twice.
    addon.call('startNextQuarter', { period: '2026-Q1', ids: ['O-1', 'KR-1'] });
    expect(okr().getDataRange().getValues()).toHaveLength(before.length + 4);
  });

  test('a key result without its objective is refused and nothing is written', () => {
    const { addon, okrName } = workbook(items, []);
    const okr = () =>
      (addon.spreadsheet.getSheets() as unknown as Sheet[]).find((s) => s.getName() === okrName)!;
    const before = JSON.stringify(okr().getDataRange().getValues());
    expect(() => addon.call('startNextQuarter', { period: '2026-Q1', ids: ['KR-2'] })).toThrow(
      /O-1/,
    );
    expect(() => addon.call('startNextQuarter', { period: '2026-Q1', ids: 'O-1' })).toThrow(/ids/);
    expect(JSON.stringify(okr().getDataRange().getValues())).toBe(before);
  });
});

describe('initiatives and a quarter closed before', () => {
  const withInitiatives: OkrItem[] = [
    ...items,
    item('initiative', 'I-1', { parentId: 'KR-1', current: '' }),
    item('initiative', 'I-2', { parentId: 'KR-1', current: 'done' }),
  ];

  test('open initiatives are offered under their key result, ticked, and carried over', () => {
    const { addon } = workbook(withInitiatives, [], { today: '2026-03-30' });
    const list = (addon.call('listRollover', { period: '2026-Q1' }) as RolloverListing).items;
    expect(list.map((c) => [c.id, c.suggested])).toEqual([
      ['O-1', true],
      ['KR-1', true],
      ['I-1', true],
      ['I-2', false],
      ['KR-2', true],
      ['O-2', true],
      ['KR-3', true],
    ]);
    const ids = list.filter((c) => c.suggested).map((c) => c.id);
    const result = addon.call('startNextQuarter', { period: '2026-Q1', ids }) as {
      snapshot: { items: OkrItem[] };
    };
    const copies = result.snapshot.items.filter((i) => i.period === '2026-Q2');
    const i1 = copies.find((c) => c.sourceId === 'I-1')!;
    const kr1 = copies.find((c) => c.sourceId === 'KR-1')!;
    expect([i1.type, i1.parentId, i1.current]).toEqual(['initiative', kr1.id, '']);
    expect(copies.some((c) => c.sourceId === 'I-2')).toBe(false);
  });

  test.each([
    [
      'en',
      /^2026-Q1 was closed on 2026-03-30\. Carried over to 2026-Q2 \(3 items\):\nO-1 → O-3 {2}Title O-1\n {4}KR-1 → KR-4/,
    ],
    ['nl', /^2026-K1 is afgesloten op 2026-03-30\. Doorgezet naar 2026-K2 \(3 items\):\nO-1 → O-3/],
  ])(
    '(%s) listing a closed quarter says when it was closed and what was carried over',
    (lang, menu) => {
      const { addon, okrName } = workbook(withInitiatives, [], { today: '2026-03-30' });
      addon.call('setLanguage', { lang });
      addon.call('startNextQuarter', { period: '2026-Q1', ids: ['O-1', 'KR-1', 'I-1'] });
      const okr = (addon.spreadsheet.getSheets() as unknown as Sheet[]).find(
        (s) => s.getName() === okrName,
      )!;
      // The close is recorded on the OKR tab, where a person's edits of cells cannot reach it.
      const md = okr.createDeveloperMetadataFinder().withKey('okr-sheets.closed').find();
      expect(md.map((m) => m.getValue())).toEqual(['{"2026-Q1":"2026-03-30"}']);
      const listing = addon.call('listRollover', { period: '2026-Q1' }) as RolloverListing;
      expect([listing.closed, listing.closedOn, listing.next]).toEqual([
        true,
        '2026-03-30',
        '2026-Q2',
      ]);
      expect(listing.items.map((c) => [c.id, c.copyId])).toEqual([
        ['O-1', 'O-3'],
        ['KR-1', 'KR-4'],
        ['I-1', 'I-3'],
      ]);
      // The menu says the same instead of asking which items continue.
      const before = addon.ui.alerts.length;
      addon.ui.answerNext({ button: 'OK', text: '2026-Q1' });
      addon.ui.answerNext('OK');
      addon.call('startNextQuarterFromMenu');
      const shown = addon.ui.alerts.slice(before);
      expect(shown).toHaveLength(2);
      expect(shown[1]!.prompt).toMatch(menu);
      // A later run on the same quarter (the menu allows it) keeps the day of the first close.
      addon.call('startNextQuarter', { period: '2026-Q1', ids: ['O-2'] });
      expect(md[0]!.getValue()).toBe('{"2026-Q1":"2026-03-30"}');
    },
  );
});

describe('the rows a roll-over writes below the last one', () => {
  test('are inside the column rules even when the rules ended at the last row', () => {
    const { addon, okrName } = workbook(items, [], { today: '2026-03-30' });
    const okr = (addon.spreadsheet.getSheets() as unknown as Sheet[]).find(
      (s) => s.getName() === okrName,
    )!;
    // As after rows written into the whole margin: every rule ends at the last row.
    const last = okr.getLastRow();
    okr.setConditionalFormatRules(
      okr.getConditionalFormatRules().map((rule) =>
        rule
          .copy()
          .setRanges(
            rule
              .getRanges()
              .map((r) =>
                okr.getRange(r.getRow(), r.getColumn(), last - r.getRow() + 1, r.getNumColumns()),
              ),
          )
          .build(),
      ),
    );
    addon.call('startNextQuarter', { period: '2026-Q1', ids: ['O-1', 'KR-1'] });
    const newLast = okr.getLastRow();
    expect(newLast).toBe(last + 2);
    for (const rule of okr.getConditionalFormatRules())
      expect(rule.getRanges()[0]!.getLastRow()).toBeGreaterThanOrEqual(newLast);
    // The new key result's Kind has its dropdown.
    expect(okr.getRange(newLast, col.kind! + 1).getDataValidation()).not.toBeNull();
  });
});

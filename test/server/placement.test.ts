// Where an added item lands on the OKR tab: in its level/team/period block (core/hierarchy.ts
// insertionRow), with the look of its column rules, and the answer's rows equal a fresh read.
import { matchHeader } from '../../src/core/columns';
import type { MutationResult } from '../../src/shared/rpc';
import { add, call, fresh, okrRows, snapshot, tab } from './workbook-helpers';

function order(ss: Parameters<typeof okrRows>[0]): string[] {
  return okrRows(ss).map((r) => `${String(r.id)} ${String(r.level)}`);
}

test('a company objective added for a quarter lands in the company block, not below the personal one', () => {
  const { ss, addon } = fresh({ today: '2026-05-20' });
  call<MutationResult>(addon, 'setUp', { example: true });
  const before = okrRows(ss);
  const firstTeam = before.find((r) => r.level === 'Team')!._row;
  const added = add(addon, {
    type: 'objective',
    title: 'Grow in Germany',
    level: 'company',
    period: '2026-Q2',
    owner: 'A',
  });
  const rows = okrRows(ss);
  const row = rows.find((r) => r.id === added.id)!._row;
  expect(row).toBe(firstTeam);
  expect(
    rows
      .slice(
        0,
        rows.findIndex((r) => r.id === added.id),
      )
      .every((r) => r.level === 'Company'),
  ).toBe(true);
  // Its key result follows it, above the team block.
  const kr = add(addon, { type: 'keyResult', parentId: added.id, title: 'K', start: 0, target: 5 });
  const krRow = okrRows(ss).find((r) => r.id === kr.id)!._row;
  expect(krRow).toBe(row + 1);
  expect(okrRows(ss)[krRow - 1]!.level).toBe('Team');
  // The answer's rows are the tab's.
  expect(kr.snapshot.items.map((i) => [i.id, i.row])).toEqual(
    snapshot(addon).items.map((i) => [i.id, i.row]),
  );
});

test('a company objective on a tab of team objectives goes first, below the header, with the look of the rows', () => {
  const { ss, addon } = fresh({ today: '2026-05-20' });
  call<MutationResult>(addon, 'setUp', { example: false });
  const team = add(addon, {
    type: 'objective',
    title: 'T',
    level: 'team',
    team: 'Ops',
    period: '2026-Q2',
    owner: 'A',
  });
  add(addon, { type: 'keyResult', parentId: team.id, title: 'K', start: 0, target: 5 });
  const company = add(addon, {
    type: 'objective',
    title: 'C',
    level: 'company',
    period: '2026',
    owner: 'A',
  });
  expect(order(ss)).toEqual([`${company.id} Company`, `${team.id} Team`, 'KR-1 Team']);
  const sheet = tab(ss, 'okr');
  const header = matchHeader(sheet.getDataRange().getValues())!;
  const title = sheet.getRange(2, header.columns.title! + 1);
  // Not the header's look (an inserted row takes the row above's formats), and inside the
  // column rules: the Level list and the objective rows' look cover it.
  expect(title.getBackground()).not.toBe(
    sheet.getRange(1, header.columns.title! + 1).getBackground(),
  );
  expect(sheet.getRange(2, header.columns.level! + 1).getDataValidation()).not.toBeNull();
  const covered = sheet
    .getConditionalFormatRules()
    .some((r) => r.getRanges().some((g) => g.getRow() <= 2 && g.getLastRow() >= 4));
  expect(covered).toBe(true);
});

test("items added later join their objective's row group; a new objective's first row lays its group", () => {
  const { ss, addon } = fresh({ today: '2026-05-20' });
  call<MutationResult>(addon, 'setUp', { example: true });
  const sheet = tab(ss, 'okr');
  const rowOf = (id: string) => okrRows(ss).find((r) => r.id === id)!._row;
  const groupOf = (row: number) => {
    const g = sheet.getRowGroup(row, 1)!;
    return [g.getRange().getRow(), g.getRange().getLastRow()];
  };
  // A key result added to O-1: inside O-1's group, which now ends at it.
  const kr = add(addon, { type: 'keyResult', parentId: 'O-1', title: 'K', start: 0, target: 5 });
  const krRow = rowOf(kr.id);
  expect(sheet.getRowGroupDepth(krRow)).toBe(1);
  expect(groupOf(krRow)).toEqual([rowOf('O-1') + 1, krRow]);
  // A new objective and its first key result: a group of its own, not merged with the next.
  const o = add(addon, {
    type: 'objective',
    title: 'O',
    level: 'company',
    period: '2026',
    owner: 'A',
  });
  expect(sheet.getRowGroupDepth(rowOf(o.id))).toBe(0);
  const { calls, result } = addon.measure(() =>
    add(addon, { type: 'keyResult', parentId: o.id, title: 'K', start: 0, target: 5 }),
  );
  const first = rowOf(result.id);
  expect(first).toBe(rowOf(o.id) + 1);
  expect(groupOf(first)).toEqual([first, first]);
  expect(calls['Sheet.getRowGroupDepth']).toBe(2);
  expect(calls['Range.shiftRowGroupDepth']).toBe(1);
  // An initiative under that key result joins the same group.
  const i = add(addon, { type: 'initiative', parentId: result.id, title: 'I' });
  expect(groupOf(rowOf(i.id))).toEqual([first, first + 1]);
});

// Repair lays the row group of every objective block that lacks its group or has a wrong one,
// relative to the objective row's own depth (a person's group around a level block stays), with
// two reads per block and a write only where a block differs; over MAX_ROW_GROUPS objectives it
// lays none and says so. Items added and moved keep their objective's group.
import { loadCsvAsSheet } from '../../dev/runtime';
import type { MutationResult } from '../../src/shared/rpc';
import { MAX_ROW_GROUPS } from '../../src/server/row-groups';
import { call, fresh, okrRows, tab } from './workbook-helpers';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

// The example: O-1 on row 2 (its items 3-6), O-2 on 7 (8-10), O-3 on 11 (12-13).
const LAID = [0, 1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1];

function setUpExample(opts: Parameters<typeof fresh>[0] = {}) {
  const s = fresh(opts);
  call(s.addon, 'setUp', { example: true });
  return { ...s, sheet: tab(s.ss, 'okr') };
}

const depths = (sheet: Sheet) =>
  Array.from({ length: 12 }, (_, i) => sheet.getRowGroupDepth(i + 2));

/** The rows of the group of `depth` at `row`, or null. */
function span(sheet: Sheet, row: number, depth: number): [number, number] | null {
  try {
    const r = sheet.getRowGroup(row, depth)!.getRange();
    return [r.getRow(), r.getLastRow()];
  } catch {
    return null;
  }
}

function shift(sheet: Sheet, from: number, to: number, delta: number): void {
  sheet.getRange(from, 1, to - from + 1, 1).shiftRowGroupDepth(delta);
}

function repair(addon: ReturnType<typeof fresh>['addon']) {
  return addon.measure(() => call<MutationResult>(addon, 'repairSheet', {}));
}

describe('Repair and the row groups', () => {
  test('a healthy tab: two reads per objective block, no group written', () => {
    const { addon, sheet } = setUpExample();
    expect(depths(sheet)).toEqual(LAID);
    const { calls, result } = repair(addon);
    expect(calls['Sheet.getRowGroupDepth']).toBe(3);
    expect(calls['Sheet.getRowGroup']).toBe(3);
    expect(calls['Range.shiftRowGroupDepth'] ?? 0).toBe(0);
    expect(result.message).toMatch(/^Nothing needed fixing/);
    expect(depths(sheet)).toEqual(LAID);
  });

  test('groups removed by hand are laid again, one write per block, and the message counts them', () => {
    const { addon, sheet } = setUpExample();
    for (const row of [3, 8, 12]) sheet.getRowGroup(row, 1)!.remove();
    expect(depths(sheet)).toEqual(Array(12).fill(0));
    const { calls, result } = repair(addon);
    expect(depths(sheet)).toEqual(LAID);
    expect(span(sheet, 3, 1)).toEqual([3, 6]);
    expect(span(sheet, 8, 1)).toEqual([8, 10]);
    expect(span(sheet, 12, 1)).toEqual([12, 13]);
    expect(calls['Range.shiftRowGroupDepth']).toBe(3);
    expect(calls['Sheet.getRowGroupDepth']).toBe(3);
    expect(calls['Sheet.getRowGroup']).toBe(3);
    expect(result.message).toMatch(/^Repaired: 3 row groups of objectives laid or put right\./);
    // Laid once: a second Repair finds them in place.
    const again = repair(addon);
    expect(again.calls['Range.shiftRowGroupDepth'] ?? 0).toBe(0);
    expect(again.result.message).toMatch(/^Nothing needed fixing/);
  });

  test('a block whose group covers its objective row gets its own group below it, and the next block stays out', () => {
    const { addon, sheet } = setUpExample();
    sheet.getRowGroup(3, 1)!.remove();
    shift(sheet, 2, 6, 1); // O-1 with its items: the objective row inside the group
    expect(span(sheet, 2, 1)).toEqual([2, 6]);
    const { calls, result } = repair(addon);
    // O-1's own group is one deeper than its row, over exactly its items.
    expect(span(sheet, 3, sheet.getRowGroupDepth(2) + 1)).toEqual([3, 6]);
    expect(depths(sheet).slice(5)).toEqual(LAID.slice(5));
    expect(calls['Range.shiftRowGroupDepth']).toBe(1);
    expect(result.message).toMatch(/1 row group of objectives laid or put right/);
  });

  test('two blocks merged into one group are split into one group each', () => {
    const { addon, sheet } = setUpExample();
    shift(sheet, 7, 7, 1); // O-2's row joins O-1's group: one group over rows 3-10
    expect(span(sheet, 3, 1)).toEqual([3, 10]);
    const { result } = repair(addon);
    expect(depths(sheet)).toEqual(LAID);
    expect(span(sheet, 3, 1)).toEqual([3, 6]);
    expect(span(sheet, 8, 1)).toEqual([8, 10]);
    expect(result.message).toMatch(/2 row groups of objectives laid or put right/);
  });

  test('a group over all of two blocks (objective rows included) is split as well', () => {
    const { addon, sheet } = setUpExample();
    for (const row of [3, 8]) sheet.getRowGroup(row, 1)!.remove();
    shift(sheet, 3, 10, 1); // O-1's items, O-2 and its items in one flat group
    repair(addon);
    expect(depths(sheet)).toEqual(LAID);
  });

  test('a group laid right above a block whose group covers its objective row does not swallow it', () => {
    const { addon, sheet } = setUpExample();
    for (const row of [3, 8]) sheet.getRowGroup(row, 1)!.remove();
    shift(sheet, 7, 10, 1); // O-2 with its items in one group; O-1's items ungrouped above it
    const { calls } = repair(addon);
    // O-1's group, laid at depth 1, would join O-2's row at depth 1: O-2's block moves out first.
    expect(depths(sheet)).toEqual(LAID);
    expect(span(sheet, 3, 1)).toEqual([3, 6]);
    expect(calls['Range.shiftRowGroupDepth']).toBe(3);
  });

  test('a group over part of a block grows over the rest', () => {
    const { addon, sheet } = setUpExample();
    shift(sheet, 5, 6, -1); // KR-2 and I-2 left outside O-1's group
    expect(span(sheet, 3, 1)).toEqual([3, 4]);
    const { calls } = repair(addon);
    expect(depths(sheet)).toEqual(LAID);
    expect(calls['Range.shiftRowGroupDepth']).toBe(1);
  });

  test("a person's group around the whole level block is kept; the objectives' groups go one deeper", () => {
    const { addon, sheet } = setUpExample();
    shift(sheet, 2, 13, 1); // objective rows at depth 1, their items at 2
    const outer = LAID.map((d) => d + 1);
    const healthy = repair(addon);
    expect(healthy.calls['Range.shiftRowGroupDepth'] ?? 0).toBe(0);
    expect(depths(sheet)).toEqual(outer);
    // O-2's group removed by hand: laid again at depth 2, and the outer group is still there.
    sheet.getRowGroup(8, 2)!.remove();
    const { calls } = repair(addon);
    expect(calls['Range.shiftRowGroupDepth']).toBe(1);
    expect(depths(sheet)).toEqual(outer);
    expect(span(sheet, 2, 1)).toEqual([2, 13]);
    expect(span(sheet, 8, 2)).toEqual([8, 10]);
  });

  test('items added and moved keep their groups, so Repair finds nothing to lay', () => {
    const { ss, addon, sheet } = setUpExample();
    const kr = call<MutationResult>(addon, 'addItem', {
      type: 'keyResult',
      parentId: 'O-3',
      title: 'Added',
      start: 0,
      target: 5,
    });
    call(addon, 'addItem', { type: 'initiative', parentId: kr.id, title: 'Added too' });
    call(addon, 'moveItem', { id: 'KR-4', parentId: 'O-1' });
    call(addon, 'moveItem', { id: 'KR-1', parentId: 'O-3' });
    const o = call<MutationResult>(addon, 'addItem', {
      type: 'objective',
      title: 'New',
      level: 'company',
      period: '2026',
      owner: 'A',
    });
    call(addon, 'addItem', { type: 'keyResult', parentId: o.id, title: 'K', start: 0, target: 1 });
    const { calls, result } = repair(addon);
    expect(calls['Range.shiftRowGroupDepth'] ?? 0).toBe(0);
    expect(result.message).toMatch(/^Nothing needed fixing/);
    // Every block's group is exactly its items' rows.
    const rows = okrRows(ss);
    rows.forEach((r, i) => {
      if (r.type !== 'Objective') return;
      const next = rows.findIndex((x, j) => j > i && x.type === 'Objective');
      const last = (next < 0 ? rows[rows.length - 1]! : rows[next - 1]!)._row;
      if (last === r._row) return;
      expect({ id: r.id, span: span(sheet, r._row + 1, 1) }).toEqual({
        id: r.id,
        span: [r._row + 1, last],
      });
    });
  });

  test('the message in Dutch', () => {
    const { addon, sheet } = setUpExample({ locale: 'nl_NL', userLocale: 'nl' });
    sheet.getRowGroup(3, 1)!.remove();
    const { result } = repair(addon);
    expect(result.message).toMatch(
      /^Hersteld: 1 rijgroep van doelstellingen aangelegd of rechtgezet\./,
    );
  });
});

describe('the limit of MAX_ROW_GROUPS objectives', () => {
  function structured(objectives: number, opts: Parameters<typeof fresh>[0] = {}) {
    const s = fresh({ evaluate: false, ...opts });
    const lines = ['Objective,Key Result,Start,Target'];
    for (let o = 1; o <= objectives; o++) lines.push(`Objective ${o},Key result ${o},0,10`);
    loadCsvAsSheet(s.ss, 'Loose', lines.join('\n'));
    call(s.addon, 'structureSheet', { sheetName: 'Loose' });
    return { ...s, sheet: tab(s.ss, 'okr') };
  }

  test(`at ${MAX_ROW_GROUPS} objectives Repair lays a group removed by hand`, () => {
    const { addon, sheet } = structured(MAX_ROW_GROUPS);
    expect(sheet.getRowGroupDepth(3)).toBe(1);
    sheet.getRowGroup(3, 1)!.remove();
    const { calls, result } = repair(addon);
    expect(sheet.getRowGroupDepth(3)).toBe(1);
    expect(calls['Sheet.getRowGroup']).toBe(MAX_ROW_GROUPS);
    expect(calls['Range.shiftRowGroupDepth']).toBe(1);
    expect(result.message).not.toMatch(/Row groups are laid for tabs/);
  });

  test('over it Repair reads and lays none, and its message says so (English and Dutch)', () => {
    for (const [opts, says] of [
      [
        {},
        new RegExp(
          `Row groups are laid for tabs of up to ${MAX_ROW_GROUPS} objectives; this tab has ${MAX_ROW_GROUPS + 1}, so none were laid: .*filter view`,
        ),
      ],
      [
        { locale: 'nl_NL', userLocale: 'nl' },
        new RegExp(
          `Rijgroepen worden aangelegd voor tabbladen met hoogstens ${MAX_ROW_GROUPS} doelstellingen; dit tabblad heeft er ${MAX_ROW_GROUPS + 1}.*filterweergave`,
        ),
      ],
    ] as const) {
      const { addon, sheet } = structured(MAX_ROW_GROUPS + 1, opts);
      expect(sheet.getRowGroupDepth(3)).toBe(0); // Structure laid none either
      const { calls, result } = repair(addon);
      expect(calls['Sheet.getRowGroup'] ?? 0).toBe(0);
      expect(calls['Sheet.getRowGroupDepth'] ?? 0).toBe(0);
      expect(calls['Range.shiftRowGroupDepth'] ?? 0).toBe(0);
      expect(sheet.getRowGroupDepth(3)).toBe(0);
      expect(result.message).toMatch(says);
    }
  });
});

describe('objectives appended below the tab get their groups', () => {
  /** Every objective's group is exactly its items' rows (objectives with items only). */
  function expectEveryBlockGrouped(ss: ReturnType<typeof fresh>['ss'], sheet: Sheet) {
    const rows = okrRows(ss);
    let blocks = 0;
    rows.forEach((r, i) => {
      if (r.type !== 'Objective') return;
      const next = rows.findIndex((x, j) => j > i && x.type === 'Objective');
      const last = (next < 0 ? rows[rows.length - 1]! : rows[next - 1]!)._row;
      expect({ id: r.id, depth: sheet.getRowGroupDepth(r._row) }).toEqual({ id: r.id, depth: 0 });
      if (last === r._row) return;
      blocks++;
      expect({ id: r.id, span: span(sheet, r._row + 1, 1) }).toEqual({
        id: r.id,
        span: [r._row + 1, last],
      });
    });
    return blocks;
  }

  test('Start the next quarter: the continued objectives are grouped, Repair finds nothing', () => {
    const { ss, addon, sheet } = setUpExample({ today: '2026-06-25' });
    const rowsBefore = sheet.getLastRow();
    call(addon, 'startNextQuarter', { period: '2026-Q2', ids: ['O-2', 'KR-3', 'KR-4'] });
    expect(sheet.getLastRow()).toBe(rowsBefore + 3);
    expect(expectEveryBlockGrouped(ss, sheet)).toBe(4);
    const { calls } = repair(addon);
    expect(calls['Range.shiftRowGroupDepth'] ?? 0).toBe(0);
  });

  test('Structure into a tab that has rows: the new objectives are grouped', () => {
    const { ss, addon, sheet } = setUpExample();
    loadCsvAsSheet(
      ss,
      'Loose',
      ['Objective,Key Result,Start,Target', 'More,K1,0,10', ',K2,0,5', 'Again,K3,0,1'].join('\n'),
    );
    call(addon, 'structureSheet', { sheetName: 'Loose' });
    expect(okrRows(ss).filter((r) => r.type === 'Objective')).toHaveLength(5);
    expect(expectEveryBlockGrouped(ss, sheet)).toBe(5);
    const { calls } = repair(addon);
    expect(calls['Range.shiftRowGroupDepth'] ?? 0).toBe(0);
  });
});

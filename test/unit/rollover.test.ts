// Roll-over planning (src/core/rollover.ts).
import fc from 'fast-check';
import { OkrError, parseIsoDate, quarterPeriod } from '../../src/core';
import type { ItemView, OkrItem } from '../../src/core/model';
import { emptyItem } from '../../src/core/model';
import {
  allocatorAfter,
  planRollover,
  rolloverCandidates,
  rolloverListing,
} from '../../src/core/rollover';
import { itemsFromSpecs, objectiveSpec, viewsOf } from './okr-sets';

const Q1 = quarterPeriod(2026, 1);
const asOf = parseIsoDate('2026-03-31') as number;

function item(type: OkrItem['type'], id: string, fields: Partial<OkrItem>): OkrItem {
  return { ...emptyItem(type, id), owner: 'Ann', period: '2026-Q1', title: id, ...fields };
}

// Company O-1 (KR-1, KR-2 with I-1), team O-2 aligned to KR-1 (KR-3), annual O-9.
const base: OkrItem[] = [
  item('objective', 'O-9', { period: '2026' }),
  item('objective', 'O-1', { alignedTo: 'O-9' }),
  item('keyResult', 'KR-1', { parentId: 'O-1', start: 0, target: 100, current: 40, weight: 2 }),
  item('keyResult', 'KR-2', { parentId: 'O-1', kind: 'milestone', current: true }),
  item('initiative', 'I-1', { parentId: 'KR-2', current: 'done' }),
  item('objective', 'O-2', { level: 'team', team: 'Sales', alignedTo: 'KR-1', owner: 'Bram' }),
  item('keyResult', 'KR-3', { parentId: 'O-2', start: 5, target: 50, current: '' }),
  item('objective', 'O-3', { period: '2026-Q2' }),
];
const views = viewsOf(base, asOf);

describe('rolloverCandidates', () => {
  test("the period's objectives, key results and initiatives with their grades", () => {
    const c = rolloverCandidates(views, Q1);
    expect(c.map((x) => x.id)).toEqual(['O-1', 'KR-1', 'KR-2', 'I-1', 'O-2', 'KR-3']);
    expect(c.find((x) => x.id === 'KR-1')).toMatchObject({
      progress: 0.4,
      grade: 0.4,
      gradeColor: 'yellow',
    });
  });
});

describe('rolloverCandidates: initiatives and what is ticked', () => {
  // Rows out of outline order: initiatives typed at the end still list under their key result.
  const mixed = viewsOf(
    [
      item('objective', 'O-1', {}),
      item('keyResult', 'KR-1', { parentId: 'O-1', start: 0, target: 10, current: 10 }),
      item('keyResult', 'KR-2', { parentId: 'O-1', start: 0, target: 10, current: 4 }),
      item('objective', 'O-2', {}),
      item('keyResult', 'KR-3', { parentId: 'O-2', start: 0, target: 10, current: 2 }),
      item('initiative', 'I-1', { parentId: 'KR-2', current: 'done' }),
      item('initiative', 'I-2', { parentId: 'KR-2', current: '' }),
      item('initiative', 'I-3', { parentId: 'KR-1', current: false }),
      item('initiative', 'I-9', { parentId: 'KR-99' }),
    ],
    asOf,
  );

  test('each initiative follows its key result; open ones are ticked, done ones are not', () => {
    const c = rolloverCandidates(mixed, Q1);
    expect(c.map((x) => [x.id, x.suggested])).toEqual([
      ['O-1', true],
      ['KR-1', false], // achieved
      ['I-3', true], // open under an achieved key result: offered, ticked
      ['KR-2', true],
      ['I-1', false], // done
      ['I-2', true],
      ['O-2', true],
      ['KR-3', true],
      ['I-9', true], // its key result is not in the period: listed last
    ]);
  });

  test('an initiative continues under the copy of its key result', () => {
    const plan = planRollover(
      mixed,
      Q1,
      ['O-1', 'KR-2', 'I-2'],
      allocatorAfter(['O-2', 'KR-3', 'I-9']),
    );
    expect(plan.created.map((c) => [c.id, c.sourceId, c.parentId, c.current])).toEqual([
      ['O-3', 'O-1', '', ''],
      ['KR-4', 'KR-2', 'O-3', ''],
      ['I-10', 'I-2', 'KR-4', ''],
    ]);
    expect(() => planRollover(mixed, Q1, ['O-1', 'I-2'], allocatorAfter([]))).toThrow(/KR-2/);
  });
});

describe('rolloverListing', () => {
  test('an open quarter lists everything that can continue', () => {
    const l = rolloverListing(views, Q1, '');
    expect([l.period, l.next, l.closed, l.closedOn]).toEqual(['2026-Q1', '2026-Q2', false, '']);
    expect(l.items.map((x) => x.id)).toEqual(rolloverCandidates(views, Q1).map((x) => x.id));
  });

  test('a closed quarter lists only what was carried over, each with its copy', () => {
    const plan = planRollover(views, Q1, ['O-2', 'KR-3'], allocatorAfter(base.map((b) => b.id)));
    const closedRows = new Set(plan.marks.map((m) => m.id));
    const after = viewsOf(
      [...base.map((b) => ({ ...b, closed: closedRows.has(b.id) })), ...plan.created],
      asOf,
    );
    const recorded = rolloverListing(after, Q1, '2026-03-31');
    expect([recorded.closed, recorded.closedOn]).toEqual([true, '2026-03-31']);
    expect(recorded.items.map((x) => [x.id, x.copyId])).toEqual([
      ['O-2', 'O-10'],
      ['KR-3', 'KR-4'],
    ]);
    // Closed before the day was recorded: every row of the quarter is marked closed.
    expect(rolloverListing(after, Q1, '')).toMatchObject({ closed: true, closedOn: '' });
    // Not every row closed and nothing recorded: still open.
    const partly = viewsOf([...base.map((b) => ({ ...b, closed: b.id === 'O-1' }))], asOf);
    expect(rolloverListing(partly, Q1, '').closed).toBe(false);
  });
});

describe('planRollover', () => {
  test('copies exactly the chosen items, start = last value, current blank, links back', () => {
    const plan = planRollover(
      views,
      Q1,
      ['O-1', 'KR-1', 'O-2', 'KR-3'],
      allocatorAfter(base.map((b) => b.id)),
    );
    expect(plan.from).toBe('2026-Q1');
    expect(plan.to).toBe('2026-Q2');
    expect(plan.created.map((c) => [c.id, c.sourceId, c.parentId, c.alignedTo])).toEqual([
      ['O-10', 'O-1', '', 'O-9'], // annual objective still runs in Q2: alignment kept
      ['KR-4', 'KR-1', 'O-10', ''],
      ['O-11', 'O-2', '', 'KR-4'], // aligned KR continues: points at its copy
      ['KR-5', 'KR-3', 'O-11', ''],
    ]);
    const kr4 = plan.created[1] as OkrItem;
    expect([kr4.start, kr4.target, kr4.current, kr4.weight, kr4.owner, kr4.period]).toEqual([
      40,
      100,
      '',
      2,
      'Ann',
      '2026-Q2',
    ]);
    const kr5 = plan.created[3] as OkrItem;
    expect(kr5.start).toBe(5); // no check-in: the old start stays
    expect(plan.created.every((c) => c.current === '' && c.lastCheckIn === '' && !c.closed)).toBe(
      true,
    );
  });

  test('alignment is cleared when the aligned item does not continue', () => {
    const plan = planRollover(views, Q1, ['O-2'], allocatorAfter(base.map((b) => b.id)));
    expect(plan.created).toHaveLength(1);
    expect(plan.created[0]?.alignedTo).toBe('');
  });

  test('marks every row of the period closed, objectives and key results with their grade', () => {
    const plan = planRollover(views, Q1, [], allocatorAfter([]));
    expect(plan.created).toEqual([]);
    expect(plan.marks.map((m) => [m.id, m.grade])).toEqual([
      ['O-1', 0.6], // (0.4·2 + 1·1) / 3
      ['KR-1', 0.4],
      ['KR-2', 1],
      ['I-1', ''],
      ['O-2', ''],
      ['KR-3', ''],
    ]);
  });

  test('a key result without its objective is refused, naming the fix', () => {
    expect(() => planRollover(views, Q1, ['KR-1'], allocatorAfter([]))).toThrow(OkrError);
    expect(() => planRollover(views, Q1, ['KR-1'], allocatorAfter([]))).toThrow(/O-1/);
    expect(() => planRollover(views, Q1, ['O-3'], allocatorAfter([]))).toThrow(/not in 2026-Q1/);
    expect(() => planRollover(views, Q1, ['X-1'], allocatorAfter([]))).toThrow(/no item "X-1"/);
  });

  test('running it again copies nothing twice', () => {
    const first = planRollover(views, Q1, ['O-1', 'KR-1'], allocatorAfter(base.map((b) => b.id)));
    const after = viewsOf([...base, ...first.created], asOf);
    const again = planRollover(
      after,
      Q1,
      ['O-1', 'KR-1', 'KR-2'],
      allocatorAfter(after.map((a) => a.id)),
    );
    expect(again.skipped).toEqual(['O-1', 'KR-1']);
    expect(again.created.map((c) => [c.sourceId, c.parentId])).toEqual([['KR-2', 'O-10']]);
    expect(again.created[0]?.start).toBe(''); // a milestone has no start
  });

  test('property: exactly the chosen items, each once, parents copied first', () => {
    fc.assert(
      fc.property(
        fc.array(objectiveSpec(['2026-Q1']), { minLength: 1, maxLength: 10 }),
        fc.infiniteStream(fc.boolean()),
        (specs, coin) => {
          const its = itemsFromSpecs(specs);
          const vs: ItemView[] = viewsOf(its, asOf);
          // Choose objectives at random, and a random subset of their key results.
          const chosen: string[] = [];
          const it = coin[Symbol.iterator]();
          for (const o of its.filter((i) => i.type === 'objective')) {
            if (!it.next().value) continue;
            chosen.push(o.id);
            for (const kr of its.filter((i) => i.parentId === o.id))
              if (it.next().value) chosen.push(kr.id);
          }
          const plan = planRollover(vs, Q1, chosen, allocatorAfter(its.map((i) => i.id)));
          expect(plan.created.map((c) => c.sourceId).sort()).toEqual([...chosen].sort());
          const ids = new Set(its.map((i) => i.id));
          const seen = new Set<string>();
          for (const c of plan.created) {
            expect(ids.has(c.id)).toBe(false);
            if (c.parentId) expect(seen.has(c.parentId)).toBe(true);
            seen.add(c.id);
            const src = vs.find((v) => v.id === c.sourceId) as ItemView;
            if (c.type === 'keyResult')
              expect(c.start).toBe(src.current === '' ? src.start : src.current);
            expect(c.owner).toBe(src.owner);
          }
          expect(plan.marks).toHaveLength(its.length);
        },
      ),
      { numRuns: 80 },
    );
  });
});

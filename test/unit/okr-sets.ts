// Generated OKR sets for the summary, time-series and roll-over tests: items as the OKR tab
// holds them, and their ItemView numbers computed straight from src/core (the same numbers the
// workbook adapter returns).
import fc from 'fast-check';
import {
  expectedProgress,
  grade,
  keyResultProgress,
  parseMilestone,
  parsePeriod,
  status,
  weightedRollup,
} from '../../src/core';
import type { ItemView, Level, OkrItem } from '../../src/core/model';
import { emptyItem } from '../../src/core/model';

export interface KrSpec {
  start: number;
  target: number;
  current: number | '';
  weight: number | '';
  lastCheckIn: string;
  initiatives: boolean[];
}
export interface ObjectiveSpec {
  level: Level;
  team: string;
  owner: string;
  period: string;
  weight: number | '';
  krs: KrSpec[];
}

const krSpec: fc.Arbitrary<KrSpec> = fc.record({
  start: fc.integer({ min: 0, max: 50 }),
  target: fc.integer({ min: 51, max: 200 }),
  current: fc.oneof(fc.constant('' as const), fc.integer({ min: 0, max: 220 })),
  weight: fc.oneof(fc.constant('' as const), fc.integer({ min: 0, max: 3 })),
  lastCheckIn: fc.constantFrom('', '2026-01-05', '2026-02-01', '2026-02-10', '2026-02-14'),
  initiatives: fc.array(fc.boolean(), { maxLength: 3 }),
});

export function objectiveSpec(periods: string[]): fc.Arbitrary<ObjectiveSpec> {
  return fc.record({
    level: fc.constantFrom<Level>('company', 'team', 'personal'),
    team: fc.constantFrom('', 'Sales', 'Product', 'Ops'),
    owner: fc.constantFrom('Ann', 'Bram', 'Chris'),
    period: fc.constantFrom(...periods),
    weight: fc.oneof(fc.constant('' as const), fc.integer({ min: 0, max: 3 })),
    krs: fc.array(krSpec, { maxLength: 5 }),
  });
}

/** OKR tab rows in outline order with IDs O-n / KR-n / I-n. */
export function itemsFromSpecs(specs: ObjectiveSpec[]): OkrItem[] {
  const items: OkrItem[] = [];
  let o = 0;
  let k = 0;
  let i = 0;
  for (const spec of specs) {
    const obj = emptyItem('objective', `O-${++o}`);
    Object.assign(obj, {
      level: spec.level,
      team: spec.level === 'company' ? '' : spec.team,
      owner: spec.owner,
      period: spec.period,
      title: `Objective ${o}`,
      weight: spec.weight,
    });
    items.push(obj);
    for (const kr of spec.krs) {
      const item = emptyItem('keyResult', `KR-${++k}`);
      Object.assign(item, {
        level: obj.level,
        team: obj.team,
        owner: spec.owner,
        period: spec.period,
        parentId: obj.id,
        title: `Key result ${k}`,
        start: kr.start,
        target: kr.target,
        current: kr.current,
        weight: kr.weight,
        lastCheckIn: kr.current === '' ? '' : kr.lastCheckIn,
      });
      items.push(item);
      for (const done of kr.initiatives) {
        const ini = emptyItem('initiative', `I-${++i}`);
        Object.assign(ini, {
          level: obj.level,
          team: obj.team,
          owner: spec.owner,
          period: spec.period,
          parentId: item.id,
          title: `Initiative ${i}`,
          current: done,
        });
        items.push(ini);
      }
    }
  }
  return items;
}

function safe<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}

/** ItemView rows: progress, expected, status, grade and initiative counts from src/core. */
export function viewsOf(items: OkrItem[], asOf: number): ItemView[] {
  const progress = new Map<string, number | null>();
  for (const it of items) {
    if (it.type === 'keyResult') {
      progress.set(
        it.id,
        safe(() => keyResultProgress(it.start, it.target, it.current, it.kind)),
      );
    }
  }
  for (const it of items) {
    if (it.type !== 'objective') continue;
    const krs = items.filter((x) => x.type === 'keyResult' && x.parentId === it.id);
    progress.set(
      it.id,
      safe(() =>
        weightedRollup(
          krs.map((kr) => progress.get(kr.id) ?? null),
          krs.map((kr) => (kr.weight === '' ? null : Number(kr.weight))),
        ),
      ),
    );
  }
  return items.map((it, index) => {
    const p = it.type === 'initiative' ? null : (progress.get(it.id) ?? null);
    const period = safe(() => parsePeriod(it.period));
    const expected = period ? expectedProgress(period, asOf) : null;
    const g = grade(p);
    const below = (id: string): OkrItem[] => {
      const krs = it.type === 'objective' ? items.filter((x) => x.parentId === id) : [it];
      return items.filter((x) => x.type === 'initiative' && krs.some((kr) => kr.id === x.parentId));
    };
    const inits = it.type === 'initiative' ? [] : below(it.id);
    return {
      ...it,
      row: index + 2,
      progress: p ?? '',
      expected: expected ?? '',
      status: it.type === 'initiative' || expected === null ? '' : status(p, expected),
      grade: g ? g.score : '',
      gradeColor: g ? g.color : '',
      initiativesDone: inits.filter((x) => safe(() => parseMilestone(x.current, 'current')) === 1)
        .length,
      initiativesTotal: inits.length,
    };
  });
}

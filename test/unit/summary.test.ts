// The summary's figures, tables and attention list (src/core/summary.ts).
import fc from 'fast-check';
import {
  expectedProgress,
  parseIsoDate,
  quarterPeriod,
  weightedMean,
  yearPeriod,
} from '../../src/core';
import type { ItemView } from '../../src/core/model';
import {
  attentionList,
  summarizePeriod,
  summarizeYear,
  summaryWeight,
} from '../../src/core/summary';
import { itemsRunningIn, runsFromEnclosing, runsIn } from '../../src/core/running';
import { itemsFromSpecs, objectiveSpec, viewsOf } from './okr-sets';

const Q1 = quarterPeriod(2026, 1);
const asOf = parseIsoDate('2026-02-15') as number;

function directMean(objectives: ItemView[]): number | null {
  const kept = objectives.filter((o) => o.progress !== '');
  const weights = kept.map((o) => (o.weight === '' ? 1 : Number(o.weight)));
  return weightedMean(
    kept.map((o) => o.progress as number),
    weights,
  );
}

describe('summarizePeriod', () => {
  test('figures equal direct core aggregation on generated OKR sets', () => {
    fc.assert(
      fc.property(
        fc.array(objectiveSpec(['2026-Q1', '2026-Q2', '2026']), { maxLength: 25 }),
        (specs) => {
          const views = viewsOf(itemsFromSpecs(specs), asOf);
          const s = summarizePeriod(views, Q1, { asOf });
          // The quarter's own rows and the annual ones of its year, which run through it.
          const inQ1 = views.filter((v) => v.period === '2026-Q1' || v.period === '2026');
          const objectives = inQ1.filter((v) => v.type === 'objective');
          const krs = inQ1.filter((v) => v.type === 'keyResult');
          const inits = inQ1.filter((v) => v.type === 'initiative');
          expect(s.objectives).toBe(objectives.length);
          expect(s.keyResults).toBe(krs.length);
          expect(s.initiatives).toBe(inits.length);
          expect(s.initiativesDone).toBe(inits.filter((i) => i.current === true).length);
          expect(s.expected).toBe(expectedProgress(Q1, asOf));
          expect(s.progress).toBe(directMean(objectives));
          for (const l of s.levels) {
            const ofLevel = objectives.filter((o) => o.level === l.level);
            expect(l.progress).toBe(directMean(ofLevel));
            expect(l.objectives).toBe(ofLevel.length);
            // Each objective's own expected: the year's for an annual one, else the quarter's.
            const own = ofLevel.map((o) =>
              expectedProgress(o.period === '2026' ? yearPeriod(2026) : Q1, asOf),
            );
            const weights = ofLevel.map((o) => (o.weight === '' ? 1 : Number(o.weight)));
            if (ofLevel.length === 0) expect(l.expected).toBe(s.expected);
            else expect(l.expected).toBeCloseTo(weightedMean(own, weights) ?? s.expected, 12);
          }
          for (const status of [
            'onTrack',
            'atRisk',
            'offTrack',
            'noCheckIn',
            'achieved',
          ] as const) {
            const n = krs.filter((k) => k.status === status).length;
            expect(s.krStatus[status]).toBe(n);
            expect(s.krShare[status]).toBe(krs.length ? n / krs.length : 0);
          }
          const grouped = s.groups.flatMap((g) => g.objectives.map((o) => o.id));
          expect(grouped.sort()).toEqual(objectives.map((o) => o.id).sort());
          for (const g of s.groups) {
            const members = objectives.filter((o) => o.level === g.level && o.team === g.team);
            expect(g.progress).toBe(directMean(members));
          }
          const teamTotal = s.teamStatus.reduce(
            (n, t) => n + Object.values(t.counts).reduce((a, b) => a + b, 0),
            0,
          );
          expect(teamTotal).toBe(krs.filter((k) => k.status !== '').length);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('groups go company, team, personal and teams alphabetically', () => {
    const views = viewsOf(
      itemsFromSpecs([
        { level: 'personal', team: 'Sales', owner: 'A', period: '2026-Q1', weight: '', krs: [] },
        { level: 'team', team: 'Sales', owner: 'A', period: '2026-Q1', weight: '', krs: [] },
        { level: 'team', team: 'Ops', owner: 'A', period: '2026-Q1', weight: '', krs: [] },
        { level: 'company', team: '', owner: 'A', period: '2026-Q1', weight: '', krs: [] },
      ]),
      asOf,
    );
    const s = summarizePeriod(views, Q1, { asOf });
    expect(s.groups.map((g) => `${g.level}/${g.team}`)).toEqual([
      'company/',
      'team/Ops',
      'team/Sales',
      'personal/Sales',
    ]);
  });

  test('weights: blank is 1, text and negatives are left out', () => {
    expect(summaryWeight('')).toBe(1);
    expect(summaryWeight(2)).toBe(2);
    expect(summaryWeight('50%')).toBe(0.5);
    expect(summaryWeight(-1)).toBe(0);
    expect(summaryWeight('heavy')).toBe(0);
  });
});

describe('attention list', () => {
  const kr = (id: string, lastCheckIn: string, status: ItemView['status']): ItemView =>
    ({
      id,
      row: 2,
      title: id,
      level: 'team',
      team: 'T',
      owner: 'O',
      progress: 0.1,
      status,
      lastCheckIn,
    }) as ItemView;

  test('off track, or no check-in for more than 14 days while the period runs', () => {
    const rows = attentionList(
      [
        kr('KR-1', '2026-02-10', 'offTrack'),
        kr('KR-2', '2026-01-31', 'onTrack'), // 15 days
        kr('KR-3', '2026-02-01', 'onTrack'), // 14 days: fine
        kr('KR-4', '', 'noCheckIn'), // since 2026-01-01: 45 days
        kr('KR-5', '', 'achieved'),
      ],
      Q1,
      asOf,
    );
    expect(rows.map((r) => [r.id, r.reasons.join('+'), r.daysSinceCheckIn])).toEqual([
      ['KR-1', 'offTrack', 5],
      ['KR-4', 'stale', 45],
      ['KR-2', 'stale', 15],
    ]);
  });

  test('no staleness once the period is over', () => {
    const after = parseIsoDate('2026-05-01') as number;
    expect(attentionList([kr('KR-4', '', 'noCheckIn')], Q1, after)).toEqual([]);
  });
});

describe('annual items in a quarter', () => {
  test('the rule: its own period, and a quarter its year', () => {
    expect(runsIn('2026-Q2', '2026-Q2')).toBe(true);
    expect(runsIn('2026', '2026-Q2')).toBe(true);
    expect(runsIn('2025', '2026-Q2')).toBe(false);
    expect(runsIn('2026-Q1', '2026-Q2')).toBe(false);
    expect(runsIn('2026-Q2', '2026')).toBe(false);
    expect(runsIn('', '')).toBe(false);
    expect(runsFromEnclosing('2026', '2026-Q2')).toBe(true);
    expect(runsFromEnclosing('2026-Q2', '2026-Q2')).toBe(false);
  });

  test('an annual company objective is in the quarter, its own row with the year’s expected', () => {
    const views = viewsOf(
      itemsFromSpecs([
        { level: 'company', team: '', owner: 'A', period: '2026', weight: '', krs: [] },
        { level: 'team', team: 'X', owner: 'A', period: '2026-Q1', weight: '', krs: [] },
        { level: 'team', team: 'X', owner: 'A', period: '2026-Q2', weight: '', krs: [] },
      ]),
      asOf,
    );
    const s = summarizePeriod(views, Q1, { asOf });
    expect(s.objectives).toBe(2);
    const company = s.levels.find((l) => l.level === 'company')!;
    expect(company.objectives).toBe(1);
    expect(company.expected).toBeCloseTo(expectedProgress(yearPeriod(2026), asOf), 12);
    expect(s.levels.find((l) => l.level === 'team')!.expected).toBe(s.expected);
    const rows = s.groups.flatMap((g) => g.objectives);
    expect(rows.map((o) => [o.period, o.expected])).toEqual([
      ['2026', expectedProgress(yearPeriod(2026), asOf)],
      ['2026-Q1', expectedProgress(Q1, asOf)],
    ]);
    expect(itemsRunningIn(views, '2026-Q1').map((v) => v.period)).toEqual(['2026', '2026-Q1']);
  });
});

describe('summarizeYear', () => {
  test('annual objectives plus the four quarters', () => {
    const views = viewsOf(
      itemsFromSpecs([
        { level: 'company', team: '', owner: 'A', period: '2026', weight: '', krs: [] },
        { level: 'company', team: '', owner: 'A', period: '2026-Q1', weight: '', krs: [] },
        { level: 'team', team: 'X', owner: 'A', period: '2026-Q3', weight: '', krs: [] },
      ]),
      asOf,
    );
    const y = summarizeYear(views, yearPeriod(2026), { asOf });
    expect(y.annual.objectives).toBe(1);
    // Each quarter as its own summary: with the annual objective running through it.
    expect(y.quarters.map((q) => [q.period, q.objectives])).toEqual([
      ['2026-Q1', 2],
      ['2026-Q2', 1],
      ['2026-Q3', 2],
      ['2026-Q4', 1],
    ]);
    expect(y.quarters[0]?.expected).toBeCloseTo(45 / 90);
    expect(y.quarters[1]?.expected).toBe(0);
  });
});

// Progress over time per level from the check-in log (src/core/timeseries.ts).
import fc from 'fast-check';
import {
  expectedProgress,
  isoFromSerial,
  parseIsoDate,
  quarterPeriod,
  weightedMean,
  weightedRollup,
} from '../../src/core';
import type { CheckIn, OkrItem } from '../../src/core/model';
import { progressOverTime, weeklyDates } from '../../src/core/timeseries';
import { itemsFromSpecs, objectiveSpec, viewsOf } from './okr-sets';

const Q1 = quarterPeriod(2026, 1);
const day = (iso: string) => parseIsoDate(iso) as number;
const checkIn = (krId: string, date: string, value: number | string): CheckIn => ({
  timestamp: `${date}T10:00:00`,
  keyResultId: krId,
  value,
  confidence: '',
  note: '',
  who: '',
});

describe('weekly dates', () => {
  test('from the first day of the period, weekly, up to today', () => {
    expect(weeklyDates(Q1, day('2026-02-11')).map(isoFromSerial)).toEqual([
      '2026-01-01',
      '2026-01-08',
      '2026-01-15',
      '2026-01-22',
      '2026-01-29',
      '2026-02-05',
    ]);
  });
  test('not past the period end', () => {
    const dates = weeklyDates(Q1, day('2026-12-01'));
    expect(dates.length).toBe(13);
    expect(isoFromSerial(dates[12] as number)).toBe('2026-03-26');
  });
});

describe('six weeks of check-ins', () => {
  // O-1 (company) with KR-1 (0→100, weight 1) and KR-2 (10→0, weight 3); O-2 (team) with KR-3.
  const { items } = (() => {
    const o1 = { id: 'O-1', type: 'objective', level: 'company', period: '2026-Q1' };
    const kr1 = {
      id: 'KR-1',
      type: 'keyResult',
      parentId: 'O-1',
      start: 0,
      target: 100,
      weight: 1,
    };
    const kr2 = { id: 'KR-2', type: 'keyResult', parentId: 'O-1', start: 10, target: 0, weight: 3 };
    const o2 = { id: 'O-2', type: 'objective', level: 'team', team: 'Sales', period: '2026-Q1' };
    const kr3 = {
      id: 'KR-3',
      type: 'keyResult',
      parentId: 'O-2',
      start: 0,
      target: 50,
      weight: '',
    };
    const base = {
      team: '',
      owner: 'A',
      alignedTo: '',
      title: 't',
      kind: '',
      current: '',
      unit: '',
      confidence: '',
      lastCheckIn: '',
      notes: '',
      sourceId: '',
      closed: false,
      start: '',
      target: '',
      weight: '',
      parentId: '',
      level: 'company',
      period: '2026-Q1',
    };
    return { items: [o1, kr1, kr2, o2, kr3].map((x) => ({ ...base, ...x })) as OkrItem[] };
  })();
  const log: CheckIn[] = [
    checkIn('KR-1', '2026-01-03', 10), // week 1
    checkIn('KR-3', '2026-01-09', 5), // week 2
    checkIn('KR-1', '2026-01-16', 30), // week 3
    checkIn('KR-2', '2026-01-16', 8),
    checkIn('KR-1', '2026-01-16', 35), // later line the same day wins
    // week 4: nothing — values carried forward
    checkIn('KR-3', '2026-02-02', 25), // week 5
    checkIn('KR-2', '2026-02-04', 5), // week 6 (Feb 5 point)
  ];
  const series = progressOverTime(items, log, Q1, day('2026-02-11'));

  test('one point a week, with the expected progress of that day', () => {
    expect(series.map((p) => isoFromSerial(p.date))).toEqual(
      weeklyDates(Q1, day('2026-02-11')).map(isoFromSerial),
    );
    for (const p of series) expect(p.expected).toBe(expectedProgress(Q1, p.date));
  });

  test('last value carried forward, rolled up with the core math', () => {
    const company = series.map((p) => p.levels.company);
    const team = series.map((p) => p.levels.team);
    // KR-1 values per point: '',10,10,35,35,35 ; KR-2: '','','',8,8,5 ; KR-3: '','',5,5,5,25
    const kr1 = [null, 0.1, 0.1, 0.35, 0.35, 0.35];
    const kr2 = [null, null, null, 0.2, 0.2, 0.5];
    const kr3 = [null, null, 0.1, 0.1, 0.1, 0.5];
    // The points are Jan 1, 8, 15, 22, 29, Feb 5: check-ins on Jan 16 show from Jan 22.
    const expectedCompany = kr1.map((_, i) =>
      weightedRollup([kr1[i] ?? null, kr2[i] ?? null], [1, 3]),
    );
    expect(company).toEqual(expectedCompany);
    expect(team).toEqual(kr3.map((p) => weightedRollup([p ?? null])));
    expect(series.map((p) => p.levels.personal)).toEqual(series.map(() => null));
    expect(series.map((p) => p.overall)).toEqual(
      series.map((_, i) =>
        weightedMean([expectedCompany[i] ?? null, weightedRollup([kr3[i] ?? null])]),
      ),
    );
  });

  test("the last point equals today's progress when the log matches Current", () => {
    fc.assert(
      fc.property(fc.array(objectiveSpec(['2026-Q1']), { minLength: 1, maxLength: 8 }), (specs) => {
        const its = itemsFromSpecs(specs);
        const checkIns = its
          .filter((i) => i.type === 'keyResult' && i.current !== '')
          .map((i) => checkIn(i.id, '2026-01-02', i.current as number));
        const [last] = progressOverTime(its, checkIns, Q1, day('2026-06-01')).slice(-1);
        const views = viewsOf(its, day('2026-06-01'));
        const objectives = views.filter((v) => v.type === 'objective' && v.progress !== '');
        const direct = weightedMean(
          objectives.map((o) => o.progress as number),
          objectives.map((o) => (o.weight === '' ? 1 : Number(o.weight))),
        );
        expect(last?.overall ?? null).toBe(direct);
      }),
      { numRuns: 60 },
    );
  });
});

// Annual items in a quarter's summary, on the demo the preview starts with (Set up with the
// example, then weekly check-ins; dev/preview/app/demo.ts), built through dist/Code.js on the
// runtime: the 2026-Q2 summary counts and draws the annual company objective O-1 of 2026, in its
// own row marked with its year and with the year's expected progress (src/core/running.ts).
import { createSpreadsheet } from '../../dev/runtime';
import { buildDemo } from '../../dev/preview/app/demo';
import { PreviewSession } from '../../dev/preview/app/session';
import { expectedProgress, parseIsoDate, quarterPeriod, yearPeriod } from '../../src/core';
import { summarizePeriod } from '../../src/core/summary';
import type { SnapshotWire } from '../../src/shared/rpc';
import { receive } from '../../src/shared/snapshot-wire';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const TODAY = '2026-05-20';
const asOf = parseIsoDate(TODAY) as number;
const Q2 = quarterPeriod(2026, 2);

describe.each([
  {
    locale: 'en_US',
    lang: 'en',
    period: '2026-Q2',
    tab: 'Summary 2026-Q2',
    company: 'Company',
    objectives: 'Objectives',
    mark: '(Annual 2026)',
    note: 'Campaign is picking up',
  },
  {
    locale: 'nl_NL',
    lang: 'nl',
    period: '2026-K2',
    tab: 'Samenvatting 2026-K2',
    company: 'Bedrijf',
    objectives: 'Doelstellingen',
    mark: '(Jaar 2026)',
    note: 'De campagne komt op gang',
  },
])('the $period summary of the demo ($locale)', (c) => {
  const session = new PreviewSession({
    spreadsheet: createSpreadsheet({ locale: c.locale }),
    today: TODAY,
    userLocale: c.lang,
  });
  buildDemo(session, TODAY);
  const addon = session.addon;
  addon.call('buildSummary', { period: c.period });
  const tab = addon.spreadsheet.getSheetByName(c.tab) as unknown as Sheet;
  const vals = tab.getDataRange().getValues();
  const views = receive(addon.call('getSnapshot', {}) as SnapshotWire).items;
  const core = summarizePeriod(views, Q2, { asOf });
  const o1 = views.find((v) => v.type === 'objective' && v.level === 'company')!;
  const yearExpected = expectedProgress(yearPeriod(2026), asOf);

  test('the demo does not contradict itself: titles fit their periods, every Current value has its check-ins, notes in the language', () => {
    const log = (
      addon.spreadsheet.getSheets().find((s) => s.getName() === 'Check-ins') as unknown as Sheet
    )
      .getDataRange()
      .getValues()
      .slice(1);
    for (const kr of views.filter((v) => v.type === 'keyResult')) {
      // A title that speaks of months belongs to a quarter, not to a year.
      if (kr.period === '2026')
        expect(kr.title).not.toMatch(/3 months|3 maanden|quarter|kwartaal/i);
      if (kr.current !== '') {
        expect([kr.id, kr.lastCheckIn]).toEqual([kr.id, expect.stringMatching(/^2026-/)]);
        expect([kr.id, log.filter((r) => r[1] === kr.id).length > 0]).toEqual([kr.id, true]);
      }
    }
    const notes = log.map((r) => String(r[4])).filter(Boolean);
    expect(notes).toEqual([c.note]);
  });

  test('the demo has its company objective for the year, and none for the quarter', () => {
    expect(o1.period).toBe('2026');
    expect(views.some((v) => v.level === 'company' && v.period === '2026-Q2')).toBe(false);
    expect(o1.progress).toEqual(expect.any(Number));
  });

  test('the Company row counts O-1 with its progress and the year’s expected', () => {
    const byLevel = vals.findIndex((r) => r[0] === c.company);
    const row = vals[byLevel]!;
    expect(row[1]).toBe(1);
    expect(row[2]).toBe(core.levels[0]!.keyResults);
    expect(row[2]).toBeGreaterThan(0);
    expect(row[3]).toBeCloseTo(o1.progress as number, 9);
    expect(row[4]).toBeCloseTo(yearExpected, 9);
    expect(core.levels[0]!.expected).toBeCloseTo(yearExpected, 12);
    // The team row: the quarter's own objectives with the quarter's expected.
    const team = vals[byLevel + 1]!;
    expect(team[4]).toBeCloseTo(expectedProgress(Q2, asOf), 9);
    // Headline figures equal the core's.
    const headline = vals.find((r) => r[0] === c.objectives)!;
    expect(headline[1]).toBe(core.objectives);
  });

  test('the Company bar of "expected versus actual" is drawn from that row', () => {
    const chart = tab
      .getCharts()
      .find((ch) => ch.getRanges().some((r) => r.getColumn() === 4 && r.getNumColumns() === 2))!;
    const ranges = chart.getRanges().map((r) => r.getValues());
    const labels = ranges[0]!.map((r) => r[0]);
    const bars = ranges[1]!;
    const company = labels.indexOf(c.company);
    expect(company).toBeGreaterThan(0);
    expect(bars[company]![0]).toBeGreaterThan(0);
    expect(bars[company]![1]).toBeCloseTo(yearExpected, 9);
  });

  test('O-1 has its own row in the objectives table, marked with its year', () => {
    const row = vals.find((r) => r[2] === o1.id)!;
    expect(row[3]).toBe(`${o1.title} ${c.mark}`);
    expect(row[5]).toBeCloseTo(o1.progress as number, 9);
    expect(row[6]).toBeCloseTo(yearExpected, 9);
    // A quarter's own objective is not marked.
    const team = views.find((v) => v.type === 'objective' && v.period === '2026-Q2')!;
    expect(vals.find((r) => r[2] === team.id)![3]).toBe(team.title);
  });
});

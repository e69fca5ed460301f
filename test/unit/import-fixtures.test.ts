// "Structure this sheet" on the shared fixtures (../shared/fixtures): exact counts, hierarchy
// and values, as the CSV text and as Sheets stores it after import (numbers converted, with
// their number formats).
import { structureLooseSheet, type ImportResult } from '../../src/core/import';
import type { ItemType, OkrItem } from '../../src/core/model';
import { asSheetsValues, loadFixture, sheetsFormats } from '../helpers/csv';
import { cellsNotAccountedFor, outlineProblems } from '../helpers/import-accounting';

function structure(
  rows: unknown[][],
  lang: 'en' | 'nl' = 'en',
  numberFormats?: string[][],
): ImportResult {
  const counters: Record<ItemType, number> = { objective: 0, keyResult: 0, initiative: 0 };
  const prefix: Record<ItemType, string> = { objective: 'O', keyResult: 'KR', initiative: 'I' };
  return structureLooseSheet(rows, {
    lang,
    defaultPeriod: '2026-Q4',
    nextId: (type) => `${prefix[type]}-${++counters[type]}`,
    numberFormats,
  });
}

function byTitle(result: ImportResult, title: string): OkrItem {
  const item = result.items.find((i) => i.title === title);
  if (!item) throw new Error(`no item titled "${title}"`);
  return item;
}

function childrenOf(result: ImportResult, id: string): string[] {
  return result.items.filter((i) => i.parentId === id).map((i) => i.title);
}

interface Loaded {
  rows: unknown[][];
  formats?: string[][];
}

const VARIANTS = [
  ['as CSV text', (rows: string[][]): Loaded => ({ rows })],
  [
    'with numbers converted as Sheets does',
    (rows: string[][]): Loaded => ({ rows: asSheetsValues(rows), formats: sheetsFormats(rows) }),
  ],
] as const;

describe.each(VARIANTS)('flat-en.csv %s', (_name, convert) => {
  const { rows, formats } = convert(loadFixture('flat-en.csv'));
  const result = structure(rows, 'en', formats);

  it('finds 4 objectives (1 company, 2 team, 1 personal), 9 key results and 7 initiatives', () => {
    expect([result.objectives, result.keyResults, result.initiatives]).toEqual([4, 9, 7]);
    const objectives = result.items.filter((i) => i.type === 'objective');
    expect(objectives.map((o) => [o.level, o.team, o.owner, o.period, o.title])).toEqual([
      [
        'company',
        '',
        'Anna de Vries',
        '2026-Q1',
        'Grow to 100 paying customers by the end of 2026',
      ],
      ['team', 'Sales', 'Bram Jansen', '2026-Q1', 'Make every demo count'],
      ['team', 'Product', 'Chen Li', '2026-Q1', 'Onboarding that needs no phone call'],
      ['personal', 'Sales', 'Dewi Pratama', '2026-Q1', "Become the team's best closer"],
    ]);
    expect(result.headerRow).toBe(1);
    expect(result.warnings).toEqual([]);
    expect(result.unplaced).toEqual([]);
  });

  it('maps every column by its header', () => {
    expect(result.columns.map((c) => [c.column, c.field])).toEqual([
      [1, 'level'],
      [2, 'team'],
      [3, 'owner'],
      [4, 'period'],
      [5, 'objectiveTitle'],
      [6, 'keyResultTitle'],
      [7, 'start'],
      [8, 'target'],
      [9, 'current'],
      [10, 'initiativeTitle'],
    ]);
  });

  it('groups a key result repeated on several rows, each row adding its initiative', () => {
    const kr = byTitle(result, '30 paying customers through the marketing campaign');
    expect(childrenOf(result, kr.id)).toEqual([
      'Post about the product every month and advertise on social media',
      'Run a webinar for accountants',
    ]);
    const activation = byTitle(result, 'Self-serve activation from 35% to 60%');
    expect(childrenOf(result, activation.id)).toEqual([
      'Build a setup checklist',
      'Import bank statements in the first session',
    ]);
    const company = byTitle(result, 'Grow to 100 paying customers by the end of 2026');
    expect(childrenOf(result, company.id)).toHaveLength(3);
  });

  it('reads percent values as fractions and infers increase / decrease', () => {
    const conversion = byTitle(result, 'Trial-to-paid conversion from 8% to 15%');
    expect([conversion.start, conversion.target, conversion.current]).toEqual([0.08, 0.15, 0.1]);
    expect(conversion.kind).toBe('increase');
    const churn = byTitle(result, 'Monthly churn from 2.5% to 1.8%');
    expect([churn.start, churn.target, churn.current]).toEqual([0.025, 0.018, 0.016]);
    expect(churn.kind).toBe('decrease');
    const demo = byTitle(result, 'Average time to first demo below 3 days');
    expect([demo.start, demo.target, demo.current, demo.kind]).toEqual([7, 3, 4, 'decrease']);
    const deals = byTitle(result, 'Close 12 deals');
    expect([deals.start, deals.target, deals.current, deals.kind]).toEqual([0, 12, 5, 'increase']);
  });

  it('reads the "no" key result as a milestone that is not reached yet', () => {
    const course = byTitle(result, 'Finish the negotiation course');
    expect(course.kind).toBe('milestone');
    expect(course.current).toBe('no');
    expect([course.start, course.target]).toEqual(['', '']);
  });

  it('loses nothing and keeps outline order', () => {
    expect(cellsNotAccountedFor(rows, result)).toEqual([]);
    expect(outlineProblems(result.items)).toEqual([]);
    expect(result.items[0]?.id).toBe('O-1');
    expect(result.items[1]).toMatchObject({ id: 'KR-1', parentId: 'O-1' });
    expect(result.items[2]).toMatchObject({ id: 'I-1', parentId: 'KR-1' });
  });
});

describe('flat-en.csv units', () => {
  it('sets unit % where the values were typed as percent text', () => {
    const result = structure(loadFixture('flat-en.csv'));
    expect(byTitle(result, 'Trial-to-paid conversion from 8% to 15%').unit).toBe('%');
    expect(byTitle(result, 'Close 12 deals').unit).toBe('');
  });
});

describe.each(VARIANTS)('outline-nl.csv %s', (_name, convert) => {
  const { rows, formats } = convert(loadFixture('outline-nl.csv'));
  const result = structure(rows, 'nl', formats);

  it('finds 3 objectives, 6 key results and 4 initiatives under a title row', () => {
    expect([result.objectives, result.keyResults, result.initiatives]).toEqual([3, 6, 4]);
    expect(result.headerRow).toBe(2);
    expect(result.warnings).toEqual([]);
    // The title names the year; every objective names its own period, so none takes it.
    expect(result.context).toEqual([
      {
        row: 1,
        message:
          '"OKR\'s 2026 - Tulp Boekhouding": Periode 2026, niet gebruikt: de items eronder noemen elk hun eigen',
      },
    ]);
    expect(result.unplaced).toEqual([]);
    expect(result.columns.map((c) => c.field)).toEqual([
      'level',
      'owner',
      'period',
      'title',
      'start',
      'target',
      'current',
    ]);
  });

  it('strips the markers and builds the hierarchy', () => {
    expect(result.items.map((i) => [i.type, i.title])).toEqual([
      ['objective', 'Aan het einde van 2026 minstens 100 betalende klanten'],
      ['keyResult', 'In het eerste kwartaal 30 betalende klanten via de marketingcampagne'],
      ['initiative', 'Elke maand een post over onze producten en adverteren op social media'],
      ['initiative', 'Webinar voor accountants organiseren'],
      ['keyResult', 'Opzeggingen per maand van 2.5% naar 1.8%'],
      ['initiative', 'Iedere opzegger persoonlijk bellen'],
      ['objective', 'Marketing levert de helft van alle nieuwe klanten'],
      ['keyResult', '500 aanmeldingen voor de nieuwsbrief'],
      ['keyResult', 'Kosten per lead van 40 naar 25 euro'],
      ['initiative', 'Campagne op LinkedIn testen'],
      ['objective', 'Ik word expert in online adverteren'],
      ['keyResult', 'Certificaat Google Ads behaald'],
      ['keyResult', '3 A/B-tests per maand'],
    ]);
    expect(outlineProblems(result.items)).toEqual([]);
  });

  it('reads levels, "Team Marketing", periods 2026 and 2026-K1, and inherits them', () => {
    const objectives = result.items.filter((i) => i.type === 'objective');
    expect(objectives.map((o) => [o.level, o.team, o.owner, o.period])).toEqual([
      ['company', '', 'Anna de Vries', '2026'],
      ['team', 'Marketing', 'Eva Bakker', '2026-Q1'],
      ['personal', '', 'Eva Bakker', '2026-Q1'],
    ]);
    // Level, team and period are the objective's; the owner is not assumed (a person).
    const leads = byTitle(result, 'Kosten per lead van 40 naar 25 euro');
    expect([leads.level, leads.team, leads.owner, leads.period]).toEqual([
      'team',
      'Marketing',
      '',
      '2026-Q1',
    ]);
  });

  it('reads the milestone "ja", the decreasing cost per lead and percent churn', () => {
    const certificate = byTitle(result, 'Certificaat Google Ads behaald');
    expect([certificate.kind, certificate.current]).toEqual(['milestone', 'ja']);
    const leads = byTitle(result, 'Kosten per lead van 40 naar 25 euro');
    expect([leads.start, leads.target, leads.current, leads.kind]).toEqual([
      40,
      25,
      33,
      'decrease',
    ]);
    const churn = byTitle(result, 'Opzeggingen per maand van 2.5% naar 1.8%');
    expect([churn.start, churn.target, churn.current, churn.kind]).toEqual([
      0.025,
      0.018,
      0.021,
      'decrease',
    ]);
  });

  it('loses nothing', () => {
    expect(cellsNotAccountedFor(rows, result)).toEqual([]);
  });
});

describe.each(VARIANTS)('messy-en.csv %s', (_name, convert) => {
  const { rows, formats } = convert(loadFixture('messy-en.csv'));
  const result = structure(rows, 'en', formats);
  const formula = '=HYPERLINK("http://example.invalid","click me")';

  it('finds the header below a title row and blank rows: 3 objectives, 6 key results', () => {
    expect(result.headerRow).toBe(3);
    expect([result.objectives, result.keyResults, result.initiatives]).toEqual([3, 6, 0]);
    expect(result.items.filter((i) => i.type === 'objective').map((o) => o.title)).toEqual([
      'Customers love our support',
      'Ship the mobile app',
      formula,
    ]);
    expect(result.columns.map((c) => [c.header, c.field])).toEqual([
      ['Objective', 'objectiveTitle'],
      ['Key result', 'keyResultTitle'],
      ['Owner', 'owner'],
      ['Team', 'team'],
      ['Baseline', 'start'],
      ['Goal', 'target'],
      ['Actual', 'current'],
      ['Notes', 'notes'],
    ]);
  });

  it('reads the period Q1 from the title row, and reports the text in a number column', () => {
    expect(result.context).toEqual([
      {
        row: 1,
        message: '"Q1 OKRs (draft - do not share)": Period 2026-Q1, taken by 9 items below it',
      },
    ]);
    expect(result.items.every((i) => i.period === '2026-Q1')).toBe(true);
    expect(result.warnings).toEqual([
      {
        row: 11,
        message: 'Actual "abc" is not a number; kept as text: enter a number or a percentage',
      },
    ]);
  });

  it('lists the note row at the end as unplaced', () => {
    expect(result.unplaced).toEqual([{ row: 15, text: 'Notes: targets agreed on 12 January' }]);
  });

  it('reads blanks as "same as above": key results under their objective, team inherited, owner never', () => {
    const support = byTitle(result, 'Customers love our support');
    expect(childrenOf(result, support.id)).toEqual([
      'First reply within 2 hours (now 9)',
      'CSAT from 82% to 90%',
      'Publish 40 help-center articles',
    ]);
    expect([support.level, support.team, support.owner]).toEqual(['team', 'Support', 'Femke']);
    const csat = byTitle(result, 'CSAT from 82% to 90%');
    expect([csat.owner, csat.team]).toEqual(['Femke', 'Support']);
    const crash = byTitle(result, 'Crash-free sessions above 99.5%');
    expect([crash.owner, crash.team]).toEqual(['', 'Product']);
    const users = byTitle(result, '1000 weekly active users');
    expect([users.owner, users.team]).toEqual(['Gijs', 'Product']);
  });

  it('keeps "abc" as text, a blank actual blank, and the notes', () => {
    const crash = byTitle(result, 'Crash-free sessions above 99.5%');
    expect([crash.start, crash.target, crash.current]).toEqual([97, 99.5, 'abc']);
    expect(crash.notes).toBe('typo in actual');
    const users = byTitle(result, '1000 weekly active users');
    expect(users.current).toBe('');
    expect(users.notes).toBe('no data yet');
    const reply = byTitle(result, 'First reply within 2 hours (now 9)');
    expect([reply.start, reply.target, reply.current, reply.kind]).toEqual([9, 2, 5, 'decrease']);
    const app = byTitle(result, 'App in both stores');
    expect(app.kind).toBe('milestone');
    expect([true, 'TRUE']).toContainEqual(app.current);
    const csat = byTitle(result, 'CSAT from 82% to 90%');
    expect([csat.start, csat.target, csat.current]).toEqual([0.82, 0.9, 0.85]);
  });

  it('keeps the formula-looking cell exactly as text', () => {
    const item = byTitle(result, formula);
    expect(item.type).toBe('objective');
    expect(item.title).toBe(formula);
    expect(item.notes).toBe('this row is a formula injection attempt');
  });

  it('loses nothing and keeps outline order', () => {
    expect(cellsNotAccountedFor(rows, result)).toEqual([]);
    expect(outlineProblems(result.items)).toEqual([]);
  });
});

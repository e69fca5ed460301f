// The summary tab's live figures count a row under every spelling of its period that src/core
// reads: the standard ones ("Q2 2026", "2026q2", "k2-2026", the year as a number) and the
// synonyms a person adds to the settings tab's period table ("2026 KW2", "FY 2026"), in an
// English and a Dutch workbook, with the sheet's formulas evaluated.
import { parseIsoDate, statusName } from '../../src/core';
import type { Lang } from '../../src/core/i18n';
import { summaryMessages } from '../../src/core/messages/summary';
import type { ItemView } from '../../src/core/model';
import { quarterPeriod, yearPeriod } from '../../src/core/period';
import {
  SUMMARY_STATUSES,
  summarizePeriod,
  summarizeYear,
  type PeriodSummary,
} from '../../src/core/summary';
import { LEVELS, levelName } from '../../src/core/vocabulary';
import { matchHeader, type ColumnKey } from '../../src/core/columns';
import { add, call, fresh, snapshot, tab, type Setup } from './workbook-helpers';

const TODAY = '2026-05-20';

/** Rows a person adds to the settings tab's period table: English and Dutch synonyms. */
const PERIOD_SYNONYMS = [
  ['#QTR2', 4, 3],
  ['#KW2', 4, 3],
  ['FY#', 1, 12],
  ['BOEKJAAR#', 1, 12],
] as const;

/** Period cells as a person types them, read by src/core as 2026-Q2 … */
const QUARTER_SPELLINGS: readonly unknown[] = [
  "'2026 QTR2",
  "'2026 KW2",
  "'2026-kw2",
  "'Q2 2026",
  "'2026q2",
  "'k2-2026",
];
/** … and as 2026. */
const YEAR_SPELLINGS: readonly unknown[] = ["'FY 2026", "'boekjaar 2026", 2026, "'2026"];

function addSynonyms(setup: Setup): void {
  const range = setup.ss
    .getNamedRanges()
    .find((n) => n.getName() === 'OKR_PERIODS')!
    .getRange();
  const free = range.getValues().findIndex((r) => r.every((v) => v === ''));
  range
    .offset(free, 0, PERIOD_SYNONYMS.length, 3)
    .setValues(PERIOD_SYNONYMS.map(([w, m, n]) => ["'" + w, m, n]));
}

function setCell(setup: Setup, id: string, key: ColumnKey, value: unknown): void {
  const sheet = tab(setup.ss, 'okr');
  const values = sheet.getDataRange().getValues();
  const header = matchHeader(values)!;
  const row = values.findIndex((r) => r[header.columns.id!] === id);
  sheet.getRange(row + 1, header.columns[key]! + 1).setValue(value);
}

/**
 * Objectives of 2026-Q2 and of 2026 with key results and initiatives, one of 2026-Q3 that must
 * not count, then every row's Period retyped in one of SPELLINGS.
 */
function workbookWithSpellings(locale: string): Setup {
  const setup = fresh({ locale, today: TODAY });
  call(setup.addon, 'setUp', { example: false });
  addSynonyms(setup);
  const ids: string[] = [];
  const periods = ['2026-Q2', '2026', '2026-Q2', '2026-Q3', '2026'];
  periods.forEach((period, n) => {
    const level = (['company', 'team', 'personal'] as const)[n % 3]!;
    const team = level === 'company' ? '' : 'T';
    const oid = add(setup.addon, {
      type: 'objective',
      title: 'O',
      period,
      level,
      team,
      owner: 'A',
    }).id;
    ids.push(oid);
    for (let k = 0; k < 2; k++) {
      const kr = add(setup.addon, {
        type: 'keyResult',
        parentId: oid,
        title: 'K',
        start: 0,
        target: 10,
        current: k === 0 ? 3 + n : '',
      }).id;
      ids.push(kr);
      ids.push(
        add(setup.addon, {
          type: 'initiative',
          parentId: kr,
          title: 'I',
          current: k === 0 ? 'done' : '',
        }).id,
      );
    }
  });
  const items = snapshot(setup.addon).items;
  ids.forEach((id, i) => {
    const item = items.find((x) => x.id === id)!;
    if (item.period === '2026-Q3') return;
    const spellings = item.period === '2026' ? YEAR_SPELLINGS : QUARTER_SPELLINGS;
    setCell(setup, id, 'period', spellings[i % spellings.length]);
  });
  return setup;
}

/** The live figures of the summary tab of `period` against src/core's summary of the rows. */
function expectSummaryAsCore(setup: Setup, lang: Lang, period: string, core: PeriodSummary): void {
  const name = call<{ sheetName: string }>(setup.addon, 'buildSummary', { period }).sheetName;
  const values = setup.ss.getSheetByName(name)!.getDataRange().getValues();
  const L = (key: keyof typeof summaryMessages) => summaryMessages[key][lang];
  const after = (title: string, label: string) => {
    const from = values.findIndex((r) => r[0] === title);
    return values.find((r, i) => i > from && r[0] === label)!;
  };
  const headline = L('summary.headline');
  const figure = (key: keyof typeof summaryMessages) => after(headline, L(key))[1];
  const seen = {
    objectives: figure('summary.objectives'),
    keyResults: figure('summary.keyResults'),
    initiatives: figure('summary.initiativesTotal'),
    initiativesDone: figure('summary.initiativesDone'),
    progress: figure('summary.averageProgress'),
    levels: LEVELS.map((level) => after(L('summary.byLevel'), levelName(level, lang)).slice(1, 4)),
    status: SUMMARY_STATUSES.map((s) => after(L('summary.krStatus'), statusName(s, lang))[1]),
  };
  const round = (x: number | null) => (x === null ? '' : Math.round(x * 1e9) / 1e9);
  expect({
    ...seen,
    progress: round(seen.progress === '' ? null : (seen.progress as number)),
    levels: seen.levels.map(([o, k, p]) => [o, k, round(p === '' ? null : (p as number))]),
  }).toEqual({
    objectives: core.objectives,
    keyResults: core.keyResults,
    initiatives: core.initiatives,
    initiativesDone: core.initiativesDone,
    progress: round(core.progress),
    levels: core.levels.map((l) => [l.objectives, l.keyResults, round(l.progress)]),
    status: SUMMARY_STATUSES.map((s) => core.krStatus[s]),
  });
}

describe('the summary counts every spelling of a period as src/core does', () => {
  test.each<[string, Lang]>([
    ['en_US', 'en'],
    ['nl_NL', 'nl'],
  ])('standard spellings and synonyms of the period table (%s)', (locale, lang) => {
    const setup = workbookWithSpellings(locale);
    const items = snapshot(setup.addon).items as ItemView[];
    // The core reads every spelling: all rows but the 2026-Q3 ones are of 2026-Q2 or 2026.
    expect(items.filter((i) => !['2026-Q2', '2026', '2026-Q3'].includes(i.period))).toEqual([]);
    const asOf = parseIsoDate(TODAY) as number;
    const quarter = summarizePeriod(items, quarterPeriod(2026, 2), { asOf });
    expect(quarter.objectives).toBe(4);
    expect(quarter.initiatives).toBe(8);
    expectSummaryAsCore(setup, lang, '2026-Q2', quarter);
    const year = summarizeYear(items, yearPeriod(2026), { asOf });
    expect(year.annual.objectives).toBe(2);
    expectSummaryAsCore(setup, lang, '2026', year.annual);
  });
});

describe('a tab written before initiative rows had the period helpers', () => {
  test.each<[string, Lang]>([
    ['en_US', 'en'],
    ['nl_NL', 'nl'],
  ])('Build summary lays them first and counts the initiatives (%s)', (locale, lang) => {
    const setup = workbookWithSpellings(locale);
    const sheet = tab(setup.ss, 'okr');
    const values = sheet.getDataRange().getValues();
    const header = matchHeader(values)!;
    const cols = (['periodKey', 'periodStart', 'periodEnd'] as const).map(
      (k) => header.columns[k]! + 1,
    );
    const items = snapshot(setup.addon).items as ItemView[];
    const initiatives = items.filter((i) => i.type === 'initiative');
    for (const i of initiatives) for (const c of cols) sheet.getRange(i.row, c).setValue('');
    const quarter = summarizePeriod(items, quarterPeriod(2026, 2), {
      asOf: parseIsoDate(TODAY) as number,
    });
    expect(quarter.initiatives).toBe(8);
    expectSummaryAsCore(setup, lang, '2026-Q2', quarter);
    for (const i of initiatives) {
      for (const c of cols) expect(sheet.getRange(i.row, c).getFormula()).toMatch(/^=/);
    }
  });
});

describe('a period typed in the menu may be a synonym of the period table', () => {
  test.each<[string, string, RegExp]>([
    ['en_US', 'FY 2026', /^Summary 2026$/],
    ['nl_NL', 'boekjaar 2026', /^Samenvatting 2026$/],
  ])('Build summary from the menu reads a synonym (%s: %s)', (locale, typed, sheet) => {
    const setup = fresh({ locale, today: TODAY });
    call(setup.addon, 'setUp', { example: true });
    addSynonyms(setup);
    setup.addon.ui.answerNext({ button: 'OK', text: typed });
    setup.addon.ui.answerNext('OK'); // the result
    setup.addon.call('buildSummaryFromMenu');
    expect(setup.ss.getSheets().map((s) => s.getName())).toContainEqual(
      expect.stringMatching(sheet),
    );
    // Without the synonym in the table, the same text is refused with the period's message.
    const plain = fresh({ locale, today: TODAY });
    call(plain.addon, 'setUp', { example: true });
    plain.addon.ui.answerNext({ button: 'OK', text: typed });
    plain.addon.ui.answerNext('OK'); // the error
    plain.addon.call('buildSummaryFromMenu');
    expect(JSON.stringify(plain.addon.ui.alerts.at(-1))).toContain(typed);
    expect(plain.ss.getSheets().map((s) => s.getName())).not.toContainEqual(
      expect.stringMatching(sheet),
    );
  });
});

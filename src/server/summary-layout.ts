// The whole content of a summary tab, computed before anything is written: one rectangular
// grid of values and formulas, its number formats, font weights and backgrounds, and the charts
// with their ranges and positions. Pure (no Apps Script): src/server/summary.ts writes it in a
// handful of batched calls, so the tab is never left half-built.
//
// Live versus snapshot:
// - live (summary-live.ts: formulas over the OKR tab, recomputed by Sheets on every edit): the
//   headline figures, progress per level, key results per status, the status counts per team,
//   the quarters of a year summary;
// - snapshot (summary-snapshot.ts: values of the day the summary was built, marked "Snapshot
//   of <date>"): which objectives and teams are listed and the objectives' numbers, the
//   attention list and the progress over time.
import type { ColumnMap } from '../core/columns';
import { formatPeriod, type Period } from '../core/period';
import type { PeriodSummary } from '../core/summary';
import type { SeriesPoint } from '../core/timeseries';
import { t, type Lang } from './i18n';
import { SummaryFormulas } from './summary-formulas';
import { CORE_WORDS, type SheetWords } from '../core/word-tables';
import {
  CHART_HEIGHT,
  CHART_WIDTH,
  Grid,
  TABLE_WIDTH,
  text,
  type Build,
  type ChartPlan,
  type GridRange,
  type LayoutCell,
  type SectionKey,
} from './summary-grid';
import {
  headlineSection,
  levelSection,
  quarterSection,
  statusSection,
  teamSection,
} from './summary-live';
import { attentionSection, objectiveSection, overTimeSection } from './summary-snapshot';

export { CHART_COLUMN, TABLE_WIDTH } from './summary-grid';
export type { ChartPlan } from './summary-grid';

export interface SummaryLayout {
  /** The summary tab's name ("Summary 2026-Q1" / "Overzicht 2026-K1"). */
  name: string;
  width: number;
  values: LayoutCell[][];
  numberFormats: string[][];
  fontWeights: ('bold' | 'normal')[][];
  backgrounds: (string | null)[][];
  charts: ChartPlan[];
  columnWidths: number[];
  /** Where each section starts (1-based row), for tests and for people reading the code. */
  sections: Partial<Record<SectionKey, GridRange>>;
}

export interface LayoutInput {
  lang: Lang;
  period: Period;
  summary: PeriodSummary;
  series: SeriesPoint[];
  /** For a year: the summaries of its four quarters. */
  quarters?: PeriodSummary[];
  okrSheetName: string;
  columns: ColumnMap;
  /** Today (the snapshot date), ISO yyyy-mm-dd. */
  today: string;
  /** The settings tab's words (its milestone words count initiatives done); the core's if absent. */
  words?: SheetWords;
}

/** The tab name of a summary in a language. */
export function summaryTabName(period: Period, lang: Lang): string {
  return t(lang, 'summary.tabName', { period: formatPeriod(period, lang) });
}

/** The layout of a quarter or year summary: the sections in order, then the charts' sizes. */
export function summaryLayout(input: LayoutInput): SummaryLayout {
  const { lang, period } = input;
  const L: Build['L'] = (key, params) => t(lang, key, params);
  const isYear = period.kind === 'year';
  const b: Build = {
    g: new Grid(TABLE_WIDTH),
    f: new SummaryFormulas(input.okrSheetName, input.columns, input.words ?? CORE_WORDS),
    L,
    lang,
    period,
    isYear,
    summary: input.summary,
    series: input.series,
    sections: {},
    charts: [],
    snapshot: L('summary.snapshotNote', { date: input.today }),
    today: input.today,
    refs: { headStart: 0 },
  };
  const { g, charts } = b;
  const display = formatPeriod(period, lang);
  g.title([text(L(isYear ? 'summary.yearTitle' : 'summary.title', { period: display }))]);
  g.title([text(L('summary.liveNote'))], false);
  g.blank();
  const sections = [
    headlineSection,
    levelSection,
    statusSection,
    teamSection,
    ...(isYear ? [quarterSection] : []),
    objectiveSection,
    attentionSection,
  ];
  for (const section of sections) {
    section(b);
    g.blank();
  }
  overTimeSection(b);

  for (const c of charts) {
    c.options.width = CHART_WIDTH;
    c.options.height = CHART_HEIGHT;
  }
  // Charts in reading order (top to bottom).
  charts.sort((a, c) => a.anchor.row - c.anchor.row);

  return {
    name: summaryTabName(period, lang),
    width: TABLE_WIDTH,
    values: g.values,
    numberFormats: g.formats,
    fontWeights: g.weights,
    backgrounds: g.fills,
    charts,
    columnWidths: g.columnWidths(),
    sections: b.sections,
  };
}

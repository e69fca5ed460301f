// The whole content of a summary tab, computed before anything is written: one rectangular
// grid of values and formulas, its number formats, font weights and backgrounds, and the charts
// with their ranges and positions. Pure (no Apps Script): src/server/summary.ts writes it in a
// handful of batched calls, so the tab is never left half-built.
//
// Live versus snapshot:
// - live (formulas over the OKR tab, recomputed by Sheets on every edit): the headline figures,
//   progress per level, key results per status, the status counts per team, the quarters of a
//   year summary;
// - snapshot (values of the day the summary was built, marked "Snapshot of <date>"): which
//   objectives and teams are listed and the objectives' numbers, the attention list and the
//   progress over time (it is computed from the check-in log, which formulas cannot replay).
import { isoFromSerial } from '../core/dates';
import type { ColumnMap } from '../core/columns';
import { t, type Lang, type MessageKey } from '../core/i18n';
import { protectText } from '../core/okr-rows';
import {
  EXPECTED_COLOR,
  GRADE_COLORS,
  HEADER_FILL,
  LEVEL_COLORS,
  STATUS_COLORS,
} from '../core/palette';
import { formatPeriod, periodKey, quartersOf, tryParsePeriod, type Period } from '../core/period';
import { runsFromEnclosing } from '../core/running';
import { statusName } from '../core/status';
import { SUMMARY_STATUSES, type PeriodSummary } from '../core/summary';
import type { SeriesPoint } from '../core/timeseries';
import { levelName, LEVELS, type Level, type StatusCode } from '../core/vocabulary';
import { SummaryFormulas } from './summary-formulas';

export type LayoutCell = string | number | boolean;

export interface GridRange {
  /** 1-based. */
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export type ChartKey =
  'progressPerObjective' | 'statusPerTeam' | 'overTime' | 'expectedVsActual' | 'quarters';

export interface ChartPlan {
  key: ChartKey;
  type: 'BAR' | 'COLUMN' | 'LINE';
  ranges: GridRange[];
  /** 1-based anchor cell of the chart's top-left corner. */
  anchor: { row: number; col: number };
  options: Record<string, unknown>;
}

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

export type SectionKey =
  'headline' | 'levels' | 'status' | 'teams' | 'objectives' | 'attention' | 'overTime' | 'quarters';

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
}

/** Table columns (A…I); charts start two columns to the right of them. */
export const TABLE_WIDTH = 9;
export const CHART_COLUMN = TABLE_WIDTH + 2;
const CHART_ROWS = 20;
const CHART_WIDTH = 620;
const CHART_HEIGHT = 380;

const PERCENT = '0%';
const INTEGER = '0';
const GRADE = '0.0';
const DATE = 'yyyy-mm-dd';

/** The tab name of a summary in a language. */
export function summaryTabName(period: Period, lang: Lang): string {
  return t(lang, 'summary.tabName', { period: formatPeriod(period, lang) });
}

class Grid {
  readonly values: LayoutCell[][] = [];
  readonly formats: string[][] = [];
  readonly weights: ('bold' | 'normal')[][] = [];
  readonly fills: (string | null)[][] = [];

  constructor(readonly width: number) {}

  get rows(): number {
    return this.values.length;
  }

  /** Appends a row; returns its 1-based number. */
  add(
    cells: LayoutCell[] = [],
    formats: string[] = [],
    bold = false,
    fills: (string | null)[] = [],
  ): number {
    const pad = <T>(xs: T[], v: T): T[] => [...xs, ...Array(this.width - xs.length).fill(v)] as T[];
    this.values.push(pad(cells, ''));
    this.formats.push(pad(formats, ''));
    this.weights.push(pad([], bold ? 'bold' : 'normal'));
    this.fills.push(pad(fills, null));
    return this.values.length;
  }

  header(cells: string[]): number {
    return this.add(
      cells.map(protectText),
      [],
      true,
      cells.map(() => HEADER_FILL),
    );
  }

  blank(): void {
    this.add();
  }
}

function text(value: string): string {
  return protectText(value);
}

/**
 * A row's title, marked with its own period when it runs in the summary's from a longer one (an
 * annual objective in a quarter: "… (Annual 2026)"; src/core/running.ts), here and in the chart.
 */
function markRunning(row: { title: string; period: string }, period: Period, lang: Lang): string {
  if (!runsFromEnclosing(row.period, periodKey(period))) return row.title;
  const own = tryParsePeriod(row.period);
  const shown = own ? formatPeriod(own, lang) : row.period;
  return `${row.title} (${t(lang, 'period.annual', { period: shown })})`;
}

function pct(value: number | null | ''): LayoutCell {
  return value === null ? '' : value;
}

/** The layout of a quarter or year summary. */
export function summaryLayout(input: LayoutInput): SummaryLayout {
  const { lang, period, summary, okrSheetName, columns, today } = input;
  const L = (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);
  const f = new SummaryFormulas(okrSheetName, columns);
  const g = new Grid(TABLE_WIDTH);
  const sections: Partial<Record<SectionKey, GridRange>> = {};
  const charts: ChartPlan[] = [];
  const snapshot = L('summary.snapshotNote', { date: today });
  const display = formatPeriod(period, lang);
  const isYear = period.kind === 'year';

  g.add([text(L(isYear ? 'summary.yearTitle' : 'summary.title', { period: display }))], [], true);
  g.add([text(L('summary.liveNote'))]);
  g.blank();

  // Headline figures (live).
  g.add([text(L('summary.headline'))], [], true);
  const headStart = g.rows + 1;
  g.add([text(L('summary.objectives')), f.count('objective', period)], ['', INTEGER]);
  g.add([text(L('summary.keyResults')), f.count('keyResult', period)], ['', INTEGER]);
  g.add([text(L('summary.initiativesDone')), f.initiativesDone(period)], ['', INTEGER]);
  g.add([text(L('summary.initiativesTotal')), f.count('initiative', period)], ['', INTEGER]);
  g.add([text(L('summary.averageProgress')), f.meanProgress(period)], ['', PERCENT]);
  g.add([text(L('summary.expectedToday')), f.expectedToday(period)], ['', PERCENT]);
  sections.headline = { row: headStart, col: 1, numRows: g.rows - headStart + 1, numCols: 2 };
  g.blank();

  // Progress per level (live): Level | Objectives | Key results | Progress | Expected.
  g.add([text(L('summary.byLevel'))], [], true);
  const levelHeader = g.header([
    L('summary.level'),
    L('summary.objectives'),
    L('summary.keyResults'),
    L('summary.progress'),
    L('summary.expected'),
  ]);
  // Expected per level: its objectives' own (an annual one's is the year's), else the period's.
  for (const level of LEVELS) {
    g.add(
      [
        text(levelName(level, lang)),
        f.count('objective', period, level),
        f.count('keyResult', period, level),
        f.meanProgress(period, level),
        f.meanExpected(period, level),
      ],
      ['', INTEGER, INTEGER, PERCENT, PERCENT],
      false,
      [LEVEL_COLORS[level].fill],
    );
  }
  g.add(
    [
      text(L('summary.all')),
      f.count('objective', period),
      f.count('keyResult', period),
      f.meanProgress(period),
      f.meanExpected(period),
    ],
    ['', INTEGER, INTEGER, PERCENT, PERCENT],
    true,
  );
  sections.levels = { row: levelHeader, col: 1, numRows: g.rows - levelHeader + 1, numCols: 5 };
  charts.push({
    key: 'expectedVsActual',
    type: 'COLUMN',
    ranges: [
      { row: levelHeader, col: 1, numRows: 5, numCols: 1 },
      { row: levelHeader, col: 4, numRows: 5, numCols: 2 },
    ],
    anchor: { row: 1, col: CHART_COLUMN },
    options: {
      title: L('chart.expectedVsActual'),
      'hAxis.title': L('summary.level'),
      'vAxis.title': L('summary.progress'),
      'vAxis.format': 'percent',
      'vAxis.viewWindow.min': 0,
      'vAxis.viewWindow.max': 1,
      colors: [LEVEL_COLORS.company.strong, EXPECTED_COLOR],
      'legend.position': 'bottom',
    },
  });
  g.blank();

  // Key results per status (live): Status | Number | Share.
  g.add([text(L('summary.krStatus'))], [], true);
  const statusHeader = g.header([L('summary.status'), L('summary.count'), L('summary.share')]);
  const krTotal = `$B$${headStart + 1}`;
  for (const s of SUMMARY_STATUSES) {
    const row = g.rows + 1;
    g.add(
      [text(statusName(s, lang)), f.statusCount(period, s), `=IFERROR(B${row}/${krTotal},0)`],
      ['', INTEGER, PERCENT],
      false,
      [STATUS_COLORS[s].fill],
    );
  }
  sections.status = { row: statusHeader, col: 1, numRows: g.rows - statusHeader + 1, numCols: 3 };
  g.blank();

  // Key result status per team (teams listed as of today; counts live).
  g.add([text(L('summary.statusPerTeam')), '', '', '', '', text(snapshot)], [], true);
  const teamHeader = g.header([
    L('summary.team'),
    ...SUMMARY_STATUSES.map((s) => statusName(s, lang)),
  ]);
  for (const ts of summary.teamStatus) {
    g.add(
      [
        text(ts.team || L('summary.noTeam')),
        ...SUMMARY_STATUSES.map((s) => f.statusCount(period, s, ts.team)),
      ],
      ['', ...SUMMARY_STATUSES.map(() => INTEGER)],
    );
  }
  sections.teams = { row: teamHeader, col: 1, numRows: g.rows - teamHeader + 1, numCols: 6 };
  charts.push({
    key: 'statusPerTeam',
    type: 'COLUMN',
    ranges: [{ row: teamHeader, col: 1, numRows: g.rows - teamHeader + 1, numCols: 6 }],
    anchor: { row: 1 + CHART_ROWS, col: CHART_COLUMN },
    options: {
      title: L('chart.statusPerTeam'),
      isStacked: true,
      'hAxis.title': L('summary.team'),
      'vAxis.title': L('summary.keyResults'),
      colors: SUMMARY_STATUSES.map((s) => STATUS_COLORS[s].strong),
      'legend.position': 'bottom',
    },
  });
  g.blank();

  // Quarters of a year (live).
  if (isYear) {
    g.add([text(L('summary.quarters'))], [], true);
    const qHeader = g.header([
      L('summary.quarter'),
      L('summary.objectives'),
      L('summary.keyResults'),
      L('summary.progress'),
      L('summary.expected'),
      ...(['onTrack', 'atRisk', 'offTrack', 'noCheckIn'] as StatusCode[]).map((s) =>
        statusName(s, lang),
      ),
    ]);
    for (const q of quartersOf(period)) {
      g.add(
        [
          text(formatPeriod(q, lang)),
          f.count('objective', q),
          f.count('keyResult', q),
          f.meanProgress(q),
          f.meanExpected(q),
          ...(['onTrack', 'atRisk', 'offTrack', 'noCheckIn'] as StatusCode[]).map((s) =>
            f.statusCount(q, s),
          ),
        ],
        ['', INTEGER, INTEGER, PERCENT, PERCENT, INTEGER, INTEGER, INTEGER, INTEGER],
      );
    }
    sections.quarters = { row: qHeader, col: 1, numRows: 5, numCols: 9 };
    charts.push({
      key: 'quarters',
      type: 'COLUMN',
      ranges: [
        { row: qHeader, col: 1, numRows: 5, numCols: 1 },
        { row: qHeader, col: 4, numRows: 5, numCols: 2 },
      ],
      anchor: { row: 1 + 4 * CHART_ROWS, col: CHART_COLUMN },
      options: {
        title: L('chart.quarters'),
        'hAxis.title': L('summary.quarter'),
        'vAxis.title': L('summary.progress'),
        'vAxis.format': 'percent',
        'vAxis.viewWindow.min': 0,
        'vAxis.viewWindow.max': 1,
        colors: [LEVEL_COLORS.company.strong, EXPECTED_COLOR],
        'legend.position': 'bottom',
      },
    });
    g.blank();
  }

  // Objectives per level and team (snapshot).
  g.add(
    [
      text(L(isYear ? 'summary.annual' : 'summary.objectivesTable')),
      '',
      '',
      '',
      '',
      text(snapshot),
    ],
    [],
    true,
  );
  const objHeader = g.header([
    L('summary.level'),
    L('summary.team'),
    L('summary.id'),
    L('summary.objective'),
    L('summary.owner'),
    L('summary.progress'),
    L('summary.expected'),
    L('summary.status'),
    L('summary.grade'),
  ]);
  for (const group of summary.groups) {
    for (const o of group.objectives) {
      g.add(
        [
          text(levelName(o.level, lang)),
          text(o.team),
          text(o.id),
          text(markRunning(o, period, lang)),
          text(o.owner),
          pct(o.progress),
          pct(o.expected),
          o.status ? text(statusName(o.status, lang)) : '',
          o.grade,
        ],
        ['', '', '', '', '', PERCENT, PERCENT, '', GRADE],
        false,
        [
          LEVEL_COLORS[o.level].fill,
          null,
          null,
          null,
          null,
          null,
          null,
          o.status ? STATUS_COLORS[o.status].fill : null,
          o.gradeColor ? GRADE_COLORS[o.gradeColor].fill : null,
        ],
      );
    }
  }
  const objRows = g.rows - objHeader + 1;
  sections.objectives = { row: objHeader, col: 1, numRows: objRows, numCols: 9 };
  charts.push({
    key: 'progressPerObjective',
    type: 'BAR',
    ranges: [
      { row: objHeader, col: 4, numRows: objRows, numCols: 1 },
      { row: objHeader, col: 6, numRows: objRows, numCols: 1 },
    ],
    anchor: { row: 1 + 2 * CHART_ROWS, col: CHART_COLUMN },
    options: {
      title: L('chart.progressPerObjective'),
      'hAxis.title': L('summary.progress'),
      'vAxis.title': L('summary.objective'),
      'hAxis.format': 'percent',
      'hAxis.viewWindow.min': 0,
      'hAxis.viewWindow.max': 1,
      colors: [LEVEL_COLORS.company.strong],
      'legend.position': 'none',
    },
  });
  g.blank();

  // Key results that need attention (snapshot).
  g.add([text(L('summary.attention')), '', '', '', '', text(snapshot)], [], true);
  const attHeader = g.header([
    L('summary.id'),
    L('summary.keyResult'),
    L('summary.owner'),
    L('summary.team'),
    L('summary.progress'),
    L('summary.status'),
    L('summary.lastCheckIn'),
    L('summary.reason'),
  ]);
  if (summary.attention.length === 0) g.add([text(L('summary.noAttention'))]);
  for (const a of summary.attention) {
    const why = a.reasons
      .map((r) =>
        r === 'offTrack'
          ? L('summary.reason.offTrack')
          : L('summary.reason.stale', { days: a.daysSinceCheckIn }),
      )
      .join('; ');
    g.add(
      [
        text(a.id),
        text(markRunning(a, period, lang)),
        text(a.owner),
        text(a.team),
        pct(a.progress),
        a.status ? text(statusName(a.status, lang)) : '',
        text(a.lastCheckIn),
        text(why),
      ],
      ['', '', '', '', PERCENT, '', '', ''],
      false,
      [null, null, null, null, null, a.status ? STATUS_COLORS[a.status].fill : null],
    );
  }
  sections.attention = { row: attHeader, col: 1, numRows: g.rows - attHeader + 1, numCols: 8 };
  g.blank();

  // Progress over time per level (snapshot from the check-in log).
  g.add([text(L('summary.overTime')), '', '', '', '', text(snapshot)], [], true);
  const seriesHeader = g.header([
    L('summary.week'),
    ...LEVELS.map((l: Level) => levelName(l, lang)),
    L('summary.expected'),
  ]);
  for (const p of input.series) {
    g.add(
      [p.date, pct(p.levels.company), pct(p.levels.team), pct(p.levels.personal), p.expected],
      [DATE, PERCENT, PERCENT, PERCENT, PERCENT],
    );
  }
  const seriesRows = g.rows - seriesHeader + 1;
  sections.overTime = { row: seriesHeader, col: 1, numRows: seriesRows, numCols: 5 };
  charts.push({
    key: 'overTime',
    type: 'LINE',
    ranges: [{ row: seriesHeader, col: 1, numRows: seriesRows, numCols: 5 }],
    anchor: { row: 1 + 3 * CHART_ROWS, col: CHART_COLUMN },
    options: {
      title: L('chart.overTime'),
      'hAxis.title': L('summary.week'),
      'vAxis.title': L('summary.progress'),
      'vAxis.format': 'percent',
      'vAxis.viewWindow.min': 0,
      'vAxis.viewWindow.max': 1,
      colors: [...LEVELS.map((l) => LEVEL_COLORS[l].strong), EXPECTED_COLOR],
      'series.3.lineDashStyle': [4, 4],
      'legend.position': 'bottom',
    },
  });

  for (const c of charts) {
    c.options.width = CHART_WIDTH;
    c.options.height = CHART_HEIGHT;
  }
  // Charts in reading order (top to bottom).
  charts.sort((a, b) => a.anchor.row - b.anchor.row);

  return {
    name: summaryTabName(period, lang),
    width: TABLE_WIDTH,
    values: g.values,
    numberFormats: g.formats,
    fontWeights: g.weights,
    backgrounds: g.fills,
    charts,
    columnWidths: [150, 110, 80, 320, 120, 90, 90, 110, 150],
    sections,
  };
}

/** ISO date of a serial, for callers that pass a serial as "today". */
export function todayIso(serial: number): string {
  return isoFromSerial(serial);
}

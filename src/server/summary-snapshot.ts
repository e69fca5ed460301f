// The snapshot sections of a summary tab: values of the day it was built, marked "Snapshot of
// <date>" — the objectives with their numbers, the key results that need attention, and the
// progress over time (computed from the check-in log, which formulas cannot replay).
import { EXPECTED_COLOR, GRADE_COLORS, LEVEL_COLORS, STATUS_COLORS } from '../core/palette';
import { formatPeriod, periodKey, tryParsePeriod, type Period } from '../core/period';
import { runsFromEnclosing } from '../core/running';
import type { AttentionRow } from '../core/summary';
import { statusName } from '../core/status';
import { levelName, LEVELS, type Level } from '../core/vocabulary';
import {
  CHART_COLUMN,
  CHART_ROWS,
  DATE,
  GRADE,
  PERCENT,
  pct,
  percentAxis,
  text,
  titled,
  type Build,
  type TableColumn,
} from './summary-grid';
import { t, type Lang } from './i18n';

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

/** Objectives per level and team (snapshot), and the progress chart. */
export function objectiveSection(b: Build): void {
  const { g, L, lang, period, summary, sections, charts, snapshot, isYear } = b;
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
  const objectives = summary.groups.flatMap((group) => group.objectives);
  type Row = (typeof objectives)[number];
  const columns: TableColumn<Row>[] = [
    {
      header: L('summary.level'),
      value: (o) => text(levelName(o.level, lang)),
      fill: (o) => LEVEL_COLORS[o.level].fill,
    },
    { header: L('summary.team'), value: (o) => text(o.team) },
    { header: L('summary.id'), value: (o) => text(o.id) },
    { header: L('summary.objective'), value: (o) => text(markRunning(o, period, lang)) },
    { header: L('summary.owner'), value: (o) => text(o.owner) },
    { header: L('summary.progress'), value: (o) => pct(o.progress), format: PERCENT },
    { header: L('summary.expected'), value: (o) => pct(o.expected), format: PERCENT },
    {
      header: L('summary.status'),
      value: (o) => (o.status ? text(statusName(o.status, lang)) : ''),
      fill: (o) => (o.status ? STATUS_COLORS[o.status].fill : null),
    },
    {
      header: L('summary.grade'),
      value: (o) => o.grade,
      format: GRADE,
      fill: (o) => (o.gradeColor ? GRADE_COLORS[o.gradeColor].fill : null),
    },
  ];
  const objHeader = g.table(columns, objectives);
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
      ...titled(L('chart.progressPerObjective'), L('summary.progress'), L('summary.objective')),
      ...percentAxis('hAxis'),
      colors: [LEVEL_COLORS.company.strong],
      'legend.position': 'none',
    },
  });
}

/** Key results that need attention (snapshot). */
export function attentionSection(b: Build): void {
  const { g, L, lang, period, summary, sections, snapshot } = b;
  // Key results that need attention (snapshot).
  g.add([text(L('summary.attention')), '', '', '', '', text(snapshot)], [], true);
  const reasons = (a: AttentionRow): string =>
    a.reasons
      .map((r) =>
        r === 'offTrack'
          ? L('summary.reason.offTrack')
          : L('summary.reason.stale', { days: a.daysSinceCheckIn }),
      )
      .join('; ');
  const columns: TableColumn<AttentionRow>[] = [
    { header: L('summary.id'), value: (a) => text(a.id) },
    { header: L('summary.keyResult'), value: (a) => text(markRunning(a, period, lang)) },
    { header: L('summary.owner'), value: (a) => text(a.owner) },
    { header: L('summary.team'), value: (a) => text(a.team) },
    { header: L('summary.progress'), value: (a) => pct(a.progress), format: PERCENT },
    {
      header: L('summary.status'),
      value: (a) => (a.status ? text(statusName(a.status, lang)) : ''),
      fill: (a) => (a.status ? STATUS_COLORS[a.status].fill : null),
    },
    { header: L('summary.lastCheckIn'), value: (a) => text(a.lastCheckIn) },
    { header: L('summary.reason'), value: (a) => text(reasons(a)) },
  ];
  const attHeader = g.table(columns, summary.attention);
  if (summary.attention.length === 0) g.add([text(L('summary.noAttention'))]);
  sections.attention = { row: attHeader, col: 1, numRows: g.rows - attHeader + 1, numCols: 8 };
}

/** Progress over time per level (snapshot from the check-in log), and its chart. */
export function overTimeSection(b: Build): void {
  const { g, L, lang, sections, charts, snapshot } = b;
  // Progress over time per level (snapshot from the check-in log).
  g.add([text(L('summary.overTime')), '', '', '', '', text(snapshot)], [], true);
  const seriesHeader = g.header([
    L('summary.week'),
    ...LEVELS.map((l: Level) => levelName(l, lang)),
    L('summary.expected'),
  ]);
  for (const p of b.series) {
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
      ...titled(L('chart.overTime'), L('summary.week'), L('summary.progress')),
      ...percentAxis('vAxis'),
      colors: [...LEVELS.map((l) => LEVEL_COLORS[l].strong), EXPECTED_COLOR],
      'series.3.lineDashStyle': [4, 4],
      'legend.position': 'bottom',
    },
  });
}

// The live sections of a summary tab: formulas over the OKR tab (summary-formulas.ts), so
// Sheets recomputes them on every edit — the headline figures, progress per level, key results
// per status, the status counts per team, a year's quarters — with their charts.
import { LEVEL_COLORS, STATUS_COLORS } from '../core/palette';
import { LEVELS, type StatusCode } from '../core/vocabulary';
import { formatPeriod, quartersOf } from '../core/period';
import { statusName } from '../core/status';
import { SUMMARY_STATUSES } from '../core/summary';
import { levelName } from '../core/vocabulary';
import {
  CHART_COLUMN,
  CHART_ROWS,
  figureColumns,
  INTEGER,
  PERCENT,
  progressChart,
  text,
  titled,
  type Build,
} from './summary-grid';

/** Headline figures (live): counts, mean progress and expected today. */
export function headlineSection(b: Build): void {
  const { g, f, L, period, sections, refs } = b;
  // Headline figures (live).
  g.title([text(L('summary.headline'))]);
  const headStart = g.rows + 1;
  refs.headStart = headStart;
  g.add([text(L('summary.objectives')), f.count('objective', period)], ['', INTEGER]);
  g.add([text(L('summary.keyResults')), f.count('keyResult', period)], ['', INTEGER]);
  g.add([text(L('summary.initiativesDone')), f.initiativesDone(period)], ['', INTEGER]);
  g.add([text(L('summary.initiativesTotal')), f.count('initiative', period)], ['', INTEGER]);
  g.add([text(L('summary.averageProgress')), f.meanProgress(period)], ['', PERCENT]);
  g.add([text(L('summary.expectedToday')), f.expectedToday(period)], ['', PERCENT]);
  sections.headline = { row: headStart, col: 1, numRows: g.rows - headStart + 1, numCols: 2 };
}

/** Progress per level (live), and the expected-versus-actual chart. */
export function levelSection(b: Build): void {
  const { g, f, L, lang, period, sections, charts } = b;
  // Progress per level (live): Level | Objectives | Key results | Progress | Expected.
  g.title([text(L('summary.byLevel'))]);
  const levelHeader = g.header([L('summary.level'), ...figureColumns(L)]);
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
  charts.push(
    progressChart('expectedVsActual', levelHeader, 1, {
      title: L('chart.expectedVsActual'),
      hAxis: L('summary.level'),
      vAxis: L('summary.progress'),
    }),
  );
}

/** Key results per status (live), with their share. */
export function statusSection(b: Build): void {
  const { g, f, L, lang, period, sections, refs } = b;
  // Key results per status (live): Status | Number | Share.
  g.title([text(L('summary.krStatus'))]);
  const statusHeader = g.header([L('summary.status'), L('summary.count'), L('summary.share')]);
  const krTotal = `$B$${refs.headStart + 1}`;
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
}

/** Key result status per team: teams listed as of today, counts live; the chart. */
export function teamSection(b: Build): void {
  const { g, f, L, lang, period, summary, sections, charts, today } = b;
  // Key result status per team: the teams are listed as of today, their counts are live
  // formulas; the marker says just that (it is no snapshot).
  g.title([
    text(L('summary.statusPerTeam')),
    '',
    '',
    '',
    '',
    text(L('summary.teamsNote', { date: today })),
  ]);
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
      ...titled(L('chart.statusPerTeam'), L('summary.team'), L('summary.keyResults')),
      isStacked: true,
      colors: SUMMARY_STATUSES.map((s) => STATUS_COLORS[s].strong),
      'legend.position': 'bottom',
    },
  });
}

/** A year's quarters (live), and their chart. */
export function quarterSection(b: Build): void {
  const { g, f, L, lang, period, sections, charts } = b;
  // Quarters of a year (live).
  g.title([text(L('summary.quarters'))]);
  const qHeader = g.header([
    L('summary.quarter'),
    ...figureColumns(L),
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
  charts.push(
    progressChart('quarters', qHeader, 1 + 4 * CHART_ROWS, {
      title: L('chart.quarters'),
      hAxis: L('summary.quarter'),
      vAxis: L('summary.progress'),
    }),
  );
}

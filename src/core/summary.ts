// Summary aggregation: the figures, tables and attention list of one period's summary tab,
// computed from the ItemView rows the workbook adapter reads (their progress, expected, status
// and grade are already src/core's numbers). Pure: no Apps Script, no clock (`asOf` is given).
//
// Which rows belong to a period: those that run in it (running.ts): its own rows, and for a
// quarter the annual rows of its year, each with its own expected progress. Every row of the OKR
// tab carries its period, and the live formulas on the summary tab count with the same rule
// (the Period column is the quarter or its year: summary-formulas.ts), so both agree.
import type { ItemView } from './model';
import { LEVELS, STATUSES, type Level, type StatusCode } from './vocabulary';
import { parseIsoDate } from './dates';
import { expectedProgress } from './pace';
import {
  periodEnd,
  periodKey,
  periodStart,
  quartersOf,
  type Period,
  type YearPeriod,
} from './period';
import { weightedMean } from './rollup';
import { itemsRunningIn } from './running';
import { parseNumber } from './values';

/** Key results without a check-in for more than this many days need attention. */
export const STALE_DAYS = 14;

/** The status buckets shown on a summary, in display order. */
export const SUMMARY_STATUSES: readonly StatusCode[] = STATUSES;

export type StatusCounts = Record<StatusCode, number>;

export interface SummaryOptions {
  /** Today as a date serial in the spreadsheet's time zone. */
  asOf: number;
  /** Days without a check-in after which a running key result needs attention (default 14). */
  staleDays?: number;
}

export interface LevelFigures {
  level: Level;
  objectives: number;
  keyResults: number;
  /** Weighted mean of the level's objective progress; null when none has progress. */
  progress: number | null;
  /** What the level's objectives should have by now: expectedMean (the period's if none). */
  expected: number;
}

export interface ObjectiveRow {
  id: string;
  row: number;
  /** The objective's own period: the summary's, or the year of a quarter (an annual one). */
  period: string;
  title: string;
  level: Level;
  team: string;
  owner: string;
  progress: number | '';
  expected: number | '';
  status: StatusCode | '';
  grade: number | '';
  gradeColor: ItemView['gradeColor'];
}

/** The objectives of one level and team, with the group's weighted mean progress. */
export interface ObjectiveGroup {
  level: Level;
  team: string;
  progress: number | null;
  objectives: ObjectiveRow[];
}

export interface TeamStatus {
  /** The key results' Team cell; '' for key results without a team (company level). */
  team: string;
  counts: StatusCounts;
}

export type AttentionReason = 'offTrack' | 'stale';

export interface AttentionRow {
  id: string;
  row: number;
  /** The key result's own period (the year of a quarter for an annual one). */
  period: string;
  title: string;
  level: Level;
  team: string;
  owner: string;
  progress: number | '';
  status: StatusCode | '';
  lastCheckIn: string;
  /** Days since the last check-in (or since the period started when there is none). */
  daysSinceCheckIn: number;
  reasons: AttentionReason[];
}

export interface PeriodSummary {
  /** Canonical key: "2026-Q1" or "2026". */
  period: string;
  asOf: number;
  /** Expected progress of the period on `asOf`. */
  expected: number;
  objectives: number;
  keyResults: number;
  initiatives: number;
  initiativesDone: number;
  /** Weighted mean of all the period's objective progress. */
  progress: number | null;
  /** expectedMean of all the period's objectives (the period's expected when there are none). */
  objectivesExpected: number;
  levels: LevelFigures[];
  /** Key results per status; key results whose status is an error are in none. */
  krStatus: StatusCounts;
  /** krStatus / keyResults (0 when there are no key results). */
  krShare: StatusCounts;
  groups: ObjectiveGroup[];
  teamStatus: TeamStatus[];
  attention: AttentionRow[];
}

export interface YearSummary {
  year: string;
  /** The annual objectives (Period = "2026"). */
  annual: PeriodSummary;
  /** The four quarters of the year, Q1 to Q4. */
  quarters: PeriodSummary[];
}

export function emptyCounts(): StatusCounts {
  return { noCheckIn: 0, achieved: 0, onTrack: 0, atRisk: 0, offTrack: 0 };
}

/**
 * The weight an objective carries in a summary's weighted mean: blank → 1, a number ≥ 0 as it
 * is; anything else (text, a negative number — both reported by the health check) → 0, i.e.
 * left out. The live formulas on the summary tab follow the same rule.
 */
export function summaryWeight(weight: unknown): number {
  let w: number | null;
  try {
    w = parseNumber(weight, 'weight');
  } catch {
    return 0;
  }
  if (w === null) return 1;
  return w >= 0 ? w : 0;
}

/** Weighted mean of objective progress (blank progress left out), see summaryWeight. */
export function objectiveMean(
  objectives: readonly Pick<ItemView, 'progress' | 'weight'>[],
): number | null {
  const values: (number | null)[] = [];
  const weights: number[] = [];
  for (const o of objectives) {
    values.push(o.progress === '' ? null : o.progress);
    weights.push(summaryWeight(o.weight));
  }
  return weightedMean(values, weights);
}

/**
 * What a group of objectives should have by now: the weighted mean (weights as summaryWeight)
 * of each one's own expected progress — an annual objective in a quarter has the year's —
 * or `fallback` (the period's) when none has one. Equal to the period's own when all run in it.
 */
export function expectedMean(objectives: readonly ItemView[], fallback: number): number {
  const values = objectives.map((o) => (o.expected === '' ? null : o.expected));
  return (
    weightedMean(
      values,
      objectives.map((o) => summaryWeight(o.weight)),
    ) ?? fallback
  );
}

function objectiveRow(o: ItemView): ObjectiveRow {
  return {
    id: o.id,
    row: o.row,
    period: o.period,
    title: o.title,
    level: o.level,
    team: o.team,
    owner: o.owner,
    progress: o.progress,
    expected: o.expected,
    status: o.status,
    grade: o.grade,
    gradeColor: o.gradeColor,
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when the date serial lies inside the period (start inclusive, end exclusive). */
function periodRuns(period: Period, asOf: number): boolean {
  const day = Math.floor(asOf);
  return day >= periodStart(period) && day < periodEnd(period);
}

/**
 * The attention list: key results that are off track, or that have had no check-in for more
 * than `staleDays` days while the period runs (achieved key results excepted). Off track first,
 * then by days without a check-in (longest first), then by row.
 */
export function attentionList(
  keyResults: readonly ItemView[],
  period: Period,
  asOf: number,
  staleDays = STALE_DAYS,
): AttentionRow[] {
  const running = periodRuns(period, asOf);
  const start = periodStart(period);
  const today = Math.floor(asOf);
  const rows: AttentionRow[] = [];
  for (const kr of keyResults) {
    const last = kr.lastCheckIn ? parseIsoDate(kr.lastCheckIn) : null;
    const since = today - Math.max(last ?? start, start);
    const reasons: AttentionReason[] = [];
    if (kr.status === 'offTrack') reasons.push('offTrack');
    if (running && kr.status !== 'achieved' && since > staleDays) reasons.push('stale');
    if (reasons.length === 0) continue;
    rows.push({
      id: kr.id,
      row: kr.row,
      period: kr.period,
      title: kr.title,
      level: kr.level,
      team: kr.team,
      owner: kr.owner,
      progress: kr.progress,
      status: kr.status,
      lastCheckIn: kr.lastCheckIn,
      daysSinceCheckIn: Math.max(0, since),
      reasons,
    });
  }
  const offFirst = (r: AttentionRow) => (r.reasons.includes('offTrack') ? 0 : 1);
  return rows.sort(
    (a, b) => offFirst(a) - offFirst(b) || b.daysSinceCheckIn - a.daysSinceCheckIn || a.row - b.row,
  );
}

/** The summary of one period (a quarter or a year) from the OKR tab's rows. */
export function summarizePeriod(
  allItems: readonly ItemView[],
  period: Period,
  options: SummaryOptions,
): PeriodSummary {
  const items = itemsRunningIn(allItems, periodKey(period));
  const expected = expectedProgress(period, options.asOf);
  const objectives = items.filter((i) => i.type === 'objective');
  const keyResults = items.filter((i) => i.type === 'keyResult');
  // Initiatives done / total: the adapter counts them per objective (every initiative under
  // its key results); the period's figures are the sums over its objectives.
  let initiativesDone = 0;
  let initiatives = 0;
  for (const o of objectives) {
    initiativesDone += o.initiativesDone;
    initiatives += o.initiativesTotal;
  }

  const levels: LevelFigures[] = LEVELS.map((level) => {
    const os = objectives.filter((o) => o.level === level);
    return {
      level,
      objectives: os.length,
      keyResults: keyResults.filter((k) => k.level === level).length,
      progress: objectiveMean(os),
      expected: expectedMean(os, expected),
    };
  });

  const krStatus = emptyCounts();
  for (const kr of keyResults) if (kr.status !== '') krStatus[kr.status]++;
  const krShare = emptyCounts();
  for (const s of SUMMARY_STATUSES) {
    krShare[s] = keyResults.length === 0 ? 0 : krStatus[s] / keyResults.length;
  }

  const groups: ObjectiveGroup[] = [];
  for (const level of LEVELS) {
    const os = objectives.filter((o) => o.level === level);
    const teams = [...new Set(os.map((o) => o.team))].sort(compareText);
    for (const team of teams) {
      const members = os.filter((o) => o.team === team).sort((a, b) => a.row - b.row);
      groups.push({
        level,
        team,
        progress: objectiveMean(members),
        objectives: members.map(objectiveRow),
      });
    }
  }

  const teamStatus: TeamStatus[] = [...new Set(keyResults.map((k) => k.team))]
    .sort(compareText)
    .map((team) => {
      const counts = emptyCounts();
      for (const kr of keyResults) if (kr.team === team && kr.status !== '') counts[kr.status]++;
      return { team, counts };
    });

  return {
    period: periodKey(period),
    asOf: options.asOf,
    expected,
    objectives: objectives.length,
    keyResults: keyResults.length,
    initiatives,
    initiativesDone,
    progress: objectiveMean(objectives),
    objectivesExpected: expectedMean(objectives, expected),
    levels,
    krStatus,
    krShare,
    groups,
    teamStatus,
    attention: attentionList(keyResults, period, options.asOf, options.staleDays),
  };
}

/**
 * The year summary: the annual objectives plus each of the four quarters (each as that
 * quarter's own summary, so with the annual objectives running in it).
 */
export function summarizeYear(
  items: readonly ItemView[],
  year: YearPeriod,
  options: SummaryOptions,
): YearSummary {
  return {
    year: periodKey(year),
    annual: summarizePeriod(items, year, options),
    quarters: quartersOf(year).map((q) => summarizePeriod(items, q, options)),
  };
}

// Progress over time per level, from the check-in log: one point per week from the period's
// first day up to today (or the period's last day), each key result at its last checked-in value
// on that day (carried forward), each objective rolled up and each level averaged with the same
// core math as the OKR tab and the summary (keyResultProgress → weightedRollup → weightedMean).
import type { CheckIn, OkrItem } from './model';
import { LEVELS, type Level } from './vocabulary';
import { parseIsoDate } from './dates';
import { expectedProgress } from './pace';
import { periodEnd, periodKey, periodStart, type Period } from './period';
import { itemsRunningIn } from './running';
import { keyResultProgress } from './progress';
import { weightedRollup } from './rollup';
import { objectiveMean } from './summary';
import { parseNumber } from './values';

export interface SeriesPoint {
  /** Date serial of the point (a week after the previous one). */
  date: number;
  /** Expected progress of the period on that day. */
  expected: number;
  /** Weighted mean of the level's objective progress on that day; null when no objective. */
  levels: Record<Level, number | null>;
  /** All the period's objectives together. */
  overall: number | null;
}

/** The day (date serial) of a check-in's ISO timestamp, or null when it has none. */
export function checkInDay(timestamp: string): number | null {
  return typeof timestamp === 'string' ? parseIsoDate(timestamp.slice(0, 10)) : null;
}

/** The weekly dates of a period up to `asOf`: start, start + 7, … ≤ min(asOf, last day). */
export function weeklyDates(period: Period, asOf: number): number[] {
  const start = periodStart(period);
  const last = Math.min(Math.floor(asOf), periodEnd(period) - 1);
  const dates: number[] = [];
  for (let d = start; d <= last; d += 7) dates.push(d);
  return dates;
}

interface Entry {
  day: number;
  value: OkrItem['current'];
}

function krWeight(cell: unknown): number | null {
  try {
    return parseNumber(cell, 'weight');
  } catch {
    return 0;
  }
}

/**
 * The progress time series of a period. `items` are the OKR tab's rows (all periods; roll-up
 * key results may draw on objectives elsewhere), `checkIns` the log in any order. A key result
 * without any log entry but with a Last check-in date and a Current value counts as checked in
 * with that value on that date (rows imported or typed by hand).
 */
export function progressOverTime(
  items: readonly OkrItem[],
  checkIns: readonly CheckIn[],
  period: Period,
  asOf: number,
): SeriesPoint[] {
  const key = periodKey(period);
  const byId = new Map<string, OkrItem>();
  const krsOf = new Map<string, OkrItem[]>();
  const alignedTo = new Map<string, OkrItem[]>();
  for (const item of items) {
    byId.set(item.id, item);
    if (item.type === 'keyResult') {
      const list = krsOf.get(item.parentId) ?? [];
      list.push(item);
      krsOf.set(item.parentId, list);
    }
    if (item.type === 'objective' && item.alignedTo) {
      const list = alignedTo.get(item.alignedTo) ?? [];
      list.push(item);
      alignedTo.set(item.alignedTo, list);
    }
  }

  // Each key result's history, sorted by day (a later log line wins on the same day).
  const history = new Map<string, Entry[]>();
  const indexed = checkIns.map((c, i) => ({ c, i, day: checkInDay(c.timestamp) }));
  indexed.sort((a, b) =>
    a.c.timestamp < b.c.timestamp ? -1 : a.c.timestamp > b.c.timestamp ? 1 : a.i - b.i,
  );
  for (const { c, day } of indexed) {
    if (day === null || !byId.has(c.keyResultId)) continue;
    const list = history.get(c.keyResultId) ?? [];
    list.push({ day, value: c.value });
    history.set(c.keyResultId, list);
  }
  for (const item of items) {
    if (item.type !== 'keyResult' || history.has(item.id)) continue;
    const day = item.lastCheckIn ? parseIsoDate(item.lastCheckIn) : null;
    if (day !== null && item.current !== '') history.set(item.id, [{ day, value: item.current }]);
  }

  const valueOn = (krId: string, day: number): OkrItem['current'] => {
    let value: OkrItem['current'] = '';
    for (const e of history.get(krId) ?? []) {
      if (e.day > day) break;
      value = e.value;
    }
    return value;
  };

  // The objectives that run in the period (running.ts): an annual one in a quarter too.
  const objectives = itemsRunningIn(items, key).filter((i) => i.type === 'objective');

  return weeklyDates(period, asOf).map((day) => {
    const memo = new Map<string, number | null>();
    const visiting = new Set<string>();

    const objectiveProgress = (o: OkrItem): number | null => {
      if (memo.has(o.id)) return memo.get(o.id) as number | null;
      if (visiting.has(o.id)) return null; // an alignment cycle: the health check reports it
      visiting.add(o.id);
      const krs = krsOf.get(o.id) ?? [];
      let result: number | null;
      try {
        result = weightedRollup(
          krs.map((kr) => krProgress(kr)),
          krs.map((kr) => krWeight(kr.weight)),
        );
      } catch {
        result = null;
      }
      visiting.delete(o.id);
      memo.set(o.id, result);
      return result;
    };

    const krProgress = (kr: OkrItem): number | null => {
      if (kr.kind === 'rollup') {
        const aligned = alignedTo.get(kr.id) ?? [];
        try {
          return weightedRollup(
            aligned.map((o) => objectiveProgress(o)),
            aligned.map((o) => krWeight(o.weight)),
          );
        } catch {
          return null;
        }
      }
      try {
        return keyResultProgress(kr.start, kr.target, valueOn(kr.id, day), kr.kind);
      } catch {
        return null;
      }
    };

    // What objectiveMean reads (progress and weight), and the level to group by: no copy of
    // every objective's row per week.
    const views = objectives.map((o) => {
      const progress = objectiveProgress(o);
      return { level: o.level, weight: o.weight, progress: progress ?? ('' as const) };
    });
    const levels = {} as Record<Level, number | null>;
    for (const level of LEVELS)
      levels[level] = objectiveMean(views.filter((v) => v.level === level));
    return {
      date: day,
      expected: expectedProgress(period, day),
      levels,
      overall: objectiveMean(views),
    };
  });
}

// The numbers of every row, computed by src/core exactly as the sheet's native formulas compute
// them (src/server/formulas.ts; the parity test checks both agree):
// - key result: keyResultProgress by kind; a roll-up key result rolls up the objectives aligned
//   to it that sit at a lower level (personal → team → company), weighted by their weight;
// - objective: weightedRollup over its key results;
// - initiatives drive nothing: their progress, expected, status and grade stay blank, and they
//   count as done / total on their key result and objective;
// - expected from the period and today; status from progress, expected and the thresholds;
//   grade from progress.
import { isOkrError } from './errors';
import { grade } from './grade';
import type { Lang } from './i18n';
import type { ItemView, OkrItem } from './model';
import { expectedProgress } from './pace';
import { tryParsePeriod } from './period';
import { keyResultProgress } from './progress';
import { weightedRollup } from './rollup';
import { status } from './status';
import type { StatusThresholds } from './vocabulary';
import { isDone, parseNumber, type DecimalMark } from './values';
import { indexById, levelRank, tierOf, type SheetItem } from './okr-rows';
import { CORE_WORDS, type SheetWords } from './word-tables';

export interface ComputedView extends ItemView {
  /** Why progress could not be computed ('' when it could or when it is simply blank). */
  progressError: string;
}

function safe<T>(fn: () => T, onError: (message: string) => T, lang: Lang): T {
  try {
    return fn();
  } catch (err) {
    return onError(isOkrError(err) ? err.render(lang) : String(err));
  }
}

/**
 * Every row's numbers on the day `asOfSerial` (a date serial in the sheet's time zone), with
 * the words of the sheet's settings tab (word-tables.ts) for milestones and periods.
 */
export function computeViews(
  items: readonly SheetItem[],
  asOfSerial: number,
  thresholds: StatusThresholds,
  lang: Lang = 'en',
  mark: DecimalMark = '.',
  words: SheetWords = CORE_WORDS,
): ComputedView[] {
  const byId = indexById(items);
  const children = new Map<string, SheetItem[]>();
  const alignedTo = new Map<string, SheetItem[]>();
  for (const item of items) {
    if (item.parentId) {
      const key = item.parentId.toUpperCase();
      const list = children.get(key) ?? children.set(key, []).get(key)!;
      list.push(item);
    }
    if (item.alignedTo && item.type === 'objective') {
      const key = item.alignedTo.toUpperCase();
      const list = alignedTo.get(key) ?? alignedTo.set(key, []).get(key)!;
      list.push(item);
    }
  }
  const progress = new Map<SheetItem, number | null>();
  const errors = new Map<SheetItem, string>();
  const visiting = new Set<SheetItem>();

  const weightOf = (item: OkrItem): number | null => parseNumber(item.weight, 'weight', mark);

  const progressOf = (item: SheetItem): number | null => {
    if (progress.has(item)) return progress.get(item) ?? null;
    if (visiting.has(item)) return null; // guarded by tiers; never loops
    visiting.add(item);
    let p: number | null = null;
    if (item.type === 'keyResult') {
      if (item.kind === 'rollup') {
        const tier = levelRank(tierOf(item, byId));
        const sources = (alignedTo.get(item.id.toUpperCase()) ?? []).filter(
          (o) => levelRank(o.level) > tier,
        );
        p = safe(
          () =>
            sources.length === 0
              ? null
              : weightedRollup(sources.map(progressOf), sources.map(weightOf)),
          () => null,
          lang,
        );
      } else {
        // Inline rather than through safe(): twenty thousand key results, no closures.
        try {
          p = keyResultProgress(item.start, item.target, item.current, item.kind, mark, words);
        } catch (err) {
          errors.set(item, isOkrError(err) ? err.render(lang) : String(err));
          p = null;
        }
      }
    } else if (item.type === 'objective') {
      const krs: SheetItem[] = [];
      for (const c of children.get(item.id.toUpperCase()) ?? [])
        if (c.type === 'keyResult') krs.push(c);
      p = safe(
        () => (krs.length === 0 ? null : weightedRollup(krs.map(progressOf), krs.map(weightOf))),
        () => null,
        lang,
      );
    }
    visiting.delete(item);
    progress.set(item, p);
    return p;
  };

  // Thousands of rows share a handful of periods: parse each period text once.
  const expectedByPeriod = new Map<unknown, number | null>();
  const expectedOf = (text: unknown): number | null => {
    let e = expectedByPeriod.get(text);
    if (e === undefined) {
      const period = tryParsePeriod(text, words.periods);
      e = period ? expectedProgress(period, asOfSerial) : null;
      expectedByPeriod.set(text, e);
    }
    return e;
  };

  // Initiatives below a key result, and below an objective's key results: counted in place.
  const countInitiatives = (list: readonly SheetItem[] | undefined, view: ComputedView): void => {
    if (!list) return;
    for (const k of list) {
      if (k.type !== 'initiative') continue;
      view.initiativesTotal++;
      if (isDone(k.current, words.done)) view.initiativesDone++;
    }
  };
  const initiativesInto = (item: SheetItem, view: ComputedView): void => {
    if (!item.id || (item.type !== 'keyResult' && item.type !== 'objective')) return;
    const kids = children.get(item.id.toUpperCase());
    if (!kids) return;
    if (item.type === 'keyResult') return countInitiatives(kids, view);
    for (const kr of kids)
      if (kr.type === 'keyResult' && kr.id)
        countInitiatives(children.get(kr.id.toUpperCase()), view);
  };

  return items.map((item) => {
    // Every field written out (no spread): one object shape for all rows keeps this fast on
    // sheets of tens of thousands of rows.
    const base: ComputedView = {
      id: item.id,
      type: item.type,
      level: item.level,
      team: item.team,
      owner: item.owner,
      period: item.period,
      parentId: item.parentId,
      alignedTo: item.alignedTo,
      title: item.title,
      kind: item.kind,
      start: item.start,
      target: item.target,
      current: item.current,
      unit: item.unit,
      weight: item.weight,
      confidence: item.confidence,
      lastCheckIn: item.lastCheckIn,
      notes: item.notes,
      sourceId: item.sourceId,
      closed: item.closed,
      row: item.row,
      progress: '',
      expected: '',
      status: '',
      grade: '',
      gradeColor: '',
      initiativesDone: 0,
      initiativesTotal: 0,
      progressError: '',
    };
    initiativesInto(item, base);
    if (item.type === 'initiative') return base;
    const p = progressOf(item);
    base.progressError = errors.get(item) ?? '';
    const e = expectedOf(item.period);
    base.progress = p ?? '';
    base.expected = e ?? '';
    if (p === null) {
      base.status = base.progressError ? '' : 'noCheckIn';
    } else if (p >= 1) {
      base.status = 'achieved';
    } else if (e !== null) {
      base.status = status(p, e, thresholds);
    }
    // A closed row keeps the grade it closed with (written on the row); others follow progress.
    const g = item.closed && item.frozenGrade !== undefined ? grade(item.frozenGrade) : grade(p);
    if (g) {
      base.grade = g.score;
      base.gradeColor = g.color;
    }
    return base;
  });
}

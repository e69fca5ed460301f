// "Start the next quarter": which items continue, and what the OKR tab gets. Pure planning;
// the server applies the plan under the document lock (append the new rows, mark the old ones).
//
// - The chosen items are copied into the next period: start = the last value (Current), Current
//   blank, same owner, team, level, title, kind, target, unit and weight; Source = the old ID.
// - Parents follow the copies: a key result goes under the copy of its objective, an initiative
//   under the copy of its key result. Choosing a child without its parent is an error (unless the
//   parent was continued before), so nothing lands without a parent.
// - Alignment is kept where the aligned item continues too (it points at its copy), or where it
//   still runs in the next period (an annual objective of the same year); otherwise it is cleared.
// - Every item of the closed period is marked closed, objectives and key results with their
//   grade. Nothing is deleted, nothing else on the old rows changes.
// - Running it again is harmless: an item that already has a copy in the next period (a row whose
//   Source is its ID) is not copied again.
import type { ItemType, ItemView, OkrItem } from './model';
import { OkrError } from './errors';
import { summaryMessages } from './messages/summary';
import { nextPeriod, periodKey, tryParsePeriod, yearOf, type Period } from './period';
import { parseNumber } from './values';

export interface RolloverCandidateView {
  id: string;
  type: ItemType;
  level: ItemView['level'];
  parentId: string;
  title: string;
  owner: string;
  team: string;
  progress: number | '';
  grade: number | '';
  gradeColor: ItemView['gradeColor'];
  /** True when a copy already exists in the next period. */
  continued: boolean;
}

export interface CloseMark {
  id: string;
  row: number;
  /** The end-of-period grade frozen on the row; '' for initiatives and ungraded items. */
  grade: number | '';
}

export interface RolloverPlan {
  from: string;
  to: string;
  /** The new rows in outline order (objective, its key results, their initiatives). */
  created: OkrItem[];
  /** Every row of the closed period gets its closed mark (and grade). */
  marks: CloseMark[];
  /** Chosen IDs that already had a copy in the next period and were not copied again. */
  skipped: string[];
}

/** Allocates the next unused ID for a type (O-…, KR-…, I-…); never returns one twice. */
export type IdAllocator = (type: ItemType) => string;

const PREFIX: Record<ItemType, string> = { objective: 'O', keyResult: 'KR', initiative: 'I' };

/**
 * An allocator that continues after the highest number in `existingIds` per prefix. The server
 * uses the workbook's own allocator when it keeps a counter (IDs are never reused); this one is
 * for tests and as a fallback.
 */
export function allocatorAfter(existingIds: Iterable<string>): IdAllocator {
  const next: Record<string, number> = { O: 1, KR: 1, I: 1 };
  for (const id of existingIds) {
    const m = /^(O|KR|I)-(\d+)$/i.exec(id.trim());
    if (!m) continue;
    const prefix = (m[1] as string).toUpperCase();
    next[prefix] = Math.max(next[prefix] ?? 1, Number(m[2]) + 1);
  }
  return (type) => {
    const prefix = PREFIX[type];
    const n = next[prefix] ?? 1;
    next[prefix] = n + 1;
    return `${prefix}-${n}`;
  };
}

function copiesIn(items: readonly OkrItem[], to: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const i of items)
    if (i.period === to && i.sourceId && !map.has(i.sourceId)) map.set(i.sourceId, i.id);
  return map;
}

/** The period's objectives and key results (outline order) a person can choose to continue. */
export function rolloverCandidates(
  items: readonly ItemView[],
  period: Period,
): RolloverCandidateView[] {
  const from = periodKey(period);
  const copies = copiesIn(items, periodKey(nextPeriod(period)));
  return items
    .filter((i) => i.period === from && i.type !== 'initiative')
    .sort((a, b) => a.row - b.row)
    .map((i) => ({
      id: i.id,
      type: i.type,
      level: i.level,
      parentId: i.parentId,
      title: i.title,
      owner: i.owner,
      team: i.team,
      progress: i.progress,
      grade: i.grade,
      gradeColor: i.gradeColor,
      continued: copies.has(i.id),
    }));
}

function startFromLastValue(item: OkrItem): OkrItem['start'] {
  if (item.type !== 'keyResult') return '';
  if (item.kind === 'milestone' || item.kind === 'rollup') return '';
  let last: number | null;
  try {
    last = parseNumber(item.current, 'current');
  } catch {
    last = null;
  }
  // No (usable) check-in: the old start is still the best baseline.
  return last === null ? item.start : item.current;
}

/** True when an item of `period` still runs during `next` (the same period, or its year). */
function runsDuring(item: OkrItem, next: Period): boolean {
  const p = tryParsePeriod(item.period);
  if (!p) return false;
  const key = periodKey(p);
  return key === periodKey(next) || key === periodKey(yearOf(next));
}

/**
 * The plan for continuing `ids` from `period` into the next one. Throws an OkrError when an ID
 * is unknown, not in the period, or a child is chosen without its parent.
 */
export function planRollover(
  items: readonly ItemView[],
  period: Period,
  ids: readonly string[],
  allocate: IdAllocator,
): RolloverPlan {
  const from = periodKey(period);
  const next = nextPeriod(period);
  const to = periodKey(next);
  const byId = new Map(items.map((i) => [i.id, i] as const));
  const chosen = new Set<string>();
  for (const raw of ids) {
    const id = String(raw).trim();
    const item = byId.get(id);
    if (!item) throw new OkrError('rollover.unknownId', { value: id }, summaryMessages);
    if (item.period !== from)
      throw new OkrError('rollover.notInPeriod', { value: id, period: from }, summaryMessages);
    chosen.add(id);
  }

  const previous = copiesIn(items, to);
  const idMap = new Map(previous);
  const skipped: string[] = [];
  const order = items
    .filter((i) => chosen.has(i.id))
    .sort((a, b) => outlineKey(a, byId) - outlineKey(b, byId) || a.row - b.row);

  // Parents must continue (now or before): check before allocating anything.
  for (const item of order) {
    if (item.type === 'objective' || previous.has(item.id)) continue;
    if (!chosen.has(item.parentId) && !previous.has(item.parentId)) {
      throw new OkrError(
        'rollover.parentMissing',
        { value: item.id, parent: item.parentId },
        summaryMessages,
      );
    }
  }
  const fresh: ItemView[] = [];
  for (const item of order) {
    if (previous.has(item.id)) {
      skipped.push(item.id);
      continue;
    }
    idMap.set(item.id, allocate(item.type));
    fresh.push(item);
  }

  const created: OkrItem[] = fresh.map((item) => {
    let alignedTo = '';
    if (item.alignedTo) {
      const copy = idMap.get(item.alignedTo);
      const target = byId.get(item.alignedTo);
      if (copy) alignedTo = copy;
      else if (target && runsDuring(target, next)) alignedTo = item.alignedTo;
    }
    return {
      id: idMap.get(item.id) as string,
      type: item.type,
      level: item.level,
      team: item.team,
      owner: item.owner,
      period: to,
      parentId: item.type === 'objective' ? '' : (idMap.get(item.parentId) as string),
      alignedTo,
      title: item.title,
      kind: item.kind,
      start: startFromLastValue(item),
      target: item.type === 'keyResult' ? item.target : '',
      current: '',
      unit: item.unit,
      weight: item.weight,
      confidence: '',
      lastCheckIn: '',
      notes: item.notes,
      sourceId: item.id,
      closed: false,
    };
  });
  // Outline order: each copy follows its parent's copy (objectives in row order).
  const outlined = outline(created);

  const marks: CloseMark[] = items
    .filter((i) => i.period === from)
    .sort((a, b) => a.row - b.row)
    .map((i) => ({ id: i.id, row: i.row, grade: i.type === 'initiative' ? '' : i.grade }));

  return { from, to, created: outlined, marks, skipped };
}

// Sort key that puts objectives before key results before initiatives; ties by row.
function outlineKey(item: OkrItem, _byId: Map<string, OkrItem>): number {
  return item.type === 'objective' ? 0 : item.type === 'keyResult' ? 1 : 2;
}

function outline(created: OkrItem[]): OkrItem[] {
  const children = new Map<string, OkrItem[]>();
  const roots: OkrItem[] = [];
  const ids = new Set(created.map((c) => c.id));
  for (const c of created) {
    if (c.type !== 'objective' && ids.has(c.parentId)) {
      const list = children.get(c.parentId) ?? [];
      list.push(c);
      children.set(c.parentId, list);
    } else {
      roots.push(c);
    }
  }
  const out: OkrItem[] = [];
  const visit = (c: OkrItem) => {
    out.push(c);
    for (const child of children.get(c.id) ?? []) visit(child);
  };
  for (const r of roots) visit(r);
  return out;
}

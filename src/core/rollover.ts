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
import { isDone, parseNumber } from './values';

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
  /** The ID of that copy ('' when none). */
  copyId: string;
  /**
   * Ticked when the list opens: unfinished work continues (an initiative not done, an objective
   * or key result below 100 %); what was achieved stays behind.
   */
  suggested: boolean;
}

/**
 * What "Start the next quarter" shows for a quarter. Open: every item that can continue, in
 * outline order (each objective, its key results, each with its initiatives). Closed: when, and
 * the items that were carried over, each with its copy's ID.
 */
export interface RolloverListing {
  /** The quarter and the next one, canonical ('2026-Q2', '2026-Q3'). */
  period: string;
  next: string;
  /** True once the quarter was closed: its close recorded, or every item of it marked closed. */
  closed: boolean;
  /** The day it was closed (ISO), '' when open or closed before the day was recorded. */
  closedOn: string;
  items: RolloverCandidateView[];
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

/**
 * The items of a period in outline order: each objective (by row) followed by its key results,
 * each key result by its initiatives; items whose parent is not in the list follow by row.
 */
function inOutline<T extends OkrItem & { row: number }>(items: readonly T[]): T[] {
  const byRow = [...items].sort((a, b) => a.row - b.row);
  const ids = new Set(byRow.map((i) => i.id));
  const children = new Map<string, T[]>();
  const roots: T[] = [];
  for (const i of byRow) {
    if (i.type !== 'objective' && ids.has(i.parentId)) {
      children.set(i.parentId, [...(children.get(i.parentId) ?? []), i]);
    } else roots.push(i);
  }
  const out: T[] = [];
  const seen = new Set<string>();
  const visit = (i: T) => {
    if (seen.has(i.id)) return;
    seen.add(i.id);
    out.push(i);
    for (const child of children.get(i.id) ?? []) visit(child);
  };
  roots.forEach(visit);
  // A parent cycle (or a duplicated ID) leaves rows unvisited: they follow by row.
  for (const i of byRow) if (!seen.has(i.id)) out.push(i);
  return out;
}

/** True when an item's work is finished, so it stays behind unless a person ticks it. */
function finished(i: ItemView): boolean {
  return i.type === 'initiative' ? isDone(i.current) : i.progress !== '' && i.progress >= 1;
}

/** The period's objectives, key results and initiatives (outline order) that can continue. */
export function rolloverCandidates(
  items: readonly ItemView[],
  period: Period,
): RolloverCandidateView[] {
  const from = periodKey(period);
  const copies = copiesIn(items, periodKey(nextPeriod(period)));
  return inOutline(items.filter((i) => i.period === from)).map((i) => ({
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
    copyId: copies.get(i.id) ?? '',
    suggested: !finished(i),
  }));
}

/**
 * What "Start the next quarter" lists for `period`. `closedOn` is the close the workbook
 * recorded ('' when none): a quarter is closed when it was recorded, or when every item of it
 * is marked closed (a close from before the day was recorded). Closed, only the items that were
 * carried over are listed, so nothing is offered again.
 */
export function rolloverListing(
  items: readonly ItemView[],
  period: Period,
  closedOn: string,
): RolloverListing {
  const candidates = rolloverCandidates(items, period);
  const key = periodKey(period);
  const ofPeriod = items.filter((i) => i.period === key);
  const closed = closedOn !== '' || (ofPeriod.length > 0 && ofPeriod.every((i) => i.closed));
  return {
    period: key,
    next: periodKey(nextPeriod(period)),
    closed,
    closedOn,
    items: closed ? candidates.filter((c) => c.continued) : candidates,
  };
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

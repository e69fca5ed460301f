// The OKR hierarchy: which type sits under which, what key results and initiatives take from
// their parent, an item's descendants and where a new row goes in outline order. The server
// (adding, editing, moving), the health check and the sidebar's pickers all ask this module.
import type { ItemType, Level, OkrItem } from './model';
import { indexById, levelRank } from './okr-rows';
import { tryParsePeriod } from './period';

/** The type an item's parent must have (null: an objective has no parent). */
export const PARENT_TYPE: Readonly<Record<ItemType, ItemType | null>> = {
  objective: null,
  keyResult: 'objective',
  initiative: 'keyResult',
};

/** Whether `parent` may be the parent of an item of `type`. */
export function fitsUnder(type: ItemType, parent: { type: ItemType } | undefined): boolean {
  const wanted = PARENT_TYPE[type];
  return wanted !== null && parent !== undefined && parent.type === wanted;
}

/** The fields key results and initiatives take from their objective (initiatives keep their team). */
export const INHERITED = ['level', 'team', 'period'] as const;

/** What a child of `parent` inherits: level and period, and a key result's team. */
export function inheritedFrom(
  parent: Pick<OkrItem, 'level' | 'team' | 'period'>,
  child: Pick<OkrItem, 'type' | 'team'>,
): { level: Level; team: string; period: string } {
  return {
    level: parent.level,
    team: child.type === 'keyResult' ? parent.team : child.team,
    period: parent.period,
  };
}

/** An item's descendants (key results, initiatives), each before the items below it. */
export function descendantsOf<T extends OkrItem>(items: readonly T[], id: string): T[] {
  // The rows under each Parent (upper-cased), in sheet order: one pass over the tab.
  const childrenOf = new Map<string, T[]>();
  for (const it of items) {
    const key = it.parentId.toUpperCase();
    const children = childrenOf.get(key);
    if (children) children.push(it);
    else childrenOf.set(key, [it]);
  }
  const out: T[] = [];
  const stack = [id.toUpperCase()];
  const seen = new Set<string>(stack);
  while (stack.length) {
    const current = stack.pop() as string;
    for (const it of childrenOf.get(current) ?? []) {
      out.push(it);
      const key = it.id.toUpperCase();
      if (key && !seen.has(key)) {
        seen.add(key);
        stack.push(key);
      }
    }
  }
  return out;
}

/**
 * Copies level, team and period down from `top`'s parent (when top is not an objective) and
 * from top to everything below it. Returns the items that changed.
 */
export function cascadeFromParents<T extends OkrItem>(items: readonly T[], top: T): T[] {
  const byId = indexById(items);
  const changed: T[] = [];
  // descendantsOf lists each item before the items below it, so values flow down in one pass.
  for (const item of [top, ...descendantsOf(items, top.id)]) {
    if (item.type === 'objective' || !item.parentId) continue;
    const parent = byId.get(item.parentId.toUpperCase());
    if (!parent) continue;
    const want = inheritedFrom(parent, item);
    if (item.level !== want.level || item.team !== want.team || item.period !== want.period) {
      Object.assign(item, want);
      changed.push(item);
    }
  }
  return changed;
}

/** Why an item's parent or alignment cannot be (the server words it for the person). */
export type LinkProblem =
  | { problem: 'objectiveHasNoParent'; id: string }
  | { problem: 'parentNeeded'; type: ItemType; parentType: ItemType }
  | { problem: 'unknownId'; id: string }
  | { problem: 'wrongParent'; type: ItemType; parentType: ItemType; id: string }
  | { problem: 'ownDescendant'; id: string };

/**
 * Checks an item's parent and alignment against the tab's items (`self`: the item as it is on
 * the tab, when it is being changed). On success the IDs are spelt as on the tab.
 */
export function checkLinks<T extends OkrItem>(
  items: readonly T[],
  item: OkrItem,
  self?: T,
): LinkProblem | null {
  const byId = indexById(items);
  const parentType = PARENT_TYPE[item.type];
  if (parentType === null) {
    if (item.parentId) return { problem: 'objectiveHasNoParent', id: item.parentId };
  } else {
    if (!item.parentId) return { problem: 'parentNeeded', type: item.type, parentType };
    const parent = byId.get(item.parentId.toUpperCase());
    if (!parent) return { problem: 'unknownId', id: item.parentId };
    if (!fitsUnder(item.type, parent))
      return { problem: 'wrongParent', type: item.type, parentType, id: item.parentId };
    if (self) {
      const key = item.parentId.toUpperCase();
      const below = descendantsOf(items, self.id).map((d) => d.id.toUpperCase());
      if (key === self.id.toUpperCase() || below.includes(key))
        return { problem: 'ownDescendant', id: self.id };
    }
    item.parentId = parent.id;
  }
  if (item.alignedTo) {
    const target = byId.get(item.alignedTo.toUpperCase());
    if (!target || target.type === 'initiative')
      return { problem: 'unknownId', id: item.alignedTo };
    if (self && target.id.toUpperCase() === self.id.toUpperCase())
      return { problem: 'ownDescendant', id: self.id };
    item.alignedTo = target.id;
  }
  return null;
}

/**
 * The row after which a new item belongs in outline order, as Set up and Structure lay a tab
 * out (objectives in level blocks: company, team, personal; within a level by team, within a
 * team by period; each objective followed by its key results and their initiatives):
 * - a key result or initiative: below its parent's last descendant;
 * - an objective: below the last objective (and its rows) of the same level, team and period;
 *   else of the same level and team; else of the same level; else of the nearest level above
 *   it; else above the first objective of a level below it (a company objective on a tab that
 *   holds only team objectives goes first);
 * - else after `lastRow` (the tab's last row, or its header row when that is lower).
 * `headerRow` is the tab's header row (the row above the first item).
 */
export function insertionRow<T extends OkrItem & { row: number }>(
  items: readonly T[],
  item: OkrItem,
  lastRow: number,
  headerRow = 1,
): number {
  const byId = indexById(items);
  const lastDescendantRow = (id: string): number => {
    let last = byId.get(id.toUpperCase())?.row ?? 0;
    for (const it of descendantsOf(items, id)) if (it.id && it.row > last) last = it.row;
    return last;
  };
  if (item.type !== 'objective' && item.parentId) {
    const row = lastDescendantRow(item.parentId);
    if (row > 0) return row;
  }
  if (item.type === 'objective') {
    const objectives = items
      .filter((i) => i.type === 'objective' && i.id)
      .sort((a, b) => a.row - b.row);
    const team = item.team.trim().toLowerCase();
    const sameTeam = (o: T) => o.team.trim().toLowerCase() === team;
    const rank = levelRank(item.level);
    const blocks: ((o: T) => boolean)[] = [
      (o) => o.level === item.level && sameTeam(o) && o.period === item.period,
      (o) => o.level === item.level && sameTeam(o),
      (o) => o.level === item.level,
    ];
    for (let r = rank - 1; r >= 0; r--) blocks.push((o) => levelRank(o.level) === r);
    for (const inBlock of blocks) {
      const last = objectives.filter(inBlock).pop();
      if (last) return lastDescendantRow(last.id);
    }
    const below = objectives.find((o) => levelRank(o.level) > rank);
    if (below) return Math.max(headerRow, below.row - 1);
  }
  return lastRow;
}

// ---------------------------------------------------------------------------------------------
// Alignment

/**
 * One level up (personal → team → company), or a quarterly objective to an annual one of the
 * same level (objective or key result of that annual objective).
 */
export function alignsOneUp(
  item: { level: Level; period: string },
  target: { level: Level; period: string; type: string },
): boolean {
  if (levelRank(target.level) === levelRank(item.level) - 1) return true;
  if (target.level === item.level) {
    const own = tryParsePeriod(item.period);
    const theirs = tryParsePeriod(target.period);
    return (
      !!own &&
      !!theirs &&
      own.kind === 'quarter' &&
      theirs.kind === 'year' &&
      theirs.year === own.year
    );
  }
  return false;
}

/** The IDs of an alignment cycle through `start` (objective → target → its objective → …), or null. */
export function alignmentCycle(
  start: OkrItem,
  byId: ReadonlyMap<string, OkrItem>,
): string[] | null {
  const path: string[] = [start.id];
  const seen = new Set<string>([start.id.toUpperCase()]);
  let current: OkrItem | undefined = start;
  for (let guard = 0; current && guard < 1000; guard++) {
    if (!current.alignedTo) return null;
    let next: OkrItem | undefined = byId.get(current.alignedTo.toUpperCase());
    if (next && next.type === 'keyResult') {
      path.push(next.id);
      next = byId.get(next.parentId.toUpperCase());
    }
    if (!next) return null;
    const key = next.id.toUpperCase();
    path.push(next.id);
    if (key === start.id.toUpperCase()) return path;
    if (seen.has(key)) return null; // a cycle that does not pass through start
    seen.add(key);
    current = next;
  }
  return null;
}

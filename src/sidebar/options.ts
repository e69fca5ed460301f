// Pure helpers the views use to shape the snapshot: the overview tree, and the choices the
// parent and alignment pickers may offer (only valid ones: src/core/hierarchy.ts, and the
// alignment rules of ARCHITECTURE.md).
import { PARENT_TYPE } from '../core/hierarchy';
import type { ItemView } from '../core/model';
import { runsIn } from '../core/running';
import { LEVELS, type Level } from '../core/vocabulary';

export interface Filters {
  period: string;
  level: Level | '';
  team: string;
  owner: string;
  /** Only the key results that need attention (src/core/attention.ts), under their objective. */
  attention: boolean;
}

/** The overview's filters when the sidebar opens: the current quarter, everything in it. */
export function defaultFilters(period: string): Filters {
  return { period, level: '', team: '', owner: '', attention: false };
}

export function isQuarter(period: string): boolean {
  return /^\d{4}-Q[1-4]$/.test(period);
}

export function isYear(period: string): boolean {
  return /^\d{4}$/.test(period);
}

/** True when `outer` is `inner` itself or the year that encloses the quarter `inner`. */
export function periodWithin(inner: string, outer: string): boolean {
  if (!inner || !outer) return false;
  return inner === outer || (isQuarter(inner) && outer === inner.slice(0, 4));
}

/** The level one up (personal → team → company); '' for company. */
export function levelUp(level: Level): Level | '' {
  return level === 'personal' ? 'team' : level === 'team' ? 'company' : '';
}

/**
 * Items the overview lists for the filter period: those that run in it (src/core/running.ts:
 * the period itself, and for a quarter the annual items of its year, as the quarter's summary
 * counts them), and for a year its quarters too (a year's summary has a row per quarter).
 */
function inPeriod(item: Pick<ItemView, 'period'>, period: string): boolean {
  if (!period || runsIn(item.period, period)) return true;
  return isYear(period) && item.period.startsWith(period + '-');
}

/**
 * The overview period that shows every one of `periods` (objectives just written): the one
 * quarter they all run in, else the one year, else '' (all periods).
 */
export function periodShowing(periods: readonly string[]): string {
  const distinct = [...new Set(periods)];
  const candidates = [...distinct.filter(isQuarter), ...distinct.filter(isYear)];
  const years = [...new Set(distinct.map((p) => p.slice(0, 4)))];
  if (years.length === 1) candidates.push(years[0] as string);
  return candidates.find((c) => distinct.every((p) => inPeriod({ period: p }, c))) ?? '';
}

export interface ObjectiveNode {
  objective: ItemView;
  keyResults: { keyResult: ItemView; initiatives: ItemView[] }[];
}

export interface TeamGroup {
  team: string;
  objectives: ObjectiveNode[];
}

export interface LevelGroup {
  level: Level;
  teams: TeamGroup[];
}

/**
 * level → team → objective → key results → initiatives, for the items that pass the filters.
 * Filters select objectives; an objective brings all its key results and initiatives along, and
 * an owner filter also keeps objectives with a key result or initiative of that owner. With
 * `attention`, an objective keeps only its key results `needs` says need attention (with their
 * initiatives), and one without any is left out.
 */
export function buildTree(
  items: readonly ItemView[],
  f: Filters,
  needs: (kr: ItemView) => boolean = () => true,
): LevelGroup[] {
  const children = new Map<string, ItemView[]>();
  for (const item of items) {
    if (!item.parentId) continue;
    const list = children.get(item.parentId) ?? [];
    list.push(item);
    children.set(item.parentId, list);
  }
  const byRow = (a: ItemView, b: ItemView) => a.row - b.row;
  const nodes: ObjectiveNode[] = items
    .filter((o) => o.type === 'objective')
    .filter((o) => inPeriod(o, f.period))
    .filter((o) => !f.level || o.level === f.level)
    .filter((o) => !f.team || o.team === f.team)
    .sort(byRow)
    .map((objective) => ({
      objective,
      keyResults: (children.get(objective.id) ?? [])
        .filter((k) => k.type === 'keyResult' && (!f.attention || needs(k)))
        .sort(byRow)
        .map((keyResult) => ({
          keyResult,
          initiatives: (children.get(keyResult.id) ?? [])
            .filter((i) => i.type === 'initiative')
            .sort(byRow),
        })),
    }))
    .filter((n) => !f.attention || n.keyResults.length > 0)
    .filter(
      (n) =>
        !f.owner ||
        n.objective.owner === f.owner ||
        n.keyResults.some(
          (k) => k.keyResult.owner === f.owner || k.initiatives.some((i) => i.owner === f.owner),
        ),
    );
  const groups: LevelGroup[] = [];
  for (const level of LEVELS) {
    const ofLevel = nodes.filter((n) => n.objective.level === level);
    if (!ofLevel.length) continue;
    const teams: TeamGroup[] = [];
    for (const node of ofLevel) {
      const team = level === 'company' ? '' : node.objective.team;
      let group = teams.find((g) => g.team === team);
      if (!group) teams.push((group = { team, objectives: [] }));
      group.objectives.push(node);
    }
    groups.push({ level, teams });
  }
  return groups;
}

/** Parent choices: a key result goes under an open objective, an initiative under an open KR. */
export function parentChoices(
  items: readonly ItemView[],
  type: 'keyResult' | 'initiative',
): ItemView[] {
  const parentType = PARENT_TYPE[type];
  return items.filter((i) => i.type === parentType && !i.closed).sort((a, b) => a.row - b.row);
}

/**
 * Alignment choices for an objective: an objective or key result one level up in the same or
 * enclosing period, or, for a quarterly objective, an annual objective of its own year (same
 * level or one up). Never itself nor its own key results.
 */
export function alignmentChoices(
  items: readonly ItemView[],
  objective: { id: string; level: Level; period: string },
): ItemView[] {
  const up = levelUp(objective.level);
  return items
    .filter((c) => (c.type === 'objective' || c.type === 'keyResult') && !c.closed)
    .filter((c) => c.id !== objective.id && (!objective.id || c.parentId !== objective.id))
    .filter((c) => {
      const oneUp = up !== '' && c.level === up && periodWithin(objective.period, c.period);
      const annual =
        c.type === 'objective' &&
        isQuarter(objective.period) &&
        c.period === objective.period.slice(0, 4) &&
        (c.level === objective.level || c.level === up);
      return oneUp || annual;
    })
    .sort((a, b) => a.row - b.row);
}

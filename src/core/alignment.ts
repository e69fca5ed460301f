// The alignment map: how objectives align to company objectives and annual ones, as a tree.
// An objective sits under the objective it aligns to; one that aligns to a key result sits under
// that key result, which sits under its own objective, so the map shows which key result a team
// or personal objective contributes to. Objectives that align to nothing in view (company
// objectives, annual ones, objectives not aligned yet or aligned to an item of another period)
// are the roots: company first, then team, then personal, each in sheet order. An alignment
// cycle (a health error) is cut where the walk meets it again, so every objective appears once.
// Linear in the number of items; no recursion (a long chain of alignments cannot overflow).
import { runsIn } from './running';
import { LEVELS, type ItemType, type Level } from './vocabulary';

export interface AlignableItem {
  id: string;
  type: ItemType;
  level: Level;
  period: string;
  parentId: string;
  alignedTo: string;
  row: number;
}

export interface AlignmentNode<T> {
  /** An objective, or a key result that objectives align to. */
  item: T;
  children: AlignmentNode<T>[];
  /** Objectives below this node, at any depth. */
  objectives: number;
}

const key = (id: string) => id.trim().toUpperCase();

/**
 * The alignment tree of the objectives that run in `period` ('' for every period): each node
 * with its children in sheet order, the roots by level and then sheet order.
 */
export function alignmentTree<T extends AlignableItem>(
  items: readonly T[],
  period = '',
): AlignmentNode<T>[] {
  const byId = new Map<string, T>();
  for (const item of items) if (item.id && !byId.has(key(item.id))) byId.set(key(item.id), item);
  const objectives = items.filter(
    (i) => i.type === 'objective' && (period === '' || runsIn(i.period, period)),
  );
  const nodes = new Map<T, AlignmentNode<T>>();
  for (const o of objectives) nodes.set(o, { item: o, children: [], objectives: 0 });

  // Where each objective hangs: the objective it aligns to (directly or through a key result).
  const up = new Map<T, { objective: T; via: T | undefined }>();
  for (const o of objectives) {
    const target = o.alignedTo ? byId.get(key(o.alignedTo)) : undefined;
    if (!target || target === o) continue;
    let via: T | undefined;
    let objective: T | undefined = target;
    if (target.type === 'keyResult') {
      via = target;
      objective = byId.get(key(target.parentId));
    }
    if (objective && objective.type === 'objective' && nodes.has(objective) && objective !== o)
      up.set(o, { objective, via });
  }
  // Cut cycles: walk up from each objective; meeting the walk itself again closes a cycle.
  const state = new Map<T, 1 | 2>();
  for (const o of objectives) {
    const path: T[] = [];
    let at: T | undefined = o;
    while (at && !state.has(at)) {
      state.set(at, 1);
      path.push(at);
      at = up.get(at)?.objective;
    }
    if (at && state.get(at) === 1) up.delete(at);
    for (const p of path) state.set(p, 2);
  }

  const roots: AlignmentNode<T>[] = [];
  const links = new Map<T, AlignmentNode<T>>();
  for (const o of objectives) {
    const node = nodes.get(o) as AlignmentNode<T>;
    const link = up.get(o);
    if (!link) {
      roots.push(node);
      continue;
    }
    const parent = nodes.get(link.objective) as AlignmentNode<T>;
    if (!link.via) {
      parent.children.push(node);
      continue;
    }
    let via = links.get(link.via);
    if (!via) {
      via = { item: link.via, children: [], objectives: 0 };
      links.set(link.via, via);
      parent.children.push(via);
    }
    via.children.push(node);
  }
  const byRow = (a: AlignmentNode<T>, b: AlignmentNode<T>) => a.item.row - b.item.row;
  const rank = (n: AlignmentNode<T>) => LEVELS.indexOf(n.item.level);
  roots.sort((a, b) => rank(a) - rank(b) || byRow(a, b));
  // Children in sheet order and the count of objectives below each node, parents before
  // children in `order`, so counting runs from the end.
  const order: AlignmentNode<T>[] = [...roots];
  for (let i = 0; i < order.length; i++) {
    const n = order[i] as AlignmentNode<T>;
    n.children.sort(byRow);
    order.push(...n.children);
  }
  const parentOf = new Map<AlignmentNode<T>, AlignmentNode<T>>();
  for (const n of order) for (const c of n.children) parentOf.set(c, n);
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i] as AlignmentNode<T>;
    const parent = parentOf.get(n);
    if (parent) parent.objectives += n.objectives + (n.item.type === 'objective' ? 1 : 0);
  }
  return roots;
}

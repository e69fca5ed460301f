// Roll-up as a chain: what one edit of a Current costs grows with nothing but the chain.
//
// Every row whose Parent is an objective is a link of its objective's chain; every objective
// aligned to a key result (and without a Parent) a link of that key result's chain. A link's
// four chain cells hold, from this row to the end of its chain, Σ weight × progress, Σ weight,
// the number of rows and the number of rows with a progress: its own part plus the next link's
// cells, which it takes only while the next row still has the same Parent (Aligned to). The
// objective (roll-up key result) reads the first link's cells and checks that the first row is
// its own and that the chain's length equals linkCount, a COUNTIF over columns that check-ins
// never change. So one edit of a Current changes its row, its chain cells, those of the links
// above it and the objective: a handful of cells, never a whole column.
//
// Links point at rows. Inserting, deleting and moving rows keep them (Sheets adjusts the
// references, a deleted row becomes #REF!), sorting may not; wherever a link no longer holds,
// the chain is shorter than linkCount and the objective shows ⚠ — never a wrong number — until
// Repair (or the add-on's next change) writes the links anew, wherever the rows are now.
//
// Which rows count is decided when the formulas are written, as src/core does: key results
// among an objective's rows (initiatives are links that add nothing), and objectives of a lower
// level than the roll-up key result's tier (others are links that add nothing), so there are no
// cycles.
import type { ColumnKey } from '../core/columns';
import type { OkrItem } from '../core/model';
import { levelRank, tierOf } from '../core/okr-rows';
import { WARN, fn, type RowRefs } from './formulas-pieces';

/** A row's place in a chain, as its formulas are written (part of its template's shape). */
export interface ChainShape {
  /** The chain this row is a link of: its objective's rows, or a key result's objectives. */
  chain: 'parent' | 'aligned' | 'none';
  /** Whether the row's weight × progress counts in that chain. */
  counts: boolean;
  /** Whether a link follows (else the row is its chain's last). */
  hasNext: boolean;
  /** Whether the row adds a chain up whose first link exists (an objective with rows). */
  hasFirst: boolean;
}

export const NO_CHAIN: ChainShape = {
  chain: 'none',
  counts: false,
  hasNext: false,
  hasFirst: false,
};

interface ChainInfo extends ChainShape {
  next: number;
  first: number;
  /** The slot texts at the item's row (rowSlots), made once. */
  slots?: readonly string[];
}

type Indexed = OkrItem & { row?: number };

const indexes = new WeakMap<ReadonlyMap<string, OkrItem>, Map<OkrItem, ChainInfo>>();

function rowOf(item: Indexed): number {
  return item.row ?? 0;
}

/** Every indexed item's chain: worked out once per index of a tab's items (by ID). */
function chainIndex(byId: ReadonlyMap<string, OkrItem>): Map<OkrItem, ChainInfo> {
  let index = indexes.get(byId);
  if (index) return index;
  index = new Map();
  const groups = new Map<string, Indexed[]>();
  const join = (key: string, item: Indexed) => {
    const list = groups.get(key) ?? groups.set(key, []).get(key)!;
    list.push(item);
  };
  for (const item of byId.values() as Iterable<Indexed>) {
    if (item.parentId) {
      const parent = byId.get(item.parentId.toUpperCase());
      if (parent?.type === 'objective') join('P' + parent.id.toUpperCase(), item);
    } else if (item.alignedTo) join('A' + item.alignedTo.toUpperCase(), item);
  }
  const owners: [OkrItem, number][] = [];
  for (const [key, members] of groups) {
    members.sort((a, b) => rowOf(a) - rowOf(b));
    const owner = byId.get(key.slice(1));
    const aligned = key.startsWith('A');
    const tier = owner && aligned ? levelRank(tierOf(owner, byId)) : 0;
    members.forEach((item, i) => {
      const next = members[i + 1];
      const counts = aligned
        ? item.type === 'objective' && owner?.type === 'keyResult' && levelRank(item.level) > tier
        : item.type === 'keyResult';
      index.set(item, {
        chain: aligned ? 'aligned' : 'parent',
        counts,
        hasNext: next !== undefined,
        hasFirst: false,
        next: next ? rowOf(next) : 0,
        first: 0,
      });
    });
    // The owner adds its chain up: an objective its rows, a key result its aligned objectives.
    if (owner && (aligned ? owner.type === 'keyResult' : owner.type === 'objective'))
      owners.push([owner, rowOf(members[0] as Indexed)]);
  }
  for (const [owner, first] of owners) {
    const own = index.get(owner) ?? { ...NO_CHAIN, next: 0, first: 0 };
    index.set(owner, { ...own, hasFirst: true, first });
  }
  indexes.set(byId, index);
  return index;
}

/** The chain shape of an item's row. */
export function chainShapeOf(item: OkrItem, byId: ReadonlyMap<string, OkrItem>): ChainShape {
  return chainIndex(byId).get(item) ?? NO_CHAIN;
}

/** The texts of a row's slots: the row, the next link's row, the first link's row. */
export function rowSlots(
  item: OkrItem,
  byId: ReadonlyMap<string, OkrItem>,
  row = rowOf(item),
): readonly string[] {
  const info = chainIndex(byId).get(item);
  if (!info) return [String(row)];
  if (row !== rowOf(item)) return [String(row), String(info.next), String(info.first)];
  return (info.slots ??= [String(row), String(info.next), String(info.first)]);
}

const CHAIN_KEY = { parent: 'parentId', aligned: 'alignedTo' } as const;

/**
 * The four chain cells of a link. `derived`: the row's own progress is a chain's (an objective,
 * a roll-up key result), so its ⚠ says that its links (or its shape) no longer hold, not that
 * a value cannot be read: its row count is then #N/A, which ends the chain it is a link of in
 * ⚠ too. Counted as "no value" instead, the objective above would show a number (or blank)
 * that src/core, which knows the rows, does not (found by fast-check, seed -1408416634).
 */
export function chainFormulas(
  r: RowRefs,
  shape: ChainShape,
  derived: boolean,
): Partial<Record<ColumnKey, string>> {
  if (shape.chain === 'none') return {};
  const key = CHAIN_KEY[shape.chain];
  const P = r.cell('progress');
  const W = r.cell('rollWeight');
  const own: Record<'chainWP' | 'chainW' | 'chainN' | 'chainValued', string> = shape.counts
    ? {
        chainWP: fn('IF', fn('ISNUMBER', P), `${W}*${P}`, '0'),
        chainW: fn('IF', `${W}<0`, 'NA()', W),
        chainN: derived ? fn('IF', `${P}=${WARN}`, 'NA()', '1') : '1',
        chainValued: `${fn('AND', fn('ISNUMBER', P), `${W}>0`)}*1`,
      }
    : { chainWP: '0', chainW: '0', chainN: '1', chainValued: '0' };
  const out: Partial<Record<ColumnKey, string>> = {};
  for (const k of ['chainWP', 'chainW', 'chainN', 'chainValued'] as const) {
    const next = fn('IF', `${r.cell(key, 'next')}=${r.cell(key)}`, r.cell(k, 'next'), '0');
    if (!shape.hasNext) out[k] = '=' + own[k];
    else out[k] = '=' + (own[k] === '0' ? next : `${own[k]}+${next}`);
  }
  return out;
}

/** An objective's rows, or the objectives aligned to a key result: the chain's full length. */
export function linkCountFormula(r: RowRefs, of: 'parent' | 'aligned'): string {
  if (of === 'parent') return fn('COUNTIF', r.col('parentId'), r.cell('id'));
  return fn('COUNTIFS', r.col('alignedTo'), r.cell('id'), r.col('parentId'), '""');
}

/**
 * The weighted progress of a chain (rollup.ts: weightedRollup): blank while no counted row has
 * a progress, else Σ w·p / Σ w; ⚠ when the first link is not this row's or the chain is shorter
 * than linkCount (rows sorted, typed in or deleted by hand); blank without rows to add up.
 */
export function chainProgress(r: RowRefs, of: 'parent' | 'aligned', hasFirst: boolean): string {
  const count = r.cell('linkCount');
  if (!hasFirst) return fn('IF', `${count}=0`, '""', WARN);
  const first = (k: ColumnKey) => r.cell(k, 'first');
  const linked = fn(
    'AND',
    `${first(CHAIN_KEY[of])}=${r.cell('id')}`,
    `${first('chainN')}=${count}`,
  );
  const mean = fn(
    'IF',
    `${first('chainValued')}=0`,
    '""',
    `${first('chainWP')}/${first('chainW')}`,
  );
  return fn('IF', fn('IFERROR', linked, 'FALSE'), fn('IFERROR', mean, '""'), WARN);
}

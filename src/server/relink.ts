// Relinking the roll-up chains (formulas-chain.ts) after the add-on changed rows: a row added,
// deleted or moved, a Parent, Aligned to, kind or level changed. The cells whose formulas name
// other rows — Progress, the chain cells and linkCount — are compared with what the rows'
// templates say with the links as the rows now are, and only the cells that differ are written
// (one read per run of adjacent columns, one write per changed run of cells in a row).
import type { ColumnKey } from '../core/columns';
import type { Cell, OkrItem } from '../core/model';
import { indexById } from '../core/okr-rows';
import {
  rowTemplate,
  templateMatches,
  templateText,
  type FormulaContext,
  type RowTemplate,
} from './formulas';
import { rowSlots } from './formulas-chain';
import { writeCells } from './okr-cells';
import { shapeOf, type OkrTab } from './okr-sheet';

/** The columns whose formulas refer to other rows. */
export const LINKED_COLUMNS: readonly ColumnKey[] = [
  'progress',
  'chainWP',
  'chainW',
  'chainN',
  'chainValued',
  'linkCount',
];

/** Runs of adjacent columns among `cols` (0-based, sorted). */
function runsOf(cols: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const c of cols) {
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}

/** What unlinkedCells compares, when not every cell that differs from its text. */
interface UnlinkedOptions {
  /** Whether the cell holding `has` must be rewritten to `want` (default: when they differ). */
  differs?: (want: string, has: string) => boolean;
  /** Only these rows (default: every item's). */
  rows?: ReadonlySet<number> | null;
  /** The tab's items by ID, when the caller has it (its chains are worked out once per index). */
  byId?: ReadonlyMap<string, OkrItem>;
  /** An item's row template, when the caller has worked them out (default: rowTemplate). */
  templateOf?: (item: OkrItem) => RowTemplate;
}

/**
 * The linked cells of the tab's items that differ from their templates, by row: what a write
 * must change so every chain is whole again. `formulaAt` reads a cell of the tab's formulas.
 */
export function unlinkedCells(
  tab: Pick<OkrTab, 'items' | 'columns'>,
  ctx: FormulaContext,
  formulaAt: (row: number, col: number) => string,
  {
    differs = (want, has) => want !== has,
    rows,
    byId = indexById(tab.items),
    templateOf = (item) => rowTemplate(shapeOf(item, byId), ctx),
  }: UnlinkedOptions = {},
): Map<number, Map<number, Cell>> {
  const out = new Map<number, Map<number, Cell>>();
  // Per template, its linked cells the tab has a column for: [column, pieces].
  const linkedOf = new Map<RowTemplate, (readonly [number, readonly string[]])[]>();
  for (const item of tab.items) {
    if (rows && !rows.has(item.row)) continue;
    const template = templateOf(item);
    let linked = linkedOf.get(template);
    if (!linked) {
      linked = [];
      for (const [key, parts] of template) {
        const col = tab.columns[key];
        if (col !== undefined && LINKED_COLUMNS.includes(key)) linked.push([col, parts]);
      }
      linkedOf.set(template, linked);
    }
    const slots = rowSlots(item, byId);
    for (const [col, parts] of linked) {
      const has = formulaAt(item.row, col);
      if (templateMatches(parts, slots, has)) continue;
      const want = templateText(parts, slots);
      if (!differs(want, has)) continue;
      const cells = out.get(item.row) ?? out.set(item.row, new Map()).get(item.row)!;
      cells.set(col, want);
    }
  }
  return out;
}

/**
 * The rows whose linked cells a change to `items` can affect: the items, the rows of the chains
 * they are links of, and the rows adding those chains up.
 */
function chainRows(tab: Pick<OkrTab, 'items'>, items: readonly OkrItem[]): Set<number> {
  const keys = new Set<string>();
  for (const item of items) {
    if (item.parentId) keys.add('P' + item.parentId.toUpperCase());
    else if (item.alignedTo) keys.add('A' + item.alignedTo.toUpperCase());
    if (item.id) keys.add('P' + item.id.toUpperCase()).add('A' + item.id.toUpperCase());
  }
  const rows = new Set<number>();
  for (const it of tab.items) {
    const key = it.parentId ? 'P' + it.parentId.toUpperCase() : 'A' + it.alignedTo.toUpperCase();
    const id = it.id.toUpperCase();
    if (keys.has(key) || keys.has('P' + id) || keys.has('A' + id)) rows.add(it.row);
  }
  return rows;
}

/**
 * Rewrites the linked cells that differ; returns the number of rows written. With `only`, just
 * the chains those items belong to or add up are compared (one read of the rows they span).
 */
export function relinkChains(tab: OkrTab, ctx: FormulaContext, only?: readonly OkrItem[]): number {
  const cols = LINKED_COLUMNS.map((k) => tab.columns[k])
    .filter((c): c is number => c !== undefined)
    .sort((a, b) => a - b);
  const rows = only ? chainRows(tab, only) : null;
  const span = rows ? [...rows] : tab.items.map((i) => i.row);
  const first = Math.max(tab.headerRow + 1, Math.min(...span));
  const last = Math.max(...span);
  if (cols.length === 0 || span.length === 0 || last < first) return 0;
  const read = new Map<number, string[][]>();
  for (const [a, b] of runsOf(cols))
    read.set(a, tab.sheet.getRange(first, a + 1, last - first + 1, b - a + 1).getFormulas());
  const blockOf = new Map<number, number>();
  for (const [a, b] of runsOf(cols)) for (let c = a; c <= b; c++) blockOf.set(c, a);
  const formulaAt = (row: number, col: number): string => {
    const a = blockOf.get(col) as number;
    return read.get(a)?.[row - first]?.[col - a] ?? '';
  };
  const changed = unlinkedCells(tab, ctx, formulaAt, { rows });
  for (const [row, cells] of changed) writeCells(tab.sheet, row, cells);
  return changed.size;
}

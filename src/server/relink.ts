// Relinking the roll-up chains (formulas-chain.ts) after the add-on changed rows: a row added,
// deleted or moved, a Parent, Aligned to, kind or level changed. The cells whose formulas name
// other rows — Progress, the chain cells and linkCount — are compared with what the rows'
// templates say with the links as the rows now are, and only the cells that differ are written
// (one read per run of adjacent columns, one write per changed run of cells in a row).
import type { ColumnKey } from '../core/columns';
import type { Cell } from '../core/model';
import { indexById } from '../core/okr-rows';
import { rowTemplate, templateMatches, templateText, type FormulaContext } from './formulas';
import { rowSlots } from './formulas-chain';
import { shapeOf, writeCells, type OkrTab } from './okr-sheet';

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

/**
 * The linked cells of the tab's items that differ from their templates, by row: what a write
 * must change so every chain is whole again. `formulas` reads a block of the tab's formulas.
 */
export function unlinkedCells(
  tab: Pick<OkrTab, 'items' | 'columns'>,
  ctx: FormulaContext,
  formulaAt: (row: number, col: number) => string,
  differs: (want: string, has: string) => boolean = (want, has) => want !== has,
): Map<number, Map<number, Cell>> {
  const byId = indexById(tab.items);
  const out = new Map<number, Map<number, Cell>>();
  for (const item of tab.items) {
    const template = rowTemplate(shapeOf(item, byId), ctx);
    const slots = rowSlots(item, byId);
    for (const [key, parts] of template) {
      const col = tab.columns[key];
      if (col === undefined || !LINKED_COLUMNS.includes(key)) continue;
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

/** Rewrites the linked cells that differ; returns the number of rows written. */
export function relinkChains(tab: OkrTab, ctx: FormulaContext): number {
  const cols = LINKED_COLUMNS.map((k) => tab.columns[k])
    .filter((c): c is number => c !== undefined)
    .sort((a, b) => a - b);
  const first = tab.headerRow + 1;
  const last = Math.max(tab.headerRow, ...tab.items.map((i) => i.row));
  if (cols.length === 0 || last < first) return 0;
  const read = new Map<number, string[][]>();
  for (const [a, b] of runsOf(cols))
    read.set(a, tab.sheet.getRange(first, a + 1, last - first + 1, b - a + 1).getFormulas());
  const blockOf = new Map<number, number>();
  for (const [a, b] of runsOf(cols)) for (let c = a; c <= b; c++) blockOf.set(c, a);
  const formulaAt = (row: number, col: number): string => {
    const a = blockOf.get(col) as number;
    return read.get(a)?.[row - first]?.[col - a] ?? '';
  };
  const changed = unlinkedCells(tab, ctx, formulaAt);
  for (const [row, cells] of changed) writeCells(tab.sheet, row, cells);
  return changed.size;
}

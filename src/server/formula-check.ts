// Which of the add-on's formula cells people typed over or cleared, or whose links to other rows
// no longer hold (rows sorted or typed in by hand, formulas-chain.ts), for the health check: one
// getFormulas over the tab's data range, compared with the formula cells each row should have
// (the same templates the writes use). Calls: two, whatever the number of rows.
import type { ColumnKey } from '../core/columns';
import { formulaGaps, type FormulaGap } from '../core/health';
import type { OkrItem } from '../core/model';
import { indexById } from '../core/okr-rows';
import { rowTemplate, type RowTemplate } from './formulas';
import { formulaContext, shapeOf, type OkrTab } from './okr-sheet';
import { unlinkedCells } from './relink';
import type { Settings } from './tabs';

export function tabFormulaGaps(tab: OkrTab, settings: Settings): FormulaGap[] {
  if (tab.items.length === 0 || tab.width === 0 || tab.lastRow === 0) return [];
  const formulas = tab.sheet.getRange(1, 1, tab.lastRow, tab.width).getFormulas();
  const fctx = formulaContext(tab, settings);
  const byId = indexById(tab.items);
  // Each row's template, worked out once for both checks below.
  const templates = new Map<OkrItem, RowTemplate>();
  const templateOf = (item: OkrItem): RowTemplate => {
    let template = templates.get(item);
    if (!template) templates.set(item, (template = rowTemplate(shapeOf(item, byId), fctx)));
    return template;
  };
  // The columns where a row's template has a formula, once per template (no formula text built).
  const keysOf = new Map<RowTemplate, ColumnKey[]>();
  const gaps = formulaGaps(tab.items, formulas, tab.columns, (item) => {
    const template = templateOf(item);
    let keys = keysOf.get(template);
    if (!keys) {
      keys = template.filter(([, parts]) => parts.join('') !== '').map(([k]) => k);
      keysOf.set(template, keys);
    }
    return keys;
  });
  // Formulas that are there but link to rows that are no longer their chain's.
  const keyOf = new Map<number, ColumnKey>();
  for (const [key, col] of Object.entries(tab.columns)) keyOf.set(col, key as ColumnKey);
  const byRow = new Map(gaps.map((g) => [g.row, g]));
  const rowItem = new Map(tab.items.map((i) => [i.row, i]));
  // (Only the rows they name count: a formula of an earlier version that names the same rows
  // still computes, and a cell without formula is a gap above.)
  const unlinked = unlinkedCells(tab, fctx, (row, col) => formulas[row - 1]?.[col] ?? '', {
    differs: (want, has) => has !== '' && rowsNamed(want) !== rowsNamed(has),
    byId,
    templateOf,
  });
  const name = (item: { id: string; row: number }, keys: (ColumnKey | undefined)[]) => {
    const gap = byRow.get(item.row) ?? { id: item.id, row: item.row, columns: [] };
    if (!byRow.has(item.row)) {
      byRow.set(item.row, gap);
      gaps.push(gap);
    }
    for (const key of keys) if (key && !gap.columns.includes(key)) gap.columns.push(key);
  };
  for (const [row, cells] of unlinked) {
    const item = rowItem.get(row);
    if (!item) continue;
    const keys = [...cells.keys()].map((col) => keyOf.get(col));
    name(item, keys);
    // A link of a chain: the row whose Progress adds the chain up shows the ⚠, it is named too.
    const owner = byId.get((item.parentId || item.alignedTo).toUpperCase());
    if (owner && keys.some((k) => k?.startsWith('chain'))) name(owner, ['progress']);
  }
  return gaps.sort((a, b) => a.row - b.row);
}

/** The rows a formula names ($C12 → 12), sorted: what its links are. */
function rowsNamed(formula: string): string {
  const rows = new Set<number>();
  for (const m of formula.matchAll(/\$[A-Z]{1,3}(\d+)/g)) rows.add(Number(m[1]));
  return [...rows].sort((a, b) => a - b).join(',');
}

// Which of the add-on's formula cells people typed over or cleared, for the health check: one
// getFormulas over the tab's data range, compared with the formula cells each row should have
// (the same templates the writes use). Calls: two, whatever the number of rows.
import type { ColumnKey } from '../core/columns';
import { formulaGaps, type FormulaGap } from '../core/health';
import { indexById } from '../core/okr-rows';
import { rowTemplate, type RowTemplate } from './formulas';
import { formulaContext, shapeOf, type OkrTab } from './okr-sheet';
import type { Settings } from './tabs';

export function tabFormulaGaps(tab: OkrTab, settings: Settings): FormulaGap[] {
  if (tab.items.length === 0 || tab.width === 0 || tab.lastRow === 0) return [];
  const formulas = tab.sheet.getRange(1, 1, tab.lastRow, tab.width).getFormulas();
  const fctx = formulaContext(tab, settings);
  const byId = indexById(tab.items);
  // The columns where a row's template has a formula, once per template (no formula text built).
  const keysOf = new Map<RowTemplate, ColumnKey[]>();
  return formulaGaps(tab.items, formulas, tab.columns, (item) => {
    const template = rowTemplate(shapeOf(item, byId), fctx);
    let keys = keysOf.get(template);
    if (!keys) {
      keys = template.filter(([, parts]) => parts.join('') !== '').map(([k]) => k);
      keysOf.set(template, keys);
    }
    return keys;
  });
}

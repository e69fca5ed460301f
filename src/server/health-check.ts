// The health check (menu and sidebar): the core's rules over the OKR tab's rows
// (src/core/health.ts), plus what only the sheet can tell: formula columns missing, and
// formula cells typed over or emptied (formula-check.ts).
import { COLUMN_BY_KEY } from '../core/columns';
import { runHealthRules } from '../core/health';
import { orphanCheckIns } from '../core/orphan-check-ins';
import { readCheckIns } from './checkin-log';
import { t } from './i18n';
import { computeViews } from '../core/snapshot';
import { decimalMarkOf } from '../core/values';
import type { HealthFinding } from '../shared/rpc';
import { tabFormulaGaps } from './formula-check';
import { columnsRepairAdds, missingFormulaColumns, type OkrTab } from './okr-sheet';
import { readTab, serve, type Context } from './session';

/** The findings of the health check on a tab as read. */
function healthFindings(ctx: Context, tab: OkrTab): HealthFinding[] {
  const views = computeViews(
    tab.items,
    ctx.today.serial,
    ctx.settings.thresholds,
    ctx.lang,
    decimalMarkOf(ctx.locale),
    ctx.settings.words,
  );
  // Columns the add-on's formulas need: the tab as a whole cannot compute without them.
  const { visible, hidden } = missingFormulaColumns(tab);
  const columns: HealthFinding[] = [];
  if (visible.length > 0 || hidden.length > 0) {
    const key = visible.length > 0 ? 'health.missingColumns' : 'health.outdatedColumns';
    columns.push({
      rule: visible.length > 0 ? 'missingColumns' : 'outdatedColumns',
      severity: 'error',
      id: '',
      row: 0,
      message: t(ctx.lang, key, {
        columns: visible.map((c) => c.header[ctx.lang]).join(', '),
        count: visible.length || hidden.length,
      }),
      fix: t(ctx.lang, 'fix.repair'),
    });
  }
  // The other columns Repair adds (an optional one such as the Progress bar, people's input
  // columns): said before Repair adds them.
  const named = new Set([...visible, ...hidden]);
  const toAdd = columnsRepairAdds(tab).filter((c) => !named.has(c));
  if (toAdd.length > 0) {
    columns.push({
      rule: 'columnsToAdd',
      severity: 'warning',
      id: '',
      row: 0,
      message: t(ctx.lang, 'health.columnsToAdd', {
        columns: toAdd.map((c) => c.header[ctx.lang]).join(', '),
        count: toAdd.length,
      }),
      fix: t(ctx.lang, 'fix.repair'),
    });
  }
  // Check-ins logged under an ID no row has: offered to the likely key result (Repair reconnects).
  const orphans: HealthFinding[] = orphanCheckIns(tab.items, readCheckIns(ctx)).map((o) => ({
    rule: 'orphanCheckIns',
    severity: 'error',
    id: o.match,
    row: o.row,
    message: t(ctx.lang, o.match ? 'health.orphanCheckInsMatch' : 'health.orphanCheckIns', {
      count: o.count,
      id: o.id,
      match: o.match,
    }),
    fix: t(ctx.lang, o.match ? 'fix.orphanCheckInsMatch' : 'fix.orphanCheckIns', {
      id: o.id,
      match: o.match,
    }),
  }));
  return [
    ...columns,
    ...orphans,
    ...runHealthRules(views, tab.issues, {
      lang: ctx.lang,
      todaySerial: ctx.today.serial,
      columnName: (key) => COLUMN_BY_KEY[key].header[ctx.lang],
      wordProblems: ctx.settings.wordProblems,
      formulaGaps: hidden.length > 0 || visible.length > 0 ? [] : tabFormulaGaps(tab, ctx.settings),
    }),
  ];
}

export function runHealthCheck(req?: Record<string, never>): HealthFinding[] {
  return serve(req, (s) => {
    const ctx = s.context();
    return healthFindings(ctx, readTab(ctx));
  });
}

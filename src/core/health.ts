// The health check: every rule of ARCHITECTURE.md's "Health rules" (the table in
// health-rules.ts, one function per rule), each finding with its row, a message in the user's
// language and a suggested fix. Pure: rows in, findings out.
import type { ColumnKey, ColumnMap } from './columns';
import {
  ROW_RULES,
  TAB_RULES,
  findingText,
  periodSpans,
  type FormulaGap,
  type HealthFinding,
  type HealthOptions,
  type RuleContext,
} from './health-rules';
import { indexById, type CellIssue } from './okr-rows';
import type { ComputedView } from './snapshot';

export { alignsOneUp } from './hierarchy';
export { taskWord } from './task-words';

export type { FormulaGap, HealthFinding, HealthOptions } from './health-rules';

/**
 * The rows whose formula cells (those `expected` names for the row) hold a typed value or
 * nothing: `formulas` is the tab's getFormulas() from row 1, '' where a cell has no formula.
 * Whether a formula is the right one is not judged (Sheets may print it differently).
 */
export function formulaGaps<T extends { id: string; row: number }>(
  items: readonly T[],
  formulas: readonly (readonly string[])[],
  columns: ColumnMap,
  expected: (item: T) => readonly ColumnKey[],
): FormulaGap[] {
  const gaps: FormulaGap[] = [];
  for (const item of items) {
    const line = formulas[item.row - 1] ?? [];
    const missing = expected(item).filter((key) => {
      const c = columns[key];
      return c !== undefined && !line[c];
    });
    if (missing.length > 0) gaps.push({ id: item.id, row: item.row, columns: missing });
  }
  return gaps;
}

/** Runs every rule of the table: the tab's, then each row's; findings by row and rule. */
export function runHealthRules(
  views: readonly ComputedView[],
  issues: readonly CellIssue[],
  options: HealthOptions,
): HealthFinding[] {
  const { lang } = options;
  const findings: HealthFinding[] = [];
  const krsOf = new Map<string, number>();
  for (const v of views) {
    if (v.type === 'keyResult' && v.parentId) {
      const key = v.parentId.toUpperCase();
      krsOf.set(key, (krsOf.get(key) ?? 0) + 1);
    }
  }
  const context: RuleContext = {
    lang,
    options,
    issues,
    byId: indexById(views),
    krsOf,
    spanOf: periodSpans(),
    add: (rule, severity, item, message, params, fix) =>
      findings.push({
        rule,
        severity,
        id: item.id,
        row: item.row,
        message: findingText(lang, message, params),
        fix: findingText(lang, fix),
      }),
  };
  for (const rule of TAB_RULES) rule(views, context);
  for (const v of views) for (const rule of ROW_RULES) rule(v, context);
  return findings.sort((a, b) => a.row - b.row || a.rule.localeCompare(b.rule));
}

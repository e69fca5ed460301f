// The health check's rules as a table: one function per rule, each adding its findings for the
// tab (IDs, cells, formulas) or for one row (owner, team, period, weight, the hierarchy,
// measurability, check-ins, alignment). health.ts runs them; the rules and their advice are
// ARCHITECTURE.md's ("Health rules").
import type { ColumnKey, InputKey } from './columns';
import { parseIsoDate } from './dates';
import { t, translator, type Lang, type MessageParams } from './i18n';
import { healthMessages } from './messages/health';
import { alignmentCycle, alignsOneUp, fitsUnder } from './hierarchy';
import type { Level } from './model';
import type { Severity } from './vocabulary';
import { taskWord } from './task-words';
import type { CellIssue } from './okr-rows';
import { periodEnd, periodStart, tryParsePeriod } from './period';
import type { ComputedView } from './snapshot';
import { parseNumber } from './values';
import { KR_KINDS } from './vocabulary';
import type { WordProblem } from './word-tables';

/** Days without a check-in after which a running key result is reported. */
const STALE_AFTER_DAYS = 14;
const MIN_KRS = 2;
const MAX_KRS = 5;

/** One finding of the health check: its rule, the row it concerns, what is wrong, the fix. */
export interface HealthFinding {
  /** A stable code per rule, e.g. 'krCount', 'notMeasurable', 'taskLike'. */
  rule: string;
  severity: Severity;
  id: string;
  /** 1-based row on the OKR tab (0 when the finding has no row). */
  row: number;
  message: string;
  fix: string;
}

export interface HealthOptions {
  lang: Lang;
  todaySerial: number;
  /** The header of a column in the user's language. */
  columnName: (key: ColumnKey) => string;
  /** Rows whose add-on formulas were typed over or deleted (formulaGaps). */
  formulaGaps?: readonly FormulaGap[];
  /** Rows of the settings tab's word tables no one can use (word-tables.ts readWordTables). */
  wordProblems?: readonly WordProblem[];
}

/** A row where cells that should hold the add-on's formula hold none. */
export interface FormulaGap {
  id: string;
  row: number;
  columns: ColumnKey[];
}

const th = translator(healthMessages);
type HealthKey = keyof typeof healthMessages;

/** What every rule sees: the options, the tab's cell issues, the rows by ID, and `add`. */
export interface RuleContext {
  lang: Lang;
  options: HealthOptions;
  issues: readonly CellIssue[];
  byId: ReadonlyMap<string, ComputedView>;
  /** Key results per objective (upper-cased ID). */
  krsOf: ReadonlyMap<string, number>;
  /** The span of the period a row's text names, or null (periodSpans: once per text). */
  spanOf(period: string): PeriodSpan | null;
  add(
    rule: string,
    severity: HealthFinding['severity'],
    item: { id: string; row: number },
    message: HealthKey,
    params: MessageParams,
    fix: HealthKey,
  ): void;
}

/** A period's first day and the first day after it (date serials). */
interface PeriodSpan {
  start: number;
  end: number;
}

/** The spans of period texts, each text parsed once: thousands of rows share a few periods. */
export function periodSpans(): (period: string) => PeriodSpan | null {
  const spans = new Map<string, PeriodSpan | null>();
  return (text) => {
    let span = spans.get(text);
    if (span === undefined) {
      const p = tryParsePeriod(text);
      span = p ? { start: periodStart(p), end: periodEnd(p) } : null;
      spans.set(text, span);
    }
    return span;
  };
}

/** A rule over the whole tab. */
type TabRule = (views: readonly ComputedView[], c: RuleContext) => void;
/** A rule over one row. */
type RowRule = (v: ComputedView, c: RuleContext) => void;

/** The findings' texts, in `lang`. */
export function findingText(lang: Lang, key: HealthKey, params?: MessageParams): string {
  return th(lang, key, params);
}

const label = (item: { id: string; row: number }) => item.id || `#${item.row}`;
const levelName = (lang: Lang, l: Level) => t(lang, `level.${l}`);

// ---------------------------------------------------------------------------------------------
// Rules over the tab

/** Rows without an ID, and later rows with an ID an earlier row has. */
const ids: TabRule = (views, c) => {
  const rowsById = new Map<string, ComputedView[]>();
  for (const v of views) {
    if (!v.id) {
      c.add('missingId', 'error', v, 'health.missingId', { row: v.row }, 'fix.missingId');
      continue;
    }
    const key = v.id.toUpperCase();
    rowsById.set(key, [...(rowsById.get(key) ?? []), v]);
  }
  for (const list of rowsById.values()) {
    for (const v of list.slice(1)) {
      const params = { id: v.id, count: list.length };
      c.add('duplicateId', 'error', v, 'health.duplicateId', params, 'fix.duplicateId');
    }
  }
};

/** Cells people typed that the add-on cannot read. */
const unreadableCells: TabRule = (_views, c) => {
  for (const issue of c.issues) {
    const item = { id: issue.id || `#${issue.row}`, row: issue.row };
    const params = {
      id: item.id,
      column: c.options.columnName(issue.column),
      value: issue.value,
    };
    if (issue.kind === 'textInNumber')
      c.add('textInNumber', 'error', item, 'health.textInNumber', params, 'fix.textInNumber');
    else c.add('unknownValue', 'warning', item, 'health.unknownValue', params, 'fix.unknownValue');
  }
};

/** The add-on's formulas, typed over or deleted. */
const overwrittenFormulas: TabRule = (_views, c) => {
  for (const gap of c.options.formulaGaps ?? []) {
    const item = { id: gap.id || `#${gap.row}`, row: gap.row };
    const columns = gap.columns.map((k) => c.options.columnName(k)).join(', ');
    c.add(
      'formulaOverwritten',
      'warning',
      item,
      'health.formulaOverwritten',
      { id: item.id, columns },
      'fix.formulaOverwritten',
    );
  }
};

// ---------------------------------------------------------------------------------------------
// Rules over a row

const owner: RowRule = (v, c) => {
  if (!v.owner) c.add('noOwner', 'warning', v, 'health.noOwner', { id: label(v) }, 'fix.noOwner');
};

/** Team and personal items need a team. */
const team: RowRule = (v, c) => {
  if ((v.level === 'team' || v.level === 'personal') && !v.team) {
    const params = { id: label(v), level: levelName(c.lang, v.level).toLowerCase() };
    c.add('noTeam', 'warning', v, 'health.noTeam', params, 'fix.noTeam');
  }
};

const period: RowRule = (v, c) => {
  const id = label(v);
  if (!v.period) c.add('periodMissing', 'error', v, 'health.periodMissing', { id }, 'fix.period');
  else if (!c.spanOf(v.period)) {
    const params = { id, value: v.period };
    c.add('periodMalformed', 'error', v, 'health.periodMalformed', params, 'fix.period');
  }
};

const weight: RowRule = (v, c) => {
  try {
    const w = parseNumber(v.weight, 'weight');
    if (w !== null && w < 0) {
      const params = { id: label(v), value: w };
      c.add('negativeWeight', 'error', v, 'health.negativeWeight', params, 'fix.negativeWeight');
    }
  } catch {
    // reported as text in a number column
  }
};

/** An objective has MIN_KRS to MAX_KRS key results and no parent. */
const objectiveShape: RowRule = (v, c) => {
  if (v.type !== 'objective') return;
  const id = label(v);
  const count = c.krsOf.get(v.id.toUpperCase()) ?? 0;
  if (v.id && count < MIN_KRS) {
    c.add('krCount', 'warning', v, 'health.krCount.few', { id, count }, 'fix.krCount.few');
  } else if (count > MAX_KRS) {
    c.add('krCount', 'warning', v, 'health.krCount.many', { id, count }, 'fix.krCount.many');
  }
  if (v.parentId) {
    const params = { id, parent: v.parentId };
    c.add(
      'objectiveWithParent',
      'warning',
      v,
      'health.objectiveWithParent',
      params,
      'fix.objectiveWithParent',
    );
  }
};

/** A key result sits under an objective, an initiative under a key result (core/hierarchy.ts). */
const parent: RowRule = (v, c) => {
  if (v.type === 'objective') return;
  if (fitsUnder(v.type, v.parentId ? c.byId.get(v.parentId.toUpperCase()) : undefined)) return;
  const params = { id: label(v), detail: v.parentId ? ` (${v.parentId})` : '' };
  if (v.type === 'keyResult')
    c.add(
      'krWithoutObjective',
      'error',
      v,
      'health.krWithoutObjective',
      params,
      'fix.krWithoutObjective',
    );
  else
    c.add(
      'initiativeWithoutKr',
      'error',
      v,
      'health.initiativeWithoutKr',
      params,
      'fix.initiativeWithoutKr',
    );
};

/** A key result has a target other than its start, or else progress it can compute. */
const measurable: RowRule = (v, c) => {
  if (v.type !== 'keyResult') return;
  const id = label(v);
  if (v.kind !== 'milestone' && v.kind !== 'rollup') {
    const target = safeNumber(v.target);
    const start = safeNumber(v.start) ?? 0;
    if (target === null && !isTextIssue(c.issues, v.row, 'target')) {
      c.add('notMeasurable', 'error', v, 'health.noTarget', { id }, 'fix.noTarget');
      return;
    }
    if (target !== null && target === start && v.kind !== 'atLeast' && v.kind !== 'atMost') {
      const params = { id, value: target };
      c.add('notMeasurable', 'error', v, 'health.startIsTarget', params, 'fix.startIsTarget');
      return;
    }
  }
  if (v.progressError && !c.issues.some((i) => i.row === v.row)) {
    const params = { id, problem: v.progressError };
    c.add('progressError', 'error', v, 'health.progressError', params, 'fix.progressError');
  }
};

/** A key result reads like an outcome, not a task. */
const taskLike: RowRule = (v, c) => {
  if (v.type !== 'keyResult') return;
  const word = taskWord(v.title);
  if (word)
    c.add('taskLike', 'warning', v, 'health.taskLike', { id: label(v), word }, 'fix.taskLike');
};

/** A running key result is checked in at least every STALE_AFTER_DAYS days. */
const stale: RowRule = (v, c) => {
  if (v.type !== 'keyResult' || v.kind === 'rollup' || v.closed) return;
  const span = c.spanOf(v.period);
  if (!span) return;
  const { start, end } = span;
  const today = Math.floor(c.options.todaySerial);
  if (today < start || today >= end) return;
  const id = label(v);
  const last = parseIsoDate(v.lastCheckIn);
  if (last === null) {
    if (today - start > STALE_AFTER_DAYS)
      c.add('stale', 'warning', v, 'health.neverCheckedIn', { id }, 'fix.stale');
  } else if (today - last > STALE_AFTER_DAYS) {
    c.add('stale', 'warning', v, 'health.stale', { id, days: today - last }, 'fix.stale');
  }
};

/** An objective aligns to something that exists, one level up, without a cycle. */
const alignment: RowRule = (v, c) => {
  if (!v.alignedTo) return;
  const id = label(v);
  const target = c.byId.get(v.alignedTo.toUpperCase());
  if (v.type !== 'objective') {
    c.add(
      'alignNotObjective',
      'warning',
      v,
      'health.alignNotObjective',
      { id },
      'fix.alignNotObjective',
    );
    return;
  }
  if (!target || target.type === 'initiative') {
    const params = { id, target: v.alignedTo };
    c.add('alignMissing', 'error', v, 'health.alignMissing', params, 'fix.alignMissing');
    return;
  }
  const cycle = alignmentCycle(v, c.byId);
  if (cycle) {
    const params = { id, path: cycle.join(' → ') };
    c.add('alignCycle', 'error', v, 'health.alignCycle', params, 'fix.alignCycle');
  } else if (!alignsOneUp(v, target)) {
    const params = {
      id,
      level: levelName(c.lang, v.level),
      target: target.id,
      targetLevel: levelName(c.lang, target.level),
    };
    c.add('alignLevel', 'warning', v, 'health.alignLevel', params, 'fix.alignLevel');
  }
};

/**
 * A row of a word table on the settings tab that the formulas cannot use: the core leaves it
 * out as they do, and says which cell and why.
 */
const wordTables: TabRule = (_views, c) => {
  for (const p of c.options.wordProblems ?? []) {
    const params = { cell: p.cell, table: p.title, value: p.value, kinds: KR_KINDS.join(', ') };
    c.add(
      'wordTable',
      'warning',
      { id: '', row: 0 },
      `health.word.${p.reason}`,
      params,
      'fix.wordRow',
    );
  }
};

/** The rules over the whole tab, then the rules run on every row. */
export const TAB_RULES: readonly TabRule[] = [
  ids,
  unreadableCells,
  overwrittenFormulas,
  wordTables,
];
export const ROW_RULES: readonly RowRule[] = [
  owner,
  team,
  period,
  weight,
  objectiveShape,
  parent,
  measurable,
  taskLike,
  stale,
  alignment,
];

function safeNumber(value: unknown): number | null {
  try {
    return parseNumber(value, 'value');
  } catch {
    return null;
  }
}

function isTextIssue(issues: readonly CellIssue[], row: number, column: InputKey): boolean {
  return issues.some((i) => i.row === row && i.column === column);
}

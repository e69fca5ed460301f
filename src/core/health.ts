// The health check: every rule of okr-semantics.md "Health rules", each finding with its row,
// a message in the user's language and a suggested fix. Pure: rows in, findings out.
import type { ColumnKey, ColumnMap, InputKey } from './columns';
import { parseIsoDate } from './dates';
import { t, translator, type Lang, type MessageParams } from './i18n';
import { healthMessages } from './messages/health';
import type { Level } from './model';
import { indexById, levelRank, type CellIssue } from './okr-rows';
import { periodEnd, periodStart, tryParsePeriod } from './period';
import type { ComputedView } from './snapshot';
import { parseNumber } from './values';

/** One finding of the health check: its rule, the row it concerns, what is wrong, the fix. */
export interface HealthFinding {
  /** A stable code per rule, e.g. 'krCount', 'notMeasurable', 'taskLike'. */
  rule: string;
  severity: 'error' | 'warning';
  id: string;
  /** 1-based row on the OKR tab (0 when the finding has no row). */
  row: number;
  message: string;
  fix: string;
}

/** Days without a check-in after which a running key result is reported. */
export const STALE_AFTER_DAYS = 14;
export const MIN_KRS = 2;
export const MAX_KRS = 5;

/** Words that make a key result read like a task (first or last word, EN and NL). */
export const TASK_WORDS: readonly string[] = [
  'launch',
  'write',
  'organise',
  'organize',
  'build',
  'create',
  'make',
  'implement',
  'develop',
  'hold',
  'run',
  'plan',
  'design',
  'publish',
  'send',
  'call',
  'post',
  'start',
  'set',
  'finish',
  'complete',
  'introduce',
  'deliver',
  'prepare',
  'hire',
  'test',
  'update',
  'migrate',
  'install',
  'lanceren',
  'schrijven',
  'maken',
  'organiseren',
  'bouwen',
  'ontwikkelen',
  'implementeren',
  'opzetten',
  'houden',
  'plannen',
  'ontwerpen',
  'publiceren',
  'versturen',
  'sturen',
  'bellen',
  'posten',
  'starten',
  'afronden',
  'invoeren',
  'opleveren',
  'voorbereiden',
  'aannemen',
  'testen',
  'bijwerken',
  'migreren',
  'installeren',
  'lanceer',
  'schrijf',
  'maak',
  'organiseer',
  'bouw',
];
const TASK_SET = new Set(TASK_WORDS);

const th = translator(healthMessages);
type HealthKey = keyof typeof healthMessages;

export interface HealthOptions {
  lang: Lang;
  todaySerial: number;
  /** The header of a column in the user's language. */
  columnName: (key: ColumnKey) => string;
  /** Rows whose add-on formulas were typed over or deleted (formulaGaps). */
  formulaGaps?: readonly FormulaGap[];
}

/** A row where cells that should hold the add-on's formula hold none. */
export interface FormulaGap {
  id: string;
  row: number;
  columns: ColumnKey[];
}

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

/** The task word a title starts or ends with, or null. */
export function taskWord(title: string): string | null {
  const words = title
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w !== '');
  const first = words[0];
  const last = words[words.length - 1];
  if (first && TASK_SET.has(first)) return first;
  if (last && TASK_SET.has(last)) return last;
  return null;
}

export function runHealthRules(
  views: readonly ComputedView[],
  issues: readonly CellIssue[],
  options: HealthOptions,
): HealthFinding[] {
  const { lang } = options;
  const findings: HealthFinding[] = [];
  const add = (
    rule: string,
    severity: HealthFinding['severity'],
    item: { id: string; row: number },
    message: HealthKey,
    params: MessageParams,
    fix: HealthKey,
  ) =>
    findings.push({
      rule,
      severity,
      id: item.id,
      row: item.row,
      message: th(lang, message, params),
      fix: th(lang, fix),
    });
  const label = (item: { id: string; row: number }) => item.id || `#${item.row}`;
  const byId = indexById(views);
  const levelName = (l: Level) => t(lang, `level.${l}`);

  // IDs: missing and duplicated.
  const rowsById = new Map<string, ComputedView[]>();
  for (const v of views) {
    if (!v.id) {
      add('missingId', 'error', v, 'health.missingId', { row: v.row }, 'fix.missingId');
      continue;
    }
    const key = v.id.toUpperCase();
    rowsById.set(key, [...(rowsById.get(key) ?? []), v]);
  }
  for (const list of rowsById.values()) {
    if (list.length < 2) continue;
    for (const v of list.slice(1)) {
      add(
        'duplicateId',
        'error',
        v,
        'health.duplicateId',
        { id: v.id, count: list.length },
        'fix.duplicateId',
      );
    }
  }

  // Cells people typed that the add-on cannot read.
  for (const issue of issues) {
    const item = { id: issue.id || `#${issue.row}`, row: issue.row };
    if (issue.kind === 'textInNumber') {
      add(
        'textInNumber',
        'error',
        item,
        'health.textInNumber',
        {
          id: item.id,
          column: options.columnName(issue.column),
          value: issue.value,
        },
        'fix.textInNumber',
      );
    } else {
      add(
        'unknownValue',
        'warning',
        item,
        'health.unknownValue',
        {
          id: item.id,
          column: options.columnName(issue.column),
          value: issue.value,
        },
        'fix.unknownValue',
      );
    }
  }

  // The add-on's formulas, typed over or deleted.
  for (const gap of options.formulaGaps ?? []) {
    add(
      'formulaOverwritten',
      'warning',
      { id: gap.id || `#${gap.row}`, row: gap.row },
      'health.formulaOverwritten',
      {
        id: gap.id || `#${gap.row}`,
        columns: gap.columns.map((k) => options.columnName(k)).join(', '),
      },
      'fix.formulaOverwritten',
    );
  }

  const krsOf = new Map<string, number>();
  for (const v of views) {
    if (v.type === 'keyResult' && v.parentId) {
      const key = v.parentId.toUpperCase();
      krsOf.set(key, (krsOf.get(key) ?? 0) + 1);
    }
  }

  for (const v of views) {
    const id = label(v);
    // Owner, team, period.
    if (!v.owner) add('noOwner', 'warning', v, 'health.noOwner', { id }, 'fix.noOwner');
    if ((v.level === 'team' || v.level === 'personal') && !v.team) {
      add(
        'noTeam',
        'warning',
        v,
        'health.noTeam',
        { id, level: levelName(v.level).toLowerCase() },
        'fix.noTeam',
      );
    }
    const period = tryParsePeriod(v.period);
    if (!v.period) add('periodMissing', 'error', v, 'health.periodMissing', { id }, 'fix.period');
    else if (!period)
      add(
        'periodMalformed',
        'error',
        v,
        'health.periodMalformed',
        { id, value: v.period },
        'fix.period',
      );

    // Weight.
    try {
      const w = parseNumber(v.weight, 'weight');
      if (w !== null && w < 0) {
        add(
          'negativeWeight',
          'error',
          v,
          'health.negativeWeight',
          { id, value: w },
          'fix.negativeWeight',
        );
      }
    } catch {
      // reported as text in a number column
    }

    // Structure: parents.
    const parent = v.parentId ? byId.get(v.parentId.toUpperCase()) : undefined;
    if (v.type === 'objective') {
      const count = krsOf.get(v.id.toUpperCase()) ?? 0;
      if (v.id && count < MIN_KRS) {
        add('krCount', 'warning', v, 'health.krCount.few', { id, count }, 'fix.krCount.few');
      } else if (count > MAX_KRS) {
        add('krCount', 'warning', v, 'health.krCount.many', { id, count }, 'fix.krCount.many');
      }
      if (v.parentId) {
        add(
          'objectiveWithParent',
          'warning',
          v,
          'health.objectiveWithParent',
          { id, parent: v.parentId },
          'fix.objectiveWithParent',
        );
      }
    } else if (v.type === 'keyResult') {
      if (!parent || parent.type !== 'objective') {
        const detail = v.parentId ? ` (${v.parentId})` : '';
        add(
          'krWithoutObjective',
          'error',
          v,
          'health.krWithoutObjective',
          { id, detail },
          'fix.krWithoutObjective',
        );
      }
    } else if (!parent || parent.type !== 'keyResult') {
      const detail = v.parentId ? ` (${v.parentId})` : '';
      add(
        'initiativeWithoutKr',
        'error',
        v,
        'health.initiativeWithoutKr',
        { id, detail },
        'fix.initiativeWithoutKr',
      );
    }

    // Key results: measurable, not a task, checked in.
    if (v.type === 'keyResult') {
      const numeric = v.kind !== 'milestone' && v.kind !== 'rollup';
      let reported = false;
      if (numeric) {
        const target = safeNumber(v.target);
        const start = safeNumber(v.start) ?? 0;
        if (target === null && !isTextIssue(issues, v.row, 'target')) {
          add('notMeasurable', 'error', v, 'health.noTarget', { id }, 'fix.noTarget');
          reported = true;
        } else if (
          target !== null &&
          target === start &&
          v.kind !== 'atLeast' &&
          v.kind !== 'atMost'
        ) {
          add(
            'notMeasurable',
            'error',
            v,
            'health.startIsTarget',
            { id, value: target },
            'fix.startIsTarget',
          );
          reported = true;
        }
      }
      if (!reported && v.progressError && !issues.some((i) => i.row === v.row)) {
        add(
          'progressError',
          'error',
          v,
          'health.progressError',
          { id, problem: v.progressError },
          'fix.progressError',
        );
      }
      const word = taskWord(v.title);
      if (word) add('taskLike', 'warning', v, 'health.taskLike', { id, word }, 'fix.taskLike');
      if (period && v.kind !== 'rollup' && !v.closed) {
        const start = periodStart(period);
        const end = periodEnd(period);
        const today = Math.floor(options.todaySerial);
        if (today >= start && today < end) {
          const last = parseIsoDate(v.lastCheckIn);
          if (last === null) {
            if (today - start > STALE_AFTER_DAYS) {
              add('stale', 'warning', v, 'health.neverCheckedIn', { id }, 'fix.stale');
            }
          } else if (today - last > STALE_AFTER_DAYS) {
            add('stale', 'warning', v, 'health.stale', { id, days: today - last }, 'fix.stale');
          }
        }
      }
    }

    // Alignment.
    if (v.alignedTo) {
      const target = byId.get(v.alignedTo.toUpperCase());
      if (v.type !== 'objective') {
        add(
          'alignNotObjective',
          'warning',
          v,
          'health.alignNotObjective',
          { id },
          'fix.alignNotObjective',
        );
      } else if (!target || target.type === 'initiative') {
        add(
          'alignMissing',
          'error',
          v,
          'health.alignMissing',
          { id, target: v.alignedTo },
          'fix.alignMissing',
        );
      } else {
        const cycle = alignmentCycle(v, byId);
        if (cycle) {
          add(
            'alignCycle',
            'error',
            v,
            'health.alignCycle',
            { id, path: cycle.join(' → ') },
            'fix.alignCycle',
          );
        } else if (!alignsOneUp(v, target)) {
          add(
            'alignLevel',
            'warning',
            v,
            'health.alignLevel',
            {
              id,
              level: levelName(v.level),
              target: target.id,
              targetLevel: levelName(target.level),
            },
            'fix.alignLevel',
          );
        }
      }
    }
  }
  return findings.sort((a, b) => a.row - b.row || a.rule.localeCompare(b.rule));
}

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

/**
 * One level up (personal → team → company), or a quarterly objective to an annual one of the
 * same level (objective or key result of that annual objective).
 */
export function alignsOneUp(
  item: { level: Level; period: string },
  target: { level: Level; period: string; type: string },
): boolean {
  if (levelRank(target.level) === levelRank(item.level) - 1) return true;
  if (target.level === item.level) {
    const own = tryParsePeriod(item.period);
    const theirs = tryParsePeriod(target.period);
    return (
      !!own &&
      !!theirs &&
      own.kind === 'quarter' &&
      theirs.kind === 'year' &&
      theirs.year === own.year
    );
  }
  return false;
}

/** The IDs of an alignment cycle through `start` (objective → target → its objective → …), or null. */
export function alignmentCycle(
  start: ComputedView,
  byId: ReadonlyMap<string, ComputedView>,
): string[] | null {
  const path: string[] = [start.id];
  const seen = new Set<string>([start.id.toUpperCase()]);
  let current: ComputedView | undefined = start;
  for (let guard = 0; current && guard < 1000; guard++) {
    if (!current.alignedTo) return null;
    let next: ComputedView | undefined = byId.get(current.alignedTo.toUpperCase());
    if (next && next.type === 'keyResult') {
      path.push(next.id);
      next = byId.get(next.parentId.toUpperCase());
    }
    if (!next) return null;
    const key = next.id.toUpperCase();
    path.push(next.id);
    if (key === start.id.toUpperCase()) return path;
    if (seen.has(key)) return null; // a cycle that does not pass through start
    seen.add(key);
    current = next;
  }
  return null;
}

// Every formula the add-on writes, built from typed pieces: cell references from the column
// map, string literals escaped, sheet names quoted. No user text is ever spliced into a
// formula (IDs are compared through cell references, never as literals).
//
// The formulas evaluate the same in Google Sheets and in HyperFormula (the local runtime):
// only IF, IFERROR, ISNUMBER, ISLOGICAL, ISDATE, REGEXMATCH, AND, OR, TRIM, LOWER, SUBSTITUTE,
// VALUE, LEN, LEFT, RIGHT, MID, DATE, YEAR, EDATE, TODAY, MAX, MIN, ROUND, SUMIFS, COUNTIFS, NA,
// UNICHAR (ISDATE and REGEXMATCH are Sheets functions the local runtime adds to HyperFormula,
// dev/runtime/hf-plugins.ts; VALUE there reads the spreadsheet locale as Sheets does); whole-column
// ranges ($C:$C) so rows inserted or appended anywhere are included; lookups by ID (SUMIFS over
// the Parent or Aligned-to column equal to this row's ID), never by offset, so sorting keeps
// them right.
//
// Roll-up without cycles: a range depends on every cell in it, so the weighted progress of
// each tier lives in its own helper column (columns.ts). An objective sums krWP and the
// roll-up column of its own level; a roll-up key result sums the objective columns of the
// levels below it. Which helper column a row feeds is decided when the formulas are written
// (from its tier); changing a key result to or from roll-up by hand shows ⚠ until Repair.
import type { ColumnKey, ColumnMap } from '../core/columns';
import { t, type Lang } from '../core/i18n';
import {
  DONE_WORDS,
  KIND_WORDS,
  OPEN_WORDS,
  type ItemType,
  type Level,
  type StatusCode,
} from '../core/vocabulary';
import { NUMBER_PATTERNS, type DecimalMark } from '../core/values';

// ---------------------------------------------------------------------------------------------
// Pieces

/** A1 column letters of a 0-based index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A string literal: "text" with quotes doubled. */
export function str(value: string): string {
  return '"' + value.replace(/"/g, '""') + '"';
}

/** A sheet name as formulas need it: always quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  return "'" + name.replace(/'/g, "''") + "'";
}

function fn(name: string, ...args: string[]): string {
  return `${name}(${args.join(',')})`;
}

// 1e-9 written as a division: engines print a number literal like 0.000000001 back in their own
// way (1e-9), which would make Repair see a changed formula.
const EPS = '1/1000000000';

/** Where the status thresholds live: absolute cells on the settings tab. */
export interface ThresholdCells {
  sheetName: string;
  /** 1-based rows of the two values in column `column` (0-based). */
  onTrackRow: number;
  atRiskRow: number;
  column: number;
}

export interface FormulaContext {
  columns: ColumnMap;
  lang: Lang;
  thresholds: ThresholdCells;
  /** The spreadsheet locale's decimal mark: which texts are numbers (values.ts). */
  mark: DecimalMark;
}

/** The formulas of one row; keys without a formula get '' (the cell is cleared). */
export type RowFormulas = Partial<Record<ColumnKey, string>>;

class RowRefs {
  constructor(
    private readonly columns: ColumnMap,
    /** The 1-based row, or a placeholder while a template is built. */
    private readonly row: number | string,
  ) {}

  has(key: ColumnKey): boolean {
    return this.columns[key] !== undefined;
  }

  /** $C5: this row's cell of a column (column absolute, row relative). */
  cell(key: ColumnKey): string {
    const c = this.columns[key];
    if (c === undefined) return '""';
    return '$' + columnLetter(c) + this.row;
  }

  /** $C:$C: a whole column. */
  col(key: ColumnKey): string {
    const c = this.columns[key];
    if (c === undefined) throw new Error(`column ${key} is missing`);
    const l = columnLetter(c);
    return `$${l}:$${l}`;
  }
}

/** TRIM(x&"")="" : blank, whatever the cell holds. */
function blank(x: string): string {
  return `TRIM(${x}&"")=""`;
}

/**
 * A cell as a number, as parseNumber in values.ts reads it: TRUE/FALSE as 1/0, numbers as they
 * are but a date (a date-formatted cell) is none, text only when it is a number under the sheet's
 * decimal mark (the same pattern) and then through VALUE, which reads it in the sheet's locale.
 * Anything else is #N/A, which the cells built on it show as ⚠.
 */
function num(x: string, mark: DecimalMark): string {
  const text = fn('TRIM', x);
  return fn(
    'IF',
    fn('ISLOGICAL', x),
    `${x}*1`,
    fn(
      'IF',
      fn('ISNUMBER', x),
      fn('IF', fn('ISDATE', x), 'NA()', x),
      fn('IF', fn('REGEXMATCH', text, str(NUMBER_PATTERNS[mark])), fn('VALUE', text), 'NA()'),
    ),
  );
}

function anyOf(x: string, words: readonly string[]): string {
  return fn('OR', ...words.map((w) => `${x}=${str(w)}`));
}

// Kind words as the helper column normalises them (lower case, no spaces, hyphens, underscores).
const KIND_KEYS = KIND_WORDS;

// ⚠ as UNICHAR(9888) rather than a "⚠" literal: the cell shows the same ⚠, and the formula text
// stays one byte per character. One ⚠ makes V8 (Apps Script's and the local runtime's) hold the
// whole 1,400-character progress formula of every key result at two bytes per character: Set up
// and Structure build 20,000 of them at 35,000 rows.
const WARN = 'UNICHAR(9888)';

// ---------------------------------------------------------------------------------------------
// Per column

function kindKeyFormula(r: RowRefs): string {
  let x = fn('LOWER', fn('TRIM', `${r.cell('kind')}&""`));
  for (const sep of [' ', '-', '_']) x = fn('SUBSTITUTE', x, str(sep), '""');
  return x;
}

function milestoneFormula(r: RowRefs): string {
  const c = r.cell('current');
  const w = fn('TRIM', c);
  return fn(
    'IF',
    fn('ISLOGICAL', c),
    fn('IF', c, '1', '0'),
    fn(
      'IF',
      fn('ISNUMBER', c),
      fn('IF', `${c}=1`, '1', fn('IF', `${c}=0`, '0', WARN)),
      fn('IF', anyOf(w, DONE_WORDS), '1', fn('IF', anyOf(w, OPEN_WORDS), '0', WARN)),
    ),
  );
}

function linearFormula(r: RowRefs): string {
  const h = r.cell('kindKey');
  const T = r.cell('target');
  const s = r.cell('startNum');
  const tt = r.cell('targetNum');
  const c = r.cell('currentNum');
  return fn(
    'IF',
    blank(T),
    WARN,
    fn(
      'IF',
      `${tt}=${s}`,
      WARN,
      fn(
        'IF',
        fn('AND', anyOf(h, KIND_KEYS.increase), `${tt}<${s}`),
        WARN,
        fn(
          'IF',
          fn('AND', anyOf(h, KIND_KEYS.decrease), `${tt}>${s}`),
          WARN,
          fn('MAX', '0', fn('MIN', '1', `(${c}-${s})/(${tt}-${s})`)),
        ),
      ),
    ),
  );
}

/** A number helper cell: blank stays `ifBlank`, else the cell as a number. */
function numberHelper(
  r: RowRefs,
  key: 'start' | 'target' | 'current',
  ifBlank: string,
  mark: DecimalMark,
): string {
  const x = r.cell(key);
  return fn('IF', blank(x), ifBlank, num(x, mark));
}

/** Progress of a key result from its own row (every kind but roll-up). */
function ownProgress(r: RowRefs): string {
  const h = r.cell('kindKey');
  const C = r.cell('current');
  const T = r.cell('target');
  const threshold = (op: '>=' | '<=') =>
    fn(
      'IF',
      blank(T),
      WARN,
      fn('IF', `${r.cell('currentNum')}${op}${r.cell('targetNum')}`, '1', '0'),
    );
  return fn(
    'IF',
    blank(C),
    '""',
    fn(
      'IFERROR',
      fn(
        'IF',
        anyOf(h, KIND_KEYS.milestone),
        milestoneFormula(r),
        fn(
          'IF',
          anyOf(h, KIND_KEYS.atLeast),
          threshold('>='),
          fn(
            'IF',
            anyOf(h, KIND_KEYS.atMost),
            threshold('<='),
            fn(
              'IF',
              anyOf(h, ['', ...KIND_KEYS.increase, ...KIND_KEYS.decrease]),
              linearFormula(r),
              WARN,
            ),
          ),
        ),
      ),
      WARN,
    ),
  );
}

/**
 * Σ SUMIFS(wp, key, id) / Σ SUMIFS(weight, key, id, wp, "<>"): blank while no counted row has a
 * progress (COUNTIFS of wp ≥ 0: a row without progress or with weight 0 holds "-" there, see
 * wpFormula), and when Σ w = 0. As weightedRollup in src/core/rollup.ts.
 */
function weightedSum(r: RowRefs, key: 'parentId' | 'alignedTo', wpColumns: ColumnKey[]): string {
  const id = r.cell('id');
  const cols = wpColumns.filter((c) => r.has(c));
  if (cols.length === 0) return '""';
  const top = cols.map((c) => fn('SUMIFS', r.col(c), r.col(key), id)).join('+');
  const valued = cols.map((c) => fn('COUNTIFS', r.col(key), id, r.col(c), str('>=0'))).join('+');
  const bottom =
    key === 'parentId'
      ? fn('SUMIFS', r.col('rollWeight'), r.col(key), id)
      : cols
          .map((c) => fn('SUMIFS', r.col('rollWeight'), r.col(key), id, r.col(c), str('<>')))
          .join('+');
  return fn('IFERROR', fn('IF', `${valued}=0`, '""', `(${top})/(${bottom})`), '""');
}

const ROLLUP_WP: Readonly<Record<Level, ColumnKey | null>> = {
  company: 'companyRollupWP',
  team: 'teamRollupWP',
  personal: null,
};
const OBJECTIVE_WP: Readonly<Record<Level, ColumnKey | null>> = {
  company: null,
  team: 'teamObjWP',
  personal: 'personalObjWP',
};
/** The objective columns a roll-up key result of a tier sums: every level below it. */
const BELOW: Readonly<Record<Level, ColumnKey[]>> = {
  company: ['teamObjWP', 'personalObjWP'],
  team: ['personalObjWP'],
  personal: [],
};

/** The first day of the row's period (a year or a quarter), blank when it is neither. */
function periodStartFormula(r: RowRefs): string {
  const p = fn('TRIM', `${r.cell('period')}&""`);
  const len = fn('LEN', p);
  const isYear = `${len}=4`;
  const qFirst = fn('OR', `${fn('LEFT', p, '1')}="Q"`, `${fn('LEFT', p, '1')}="K"`);
  const sep = fn('MID', p, `${len}-1`, '1');
  const qLast = fn('AND', `${len}>=6`, fn('OR', `${sep}="Q"`, `${sep}="K"`));
  const y = fn('IF', qFirst, fn('VALUE', fn('RIGHT', p, '4')), fn('VALUE', fn('LEFT', p, '4')));
  const q = fn('IF', qFirst, fn('VALUE', fn('MID', p, '2', '1')), fn('VALUE', fn('RIGHT', p, '1')));
  const quarterOk = fn('AND', fn('OR', qFirst, qLast), `${q}>=1`, `${q}<=4`, `${len}<=9`);
  return fn(
    'IFERROR',
    fn(
      'IF',
      isYear,
      // A year is four digits: the text is the year.
      fn('IF', `${fn('VALUE', p)}>=1900`, fn('DATE', fn('VALUE', p), '1', '1'), '""'),
      fn('IF', quarterOk, fn('DATE', y, `3*${q}-2`, '1'), '""'),
    ),
    '""',
  );
}

/** The first day after the row's period: a year or three months after its start. */
function periodEndFormula(r: RowRefs): string {
  const start = r.cell('periodStart');
  const len = fn('LEN', fn('TRIM', `${r.cell('period')}&""`));
  return fn(
    'IF',
    fn('ISNUMBER', start),
    fn('IF', `${len}=4`, fn('DATE', `${fn('YEAR', start)}+1`, '1', '1'), fn('EDATE', start, '3')),
    '""',
  );
}

function expectedFormula(r: RowRefs): string {
  const start = r.cell('periodStart');
  const end = r.cell('periodEnd');
  return fn(
    'IFERROR',
    fn(
      'IF',
      fn('ISNUMBER', start),
      fn('MAX', '0', fn('MIN', '1', `(TODAY()-${start})/(${end}-${start})`)),
      '""',
    ),
    '""',
  );
}

function statusFormula(r: RowRefs, ctx: FormulaContext): string {
  const P = r.cell('progress');
  const E = r.cell('expected');
  const th = ctx.thresholds;
  const sheet = quoteSheet(th.sheetName);
  const cl = '$' + columnLetter(th.column);
  const onTrack = `${sheet}!${cl}$${th.onTrackRow}`;
  const atRisk = `${sheet}!${cl}$${th.atRiskRow}`;
  const label = (k: StatusCode) => str(t(ctx.lang, `status.${k}`));
  const ratio = `${P}/${E}`;
  return fn(
    'IFERROR',
    fn(
      'IF',
      fn('ISNUMBER', P),
      fn(
        'IF',
        `${P}>=1`,
        label('achieved'),
        fn(
          'IF',
          fn('ISNUMBER', E),
          fn(
            'IF',
            `${E}<=0`,
            label('onTrack'),
            fn(
              'IF',
              `${ratio}>=${onTrack}-${EPS}`,
              label('onTrack'),
              fn('IF', `${ratio}>=${atRisk}-${EPS}`, label('atRisk'), label('offTrack')),
            ),
          ),
          '""',
        ),
      ),
      fn('IF', `${P}=""`, label('noCheckIn'), '""'),
    ),
    '""',
  );
}

function gradeFormula(r: RowRefs): string {
  const P = r.cell('progress');
  return fn(
    'IF',
    fn('ISNUMBER', P),
    `${fn('ROUND', `${fn('MAX', '0', fn('MIN', '1', P))}*10+${EPS}`, '0')}/10`,
    '""',
  );
}

function rollWeightFormula(r: RowRefs, mark: DecimalMark): string {
  const W = r.cell('weight');
  const w = num(W, mark);
  return fn('IF', blank(W), '1', fn('IF', `${w}<0`, 'NA()', w));
}

/** weight × progress; "-" (no number, but not blank) without progress or with weight 0. */
function wpFormula(r: RowRefs): string {
  const P = r.cell('progress');
  const W = r.cell('rollWeight');
  return fn('IF', fn('AND', fn('ISNUMBER', P), `${W}>0`), `${W}*${P}`, str('-'));
}

export interface RowShape {
  type: ItemType;
  /** The row's tier (tierOf in okr-rows.ts). */
  tier: Level;
  /** True when the key result is a roll-up. */
  rollup: boolean;
  /**
   * True when the row is closed: its Grade holds the value it closed with, so the row has no
   * grade formula (the key is left out: writers keep the cell as it is).
   */
  closed?: boolean;
}

// Rows of the same shape get the same formulas but for their row number: build each shape's
// formulas once per context with a placeholder for the row, then only join the row in. (A sheet
// of 35,000 rows has a handful of shapes.)
const ROW_TOKEN = '\u0001';

/**
 * The formulas of one row shape with the row number left out: per column, the pieces to join
 * with the row number ('' cells have the single piece ''). Built once per shape and context.
 */
export type RowTemplate = readonly (readonly [ColumnKey, readonly string[]])[];
const templates = new WeakMap<FormulaContext, (RowTemplate | undefined)[]>();
const TYPE_CODE: Readonly<Record<ItemType, number>> = { objective: 0, keyResult: 1, initiative: 2 };
const TIER_CODE: Readonly<Record<Level, number>> = { company: 0, team: 1, personal: 2 };

export function rowTemplate(shape: RowShape, ctx: FormulaContext): RowTemplate {
  let byShape = templates.get(ctx);
  if (!byShape) templates.set(ctx, (byShape = []));
  // A number per shape (3 types × 3 tiers × roll-up × closed): no key text built per row.
  const key =
    ((TYPE_CODE[shape.type] * 3 + TIER_CODE[shape.tier]) * 2 + (shape.rollup ? 1 : 0)) * 2 +
    (shape.closed === true ? 1 : 0);
  let template = byShape[key];
  if (!template) {
    const built = buildRowFormulas(shape, ROW_TOKEN, ctx);
    template = (Object.keys(built) as ColumnKey[]).map(
      (k) => [k, (built[k] ?? '').split(ROW_TOKEN)] as const,
    );
    byShape[key] = template;
  }
  return template;
}

/** A template cell's text for a row. */
export function templateText(parts: readonly string[], rowText: string): string {
  return parts.length === 1 ? (parts[0] as string) : parts.join(rowText);
}

/**
 * Whether `text` is the template cell's text for a row: lengths first, then one join and one
 * string comparison (three times faster over a tab's 280,000 formulas than comparing piece by
 * piece).
 */
export function templateMatches(parts: readonly string[], rowText: string, text: string): boolean {
  let expectedLength = (parts.length - 1) * rowText.length;
  for (const p of parts) expectedLength += p.length;
  return text.length === expectedLength && templateText(parts, rowText) === text;
}

/** Every formula and helper cell of one row (1-based `row`); '' clears a cell. */
export function rowFormulas(shape: RowShape, row: number, ctx: FormulaContext): RowFormulas {
  const rowText = String(row);
  const out: RowFormulas = {};
  for (const [k, parts] of rowTemplate(shape, ctx)) out[k] = templateText(parts, rowText);
  return out;
}

function buildRowFormulas(shape: RowShape, row: number | string, ctx: FormulaContext): RowFormulas {
  const out = buildOpenRowFormulas(shape, row, ctx);
  if (shape.closed) delete out.grade;
  return out;
}

function buildOpenRowFormulas(
  shape: RowShape,
  row: number | string,
  ctx: FormulaContext,
): RowFormulas {
  const r = new RowRefs(ctx.columns, row);
  const out: RowFormulas = {
    progress: '',
    expected: '',
    status: '',
    grade: '',
    kindKey: '',
    startNum: '',
    targetNum: '',
    currentNum: '',
    periodStart: '',
    periodEnd: '',
    rollWeight: '',
    krWP: '',
    teamRollupWP: '',
    companyRollupWP: '',
    personalObjWP: '',
    teamObjWP: '',
  };
  if (shape.type === 'initiative') return out;
  out.periodStart = '=' + periodStartFormula(r);
  out.periodEnd = '=' + periodEndFormula(r);
  out.expected = '=' + expectedFormula(r);
  out.status = '=' + statusFormula(r, ctx);
  out.grade = '=' + gradeFormula(r);
  out.rollWeight = '=' + rollWeightFormula(r, ctx.mark);
  if (shape.type === 'objective') {
    const own = ROLLUP_WP[shape.tier];
    out.progress = '=' + weightedSum(r, 'parentId', own ? ['krWP', own] : ['krWP']);
    const target = OBJECTIVE_WP[shape.tier];
    if (target) out[target] = '=' + wpFormula(r);
    return out;
  }
  out.kindKey = '=' + kindKeyFormula(r);
  out.startNum = '=' + numberHelper(r, 'start', '0', ctx.mark);
  out.targetNum = '=' + numberHelper(r, 'target', '""', ctx.mark);
  out.currentNum = '=' + numberHelper(r, 'current', '""', ctx.mark);
  const isRollup = anyOf(r.cell('kindKey'), KIND_KEYS.rollup);
  const rollupColumn = shape.rollup ? ROLLUP_WP[shape.tier] : null;
  if (rollupColumn) {
    out.progress =
      '=' + fn('IF', isRollup, weightedSum(r, 'alignedTo', BELOW[shape.tier]), ownProgress(r));
    out[rollupColumn] = '=' + wpFormula(r);
  } else {
    // A personal roll-up key result has nothing below it: blank, like src/core.
    const rollupValue = shape.rollup && shape.tier === 'personal' ? '""' : WARN;
    out.progress = '=' + fn('IF', isRollup, rollupValue, ownProgress(r));
    out.krWP = '=' + wpFormula(r);
  }
  return out;
}

/** Keys of the columns whose cells the add-on owns as formulas (never people's values). */
export const FORMULA_COLUMNS: readonly ColumnKey[] = [
  'progress',
  'expected',
  'status',
  'grade',
  'kindKey',
  'startNum',
  'targetNum',
  'currentNum',
  'periodStart',
  'periodEnd',
  'rollWeight',
  'krWP',
  'teamRollupWP',
  'companyRollupWP',
  'personalObjWP',
  'teamObjWP',
];

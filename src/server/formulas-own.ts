// The formulas of a row that read only the row's own cells (and the settings tab): a key
// result's kind, numbers and progress, a row's period, expected progress, status, grade and
// weight. Words come from the settings tab's tables (formulas-words.ts) by VLOOKUP; every
// piece a person reads is short, the longer conversions live in hidden helper cells.
import { t } from '../core/i18n';
import { PERIOD_SEPARATORS, YEAR_PATTERN } from '../core/period';
import { NUMBER_PATTERNS, type DecimalMark } from '../core/values';
import type { StatusCode } from '../core/vocabulary';
import {
  EPS,
  WARN,
  blank,
  columnLetter,
  fn,
  quoteSheet,
  str,
  type RowRefs,
} from './formulas-pieces';
import type { FormulaContext } from './formulas';

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

/** The Kind cell as a kind (kinds.ts): '' for none (auto), #N/A for a word not in OKR_KINDS. */
export function kindKeyFormula(r: RowRefs): string {
  const k = r.cell('kind');
  const word = fn('REGEXREPLACE', `${k}&""`, str('[\\s_-]'), '""');
  return fn('IF', blank(k), '""', fn('VLOOKUP', word, 'OKR_KINDS', '2', 'FALSE'));
}

/** A number helper cell: blank stays `ifBlank`, else the cell as a number. */
export function numberHelper(
  r: RowRefs,
  key: 'start' | 'target' | 'current',
  ifBlank: string,
  mark: DecimalMark,
): string {
  const x = r.cell(key);
  return fn('IF', blank(x), ifBlank, num(x, mark));
}

/**
 * A milestone's Current as 1 (done) or 0 (open) by the words of OKR_DONE; #N/A for others, and
 * for a word whose row says neither 1 nor 0 (a person's row with "yes" in it: word-tables.ts
 * leaves such a row out, and so does this; text never equals a number in Sheets). SWITCH
 * compares as = does (https://support.google.com/docs/answer/7013690), so the word is looked up
 * once.
 */
export function doneFormula(r: RowRefs): string {
  const done = fn('VLOOKUP', fn('TRIM', `${r.cell('current')}&""`), 'OKR_DONE', '2', 'FALSE');
  const state = fn('SWITCH', done, '1', '1', '0', '0', 'NA()');
  return fn('IF', `${r.cell('kindKey')}="milestone"`, state, '""');
}

/**
 * Progress of a key result from its own row (every kind but roll-up), as progress.ts. A target
 * is required (targetNum is #N/A when blank); increase and decrease need the target on their
 * side of the start, auto any target but the start (span is #N/A, or 0 and the division fails).
 */
export function ownProgress(r: RowRefs): string {
  const c = r.cell('currentNum');
  const tt = r.cell('targetNum');
  const byKind = fn(
    'SWITCH',
    r.cell('kindKey'),
    str('milestone'),
    r.cell('doneNum'),
    str('atLeast'),
    `(${c}>=${tt})*1`,
    str('atMost'),
    `(${c}<=${tt})*1`,
    str('rollup'),
    'NA()',
    r.cell('linear'),
  );
  return fn('IF', blank(r.cell('current')), '""', fn('IFERROR', byKind, WARN));
}

/**
 * Target − start when the target is on the kind's side of the start (increase: above,
 * decrease: below, auto and others: any), else #N/A. It reads no Current: a check-in does not
 * recompute it.
 */
export function spanFormula(r: RowRefs): string {
  const s = r.cell('startNum');
  const tt = r.cell('targetNum');
  const side = fn(
    'SWITCH',
    r.cell('kindKey'),
    str('increase'),
    `${tt}>${s}`,
    str('decrease'),
    `${tt}<${s}`,
    '1',
  );
  return fn('IF', side, `${tt}-${s}`, 'NA()');
}

/** (current − start) / span, between 0 and 1: the progress of an increase, decrease or auto. */
export function linearFormula(r: RowRefs): string {
  const ratio = `(${r.cell('currentNum')}-${r.cell('startNum')})/${r.cell('span')}`;
  return fn('MAX', '0', fn('MIN', '1', ratio));
}

/** The period text without separators, upper case (period.ts: tryParsePeriod). */
export function periodKeyFormula(r: RowRefs): string {
  return fn('REGEXREPLACE', fn('UPPER', `${r.cell('period')}&""`), str(PERIOD_SEPARATORS), '""');
}

/** The period's year (its first, when it starts and ends with one); #N/A when it has none. */
export function periodYearFormula(r: RowRefs): string {
  return fn('REGEXEXTRACT', r.cell('periodKey'), str(YEAR_PATTERN));
}

/** The period with its year written #: how the settings tab's period table spells it. */
export function periodSpellingFormula(r: RowRefs): string {
  return fn('REGEXREPLACE', r.cell('periodKey'), str(YEAR_PATTERN), str('#'));
}

/** Column `n` of the period's row in OKR_PERIODS. */
function periodLookup(r: RowRefs, n: number): string {
  return fn('VLOOKUP', r.cell('periodSpelling'), 'OKR_PERIODS', String(n), 'FALSE');
}

/** The first day of the row's period, blank when it is not one (period.ts: periodStart). */
export function periodStartFormula(r: RowRefs): string {
  return fn('IFERROR', fn('DATE', r.cell('periodYear'), periodLookup(r, 2), '1'), '""');
}

/** The first day after the row's period (period.ts: periodEnd). */
export function periodEndFormula(r: RowRefs): string {
  const start = r.cell('periodStart');
  return fn('IFERROR', fn('EDATE', start, periodLookup(r, 3)), '""');
}

export function expectedFormula(r: RowRefs): string {
  const start = r.cell('periodStart');
  const end = r.cell('periodEnd');
  return fn(
    'IF',
    fn('ISNUMBER', start),
    fn('MAX', '0', fn('MIN', '1', `(TODAY()-${start})/(${end}-${start})`)),
    '""',
  );
}

/** The status label (status.ts): the progress against the expected progress and thresholds. */
export function statusFormula(r: RowRefs, ctx: FormulaContext): string {
  const P = r.cell('progress');
  const E = r.cell('expected');
  const th = ctx.thresholds;
  const sheet = quoteSheet(th.sheetName);
  const cl = '$' + columnLetter(th.column);
  const onTrack = `${sheet}!${cl}$${th.onTrackRow}`;
  const atRisk = `${sheet}!${cl}$${th.atRiskRow}`;
  const label = (k: StatusCode) => str(t(ctx.lang, `status.${k}`));
  const ratio = `${P}/${E}`;
  const pace = fn(
    'IF',
    `${E}<=0`,
    label('onTrack'),
    fn(
      'IF',
      `${ratio}>=${onTrack}-${EPS}`,
      label('onTrack'),
      fn('IF', `${ratio}>=${atRisk}-${EPS}`, label('atRisk'), label('offTrack')),
    ),
  );
  return fn(
    'IFERROR',
    fn(
      'IF',
      fn('ISNUMBER', P),
      fn('IF', `${P}>=1`, label('achieved'), fn('IF', fn('ISNUMBER', E), pace, '""')),
      fn('IF', `${P}=""`, label('noCheckIn'), '""'),
    ),
    '""',
  );
}

export function gradeFormula(r: RowRefs): string {
  const P = r.cell('progress');
  return fn(
    'IF',
    fn('ISNUMBER', P),
    `${fn('ROUND', `${fn('MAX', '0', fn('MIN', '1', P))}*10+${EPS}`, '0')}/10`,
    '""',
  );
}

/** The weight a row counts with: blank is 1 (a negative weight is refused by the chain). */
export function rollWeightFormula(r: RowRefs, mark: DecimalMark): string {
  const W = r.cell('weight');
  return fn('IF', blank(W), '1', num(W, mark));
}

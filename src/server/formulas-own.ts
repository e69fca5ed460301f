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
 * leaves such a row out, and so does this; text never equals a number in Sheets).
 */
export function doneFormula(r: RowRefs): string {
  const done = fn('VLOOKUP', fn('TRIM', `${r.cell('current')}&""`), 'OKR_DONE', '2', 'FALSE');
  const state = fn('IF', `${done}=1`, '1', fn('IF', `${done}=0`, '0', 'NA()'));
  return fn('IF', `${r.cell('kindKey')}="milestone"`, state, '""');
}

/**
 * Progress of a key result from its own row (every kind but roll-up), as progress.ts. A target
 * is required (targetNum is #N/A when blank); increase and decrease need the target on their
 * side of the start, auto any target but the start (a division by FALSE, or by 0, is an error).
 */
export function ownProgress(r: RowRefs): string {
  const kind = r.cell('kindKey');
  const s = r.cell('startNum');
  const tt = r.cell('targetNum');
  const c = r.cell('currentNum');
  const direction = fn(
    'SWITCH',
    kind,
    str('increase'),
    `${tt}>${s}`,
    str('decrease'),
    `${tt}<${s}`,
    '1',
  );
  const byKind = fn(
    'SWITCH',
    kind,
    str('milestone'),
    r.cell('doneNum'),
    str('atLeast'),
    `(${c}>=${tt})*1`,
    str('atMost'),
    `(${c}<=${tt})*1`,
    str('rollup'),
    'NA()',
    fn('MAX', '0', fn('MIN', '1', `${r.cell('linear')}/${direction}`)),
  );
  return fn('IF', blank(r.cell('current')), '""', fn('IFERROR', byKind, WARN));
}

/** (current − start) / (target − start): the progress of an increase or decrease. */
export function linearFormula(r: RowRefs): string {
  const s = r.cell('startNum');
  return `(${r.cell('currentNum')}-${s})/(${r.cell('targetNum')}-${s})`;
}

/** The period text without separators, upper case (period.ts: tryParsePeriod). */
export function periodKeyFormula(r: RowRefs): string {
  return fn('REGEXREPLACE', fn('UPPER', `${r.cell('period')}&""`), str(PERIOD_SEPARATORS), '""');
}

/** Column `n` of the period's row in OKR_PERIODS: its spelling with the year written #. */
function periodLookup(r: RowRefs, n: number): string {
  const spelling = fn('REGEXREPLACE', r.cell('periodKey'), str(YEAR_PATTERN), str('#'));
  return fn('VLOOKUP', spelling, 'OKR_PERIODS', String(n), 'FALSE');
}

/** The first day of the row's period, blank when it is not one (period.ts: periodStart). */
export function periodStartFormula(r: RowRefs): string {
  const year = fn('REGEXEXTRACT', r.cell('periodKey'), str(YEAR_PATTERN));
  return fn('IFERROR', fn('DATE', year, periodLookup(r, 2), '1'), '""');
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

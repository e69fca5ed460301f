// Custom functions: =OKR_PROGRESS and its family, so a person's own sheet can be an OKR tracker.
//
// Rules every function here follows:
// - Any range argument may be a range (Sheets passes a 2D array); ranges must have the same
//   shape, single values (and single cells) broadcast, the result has that shape. A row whose
//   range cells are all blank gives ""; a bad row gives a short text starting with "⚠" and the
//   other rows still compute. A scalar call throws Error("OKR_NAME: message") instead.
// - A successful call makes no service call, with one exception: OKR_EXPECTED given Date cells
//   reads the spreadsheet's time zone (once per call) and turns each distinct date into its
//   calendar day there with Utilities.formatDate (allowed in custom functions). The spreadsheet's
//   locale is read at most once per call, and only when it matters: for the language of an
//   error message (Dutch for nl, else English), or for the decimal mark of a number typed as
//   text ("1,5" is 1.5 in a Dutch spreadsheet, as Sheets' VALUE reads it there; values.ts).
//   Numbers, blanks and words need no locale.
// - Deterministic: no clock. OKR_EXPECTED takes the date as an argument.
import {
  DEFAULT_THRESHOLDS,
  OkrError,
  expectedProgress,
  grade,
  gradeColorName,
  isBlank,
  keyResultProgress,
  parseNumber,
  parsePeriod,
  parseProgress,
  status,
  statusName,
  validateThresholds,
  weightedRollup,
  type StatusThresholds,
} from '../core';
import {
  type Compute,
  type Grid,
  blankToEmpty,
  callError,
  dateArgToSerial,
  evaluate,
  gridCols,
  isGrid,
  languageArg,
  markFor,
  newCall,
  options,
  shapeText,
  unwrap,
} from './custom-function-calls';

// ---------------------------------------------------------------------------------------------
// Per-cell computations (defined once; the loop above calls them per cell).

const progressCell: Compute = (start, target, current, kind, call) =>
  keyResultProgress(start, target, current, kind, markFor(call, start, target, current));

const expectedCell: Compute = (period, date, _c, _d, call) => {
  if (isBlank(period)) return null;
  return expectedProgress(parsePeriod(period, 'period'), dateArgToSerial(date, 'date', call));
};

const statusCell: Compute = (progress, expected, _c, _d, call) => {
  const mark = markFor(call, progress, expected);
  const p = parseProgress(progress, 'progress', mark);
  if (p === null) return statusName('noCheckIn', call.outLang);
  const e = parseProgress(expected, 'expected', mark);
  if (e === null) throw new OkrError('error.required', { arg: 'expected' });
  return statusName(status(p, e, call.thresholds), call.outLang);
};

const gradeCell: Compute = (progress, _b, _c, _d, call) =>
  grade(parseProgress(progress, 'progress', markFor(call, progress)))?.score ?? null;

const gradeColorCell: Compute = (progress, _b, _c, _d, call) => {
  const g = grade(parseProgress(progress, 'progress', markFor(call, progress)));
  return g ? gradeColorName(g.color, call.outLang) : null;
};

// ---------------------------------------------------------------------------------------------
// The custom functions. Their JSDoc is copied onto the stubs in dist/Code.js, so keep it right
// above each function: Sheets shows it as autocomplete and argument hints.

/**
 * Progress of a key result from 0 to 1 (blank when there is no check-in yet). Works on single cells or on whole columns at once.
 *
 * @param {number|Array<Array<number>>} start The starting value; blank counts as 0.
 * @param {number|Array<Array<number>>} target The value the key result must reach.
 * @param {number|Array<Array<number>>} current The latest check-in value; blank gives a blank result. For a milestone: done/yes/TRUE or open/no/FALSE.
 * @param {string|Array<Array<string>>} kind Optional: increase, decrease, at least, at most, milestone or roll-up (Dutch names work too). Blank: increase or decrease from start and target.
 * @return {number|Array<Array<number>>} Progress from 0 to 1, in the shape of the ranges given.
 * @customfunction
 */
export function OKR_PROGRESS(
  start: unknown,
  target: unknown,
  current: unknown,
  kind?: unknown,
): unknown {
  return evaluate(
    'OKR_PROGRESS',
    ['start', 'target', 'current', 'kind'],
    newCall(),
    progressCell,
    start,
    target,
    current,
    kind,
  );
}

/**
 * Weighted roll-up of progress: the sum of weight × progress divided by the sum of the weights. A blank progress counts as 0, a blank weight as 1, weight 0 leaves an item out.
 *
 * @param {number|Array<Array<number>>} progress The progress values (0 to 1 or percentages), e.g. the key results of one objective.
 * @param {number|Array<Array<number>>} weights Optional: a weight per progress value, in a range of the same size; blank means all weigh 1.
 * @return {number} The rolled-up progress from 0 to 1, blank when nothing counts.
 * @customfunction
 */
export function OKR_ROLLUP(progress: unknown, weights?: unknown): unknown {
  const call = newCall();
  try {
    const p = unwrap(progress);
    const w = unwrap(weights);
    const progressCells = isGrid(p) ? p : [[p]];
    let weightCells: Grid | null = null;
    if (isGrid(w)) {
      if (w.length !== progressCells.length || gridCols(w) !== gridCols(progressCells)) {
        throw new OkrError('error.shapeMismatch', {
          arg: 'progress',
          shape: shapeText(progressCells),
          other: 'weights',
          otherShape: shapeText(w),
        });
      }
      weightCells = w;
    }
    const singleWeight = weightCells === null ? parseNumber(w, 'weights', markFor(call, w)) : null;
    const values: (number | null)[] = [];
    const weightValues: (number | null)[] = [];
    for (let r = 0; r < progressCells.length; r++) {
      const row = progressCells[r] as readonly unknown[];
      const weightRow = weightCells ? weightCells[r] : undefined;
      for (let col = 0; col < row.length; col++) {
        values.push(parseProgress(row[col], 'progress', markFor(call, row[col])));
        const weight = weightRow ? weightRow[col] : undefined;
        weightValues.push(
          weightRow ? parseNumber(weight, 'weights', markFor(call, weight)) : singleWeight,
        );
      }
    }
    return blankToEmpty(weightedRollup(values, weightValues));
  } catch (err) {
    throw callError('OKR_ROLLUP', err, call);
  }
}

/**
 * Expected progress of a period on a date: how far through the year or quarter that day is, from 0 (first day) to 1 (after the last day).
 *
 * @param {string|Array<Array<string>>} period A year (2026) or a quarter (2026-Q1 or 2026-K1).
 * @param {Date|Array<Array<Date>>} date The day to measure on: a cell holding a date (TODAY() cannot be passed to a custom function; put =TODAY() in a cell and pass that cell).
 * @return {number|Array<Array<number>>} Expected progress from 0 to 1.
 * @customfunction
 */
export function OKR_EXPECTED(period: unknown, date: unknown): unknown {
  return evaluate('OKR_EXPECTED', ['period', 'date'], newCall(), expectedCell, period, date);
}

/**
 * Status from progress and expected progress: No check-in, Achieved, On track (progress at least 90% of expected), At risk (at least 70%) or Off track.
 *
 * @param {number|Array<Array<number>>} progress Progress from 0 to 1, e.g. from OKR_PROGRESS; blank gives No check-in.
 * @param {number|Array<Array<number>>} expected Expected progress from 0 to 1, e.g. from OKR_EXPECTED.
 * @param {number} onTrack Optional: the ratio of progress to expected from which a result is On track (default 0.9).
 * @param {number} atRisk Optional: the ratio from which a result is At risk rather than Off track (default 0.7).
 * @param {string} language Optional: "nl" for Dutch words; default English.
 * @return {string|Array<Array<string>>} The status word.
 * @customfunction
 */
export function OKR_STATUS(
  progress: unknown,
  expected: unknown,
  onTrack?: unknown,
  atRisk?: unknown,
  language?: unknown,
): unknown {
  const call = newCall(languageArg(unwrap(language)));
  const number = (value: unknown, arg: string) => parseNumber(value, arg, markFor(call, value));
  call.thresholds = options('OKR_STATUS', call, () => {
    const thresholds: StatusThresholds = {
      onTrack: number(unwrap(onTrack), 'onTrack') ?? DEFAULT_THRESHOLDS.onTrack,
      atRisk: number(unwrap(atRisk), 'atRisk') ?? DEFAULT_THRESHOLDS.atRisk,
    };
    validateThresholds(thresholds);
    return thresholds;
  });
  return evaluate('OKR_STATUS', ['progress', 'expected'], call, statusCell, progress, expected);
}

/**
 * End-of-period grade: progress rounded to one decimal (0.0 to 1.0). 0.7 and up is green, 0.4 to 0.6 yellow, below 0.4 red (see OKR_GRADE_COLOR).
 *
 * @param {number|Array<Array<number>>} progress Progress from 0 to 1 at the end of the period.
 * @return {number|Array<Array<number>>} The grade, one decimal.
 * @customfunction
 */
export function OKR_GRADE(progress: unknown): unknown {
  return evaluate('OKR_GRADE', ['progress'], newCall(), gradeCell, progress);
}

/**
 * The colour of an end-of-period grade: green (0.7 and up), yellow (0.4 to 0.6) or red (below 0.4), after rounding progress to one decimal.
 *
 * @param {number|Array<Array<number>>} progress Progress from 0 to 1 at the end of the period.
 * @param {string} language Optional: "nl" for Dutch words (groen, geel, rood); default English.
 * @return {string|Array<Array<string>>} green, yellow or red.
 * @customfunction
 */
export function OKR_GRADE_COLOR(progress: unknown, language?: unknown): unknown {
  const call = newCall(languageArg(unwrap(language)));
  return evaluate('OKR_GRADE_COLOR', ['progress'], call, gradeColorCell, progress);
}

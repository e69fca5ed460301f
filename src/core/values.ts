// Cell values as Sheets hands them over (number, string, boolean, Date, '' for an empty cell)
// turned into numbers. `null` means blank. Bad text throws an OkrError that names the argument
// and quotes the value.
//
// Text numbers are read the way Sheets' VALUE reads them in the spreadsheet's locale, whose
// decimal mark is '.' (en_US, en_GB …) or ',' (nl_NL, de_DE …):
//   mark '.': "1.5", "1,234.5", "1,500" (= 1500), "-3", "1e3", " 45% " (= 0.45)
//   mark ',': "1,5", "1.234,5", "20.000" (= 20000), "1,500" (= 1.5), "45%"
// Grouping separators must stand every three digits ("1.23.4" is no number). A text that is a
// number only under the other mark ("1,5" in an English sheet, "1.5" or "0.25" in a Dutch one)
// is ambiguous: Sheets would read it as something else (a date, text, or a factor 1000 off), so
// it is an error that says which mark the sheet uses, never a guess. Date-like text
// ("2026-06-30", "30-6-2026") is not a number. The same patterns are written into the sheet's
// formulas (NUMBER_PATTERNS, used by REGEXMATCH in src/server/formulas.ts), so both agree.
import { OkrError, quoteValue } from './errors';
import { DONE_WORDS, OPEN_WORDS } from './vocabulary';

/** The decimal mark of a spreadsheet locale. */
export type DecimalMark = '.' | ',';

// Languages whose locale writes decimals with a comma (as Sheets' locales do).
const COMMA_LANGUAGES = new Set(
  'nl de fr es it pt da sv nb no nn fi pl cs sk ru tr id el hu ro uk hr sl bg lt lv et ca vi sr be is az kk'.split(
    ' ',
  ),
);

/** ',' for locales that write decimals with a comma (nl_NL, de_DE …), else '.' (en_US, en_GB). */
export function decimalMarkOf(locale: string): DecimalMark {
  const lang = (locale.split(/[_-]/)[0] ?? '').toLowerCase();
  return COMMA_LANGUAGES.has(lang) ? ',' : '.';
}

/**
 * The texts that are numbers under each decimal mark (RE2 syntax, so Sheets' REGEXMATCH reads
 * them as JavaScript does): sign, digits with optional groups of three, decimals, exponent,
 * and a trailing percent sign.
 */
export const NUMBER_PATTERNS: Readonly<Record<DecimalMark, string>> = {
  '.': '^[+-]?(\\d{1,3}(,\\d{3})+|\\d+)?(\\.\\d+)?([eE][+-]?\\d+)? *%?$',
  ',': '^[+-]?(\\d{1,3}(\\.\\d{3})+|\\d+)?(,\\d+)?([eE][+-]?\\d+)? *%?$',
};
const NUMBER_RES: Readonly<Record<DecimalMark, RegExp>> = {
  '.': new RegExp(NUMBER_PATTERNS['.']),
  ',': new RegExp(NUMBER_PATTERNS[',']),
};
const HAS_DIGIT = /\d/;

/** True for null, undefined, '' and whitespace-only text. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  return typeof value === 'string' && value.trim() === '';
}

/** The number a trimmed text means under `mark`, or NaN when it is none. */
export function numberFromText(text: string, mark: DecimalMark): number {
  // A pattern of optional parts also matches "", "%" and "e3": a number has a digit before
  // any exponent.
  if (!NUMBER_RES[mark].test(text) || !HAS_DIGIT.test(text.replace(/[eE].*$/, ''))) return NaN;
  let body = text;
  let scale = 1;
  if (body.endsWith('%')) {
    scale = 100;
    body = body.slice(0, -1).trimEnd();
  }
  const group = mark === '.' ? ',' : '.';
  body = body.split(group).join('');
  if (mark === ',') body = body.replace(',', '.');
  const n = Number(body) / scale;
  return Number.isFinite(n) ? n : NaN;
}

/**
 * A number from a cell value, or null when blank. Numbers as they are; TRUE/FALSE → 1/0 (as
 * Sheets does in arithmetic); text as Sheets' VALUE reads it under `mark` (above). Throws an
 * OkrError otherwise: 'error.ambiguousNumber' for a number under the other mark only.
 */
export function parseNumber(value: unknown, arg: string, mark: DecimalMark = '.'): number | null {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw new OkrError('error.notANumber', { arg, value: quoteValue(value) });
  }
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return null;
    const n = numberFromText(text, mark);
    if (!Number.isNaN(n)) return n;
    if (!Number.isNaN(numberFromText(text, mark === '.' ? ',' : '.'))) {
      // "1.5" ↔ "1,5": the same text with the marks swapped is what this sheet reads.
      const fixed = text.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
      throw new OkrError('error.ambiguousNumber', { arg, value: quoteValue(value), mark, fixed });
    }
  }
  throw new OkrError('error.notANumber', { arg, value: quoteValue(value) });
}

/** A progress fraction in [0, 1] ("45%" or 0.45), or null when blank; outside [0, 1] is an error. */
export function parseProgress(value: unknown, arg: string, mark: DecimalMark = '.'): number | null {
  const n = parseNumber(value, arg, mark);
  if (n === null) return null;
  if (n < 0 || n > 1)
    throw new OkrError('error.progressOutOfRange', { arg, value: quoteValue(value) });
  return n;
}

export const MILESTONE_WORDS: ReadonlyMap<string, 0 | 1> = new Map<string, 0 | 1>([
  ...DONE_WORDS.map((w): [string, 1] => [w, 1]),
  ...OPEN_WORDS.map((w): [string, 0] => [w, 0]),
]);

/**
 * The state of a milestone: TRUE, 1, "done", "yes", "ja", "klaar", "gereed" → 1; FALSE, 0, "no",
 * "nee", "open" → 0 (case-insensitive; "true"/"false" and Dutch "waar"/"onwaar" as text too);
 * blank → null. Anything else throws.
 */
export function parseMilestone(
  value: unknown,
  arg: string,
  words: ReadonlyMap<string, 0 | 1> = MILESTONE_WORDS,
): 0 | 1 | null {
  const state = milestoneState(value, words);
  if (state === undefined)
    throw new OkrError('error.milestoneValue', { arg, value: quoteValue(value) });
  return state;
}

/**
 * parseMilestone without the error: undefined when the value is no milestone state. `words`
 * are the settings tab's milestone words (word-tables.ts), the core's by default.
 */
export function milestoneState(
  value: unknown,
  words: ReadonlyMap<string, 0 | 1> = MILESTONE_WORDS,
): 0 | 1 | null | undefined {
  if (value === true || value === 1) return 1;
  if (value === false || value === 0) return 0;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (word === '') return null;
    return words.get(word);
  }
  return undefined;
}

/** True when a milestone or initiative is done ("done", "klaar", "waar", TRUE, 1 …). */
export function isDone(
  value: unknown,
  words: ReadonlyMap<string, 0 | 1> = MILESTONE_WORDS,
): boolean {
  return milestoneState(value, words) === 1;
}

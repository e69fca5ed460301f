// Cell values as Sheets hands them over (number, string, boolean, Date, '' for an empty cell)
// turned into numbers. `null` means blank. Bad text throws an OkrError that names the argument
// and quotes the value.
//
// Text numbers: " 1.5 " → 1.5, "45%" → 0.45, "-3", "1e3". The dot is always the decimal
// separator. A decimal comma ("1,5" → 1.5, for Dutch users) is accepted only when it is the
// only separator and is not followed by exactly three digits: "1,500" could mean 1.5 or 1500,
// so it is an error that says so. Thousands separators are never accepted in text.
import { OkrError, quoteValue } from './errors';

/** True for null, undefined, '' and whitespace-only text. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  return typeof value === 'string' && value.trim() === '';
}

const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const COMMA_DECIMAL = /^([+-]?\d+),(\d+)$/;

/**
 * A number from a cell value, or null when blank. Numbers as they are; TRUE/FALSE → 1/0 (as
 * Sheets does in arithmetic); text per the rules above. Throws OkrError otherwise.
 */
export function parseNumber(value: unknown, arg: string): number | null {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw new OkrError('error.notANumber', { arg, value: quoteValue(value) });
  }
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    let text = value.trim();
    if (text === '') return null;
    let percent = false;
    if (text.endsWith('%')) {
      percent = true;
      text = text.slice(0, -1).trimEnd();
    }
    let n = NaN;
    if (NUMBER_TEXT.test(text)) {
      n = Number(text);
    } else {
      const comma = COMMA_DECIMAL.exec(text);
      if (comma) {
        const decimals = comma[2] as string;
        if (decimals.length === 3) {
          throw new OkrError('error.ambiguousNumber', { arg, value: quoteValue(value) });
        }
        n = Number(`${comma[1] as string}.${decimals}`);
      }
    }
    if (Number.isFinite(n)) return percent ? n / 100 : n;
  }
  throw new OkrError('error.notANumber', { arg, value: quoteValue(value) });
}

/** Like parseNumber, but blank is an error too. */
export function requireNumber(value: unknown, arg: string): number {
  const n = parseNumber(value, arg);
  if (n === null) throw new OkrError('error.required', { arg });
  return n;
}

/** A progress fraction in [0, 1] ("45%" or 0.45), or null when blank; outside [0, 1] is an error. */
export function parseProgress(value: unknown, arg: string): number | null {
  const n = parseNumber(value, arg);
  if (n === null) return null;
  if (n < 0 || n > 1)
    throw new OkrError('error.progressOutOfRange', { arg, value: quoteValue(value) });
  return n;
}

const MILESTONE_WORDS: ReadonlyMap<string, 0 | 1> = new Map<string, 0 | 1>([
  ['done', 1],
  ['yes', 1],
  ['ja', 1],
  ['klaar', 1],
  ['gereed', 1],
  ['true', 1],
  ['waar', 1],
  ['1', 1],
  ['no', 0],
  ['nee', 0],
  ['open', 0],
  ['false', 0],
  ['onwaar', 0],
  ['0', 0],
]);

/**
 * The state of a milestone: TRUE, 1, "done", "yes", "ja", "klaar", "gereed" → 1; FALSE, 0, "no",
 * "nee", "open" → 0 (case-insensitive; "true"/"false" and Dutch "waar"/"onwaar" as text too);
 * blank → null. Anything else throws.
 */
export function parseMilestone(value: unknown, arg: string): 0 | 1 | null {
  const state = milestoneState(value);
  if (state === undefined)
    throw new OkrError('error.milestoneValue', { arg, value: quoteValue(value) });
  return state;
}

/** parseMilestone without the error: undefined when the value is no milestone state. */
export function milestoneState(value: unknown): 0 | 1 | null | undefined {
  if (value === true || value === 1) return 1;
  if (value === false || value === 0) return 0;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (word === '') return null;
    return MILESTONE_WORDS.get(word);
  }
  return undefined;
}

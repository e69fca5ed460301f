// What a written value becomes in a cell, as Sheets does it. Apps Script's setValue/setValues
// parse strings the way typing into the cell would:
//   '=...'                 → a formula (so user text starting with '=' injects a formula)
//   '+...' / '-...'        → a number if it is one, otherwise a formula ('=+31 6 1234' → #ERROR!)
//   "'..."                 → text, without the apostrophe
//   '12', '1,234.5', '1e3' → numbers (locale separators: nl_NL reads '1,5' as 1.5)
//   '45%'                  → 0.45 with a percent format
//   'TRUE' / 'false'       → booleans
//   '2026-03-31', '3/31/2026' (en_US), '31-3-2026' (nl_NL), '12:30' → date/time serials with a
//                            date format (so getValue returns a Date)
// A cell whose number format is text ('@', or any with an unquoted @) keeps every string as
// text, '=' and a leading apostrophe included.
// A Date is stored as a serial in the spreadsheet's time zone with a date format.
import { isDateObject, partsToSerial, serialFromInstant } from './dates';
import { localeInfo } from './locale';

export type Literal = number | string | boolean;

export type Written =
  | { kind: 'formula'; formula: string }
  | { kind: 'value'; value: Literal | undefined; format?: string };

export interface WriteContext {
  locale: string;
  timeZone: string;
  currentFormat: string | undefined;
  year: number; // for 'M/d' typed without a year
}

export const DEFAULT_FORMAT = '0.###############';
export const TEXT_FORMAT = '@';

/**
 * Whether a number format makes a cell text: '@' (Plain text) or any format with a text
 * placeholder @ outside quotes, such as '"    "@'. Sheets may then keep a typed leading
 * apostrophe as visible text, so the runtime does (a write never relies on it being dropped).
 */
export function isTextFormat(format: string | undefined): boolean {
  if (!format) return false;
  if (format === TEXT_FORMAT) return true;
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .includes('@');
}

export function coerceWritten(input: unknown, ctx: WriteContext): Written {
  if (input === null || input === undefined) return { kind: 'value', value: undefined };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { kind: 'value', value: '#NUM!' };
    return { kind: 'value', value: input };
  }
  if (typeof input === 'boolean') return { kind: 'value', value: input };
  if (isDateObject(input)) {
    const t = input.getTime();
    if (Number.isNaN(t)) return { kind: 'value', value: '' };
    const serial = serialFromInstant(t, ctx.timeZone);
    if (ctx.currentFormat && isDateFormat(ctx.currentFormat))
      return { kind: 'value', value: serial };
    const info = localeInfo(ctx.locale);
    const format = serial % 1 === 0 ? info.dateFormat : info.dateTimeFormat;
    return { kind: 'value', value: serial, format };
  }
  const s = typeof input === 'string' ? input : String(input);
  if (isTextFormat(ctx.currentFormat)) return { kind: 'value', value: s === '' ? undefined : s };
  if (s === '') return { kind: 'value', value: undefined };
  if (s.startsWith("'")) return { kind: 'value', value: s.slice(1) };
  if (s.startsWith('=') && s.length > 1) return { kind: 'formula', formula: s };
  return parseTyped(s, ctx);
}

function parseTyped(s: string, ctx: WriteContext): Written {
  const t = s.trim();
  const keep = ctx.currentFormat && ctx.currentFormat !== DEFAULT_FORMAT;
  const num = parseLocaleNumber(t, ctx.locale);
  if (num !== null) return { kind: 'value', value: num };
  const pct = /^(.*)%$/.exec(t);
  if (pct && pct[1] !== undefined) {
    const n = parseLocaleNumber(pct[1].trim(), ctx.locale);
    if (n !== null) {
      const value = n / 100;
      if (keep) return { kind: 'value', value };
      return { kind: 'value', value, format: Number.isInteger(n) ? '0%' : '0.00%' };
    }
  }
  if ((t.startsWith('+') || t.startsWith('-')) && t.length > 1)
    return { kind: 'formula', formula: '=' + t };
  if (/^true$/i.test(t)) return { kind: 'value', value: true };
  if (/^false$/i.test(t)) return { kind: 'value', value: false };
  const date = parseDateTime(t, ctx);
  if (date) {
    if (keep && isDateFormat(ctx.currentFormat ?? '')) return { kind: 'value', value: date.serial };
    return { kind: 'value', value: date.serial, format: date.format };
  }
  return { kind: 'value', value: s };
}

export function parseLocaleNumber(s: string, locale: string): number | null {
  const { decimal, thousands } = localeInfo(locale);
  const d = decimal === '.' ? '\\.' : ',';
  const th = thousands === '.' ? '\\.' : ',';
  const re = new RegExp(
    `^([+-]?)(\\d{1,3}(?:${th}\\d{3})+|\\d*)(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?$`,
  );
  const m = re.exec(s);
  if (!m || (!m[2] && !m[3])) return null;
  const intPart = (m[2] ?? '').split(thousands).join('');
  const text = `${m[1]}${intPart || '0'}.${m[3] ?? '0'}e${m[4] ?? '0'}`;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** The date serial a text means in `locale`, as typing it would (null when it is no date). */
export function parseDateText(t: string, locale: string, year: number): number | null {
  return (
    parseDateTime(t, { locale, timeZone: 'UTC', currentFormat: undefined, year })?.serial ?? null
  );
}

function parseDateTime(t: string, ctx: WriteContext): { serial: number; format: string } | null {
  const info = localeInfo(ctx.locale);
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (time) {
    const h = Number(time[1]);
    const mi = Number(time[2]);
    const sec = Number(time[3] ?? 0);
    if (h < 24 && mi < 60 && sec < 60)
      return { serial: (h * 3600 + mi * 60 + sec) / 86400, format: time[3] ? 'H:mm:ss' : 'H:mm' };
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (iso) {
    const serial = validDate(+iso[1]!, +iso[2]!, +iso[3]!, iso[4], iso[5], iso[6]);
    if (serial !== null) return { serial, format: iso[4] ? 'yyyy-mm-dd H:mm:ss' : 'yyyy-mm-dd' };
  }
  const local = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(t);
  if (local) {
    const a = Number(local[1]);
    const b = Number(local[2]);
    let y = local[3] ? Number(local[3]) : ctx.year;
    if (local[3] && local[3].length === 2) y += y < 30 ? 2000 : 1900;
    // en_US reads 3/4 as March 4; day-first locales as 3 April. '-' without a year is not a date.
    if (!local[3] && t.includes('-')) return null;
    const [m, d] = info.dayFirst ? [b, a] : [a, b];
    const serial = validDate(y, m, d);
    if (serial !== null) return { serial, format: info.dateFormat };
  }
  return null;
}

function validDate(
  y: number,
  m: number,
  d: number,
  h?: string,
  mi?: string,
  s?: string,
): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1) return null;
  return partsToSerial(y, m, d, Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
}

/** True for number formats with date or time tokens (cells read back as Date objects). */
// A tab has a handful of formats over a million cells: each is examined once.
const dateFormats = new Map<string, boolean>();

export function isDateFormat(format: string): boolean {
  let known = dateFormats.get(format);
  if (known === undefined) {
    known = examineDateFormat(format);
    if (dateFormats.size < 10_000) dateFormats.set(format, known);
  }
  return known;
}

function examineDateFormat(format: string): boolean {
  if (!format || format === DEFAULT_FORMAT || /^general$/i.test(format) || isTextFormat(format))
    return false;
  const stripped = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dyhsm]/i.test(stripped.replace(/E[+-]/g, ''));
}

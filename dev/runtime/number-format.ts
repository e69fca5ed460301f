// Display values: a cell value rendered through its number format in the spreadsheet locale,
// as getDisplayValue(s) returns it. Covers the formats an add-on writes: automatic, fixed
// decimals, thousands grouping, percent, literal prefixes/suffixes ("€", " pts"), sections
// (positive;negative;zero), plain text, and date/time tokens (yyyy mm dd mmm mmmm d h hh m ss am/pm).
import { serialToParts } from './dates';
import { localeInfo, monthName, weekdayName } from './locale';
import { DEFAULT_FORMAT, isDateFormat, type Literal } from './values';

export function formatDisplay(
  value: Literal | undefined,
  format: string | undefined,
  locale: string,
): string {
  if (value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const fmt = format ?? DEFAULT_FORMAT;
  if (fmt === '@') return formatGeneral(value, locale);
  if (isDateFormat(fmt)) return formatDateSerial(value, fmt, locale);
  if (fmt === DEFAULT_FORMAT || /^general$/i.test(fmt)) return formatGeneral(value, locale);
  return formatNumber(value, fmt, locale);
}

export function formatGeneral(n: number, locale: string): string {
  const { decimal } = localeInfo(locale);
  let s: string;
  if (Number.isInteger(n) && Math.abs(n) < 1e15) s = String(n);
  else if (Math.abs(n) >= 1e15 || (Math.abs(n) < 1e-9 && n !== 0))
    s = n.toExponential(2).toUpperCase();
  else s = String(Number(n.toPrecision(10)));
  return decimal === ',' ? s.replace('.', ',') : s;
}

function formatNumber(n: number, format: string, locale: string): string {
  const sections = splitSections(format);
  let section = sections[0] ?? '';
  let v = n;
  if (n < 0 && sections[1] !== undefined) {
    section = sections[1];
    v = -n;
  } else if (n === 0 && sections[2] !== undefined) section = sections[2];
  section = section.replace(/\[[^\]$]*\]/g, ''); // colours and conditions
  section = section.replace(/\[\$([^\]-]*)(-[^\]]*)?\]/g, '"$1"'); // [$€-413] currency
  const first = section.search(/[0#?]/);
  if (first < 0) return unquote(section);
  let last = first;
  for (let i = 0; i < section.length; i++) if (/[0#?.,]/.test(section[i] ?? '')) last = i;
  const prefix = unquote(section.slice(0, first));
  const core = section.slice(first, last + 1);
  const suffix = unquote(section.slice(last + 1));
  const percent = (prefix + suffix).includes('%') ? 100 : 1;
  const [intPat = '', decPat = ''] = core.split('.');
  const minDec = (decPat.match(/0/g) ?? []).length;
  const maxDec = (decPat.match(/[0#?]/g) ?? []).length;
  const minInt = (intPat.match(/0/g) ?? []).length;
  const group = intPat.includes(',');
  const scaled = displayRound(Math.abs(v * percent), maxDec);
  let [ip = '0', dp = ''] = scaled.toFixed(maxDec).split('.');
  dp = dp.replace(/0+$/, '');
  while (dp.length < minDec) dp += '0';
  ip = ip.replace(/^0+/, '');
  while (ip.length < minInt) ip = '0' + ip;
  const { decimal, thousands } = localeInfo(locale);
  if (group) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const sign = v < 0 && Number(scaled.toFixed(maxDec)) !== 0 ? '-' : '';
  return `${sign}${prefix}${ip}${dp ? decimal + dp : ''}${suffix}`;
}

/**
 * A non-negative number rounded to `decimals` places as Sheets shows it: from its decimal value
 * at 15 significant digits (the precision spreadsheets keep), half away from zero. So 0.285 as
 * 0% shows 29% and 1.005 as 0.00 shows 1.01, although in binary they lie just below the half
 * (toFixed alone gives 28% and 1.00).
 */
function displayRound(x: number, decimals: number): number {
  if (!(x < 1e15)) return x;
  const [mantissa, exponent = '0'] = x.toPrecision(15).split('e');
  const shifted = Number(`${mantissa}e${Number(exponent) + decimals}`);
  return Number(`${Math.round(shifted)}e${-decimals}`);
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function unquote(s: string): string {
  return s.replace(/"([^"]*)"|\\(.)|_.|\*./g, (_m, q: string | undefined, e: string | undefined) =>
    q !== undefined ? q : (e ?? ''),
  );
}

const DATE_TOKEN =
  /"[^"]*"|\\.|yyyy|yy|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|\.0+|./gi;

export function formatDateSerial(serial: number, format: string, locale: string): string {
  const p = serialToParts(serial);
  const tag = localeInfo(locale).tag;
  const tokens = format.replace(/\[[^\]]*\]/g, '').match(DATE_TOKEN) ?? [];
  const hasAmPm = tokens.some((t) => /^(am\/pm|a\/p)$/i.test(t));
  const lower = tokens.map((t) => t.toLowerCase());
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i] ?? '';
    const t = lower[i] ?? '';
    const prevTime = lower
      .slice(0, i)
      .reverse()
      .find((x) => /^[hmsdy]/.test(x));
    const nextTime = lower.slice(i + 1).find((x) => /^[hmsdy]/.test(x));
    const isMinute =
      (t === 'm' || t === 'mm') && (prevTime?.startsWith('h') || nextTime?.startsWith('s'));
    const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
    if (raw.startsWith('"')) out.push(raw.slice(1, -1));
    else if (raw.startsWith('\\')) out.push(raw.slice(1));
    else if (t === 'yyyy') out.push(String(p.year));
    else if (t === 'yy') out.push(pad(p.year % 100));
    else if (isMinute) out.push(t === 'mm' ? pad(p.minute) : String(p.minute));
    else if (t === 'mmmmm') out.push(monthName(tag, p.month, 'long').slice(0, 1));
    else if (t === 'mmmm') out.push(monthName(tag, p.month, 'long'));
    else if (t === 'mmm') out.push(monthName(tag, p.month, 'short').replace(/\.$/, ''));
    else if (t === 'mm') out.push(pad(p.month));
    else if (t === 'm') out.push(String(p.month));
    else if (t === 'dddd') out.push(weekdayName(tag, p.weekday, 'long'));
    else if (t === 'ddd') out.push(weekdayName(tag, p.weekday, 'short'));
    else if (t === 'dd') out.push(pad(p.day));
    else if (t === 'd') out.push(String(p.day));
    else if (t === 'hh') out.push(pad(hasAmPm ? hour12 : p.hour));
    else if (t === 'h') out.push(String(hasAmPm ? hour12 : p.hour));
    else if (t === 'ss') out.push(pad(p.second));
    else if (t === 's') out.push(String(p.second));
    else if (t === 'am/pm') out.push(p.hour < 12 ? 'AM' : 'PM');
    else if (t === 'a/p') out.push(p.hour < 12 ? 'A' : 'P');
    else if (t.startsWith('.0')) out.push('.' + pad(p.ms, 3).slice(0, t.length - 1));
    else out.push(raw);
  }
  return out.join('');
}

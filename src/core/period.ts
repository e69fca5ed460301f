// Periods: a year ("2026") or a quarter ("2026-Q1", Dutch "2026-K1"). The canonical text is
// "2026" / "2026-Q1"; Dutch display is "2026-K1". Start and end are serial numbers (see
// dates.ts) and the end is exclusive: 2026-Q1 runs from 2026-01-01 up to 2026-04-01.
import { serialFromYmd, ymdFromSerial } from './dates';
import { OkrError, quoteValue } from './errors';
import type { Lang } from './i18n';

export type Quarter = 1 | 2 | 3 | 4;
export interface YearPeriod {
  readonly kind: 'year';
  readonly year: number;
}
export interface QuarterPeriod {
  readonly kind: 'quarter';
  readonly year: number;
  readonly quarter: Quarter;
}
export type Period = YearPeriod | QuarterPeriod;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;

export function yearPeriod(year: number): YearPeriod {
  return { kind: 'year', year };
}
export function quarterPeriod(year: number, quarter: Quarter): QuarterPeriod {
  return { kind: 'quarter', year, quarter };
}

/**
 * A year from 1900 to 9999 at the start or the end of a period's text, as the sheet's period
 * formulas find it (RE2 and JavaScript alike).
 */
export const YEAR_PATTERN = '^(?:19|[2-9]\\d)\\d\\d|(?:19|[2-9]\\d)\\d\\d$';
/** What separates a period's year and quarter ("2026-Q1", "2026 Q1", "Q1/2026"): left out. */
export const PERIOD_SEPARATORS = '[-/\\s]';

/**
 * How periods are spelt, with # for the year, upper case and without separators: "#" is a year,
 * "#Q1" and "Q1#" (Dutch "#K1", "K1#") a quarter. The settings tab shows this list (first month,
 * number of months) and the sheet's period formulas look the spelling up in it.
 */
export const PERIOD_SPELLINGS: ReadonlyMap<string, Quarter | null> = (() => {
  const map = new Map<string, Quarter | null>([['#', null]]);
  for (const q of [1, 2, 3, 4] as const)
    for (const letter of ['Q', 'K']) {
      map.set(`#${letter}${q}`, q);
      map.set(`${letter}${q}#`, q);
    }
  return map;
})();

const YEAR_RE = new RegExp(YEAR_PATTERN);
const YEAR_ALL = new RegExp(YEAR_PATTERN, 'g');
const SEPARATORS_ALL = new RegExp(PERIOD_SEPARATORS, 'g');

function validYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/**
 * The period a cell value names, or null when it is blank or not a period. Accepts a year as
 * number or text, and quarters as "2026-Q1", "2026-K1", "2026 Q1", "2026Q1", "2026-q1",
 * "Q1 2026", "K1 2026", "Q1-2026": the text without separators, upper case, with its (first)
 * year written #, is one of PERIOD_SPELLINGS (or of `spellings`: the settings tab's period
 * table, word-tables.ts) — as the sheet's period formulas read it.
 */
export function tryParsePeriod(
  value: unknown,
  spellings: ReadonlyMap<string, Quarter | null> = PERIOD_SPELLINGS,
): Period | null {
  if (typeof value === 'number') return validYear(value) ? yearPeriod(value) : null;
  if (typeof value !== 'string') return null;
  const text = value.toUpperCase().replace(SEPARATORS_ALL, '');
  const m = YEAR_RE.exec(text);
  if (!m) return null;
  const spelling = spellings.get(text.replace(YEAR_ALL, '#'));
  if (spelling === undefined) return null;
  const year = Number(m[0]);
  return spelling === null ? yearPeriod(year) : quarterPeriod(year, spelling);
}

/** Like tryParsePeriod, but blank or malformed throws an OkrError naming `arg`. */
export function parsePeriod(
  value: unknown,
  arg = 'period',
  spellings: ReadonlyMap<string, Quarter | null> = PERIOD_SPELLINGS,
): Period {
  const period = tryParsePeriod(typeof value === 'string' ? value.trim() : value, spellings);
  if (period) return period;
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    throw new OkrError('error.periodMissing', { arg });
  }
  throw new OkrError('error.periodMalformed', { arg, value: quoteValue(value) });
}

/** The canonical text: "2026" or "2026-Q1" (used as a key, in formulas and in storage). */
export function periodKey(period: Period): string {
  return period.kind === 'year' ? String(period.year) : `${period.year}-Q${period.quarter}`;
}

/** The text shown to a person: "2026-Q1" in English, "2026-K1" in Dutch. */
export function formatPeriod(period: Period, lang: Lang): string {
  if (period.kind === 'year') return String(period.year);
  return `${period.year}-${lang === 'nl' ? 'K' : 'Q'}${period.quarter}`;
}

/** The serial of the first day of the period. */
export function periodStart(period: Period): number {
  const month = period.kind === 'year' ? 1 : (period.quarter - 1) * 3 + 1;
  return serialFromYmd(period.year, month, 1);
}

/** The serial of the first day after the period (exclusive end). */
export function periodEnd(period: Period): number {
  return periodStart(nextPeriod(period));
}

/** The period right after: the next quarter (2026-Q4 → 2027-Q1), or the next year. */
export function nextPeriod(period: Period): Period {
  if (period.kind === 'year') return yearPeriod(period.year + 1);
  return period.quarter === 4
    ? quarterPeriod(period.year + 1, 1)
    : quarterPeriod(period.year, (period.quarter + 1) as Quarter);
}

/** The period right before. */
export function previousPeriod(period: Period): Period {
  if (period.kind === 'year') return yearPeriod(period.year - 1);
  return period.quarter === 1
    ? quarterPeriod(period.year - 1, 4)
    : quarterPeriod(period.year, (period.quarter - 1) as Quarter);
}

/** The quarter that contains a date serial. */
export function quarterOfSerial(serial: number): QuarterPeriod {
  const { year, month } = ymdFromSerial(serial);
  return quarterPeriod(year, (Math.floor((month - 1) / 3) + 1) as Quarter);
}

/** The year that contains a date serial. */
export function yearOfSerial(serial: number): YearPeriod {
  return yearPeriod(ymdFromSerial(serial).year);
}

/** The year a period lies in (a year is its own year). */
export function yearOf(period: Period): YearPeriod {
  return period.kind === 'year' ? period : yearPeriod(period.year);
}

/** True when the date serial falls inside the period (start inclusive, end exclusive). */
export function periodContains(period: Period, serial: number): boolean {
  const day = Math.floor(serial);
  return day >= periodStart(period) && day < periodEnd(period);
}

/** The quarters of a year, or the quarter itself. */
export function quartersOf(period: Period): QuarterPeriod[] {
  if (period.kind === 'quarter') return [period];
  return [1, 2, 3, 4].map((q) => quarterPeriod(period.year, q as Quarter));
}

/**
 * The periods the Add and Edit forms offer (canonical keys): the current quarter and the next
 * four, the current year and the next, and every period already in the sheet (`inSheet`; texts
 * that are no period are left out), in time order with a year before its quarters.
 */
export function periodChoices(todaySerial: number, inSheet: readonly string[]): string[] {
  const periods = new Map<string, Period>();
  const put = (p: Period) => periods.set(periodKey(p), p);
  let quarter: Period = quarterOfSerial(todaySerial);
  for (let i = 0; i < 5; i++, quarter = nextPeriod(quarter)) put(quarter);
  const year = yearOfSerial(todaySerial);
  put(year);
  put(nextPeriod(year));
  for (const text of inSheet) {
    const p = tryParsePeriod(text);
    if (p) put(p);
  }
  const order = (p: Period) => p.year * 10 + (p.kind === 'year' ? 0 : p.quarter);
  return [...periods.values()].sort((a, b) => order(a) - order(b)).map(periodKey);
}

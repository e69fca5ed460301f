// Locale-aware formatting for the sidebar (Intl only) and the display names of the model's
// codes. Everything returns plain strings that the views render as text.
import type { Confidence, ItemType, KrKind, Level, StatusCode } from '../core/vocabulary';
import { showInUnit, wholePercent } from '../core/units';
import { decimalMarkOf, numberFromText, type DecimalMark } from '../core/values';
import { coreT, t, type Lang } from './strings';

/** 'nl_NL' (Apps Script) → 'nl-NL' (BCP 47); falls back to the UI language. */
export function toBcp47(locale: string, lang: Lang): string {
  const tag = (locale || '').replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? lang;
  } catch {
    return lang;
  }
}

export interface Formatter {
  lang: Lang;
  locale: string;
  percent(value: number | ''): string;
  number(value: unknown): string;
  date(iso: string): string;
  dateTime(iso: string): string;
  period(period: string): string;
  /** The spreadsheet's decimal mark: how numbers are typed (values.ts). */
  mark: DecimalMark;
  /** Parses a number as the sheet reads it ("1.234,5" in nl, "1,234.5" in en, "45%"). */
  parseNumber(text: string): number | null;
  /** A key result's start, target or current value in its unit: "2.5%", "120 customers". */
  inUnit(value: unknown, unit: string): string;
}

export function createFormatter(locale: string, lang: Lang): Formatter {
  const tag = toBcp47(locale, lang);
  const pct = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const num = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  // Numbers follow the spreadsheet locale (the separators people type in the sheet); month
  // names follow the language the sidebar speaks, in the locale's region.
  const region = tag.split('-')[1];
  const dateTag = tag.split('-')[0] === lang ? tag : region ? `${lang}-${region}` : lang;
  const day = new Intl.DateTimeFormat(dateTag, { dateStyle: 'medium', timeZone: 'UTC' });
  const stamp = new Intl.DateTimeFormat(dateTag, { dateStyle: 'medium', timeStyle: 'short' });
  const mark = decimalMarkOf(locale || lang);
  const number = (value: unknown): string => {
    if (typeof value === 'number') return num.format(value);
    if (typeof value === 'boolean') return t(lang, value ? 'done' : 'open');
    return value === '' || value === null || value === undefined ? '–' : String(value);
  };
  return {
    lang,
    locale: tag,
    mark,
    // The whole percent the sheet's 0% format shows (units.ts), not Intl's own rounding.
    percent: (value) => (value === '' ? '–' : pct.format(wholePercent(value) / 100)),
    number,
    inUnit: (value, unit) =>
      typeof value === 'number' ? showInUnit(value, unit, num.format) : number(value),
    date(iso) {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
      if (!m) return iso || '';
      return day.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
    },
    dateTime(iso) {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : stamp.format(d);
    },
    period: (period) => displayPeriod(period, lang),
    parseNumber(text) {
      const n = numberFromText(text.trim(), mark);
      return Number.isNaN(n) ? null : n;
    },
  };
}

/**
 * A canonical period ('2026', '2026-Q1') as people read it: '2026-K1' in Dutch. The same rule
 * as formatPeriod in src/core/period.ts (a unit test keeps them equal); written out here so the
 * sidebar does not bundle the core's parsing and error catalogue.
 */
export function displayPeriod(period: string, lang: Lang): string {
  return lang === 'nl' ? period.replace(/^(\d{4})-Q([1-4])$/, '$1-K$2') : period;
}

export const levelName = (lang: Lang, level: Level) => coreT(lang, `level.${level}`);
export const typeName = (lang: Lang, type: ItemType) => coreT(lang, `type.${type}`);
export const statusName = (lang: Lang, status: StatusCode) => coreT(lang, `status.${status}`);
export const kindName = (lang: Lang, kind: KrKind) => coreT(lang, `kind.${kind}`);
export const confidenceName = (lang: Lang, c: Confidence) => coreT(lang, `confidence.${c}`);

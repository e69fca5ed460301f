// Locale facts the runtime needs: decimal and thousands separators, default date formats and
// month/day names. Sheets' locale decides how typed strings are parsed and how numbers show.

const COMMA_DECIMAL = new Set([
  'nl',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'da',
  'sv',
  'nb',
  'no',
  'fi',
  'pl',
  'cs',
  'sk',
  'ru',
  'tr',
  'id',
  'el',
  'hu',
  'ro',
  'uk',
  'hr',
  'sl',
  'bg',
  'lt',
  'lv',
  'et',
  'ca',
  'vi',
]);

export interface LocaleInfo {
  tag: string; // BCP 47, e.g. 'nl-NL'
  decimal: '.' | ',';
  thousands: ',' | '.';
  dateFormat: string; // Sheets number format for dates typed or written as Date
  dateTimeFormat: string;
  dayFirst: boolean;
}

export function localeInfo(locale: string): LocaleInfo {
  const lang = (locale.split(/[_-]/)[0] ?? 'en').toLowerCase();
  const comma = COMMA_DECIMAL.has(lang);
  const us = locale === 'en_US' || locale === 'en';
  const dateFormat = us ? 'M/d/yyyy' : lang === 'nl' ? 'd-M-yyyy' : 'dd/MM/yyyy';
  return {
    tag: locale.replace('_', '-'),
    decimal: comma ? ',' : '.',
    thousands: comma ? '.' : ',',
    dateFormat,
    dateTimeFormat: `${dateFormat} H:mm:ss`,
    dayFirst: !us,
  };
}

const nameCache = new Map<string, string[]>();

function names(tag: string, kind: 'month' | 'weekday', width: 'long' | 'short'): string[] {
  const key = `${tag}|${kind}|${width}`;
  let list = nameCache.get(key);
  if (!list) {
    const fmt = new Intl.DateTimeFormat(tag, { [kind]: width, timeZone: 'UTC' });
    list =
      kind === 'month'
        ? Array.from({ length: 12 }, (_, i) => fmt.format(Date.UTC(2021, i, 15)))
        : Array.from({ length: 7 }, (_, i) => fmt.format(Date.UTC(2021, 0, 3 + i))); // 3 Jan 2021: Sunday
    nameCache.set(key, list);
  }
  return list;
}

export function monthName(tag: string, month: number, width: 'long' | 'short'): string {
  return names(tag, 'month', width)[month - 1] ?? '';
}

export function weekdayName(tag: string, weekday: number, width: 'long' | 'short'): string {
  return names(tag, 'weekday', width)[weekday] ?? '';
}

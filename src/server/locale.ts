// Language and today. The user's language (messages, sidebar) comes from their choice in the
// sidebar, else their locale; the sheet's language (headers, words in cells) lives on the
// settings tab so every collaborator sees the same words. Today is the spreadsheet's date.
import { parseIsoDate } from '../core/dates';
import { langFromLocale, type Lang } from '../core/i18n';

const LANG_PROPERTY = 'okr-sheets.lang';

function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'nl';
}

/**
 * The language for messages to the person running this call: their choice in the sidebar,
 * else their locale's. Never throws: without access to user properties (a simple trigger) the
 * locale decides, and without that (AuthMode.NONE) English.
 */
export function userLang(): Lang {
  try {
    const chosen = PropertiesService.getUserProperties().getProperty(LANG_PROPERTY);
    if (isLang(chosen)) return chosen;
  } catch {
    // no access to user properties: fall back to the locale
  }
  return localeLang();
}

/** The language of the person's locale (the menu: onOpen may not read user properties). */
export function localeLang(): Lang {
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

export function setUserLang(lang: Lang): void {
  PropertiesService.getUserProperties().setProperty(LANG_PROPERTY, lang);
}

/** Today in the spreadsheet's time zone as ISO text and as a date serial. */
export function today(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): {
  iso: string;
  serial: number;
} {
  const tz = ss.getSpreadsheetTimeZone();
  const iso = Utilities.formatDate(new Date(), tz, 'yyyy-MM-dd');
  return { iso, serial: parseIsoDate(iso) ?? 0 };
}

/** A function turning Date cells into ISO dates in `tz`, with one service call up front. */
export function dateFormatter(tz: string): (d: Date, withTime?: boolean) => string {
  // Sheets hands date cells over as Dates at local midnight; shifting by the zone's offset
  // (and half a day, to be safe across a daylight-saving change) gives the right day.
  const offset = Utilities.formatDate(new Date(), tz, 'Z');
  const m = /^([+-])(\d\d)(\d\d)$/.exec(offset);
  const minutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  return (d, withTime = false) => {
    const local = new Date(d.getTime() + minutes * 60000);
    if (withTime) return local.toISOString().slice(0, 19).replace('T', ' ');
    // Local midnight seen with last season's offset is 23:00 the day before.
    const shifted =
      local.getUTCHours() === 23 && local.getUTCMinutes() === 0 && local.getUTCSeconds() === 0
        ? new Date(local.getTime() + 3600000)
        : local;
    return shifted.toISOString().slice(0, 10);
  };
}

export function isDate(value: unknown): value is Date {
  // Dates may come from another realm (the local runtime), so no instanceof; the typeof test
  // keeps the common case (text, numbers, '') cheap on big reads.
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.prototype.toString.call(value) === '[object Date]'
  );
}

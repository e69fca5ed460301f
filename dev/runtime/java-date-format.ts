// Utilities.formatDate: Java SimpleDateFormat patterns (yyyy yy MMMM MMM MM M dd d EEEE EEE
// HH H hh h mm m ss s SSS a z Z XXX X u D, 'quoted text', '' for a quote) in a real time zone.
import { wallTime, zoneOffset } from './dates';
import { monthName, weekdayName } from './locale';

const TOKEN = /'([^']|'')*'|''|([A-Za-z])\2*/g;

export function formatJavaDate(instant: number, timeZone: string, pattern: string): string {
  const w = wallTime(instant, timeZone);
  const offsetMin = Math.round(zoneOffset(instant, timeZone) / 60000);
  const pad = (n: number, l: number) => String(n).padStart(l, '0');
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const hh = pad(Math.floor(abs / 60), 2);
  const mm = pad(abs % 60, 2);
  const startOfYear = Date.UTC(w.year, 0, 1);
  const dayOfYear = Math.floor((Date.UTC(w.year, w.month - 1, w.day) - startOfYear) / 86400000) + 1;
  return pattern.replace(TOKEN, (tok) => {
    if (tok === "''") return "'";
    if (tok.startsWith("'")) return tok.slice(1, -1).replace(/''/g, "'");
    const ch = tok[0];
    const n = tok.length;
    switch (ch) {
      case 'y':
        return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
      case 'M':
        if (n >= 4) return monthName('en-US', w.month, 'long');
        if (n === 3) return monthName('en-US', w.month, 'short');
        return pad(w.month, n);
      case 'd':
        return pad(w.day, n);
      case 'E':
        return weekdayName('en-US', w.weekday, n >= 4 ? 'long' : 'short');
      case 'u':
        return String(w.weekday === 0 ? 7 : w.weekday);
      case 'D':
        return pad(dayOfYear, n);
      case 'H':
        return pad(w.hour, n);
      case 'k':
        return pad(w.hour === 0 ? 24 : w.hour, n);
      case 'h':
        return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
      case 'K':
        return pad(w.hour % 12, n);
      case 'm':
        return pad(w.minute, n);
      case 's':
        return pad(w.second, n);
      case 'S':
        return pad(w.ms, 3).slice(0, Math.max(n, 3));
      case 'a':
        return w.hour < 12 ? 'AM' : 'PM';
      case 'z':
        return offsetMin === 0 ? (timeZone === 'UTC' ? 'UTC' : 'GMT') : `GMT${sign}${hh}:${mm}`;
      case 'Z':
        return `${sign}${hh}${mm}`;
      case 'X':
        if (offsetMin === 0) return 'Z';
        return n === 1 ? `${sign}${hh}` : n === 2 ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  });
}

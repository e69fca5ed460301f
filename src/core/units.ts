// A key result's values in its own unit, as people see and type them: in a `%` key result the
// sheet stores 0.025 and shows 2.5%, so the sidebar shows "2.5%", pre-fills 2.5 and reads a typed
// 2, 2.0 (2,0 in a Dutch sheet) or 2% as 0.02. Other units are shown as stored, followed by the
// unit. One rule for the sheet's formats, the sidebar and the check-ins log.
import { numberFromText, type DecimalMark } from './values';

/** True for the unit of a key result kept as a percentage ("%"). */
export function isPercentUnit(unit: string): boolean {
  return unit.trim() === '%';
}

// 12 significant digits: 0.021 × 100 is 2.1000000000000005 in floating point, 2.1 to people.
function clean(n: number): number {
  return Number(n.toPrecision(12));
}

/** A stored value in the unit people read it in: 0.025 → 2.5 for "%", else as it is. */
export function toUnit(stored: number, unit: string): number {
  return isPercentUnit(unit) ? clean(stored * 100) : stored;
}

/** A value typed in the key result's unit as stored: 2.5 → 0.025 for "%", else as it is. */
export function fromUnit(shown: number, unit: string): number {
  return isPercentUnit(unit) ? clean(shown / 100) : shown;
}

/**
 * Text typed for a key result as the value to store, or null when it is no number under the
 * sheet's decimal mark: "2", "2.0" / "2,0" and "2%" are all 0.02 in a "%" key result; "45%"
 * is 0.45 in any other.
 */
export function readInUnit(text: string, unit: string, mark: DecimalMark): number | null {
  const t = text.trim();
  const n = numberFromText(t, mark);
  if (Number.isNaN(n)) return null;
  return t.endsWith('%') ? n : fromUnit(n, unit);
}

/**
 * A stored value for an input field, in the unit and with the sheet's decimal mark and no
 * grouping: 0.021 in a "%" key result → "2.1" ("2,1" with a comma mark).
 */
export function inputText(stored: number, unit: string, mark: DecimalMark): string {
  const text = String(toUnit(stored, unit));
  return mark === ',' ? text.replace('.', ',') : text;
}

/**
 * A stored value as people read it, given how numbers are written in their locale: "2.5%" for
 * a "%" key result, "120 customers" otherwise, or just the number without a unit.
 */
export function showInUnit(stored: number, unit: string, format: (n: number) => string): string {
  if (isPercentUnit(unit)) return `${format(toUnit(stored, unit))}%`;
  const u = unit.trim();
  return u ? `${format(stored)} ${u}` : format(stored);
}

/**
 * A fraction as the whole percent the sheet's "0%" format shows: half away from zero, from the
 * value at 15 significant digits as Sheets shows numbers (0.285 is 28.499999999999996 × 100 in
 * binary and shows 29%; 0.28499999999999 shows 28%). The one rounding rule for a percentage on
 * screen: the sidebar's formatter shows every progress and expected progress with it.
 */
export function wholePercent(fraction: number): number {
  const points = Number((fraction * 100).toPrecision(15));
  return Math.sign(points) * Math.round(Math.abs(points));
}

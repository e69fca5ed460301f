// The plumbing every custom function shares: one call's state (its language and the
// spreadsheet's locale and time zone, each read at most once and only when needed), its errors
// as Sheets shows them, ranges broadcast cell by cell, and date arguments read as days.
import {
  DEFAULT_THRESHOLDS,
  OkrError,
  isBlank,
  langFromLocale,
  parseIsoDate,
  UNIX_EPOCH_SERIAL,
  quoteValue,
  type Lang,
  type StatusThresholds,
} from '../core';
import { decimalMarkOf, type DecimalMark } from '../core/values';

// ---------------------------------------------------------------------------------------------
// Plumbing: language, errors, broadcasting.

/** Per-call state: the language, read lazily; options that are the same for every row. */
interface Call {
  lang: Lang | undefined;
  /** The spreadsheet's locale, read at the first need ('' when it cannot be read). */
  locale?: string;
  readonly outLang: Lang;
  thresholds: StatusThresholds;
  /** The spreadsheet's time zone, read at the first Date (null: it could not be read). */
  timeZone?: string | null;
  /** Calendar days (serials) of the Dates met so far, by instant. */
  days?: Map<number, number>;
}

export function newCall(
  outLang: Lang = 'en',
  thresholds: StatusThresholds = DEFAULT_THRESHOLDS,
): Call {
  return { lang: undefined, outLang, thresholds };
}

/** The spreadsheet's time zone; null when it cannot be read (no service, no permission). */
function readSpreadsheetTimeZone(): string | null {
  try {
    if (typeof SpreadsheetApp === 'undefined' || typeof Utilities === 'undefined') return null;
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    return spreadsheet ? spreadsheet.getSpreadsheetTimeZone() || null : null;
  } catch {
    return null;
  }
}

/** The spreadsheet's locale, once per call; '' when it cannot be read (no service, no permission). */
function spreadsheetLocale(call: Call): string {
  if (call.locale !== undefined) return call.locale;
  try {
    const spreadsheet =
      typeof SpreadsheetApp === 'undefined' ? null : SpreadsheetApp.getActiveSpreadsheet();
    call.locale = spreadsheet ? spreadsheet.getSpreadsheetLocale() || '' : '';
  } catch {
    call.locale = '';
  }
  return call.locale;
}

/**
 * The decimal mark to read the given values with: the spreadsheet's when one of them is text
 * with a digit (a number typed as text), else '.' without asking (nothing to read).
 */
export function markFor(call: Call, ...values: unknown[]): DecimalMark {
  if (!values.some((v) => typeof v === 'string' && /\d/.test(v))) return '.';
  return decimalMarkOf(spreadsheetLocale(call));
}

/** The Error a scalar call throws: Sheets shows #ERROR! with "OKR_NAME: message" on hover. */
export function callError(fn: string, err: unknown, call: Call): Error {
  return new Error(`${fn}: ${messageOf(err, call)}`);
}

function messageOf(err: unknown, call: Call): string {
  if (err instanceof OkrError) {
    if (call.lang === undefined) call.lang = langFromLocale(spreadsheetLocale(call) || 'en');
    return err.render(call.lang);
  }
  return err instanceof Error ? err.message : String(err);
}

export type Grid = readonly (readonly unknown[])[];
export type Compute = (a: unknown, b: unknown, c: unknown, d: unknown, call: Call) => unknown;

export function isGrid(value: unknown): value is Grid {
  return Array.isArray(value);
}

/** A 1×1 range is a single value. */
export function unwrap(value: unknown): unknown {
  if (isGrid(value) && value.length === 1) {
    const row = value[0];
    if (row && row.length === 1) return row[0];
  }
  return value;
}

export function shapeText(grid: Grid): string {
  return `${grid.length}×${grid[0]?.length ?? 0}`;
}

export function gridCols(grid: Grid): number {
  return grid[0]?.length ?? 0;
}

export function blankToEmpty(value: unknown): unknown {
  return value === null || value === undefined ? '' : value;
}

/**
 * Runs `compute` once (scalar call) or once per cell (range call). `names` are the argument
 * names used in messages; arguments beyond names.length are ignored.
 */
export function evaluate(
  fn: string,
  names: readonly string[],
  call: Call,
  compute: Compute,
  a: unknown,
  b?: unknown,
  c?: unknown,
  d?: unknown,
): unknown {
  const args = [unwrap(a), unwrap(b), unwrap(c), unwrap(d)];
  let shape: Grid | null = null;
  let shapeName = '';
  try {
    for (let i = 0; i < names.length; i++) {
      const arg = args[i];
      if (!isGrid(arg)) continue;
      if (shape === null) {
        shape = arg;
        shapeName = names[i] as string;
      } else if (arg.length !== shape.length || gridCols(arg) !== gridCols(shape)) {
        throw new OkrError('error.shapeMismatch', {
          arg: shapeName,
          shape: shapeText(shape),
          other: names[i] as string,
          otherShape: shapeText(arg),
        });
      }
    }
    if (shape === null) return blankToEmpty(compute(args[0], args[1], args[2], args[3], call));
  } catch (err) {
    throw callError(fn, err, call);
  }

  const ga = isGrid(args[0]) ? args[0] : null;
  const gb = isGrid(args[1]) ? args[1] : null;
  const gc = isGrid(args[2]) ? args[2] : null;
  const gd = isGrid(args[3]) ? args[3] : null;
  const sa = args[0];
  const sb = args[1];
  const sc = args[2];
  const sd = args[3];
  const rows = shape.length;
  const cols = gridCols(shape);
  const out: unknown[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const ra = ga ? ga[r] : undefined;
    const rb = gb ? gb[r] : undefined;
    const rc = gc ? gc[r] : undefined;
    const rd = gd ? gd[r] : undefined;
    const line: unknown[] = new Array(cols);
    for (let col = 0; col < cols; col++) {
      const va = ra ? ra[col] : sa;
      const vb = rb ? rb[col] : sb;
      const vc = rc ? rc[col] : sc;
      const vd = rd ? rd[col] : sd;
      if (
        (!ra || isBlank(va)) &&
        (!rb || isBlank(vb)) &&
        (!rc || isBlank(vc)) &&
        (!rd || isBlank(vd))
      ) {
        line[col] = '';
        continue;
      }
      try {
        line[col] = blankToEmpty(compute(va, vb, vc, vd, call));
      } catch (err) {
        line[col] = '⚠ ' + messageOf(err, call);
      }
    }
    out[r] = line;
  }
  return out;
}

/** Scalar options (thresholds, language) are read once per call; errors there fail the call. */
export function options<T>(fn: string, call: Call, read: () => T): T {
  try {
    return read();
  } catch (err) {
    throw callError(fn, err, call);
  }
}

export function languageArg(value: unknown): Lang {
  return typeof value === 'string' ? langFromLocale(value) : 'en';
}

const MS_PER_DAY = 86_400_000;

/**
 * The calendar day (serial) of a Date as Sheets passes a date cell: the cell's instant, so the
 * day is read in the spreadsheet's time zone (Utilities.formatDate), never by rounding to UTC
 * midnight, which is a day off east of UTC+12 and for date-times
 * (developers.google.com/apps-script/guides/sheets/functions#data_types). Without the
 * services (outside Apps Script) the day is read in the script's own time zone.
 */
function dayOfDate(date: Date, call: Call): number {
  const time = date.getTime();
  const days = (call.days ??= new Map());
  const known = days.get(time);
  if (known !== undefined) return known;
  if (call.timeZone === undefined) call.timeZone = readSpreadsheetTimeZone();
  let serial: number | null = null;
  if (call.timeZone) serial = parseIsoDate(Utilities.formatDate(date, call.timeZone, 'yyyy-MM-dd'));
  if (serial === null)
    serial =
      Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / MS_PER_DAY +
      UNIX_EPOCH_SERIAL;
  days.set(time, serial);
  return serial;
}

/**
 * A date argument as a serial: a Date (a date cell, read as its calendar day in the
 * spreadsheet's time zone), a date serial number, or ISO text "2026-02-15".
 */
export function dateArgToSerial(value: unknown, arg: string, call: Call = newCall()): number {
  if (Object.prototype.toString.call(value) === '[object Date]') {
    if (!Number.isNaN((value as Date).getTime())) return dayOfDate(value as Date, call);
  } else if (typeof value === 'number') {
    if (Number.isFinite(value)) return Math.floor(value);
  } else if (typeof value === 'string') {
    if (value.trim() === '') throw new OkrError('error.dateMissing', { arg });
    const serial = parseIsoDate(value);
    if (serial !== null) return serial;
  } else if (value === null || value === undefined) {
    throw new OkrError('error.dateMissing', { arg });
  }
  throw new OkrError('error.dateMalformed', { arg, value: quoteValue(value) });
}

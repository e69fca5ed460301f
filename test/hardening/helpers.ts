// Helpers for the hardening tests: workbooks saved once and restored per case, the workbook's
// state as JSON, and what counts as a clear error for a person.
import {
  createSpreadsheet,
  loadAddon,
  spreadsheetFromJson,
  spreadsheetToJson,
  type LocalAddon,
  type LocalSpreadsheet,
  type WorkbookJson,
} from '../../dev/runtime';

export const TODAY = '2026-02-15';

export interface Loaded {
  ss: LocalSpreadsheet;
  addon: LocalAddon;
}

/** A workbook set up with the example (evaluation off unless asked), saved as JSON. */
export function exampleWorkbook(opts: { locale?: string; evaluate?: boolean } = {}): WorkbookJson {
  const ss = createSpreadsheet({
    locale: opts.locale ?? 'en_US',
    evaluateFormulas: opts.evaluate ?? false,
  });
  const addon = loadAddon({ spreadsheet: ss, today: TODAY });
  addon.call('setUp', { example: true });
  addon.call('checkIn', { id: 'KR-1', value: 1, confidence: 'high', note: 'first' });
  return spreadsheetToJson(ss);
}

export function restore(
  json: WorkbookJson,
  opts: { evaluate?: boolean; userLocale?: string } = {},
): Loaded {
  const ss = spreadsheetFromJson(json, { evaluateFormulas: opts.evaluate ?? false });
  const addon = loadAddon({ spreadsheet: ss, today: TODAY, userLocale: opts.userLocale ?? 'en' });
  return { ss, addon };
}

/** The workbook's whole state (values, formulas, formats, metadata, document properties). */
export function state(ss: LocalSpreadsheet): string {
  return JSON.stringify(spreadsheetToJson(ss));
}

/** Messages that mean an error escaped unhandled, or reached a person without explanation. */
export const RAW_ERROR =
  /Cannot read propert|Cannot set propert|is not a function|is not defined|undefined is not|null is not|is not iterable|Maximum call stack|Invalid array length|Invalid time value|Something went wrong|Er ging iets mis|not implemented by the local runtime|coordinates of the range/;

/** Runs fn; returns the error message it threw, or null when it returned. */
export function thrown(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    const m = (err as { message?: unknown })?.message;
    return typeof m === 'string' ? m : String(err);
  }
}

/**
 * Calls `before(method, args)` ahead of every Spreadsheet method the add-on calls (through a
 * proxy over the SpreadsheetApp global inside its vm); it may advance the clock or throw.
 */
export function intercept(loaded: Loaded, before: (method: string, args: unknown[]) => void): void {
  const raw = new WeakMap<object, object>();
  const isObject = (v: unknown): v is object =>
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    Object.prototype.toString.call(v) !== '[object Date]';
  // Arrays too: setConditionalFormatRules and setDataValidations take wrapped objects in arrays.
  const unwrap = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(unwrap) : isObject(v) ? (raw.get(v) ?? v) : v;
  const wrap = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.some(isObject) ? v.map(wrap) : v;
    if (!isObject(v)) return v;
    const proxy = new Proxy(v, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop);
        if (typeof value !== 'function' || typeof prop === 'symbol') return value;
        return (...args: unknown[]) => {
          before(prop, args);
          return wrap((value as (...a: unknown[]) => unknown).apply(target, args.map(unwrap)));
        };
      },
    });
    raw.set(proxy, v);
    return proxy;
  };
  const context = loaded.addon.context as Record<string, unknown>;
  Object.defineProperty(context, 'SpreadsheetApp', {
    value: wrap(context.SpreadsheetApp),
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

/** Every getValues/getDisplayValues takes `ms` on the runtime clock (a large or slow workbook). */
export function slowReads(loaded: Loaded, ms: number): void {
  const clock = loaded.ss.model.clock;
  intercept(loaded, (method) => {
    if (method === 'getValues' || method === 'getDisplayValues') clock.advance(ms);
  });
}

// Type plumbing against @types/google-apps-script. Each local class `implements` a Pick of the
// real interface; values crossing between local classes are typed as the real interfaces, so
// the compiler checks signatures, and cast back with `local()` where the runtime needs its own
// class.
export type GRange = GoogleAppsScript.Spreadsheet.Range;
export type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
export type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Hands a local object out as the Apps Script interface it stands in for. */
export function gas<T>(x: unknown): T {
  return x as T;
}

/** Takes an Apps Script-typed object that the runtime made back as its local class. */
export function local<T>(x: unknown, ctor: abstract new (...args: never[]) => T, what: string): T {
  if (x instanceof ctor) return x;
  throw new Error(`Expected a ${what} made by this spreadsheet.`);
}

export function checkArgs(method: string, args: unknown[], min: number, max = min): void {
  if (args.length < min || args.length > max)
    throw new Error(
      `The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`,
    );
}

export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return Array.isArray(v[0]) ? 'Object[][]' : 'Object[]';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  return 'Object';
}

export function requireInt(method: string, name: string, v: unknown, min = 1): number {
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new Error(
      `The parameters (${typeName(v)}) don't match the method signature for ${method}.`,
    );
  const n = Math.floor(v);
  if (n < min) throw new Error(`The ${name} is too small.`);
  return n;
}

// Loads the built dist/Code.js in a bare vm context — no Node globals, no Apps Script services
// except tripwires — the way Apps Script loads a script: as one classic script whose top-level
// functions become globals.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

export const DIST = path.join(__dirname, '..', '..', 'dist');
export const SERVICES = [
  'SpreadsheetApp',
  'HtmlService',
  'PropertiesService',
  'LockService',
  'Session',
  'Utilities',
  'ScriptApp',
  'CacheService',
  'Charts',
  'UrlFetchApp',
  'DriveApp',
  'Logger',
] as const;

export function readCode(): string {
  return fs.readFileSync(path.join(DIST, 'Code.js'), 'utf8');
}

/** A context whose services record every touch instead of working. */
export function loadBare(extra: Record<string, unknown> = {}) {
  const touched: string[] = [];
  const sandbox: Record<string, unknown> = { console: { log() {}, warn() {}, error() {} } };
  for (const name of SERVICES) {
    sandbox[name] = new Proxy(
      {},
      {
        get(_t, prop) {
          touched.push(`${name}.${String(prop)}`);
          throw new Error(`${name} was touched while loading`);
        },
      },
    );
  }
  Object.assign(sandbox, extra);
  const context = vm.createContext(sandbox);
  vm.runInContext(readCode(), context, { filename: 'Code.js' });
  return { context: context as Record<string, unknown>, touched };
}

/** Names of the top-level `function NAME(` stubs in Code.js (outside the bundle). */
export function stubNames(code: string): string[] {
  return [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1] as string).sort();
}

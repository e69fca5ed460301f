// Loads the built dist/Code.js into a bare `vm` context with exactly the Apps Script globals:
// top-level functions become globals; there is no require, process, module, setTimeout, fetch
// or window. Inside the vm, new Date() and Date.now() read the runtime clock ("today" at 12:00
// in the spreadsheet's time zone, advanced by Utilities.sleep and waiting locks).
// Calls cross the boundary like google.script.run: arguments and results are JSON round-tripped,
// and anything google.script.run cannot carry (a Date, a function, …) throws
// (dev/gas-shim/script-run-values.js, the rule the browser stand-in applies too).
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { checkScriptRunValue } from '../gas-shim/script-run-values.js';
import { authGuard, type AuthModeName } from './auth-mode';
import { ENUMS } from './enums';
import { escapeHtml, LocalHtmlService } from './html';
import { lockService, LockControl, newLockTable, type LockTable } from './lock';
import { makeLogging, type LogEntry } from './logger';
import { propertiesService, type PropertyStores } from './properties';
import { service } from './accounting';
import { sessionService } from './session';
import { newSpreadsheet, type LocalSpreadsheet } from './spreadsheet';
import { chartsService, scriptApp, spreadsheetApp } from './spreadsheet-app';
import { UiRecorder } from './ui';
import { utilitiesService } from './utilities';

// dev/runtime/loader.ts, or a bundle of it under <repo>/node_modules/.cache/ (see dev/cli.mjs).
const cacheAt = __dirname.lastIndexOf(`${path.sep}node_modules${path.sep}`);
export const REPO_ROOT =
  cacheAt >= 0 ? __dirname.slice(0, cacheAt) : path.resolve(__dirname, '..', '..');

export interface LoadOptions {
  spreadsheet?: LocalSpreadsheet;
  codePath?: string;
  today?: string;
  userLocale?: string;
  userEmail?: string;
  /** Script time zone (appsscript.json); default: the manifest beside Code.js, else the spreadsheet's. */
  scriptTimeZone?: string;
  /**
   * false: the script runs outside a document (from the editor, a web app): getDocumentLock()
   * returns null there, as in Apps Script. Default true (an add-on in its spreadsheet).
   */
  container?: boolean;
}

export interface LocalAddon {
  spreadsheet: LocalSpreadsheet;
  context: vm.Context;
  call(name: string, ...args: unknown[]): unknown;
  /**
   * As call, but the answer as google.script.run sends it: its JSON text (undefined for none).
   * The server's work ends there; parsing it is the browser's (the benchmark times this).
   */
  callRaw(name: string, ...args: unknown[]): string | undefined;
  /** Runs a trigger (onOpen, onInstall) with an event object { authMode, source? } in that AuthMode. */
  callTrigger(name: string, opts?: { authMode?: AuthModeName }): unknown;
  measure<T>(fn: () => T): { result: T; calls: Record<string, number> };
  counts(): Record<string, number>;
  resetCounts(): void;
  ui: UiRecorder;
  setToday(date: string): void;
  properties: PropertyStores;
  lock: LockControl;
  logs: LogEntry[];
}

let executionCounter = 0;

const CLOCK_SHIM = `(function (now) {
  var RealDate = Date;
  function FakeDate(a, b, c, d, e, f, g) {
    if (!new.target) return new RealDate(now()).toString();
    switch (arguments.length) {
      case 0: return new RealDate(now());
      case 1: return new RealDate(a);
      default: return new RealDate(a, b, c === undefined ? 1 : c, d || 0, e || 0, f || 0, g || 0);
    }
  }
  FakeDate.prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: FakeDate, writable: true, configurable: true });
  FakeDate.now = function () { return now(); };
  FakeDate.UTC = RealDate.UTC;
  FakeDate.parse = RealDate.parse;
  globalThis.Date = FakeDate;
  return { Date: FakeDate, Error: Error, JSON: JSON };
})`;

export function loadAddon(opts: LoadOptions = {}): LocalAddon {
  const ss = opts.spreadsheet ?? newSpreadsheet();
  const model = ss.model;
  const accounting = model.accounting;
  const codePath = opts.codePath ?? path.join(REPO_ROOT, 'dist', 'Code.js');
  if (!fs.existsSync(codePath))
    throw new Error(`${codePath} does not exist: run npm run build first.`);
  const scriptTimeZone = opts.scriptTimeZone ?? manifestTimeZone(codePath) ?? model.timeZone;
  // Apps Script's V8 runs in the script's time zone; local-time Date methods follow it here too.
  process.env.TZ = scriptTimeZone;
  if (opts.today) model.clock.setToday(opts.today);
  model.engine.recalculate();

  const me = `execution-${++executionCounter}`;
  const locks = lockTableOf(model);
  const lock = new LockControl(
    () => locks,
    () => model.clock,
    me,
  );
  const ui = new UiRecorder();
  const logs: LogEntry[] = [];
  const properties: PropertyStores = {
    document: model.documentProperties,
    user: new Map(),
    script: new Map(),
  };
  let authMode: AuthModeName = 'FULL';

  const context = vm.createContext({});
  const realm = vm.runInContext(CLOCK_SHIM, context)(() => model.clock.now()) as {
    Date: DateConstructor;
    Error: ErrorConstructor;
    JSON: JSON;
  };
  accounting.realm = { Date: realm.Date, Error: realm.Error };
  const granted = emailGranted(codePath);
  const session = {
    userLocale: opts.userLocale ?? 'en',
    userEmail: granted ? (opts.userEmail ?? 'user@example.com') : '',
    effectiveEmail: granted ? opts.userEmail || 'user@example.com' : '',
    scriptTimeZone,
  };
  const runTemplate = (code: string, vars: Record<string, unknown>): string => {
    const fn = vm.runInContext(
      `(function (__vars, __escape) { with (__vars) { ${code} } })`,
      context,
    ) as (v: Record<string, unknown>, e: (s: string) => string) => string;
    return fn(vars, escapeHtml);
  };
  const { Logger, console } = makeLogging(logs, accounting);
  const globals: Record<string, unknown> = {
    SpreadsheetApp: spreadsheetApp(ss, ui),
    HtmlService: service(
      new LocalHtmlService(path.dirname(codePath), accounting, runTemplate),
      'HtmlService',
      accounting,
    ),
    PropertiesService: propertiesService(() => properties, accounting),
    LockService: lockService(
      () => locks,
      me,
      () => model.clock,
      accounting,
      opts.container ?? true,
    ),
    Session: sessionService(() => session, accounting),
    Utilities: utilitiesService(() => model.clock, accounting),
    ScriptApp: scriptApp(ss, () => authMode),
    Charts: chartsService(ss),
    Logger,
    console,
  };
  for (const [k, v] of Object.entries(globals))
    Object.defineProperty(context, k, {
      value: v,
      writable: true,
      configurable: true,
      enumerable: false,
    });

  vm.runInContext(fs.readFileSync(codePath, 'utf8'), context, { filename: codePath });

  const toVm = (args: unknown[]): unknown[] => {
    checkScriptRunValue(args, 'argument');
    return realm.JSON.parse(JSON.stringify(args)) as unknown[];
  };
  const serialise = (v: unknown): string | undefined => {
    checkScriptRunValue(v, 'result');
    return v === undefined ? undefined : JSON.stringify(v);
  };
  const fromVm = (v: unknown): unknown => {
    const json = serialise(v);
    return json === undefined ? undefined : JSON.parse(json);
  };
  const invoke = (name: string, args: unknown[], event?: unknown, raw = false): unknown => {
    const fn = (context as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    try {
      const vmArgs = event === undefined ? toVm(args) : [event];
      const answer = (fn as (...a: unknown[]) => unknown).apply(context, vmArgs);
      return raw ? serialise(answer) : fromVm(answer);
    } catch (err) {
      const e = err as { message?: unknown; stack?: unknown; name?: unknown };
      const out = new Error(typeof e?.message === 'string' ? e.message : String(err));
      if (typeof e?.stack === 'string') out.stack = e.stack;
      throw out;
    } finally {
      lock.releaseMine();
    }
  };

  const addon: LocalAddon = {
    spreadsheet: ss,
    context,
    call: (name, ...args) => invoke(name, args),
    callRaw: (name, ...args) => invoke(name, args, undefined, true) as string | undefined,
    callTrigger(name, o = {}) {
      const mode = o.authMode ?? 'LIMITED';
      authMode = mode;
      accounting.guard = authGuard(mode);
      try {
        const event: Record<string, unknown> = { authMode: ENUMS.AuthMode[mode] };
        if (mode !== 'NONE') event.source = ss;
        return invoke(name, [], event);
      } finally {
        authMode = 'FULL';
        accounting.guard = null;
      }
    },
    measure<T>(fn: () => T) {
      const before = accounting.counts();
      accounting.reset();
      try {
        const result = fn();
        return { result, calls: accounting.counts() };
      } finally {
        accounting.add(before);
      }
    },
    counts: () => accounting.counts(),
    resetCounts: () => accounting.reset(),
    ui,
    setToday(date: string) {
      model.clock.setToday(date);
      model.engine.recalculate();
    },
    properties,
    lock,
    logs,
  };
  return addon;
}

const lockTables = new WeakMap<object, LockTable>();

function lockTableOf(model: object): LockTable {
  let t = lockTables.get(model);
  if (!t) {
    t = newLockTable();
    lockTables.set(model, t);
  }
  return t;
}

/** The manifest beside Code.js (appsscript.json), or {} when there is none. */
function manifestOf(codePath: string): { timeZone?: unknown; oauthScopes?: unknown } {
  const manifest = path.join(path.dirname(codePath), 'appsscript.json');
  if (!fs.existsSync(manifest)) return {};
  try {
    return JSON.parse(fs.readFileSync(manifest, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function manifestTimeZone(codePath: string): string | undefined {
  const tz = manifestOf(codePath).timeZone;
  return typeof tz === 'string' ? tz : undefined;
}

export const EMAIL_SCOPE = 'https://www.googleapis.com/auth/userinfo.email';

/**
 * Whether the user's e-mail may be read: a manifest that lists its scopes must list
 * userinfo.email (developers.google.com/apps-script/reference/base/session#getActiveUser());
 * without it Apps Script gives no address, and neither does the runtime.
 */
function emailGranted(codePath: string): boolean {
  const scopes = manifestOf(codePath).oauthScopes;
  return !Array.isArray(scopes) || scopes.includes(EMAIL_SCOPE);
}

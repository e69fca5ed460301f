// The one way through the server. Every action the sidebar or the menu runs is
//
//   serve(request, (s) => …)           the person's language (with its fallback) and the clock,
//                                      the request checked by the one Validator, every error
//                                      turned into a message in the person's language
//     s.context()                      the document opened once: tabs, settings, today
//     s.locked((ctx) => …)             the document lock, held while the action writes
//     answer(ctx, id, key, params, tab) the confirmation and the snapshot the sidebar shows
//                                      (answer.ts)
//
// The action files (items.ts, check-in.ts, set-up.ts, repair.ts, health-check.ts,
// structure.ts, rollover.ts, summary.ts, sheet-view.ts) only say what their action does.
import type { Lang } from '../core/i18n';
import { decimalMarkOf } from '../core/values';
import { startDeadline, type Deadline } from './deadline';
import { toUserError, userError } from './errors';
import { today, userLang } from './locale';
import { withDocumentLock } from './lock';
import { readOkrTab, type OkrTab } from './okr-sheet';
import { findTabs, readSettings, type Settings, type Tabs } from './tabs';
import { Validator } from './validate';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What every action starts from: the document, the person's language, today, the tabs. */
export interface Context {
  ss: Spreadsheet;
  lang: Lang;
  tz: string;
  locale: string;
  today: { iso: string; serial: number };
  tabs: Tabs;
  settings: Settings;
}

function openContext(lang: Lang): Context {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const tz = ss.getSpreadsheetTimeZone();
  const locale = ss.getSpreadsheetLocale();
  const tabs = findTabs(ss);
  const settings = readSettings(tabs.settings, lang, decimalMarkOf(locale));
  return { ss, lang, tz, locale, today: today(ss), tabs, settings };
}

/** One action's run: its language, clock, validator and request, and the document once opened. */
export interface Session {
  readonly lang: Lang;
  readonly v: Validator;
  readonly deadline: Deadline;
  /** The request as a plain object (checked: anything else is a bad request). */
  body(): Record<string, unknown>;
  /** The document, opened on the first call and the same object after. */
  context(): Context;
  /** Runs `work` under the document lock (the context opened before the wait). */
  locked<T>(work: (ctx: Context) => T): T;
}

/** Runs an action: every error it throws reaches the person as a UserError in their language. */
export function serve<T>(request: unknown, work: (s: Session) => T): T {
  const deadline = startDeadline();
  const lang = userLang();
  const v = new Validator(lang);
  let ctx: Context | undefined;
  const session: Session = {
    lang,
    v,
    deadline,
    body: () => v.object(request),
    context: () => (ctx ??= openContext(lang)),
    locked: (w) => {
      const c = session.context();
      return withDocumentLock(lang, () => w(c));
    },
  };
  try {
    return work(session);
  } catch (err) {
    throw toUserError(err, lang);
  }
}

export function requireOkr(ctx: Context): Sheet {
  if (!ctx.tabs.okr) throw userError(ctx.lang, 'err.notSetUp');
  return ctx.tabs.okr;
}

/** The OKR tab, read in one call (strict: the required columns must be there). */
export function readTab(ctx: Context, strict = true): OkrTab {
  return readOkrTab(
    requireOkr(ctx),
    ctx.tz,
    ctx.lang,
    strict,
    decimalMarkOf(ctx.locale),
    ctx.settings.words,
  );
}

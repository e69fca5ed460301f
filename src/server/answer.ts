// What an action answers: a confirmation in the person's language and the snapshot the
// sidebar shows — the OKR tab's rows as the action read or wrote them (the sidebar works out
// their numbers, src/shared/snapshot-wire.ts), today, the thresholds, the pickers' periods.
import type { Lang, MessageKey, MessageParams } from './i18n';
import { t } from './i18n';
import {
  nextPeriod,
  periodKey,
  quarterOfSerial,
  tryParsePeriod,
  yearOfSerial,
} from '../core/period';
import type { MutationResult, SnapshotWire } from '../shared/rpc';
import { wordLists } from '../core/word-tables';
import type { OkrTab } from './okr-sheet';
import { readMe } from './me';
import { readTab, type Context } from './session';

/** The snapshot from `tab` (as the action left it in memory), else from a fresh read. */
export function buildSnapshot(
  ctx: Context,
  tab?: Pick<OkrTab, 'items' | 'sheet'>,
  lang: Lang = ctx.lang,
): SnapshotWire {
  const quarter = quarterOfSerial(ctx.today.serial);
  const currentQuarter = periodKey(quarter);
  // People plan next quarter's OKRs before it starts: the pickers offer it too.
  const nextQuarter = periodKey(nextPeriod(quarter));
  const base: SnapshotWire = {
    lang,
    locale: ctx.locale,
    today: ctx.today.iso,
    ready: false,
    okrSheetName: '',
    periods: [currentQuarter, nextQuarter, periodKey(yearOfSerial(ctx.today.serial))].sort(),
    currentQuarter,
    teams: [],
    owners: [],
    items: [],
    thresholds: { ...ctx.settings.thresholds },
    words: wordLists(ctx.settings.words),
    checkInDays: ctx.settings.checkInDays,
    me: readMe(),
  };
  if (!ctx.tabs.okr) return base;
  const okr = tab ?? readTab(ctx);
  const periods = new Set(base.periods);
  const teams = new Set<string>();
  const owners = new Set<string>();
  const seen = new Set<string>();
  for (const item of okr.items) {
    // A handful of period texts over thousands of rows: each parsed once.
    if (!seen.has(item.period)) {
      seen.add(item.period);
      if (tryParsePeriod(item.period)) periods.add(item.period);
    }
    if (item.team) teams.add(item.team);
    if (item.owner) owners.add(item.owner);
  }
  return {
    ...base,
    ready: true,
    okrSheetName: okr.sheet.getName(),
    periods: [...periods].sort(),
    teams: [...teams].sort(),
    owners: [...owners].sort(),
    // The rows as read or written: the sidebar works out their numbers (snapshot-wire.ts).
    items: okr.items,
  };
}

/**
 * The answer to a mutation. `tab` is the OKR tab as the action read it, with its changes made
 * in memory (rows and row numbers included): the snapshot is built from it instead of reading
 * the tab again. Without it the tab is read again.
 */
export function answer(
  ctx: Context,
  id: string,
  key: MessageKey,
  params: MessageParams,
  tab?: Pick<OkrTab, 'items' | 'sheet'>,
): MutationResult {
  return { id, message: t(ctx.lang, key, params), snapshot: buildSnapshot(ctx, tab) };
}

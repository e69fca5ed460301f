// "Start the next quarter": lists the period's objectives and key results with their grades
// (listRollover), and copies the chosen ones into the next period (startNextQuarter) as
// src/core/rollover.ts plans it. Under the document lock, in one read and a constant number of
// writes: the new rows appended below the OKR tab's last row in one setValues per chunk (inputs and
// formulas), their row styles, then the Closed and the Grade cells of the old rows, one
// setValues per run of consecutive rows: the grade each row closed with goes in as a value, so
// later edits do not change it. The old rows keep everything else. Nothing is deleted.
import { t, type Lang } from './i18n';
import type { Cell, OkrItem } from '../core/model';
import {
  formatPeriod,
  nextPeriod,
  parsePeriod,
  periodKey,
  periodStart,
  quarterOfSerial,
  type Period,
} from '../core/period';
import { CLOSED_METADATA_KEY } from '../core/columns';
import {
  planRollover,
  rolloverListing,
  type RolloverCandidateView,
  type RolloverListing,
  type RolloverPlan,
} from '../core/rollover';
import type { MutationResult, RolloverRequest } from '../shared/rpc';
import { buildSnapshot } from './answer';
import { userError } from './errors';
import { ensureColumnRules } from './formatting';
import { menuAction } from './menu-actions';
import { writeColumnRuns } from './okr-cells';
import { formulaContext, idAllocator, requireFormulaColumns } from './okr-sheet';
import { appendItems } from './okr-writer';
import { relinkChains } from './relink';
import { upgradeTab } from './repair';
import { serve, type Context } from './session';
import { documentVisibility } from './tabs';
import { readWorkbook, type WorkbookData } from './summary-read';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The closes the OKR tab records: developer metadata CLOSED_METADATA_KEY on the tab, JSON
 * {"2026-Q2": "2026-06-30"}, the day each quarter was closed (in the sheet's time zone).
 */
function closes(sheet: Sheet): {
  dates: Record<string, string>;
  save: (period: string, day: string) => void;
} {
  const md = sheet.createDeveloperMetadataFinder().withKey(CLOSED_METADATA_KEY).find()[0];
  let dates: Record<string, string> = {};
  try {
    const parsed: unknown = JSON.parse(md?.getValue() || '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string') dates[k] = v;
    }
  } catch {
    dates = {}; // a value edited by hand: the closes are then read from the Closed column
  }
  return {
    dates,
    save(period, day) {
      // The first close is the one recorded: a later run that continues more items keeps it.
      if (dates[period]) return;
      const value = JSON.stringify({ ...dates, [period]: day });
      if (md) md.setValue(value);
      else sheet.addDeveloperMetadata(CLOSED_METADATA_KEY, value, documentVisibility());
    },
  };
}

function listingOf(ctx: Context, period: Period): RolloverListing {
  const data = readWorkbook(ctx);
  const closedOn = closes(data.tab.sheet).dates[periodKey(period)] ?? '';
  return rolloverListing(data.items, period, closedOn);
}

/**
 * Sidebar API: an open quarter's objectives, key results and initiatives with progress and
 * grade; a closed one's close date and what was carried over.
 */
export function listRollover(req: { period: string }): RolloverListing {
  return serve(req, (s) => {
    const period = s.v.requiredPeriod(s.body().period, s.context().settings.words.periods);
    return listingOf(s.context(), period);
  });
}

/** Applies the plan to the OKR tab: appended rows, their styles, the Closed marks. */
function applyPlan(data: WorkbookData, plan: RolloverPlan, save: () => void): void {
  const tab = data.tab;
  closes(tab.sheet).save(plan.from, data.todayIso);
  if (plan.created.length > 0) {
    appendItems(tab, plan.created, data.settings, true);
    // Written below the last row, into the margin the column rules cover: they must reach it.
    ensureColumnRules(tab.sheet, tab.columns, tab.headerRow, tab.lastRow, data.settings);
    relinkChains(tab, formulaContext(tab, data.settings));
  }
  // Closed = TRUE, and the grade each row closed with as a value (its formula goes: later edits
  // of a closed row do not change its grade).
  for (const [col, cell] of [
    [tab.columns.closed, (): Cell => true],
    [tab.columns.grade, (m: (typeof plan.marks)[number]): Cell => m.grade],
  ] as const) {
    if (col !== undefined)
      writeColumnRuns(tab.sheet, col, new Map(plan.marks.map((m) => [m.row, cell(m)])));
  }
  // The tab in memory as it now is (closed rows with their frozen grades), for the snapshot.
  const byRow = new Map(tab.items.map((i) => [i.row, i]));
  for (const mark of plan.marks) {
    const item = byRow.get(mark.row);
    if (!item) continue;
    item.closed = true;
    item.frozenGrade = mark.grade === '' ? null : mark.grade;
  }
  save();
}

/** Sidebar API: copies the chosen items into the next period and closes the period. */
export function startNextQuarter(req: RolloverRequest): MutationResult {
  return serve(req, (s) => {
    const { lang } = s;
    const body = s.body();
    const period = s.v.requiredPeriod(body.period, s.context().settings.words.periods);
    const ids = s.v.idList(body.ids);
    return s.locked((ctx) => {
      let data = readWorkbook(ctx);
      if (periodStart(period) > data.today)
        throw userError(lang, 'rollover.notStarted', { period: formatPeriod(period, lang) });
      // A tab of an older version gets its hidden helper columns first (once).
      if (upgradeTab(ctx, data.tab)) data = readWorkbook(ctx);
      requireFormulaColumns(data.tab, lang);
      const { ids: allocator, save } = idAllocator(data.tab);
      const plan = planRollover(data.items, period, ids, (type) => allocator.next(type));
      s.deadline.beforeWriting(lang);
      applyPlan(data, plan, save);
      const next = nextPeriod(period);
      return {
        id: plan.created.length === 1 ? (plan.created[0] as OkrItem).id : '',
        message: t(lang, plan.created.length === 0 ? 'rollover.doneNothing' : 'rollover.done', {
          count: plan.created.length,
          next: formatPeriod(next, lang),
          period: formatPeriod(period, lang),
        }),
        // From the tab as this action left it in memory: no second read of the whole tab.
        snapshot: buildSnapshot(ctx, data.tab),
      };
    });
  });
}

function candidateLine(c: RolloverCandidateView, lang: Lang): string {
  const grade = c.grade === '' ? '–' : c.grade.toFixed(1).replace('.', lang === 'nl' ? ',' : '.');
  const indent = c.type === 'objective' ? '' : c.type === 'keyResult' ? '    ' : '        ';
  return c.copyId
    ? `${indent}${c.id} → ${c.copyId}  ${c.title}`
    : `${indent}${c.id}  ${c.title}  (${grade})`;
}

/** Menu: asks which quarter to close and which IDs continue, then rolls over. */
export function startNextQuarterFromMenu(): void {
  menuAction((ui, s) => {
    const { lang } = s;
    const suggested = formatPeriod(quarterOfSerial(s.context().today.serial), lang);
    const answer = ui.prompt(
      t(lang, 'name.nextQuarter'),
      t(lang, 'rollover.promptPeriod', { period: suggested }),
      ui.ButtonSet.OK_CANCEL,
    );
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const period = s.v.requiredPeriod(
      answer.getResponseText().trim() || suggested,
      s.context().settings.words.periods,
    );
    const listing = listingOf(s.context(), period);
    if (listing.closed) {
      // Closed before: say when and what was carried over, instead of offering it all again.
      const lines = listing.items.map((c) => candidateLine(c, lang)).join('\n');
      ui.alert(closedText(listing, lang) + (lines ? `\n${lines}` : ''));
      return;
    }
    const candidates = listing.items;
    if (candidates.length === 0) {
      ui.alert(t(lang, 'rollover.nothing', { period: formatPeriod(period, lang) }));
      return;
    }
    const pick = ui.prompt(
      t(lang, 'name.nextQuarter'),
      t(lang, 'rollover.promptIds', {
        period: formatPeriod(period, lang),
        next: formatPeriod(nextPeriod(period), lang),
        list: candidates.map((c) => candidateLine(c, lang)).join('\n'),
      }),
      ui.ButtonSet.OK_CANCEL,
    );
    if (pick.getSelectedButton() !== ui.Button.OK) return;
    const text = pick.getResponseText().trim();
    const ids = /^(all|alle)$/i.test(text)
      ? candidates.map((c) => c.id)
      : text.split(/[\s,;]+/).filter((x) => x !== '');
    const result = startNextQuarter({ period: formatPeriod(period, 'en'), ids });
    ui.alert(result.message);
  });
}

/** "2026-Q2 was closed on 30 Jun 2026; carried over to 2026-Q3:" (or "nothing was …"). */
function closedText(listing: RolloverListing, lang: Lang): string {
  const period = formatPeriod(parsePeriod(listing.period), lang);
  const next = formatPeriod(parsePeriod(listing.next), lang);
  const closed = listing.closedOn
    ? t(lang, 'rollover.closedOn', { period, date: listing.closedOn })
    : t(lang, 'rollover.closed', { period });
  const carried =
    listing.items.length > 0
      ? t(lang, 'rollover.carried', { next, count: listing.items.length })
      : t(lang, 'rollover.carriedNone', { next });
  return `${closed} ${carried}`;
}

// "Start the next quarter": lists the period's objectives and key results with their grades
// (listRollover), and copies the chosen ones into the next period (startNextQuarter) as
// src/core/rollover.ts plans it. Under the document lock, in one read and a constant number of
// writes: the new rows appended below the OKR tab's last row in one setValues per chunk (inputs and
// formulas), their row styles, then the Closed and the Grade cells of the old rows, one
// setValues per run of consecutive rows: the grade each row closed with goes in as a value, so
// later edits do not change it. The old rows keep everything else. Nothing is deleted.
import { FIELD_LIMITS } from '../core/limits';
import { t, type Lang } from '../core/i18n';
import type { Cell, ItemView, OkrItem } from '../core/model';
import { indexById, type SheetItem } from '../core/okr-rows';
import {
  formatPeriod,
  nextPeriod,
  parsePeriod,
  periodStart,
  quarterOfSerial,
  type Period,
} from '../core/period';
import { planRollover, rolloverCandidates, type RolloverPlan } from '../core/rollover';
import type { MutationResult, RolloverCandidate, RolloverRequest } from '../shared/rpc';
import { buildSnapshot, ensureSize, openContext, upgradeTab } from './api';
import { setValuesInChunks } from './chunks';
import { toUserError, userError } from './errors';
import { applyRowStyles, ensureColumnRules } from './formatting';
import { startDeadline, type Deadline } from './deadline';
import { userLang } from './locale';
import { withDocumentLock } from './lock';
import { relinkChains } from './relink';
import {
  composeRow,
  formulaContext,
  idAllocator,
  textCellsOfRow,
  writeColumnRuns,
  missingFormulaColumns,
  requireFormulaColumns,
} from './okr-sheet';
import { readContext, readWorkbook, type WorkbookData } from './summary-read';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function periodOf(req: unknown, lang: Lang): Period {
  const period =
    req !== null && typeof req === 'object' ? (req as { period?: unknown }).period : undefined;
  try {
    return parsePeriod(period, 'period');
  } catch (err) {
    throw toUserError(err, lang);
  }
}

function idsOf(req: unknown, lang: Lang): string[] {
  const ids = req !== null && typeof req === 'object' ? (req as { ids?: unknown }).ids : undefined;
  if (
    !Array.isArray(ids) ||
    ids.length > 10000 ||
    !ids.every((i) => typeof i === 'string' && i.length <= FIELD_LIMITS.id)
  ) {
    throw userError(lang, 'rollover.badIds');
  }
  return ids.map((i: string) => i.trim().toUpperCase()).filter((i) => i !== '');
}

/** Sidebar API: the period's objectives and key results with progress and grade. */
export function listRollover(req: { period: string }): RolloverCandidate[] {
  const lang = userLang();
  const period = periodOf(req, lang);
  try {
    const data = readWorkbook(SpreadsheetApp.getActiveSpreadsheet());
    return rolloverCandidates(data.items, period);
  } catch (err) {
    throw toUserError(err, lang);
  }
}

/** The result of applying a plan: the plan and the workbook read before, its OKR tab updated. */
export interface RolloverOutcome {
  plan: RolloverPlan;
  data: WorkbookData;
}

/** Applies the plan to the OKR tab: appended rows, their styles, the Closed marks. */
function applyPlan(data: WorkbookData, plan: RolloverPlan, save: () => void): void {
  const tab = data.tab;
  const sheet: Sheet = tab.sheet;
  const ctx = formulaContext(tab, data.settings);
  const width = tab.width;
  if (plan.created.length > 0) {
    const first = tab.lastRow + 1;
    const created: SheetItem[] = plan.created.map((item, i) => ({ ...item, row: first + i }));
    const byId = indexById<OkrItem>([...tab.items, ...created]);
    const rows: Cell[][] = created.map((item) => composeRow(item, item.row, width, ctx, byId));
    // The tab may end at its last item (a structured or grown tab): make room first.
    ensureSize(sheet, first + rows.length - 1, width);
    // Text goes into text-formatted cells (a column formatted Plain text) without its apostrophe.
    const range = sheet.getRange(first, 1, rows.length, width);
    const formats = range.getNumberFormats();
    setValuesInChunks(
      sheet,
      first,
      1,
      rows.map((row, i) => textCellsOfRow(row, formats[i] ?? [])),
    );
    applyRowStyles(sheet, tab.columns, first - 1, first + rows.length - 1, width, created);
    // Written below the last row, into the margin the column rules cover: they must reach it.
    const last = first + rows.length - 1;
    ensureColumnRules(sheet, tab.columns, tab.headerRow, last, data.settings.lang);
    tab.items.push(...created);
    tab.lastRow = first + rows.length - 1;
    relinkChains(tab, ctx);
  }
  // Closed = TRUE, and the grade each row closed with as a value (its formula goes: later edits
  // of a closed row do not change its grade).
  for (const [col, cell] of [
    [tab.columns.closed, (): Cell => true],
    [tab.columns.grade, (m: (typeof plan.marks)[number]): Cell => m.grade],
  ] as const) {
    if (col !== undefined)
      writeColumnRuns(sheet, col, new Map(plan.marks.map((m) => [m.row, cell(m)])));
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

/** Plans and applies a roll-over under the document lock. */
export function rollOver(
  period: Period,
  ids: readonly string[],
  lang: Lang,
  deadline: Deadline = startDeadline(),
): RolloverOutcome {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(lang, () => {
    let data = readWorkbook(ss);
    if (periodStart(period) > data.today)
      throw userError(lang, 'rollover.notStarted', { period: formatPeriod(period, lang) });
    // A tab of an older version gets its hidden helper columns first (once).
    const missing = missingFormulaColumns(data.tab);
    if (missing.hidden.length > 0 && missing.visible.length === 0) {
      upgradeTab(openContext(), data.tab);
      data = readWorkbook(ss);
    }
    requireFormulaColumns(data.tab, lang);
    const { ids: allocator, save } = idAllocator(data.tab);
    const plan = planRollover(data.items, period, ids, (type) => allocator.next(type));
    deadline.beforeWriting(lang);
    applyPlan(data, plan, save);
    return { plan, data };
  });
}

/** Sidebar API: copies the chosen items into the next period and closes the period. */
export function startNextQuarter(req: RolloverRequest): MutationResult {
  const deadline = startDeadline();
  const lang = userLang();
  const period = periodOf(req, lang);
  const ids = idsOf(req, lang);
  try {
    const { plan, data } = rollOver(period, ids, lang, deadline);
    const next = nextPeriod(period);
    return {
      id: plan.created.length === 1 ? (plan.created[0] as OkrItem).id : '',
      message: t(lang, plan.created.length === 0 ? 'rollover.doneNothing' : 'rollover.done', {
        count: plan.created.length,
        next: formatPeriod(next, lang),
        period: formatPeriod(period, lang),
      }),
      // From the tab as this action left it in memory: no second read of the whole tab.
      snapshot: buildSnapshot(openContext(), data.tab),
    };
  } catch (err) {
    throw toUserError(err, lang);
  }
}

function candidateLine(
  c: RolloverCandidate | ReturnType<typeof rolloverCandidates>[number],
  lang: Lang,
): string {
  const grade = c.grade === '' ? '–' : c.grade.toFixed(1).replace('.', lang === 'nl' ? ',' : '.');
  const indent = c.type === 'keyResult' ? '    ' : '';
  return `${indent}${c.id}  ${c.title}  (${grade})`;
}

/** Menu: asks which quarter to close and which IDs continue, then rolls over. */
export function startNextQuarterFromMenu(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const { lang, today } = readContext(ss);
  try {
    const suggested = formatPeriod(quarterOfSerial(today), lang);
    const answer = ui.prompt(
      t(lang, 'rollover.promptTitle'),
      t(lang, 'rollover.promptPeriod', { period: suggested }),
      ui.ButtonSet.OK_CANCEL,
    );
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const period = periodOf({ period: answer.getResponseText().trim() || suggested }, lang);
    const candidates = rolloverCandidates(readWorkbook(ss).items as ItemView[], period);
    if (candidates.length === 0) {
      ui.alert(t(lang, 'rollover.nothing', { period: formatPeriod(period, lang) }));
      return;
    }
    const pick = ui.prompt(
      t(lang, 'rollover.promptTitle'),
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
      : text.split(/[\s,;]+/).filter((s) => s !== '');
    const result = startNextQuarter({ period: formatPeriod(period, 'en'), ids });
    ui.alert(result.message);
  } catch (err) {
    ui.alert(toUserError(err, lang).message);
  }
}

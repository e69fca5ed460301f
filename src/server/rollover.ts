// "Start the next quarter": lists the period's objectives and key results with their grades
// (listRollover), and copies the chosen ones into the next period (startNextQuarter) as
// src/core/rollover.ts plans it. Under the document lock, in one read and a constant number of
// writes: the new rows appended below the OKR tab's last row in one setValues per chunk (inputs and
// formulas), their row styles, then the Closed and the Grade cells of the old rows, one
// setValues per run of consecutive rows: the grade each row closed with goes in as a value, so
// later edits do not change it. The old rows keep everything else. Nothing is deleted.
import { t, type Lang } from './i18n';
import type { Cell, OkrItem } from '../core/model';
import { formatPeriod, nextPeriod, periodStart, quarterOfSerial } from '../core/period';
import { planRollover, rolloverCandidates, type RolloverPlan } from '../core/rollover';
import type { MutationResult, RolloverCandidate, RolloverRequest } from '../shared/rpc';
import { buildSnapshot } from './answer';
import { userError } from './errors';
import { ensureColumnRules } from './formatting';
import { menuAction } from './menu-actions';
import { writeColumnRuns } from './okr-cells';
import { formulaContext, idAllocator, requireFormulaColumns } from './okr-sheet';
import { appendItems } from './okr-writer';
import { relinkChains } from './relink';
import { upgradeTab } from './repair';
import { serve } from './session';
import { readWorkbook, type WorkbookData } from './summary-read';

/** Sidebar API: the period's objectives and key results with progress and grade. */
export function listRollover(req: { period: string }): RolloverCandidate[] {
  return serve(req, (s) => {
    const period = s.v.requiredPeriod(s.body().period);
    return rolloverCandidates(readWorkbook(s.context()).items, period);
  });
}

/** Applies the plan to the OKR tab: appended rows, their styles, the Closed marks. */
function applyPlan(data: WorkbookData, plan: RolloverPlan, save: () => void): void {
  const tab = data.tab;
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
    const period = s.v.requiredPeriod(body.period);
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
  menuAction((ui, s) => {
    const { lang } = s;
    const suggested = formatPeriod(quarterOfSerial(s.context().today.serial), lang);
    const answer = ui.prompt(
      t(lang, 'rollover.promptTitle'),
      t(lang, 'rollover.promptPeriod', { period: suggested }),
      ui.ButtonSet.OK_CANCEL,
    );
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const period = s.v.requiredPeriod(answer.getResponseText().trim() || suggested);
    const candidates = rolloverCandidates(readWorkbook(s.context()).items, period);
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
      : text.split(/[\s,;]+/).filter((x) => x !== '');
    const result = startNextQuarter({ period: formatPeriod(period, 'en'), ids });
    ui.alert(result.message);
  });
}

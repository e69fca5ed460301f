// Repair: formulas, validation and formatting rewritten where they differ from what the
// add-on writes, missing columns added at the end, rows without an ID (and later copies of a
// duplicated one) given one, objectives' row groups laid where they are missing or wrong
// (row-groups.ts). People's values stay as they are. A tab that lacks only hidden
// helper columns is repaired before any action writes rows to it (readTabForWriting).
import { OKR_COLUMNS } from '../core/columns';
import { t } from './i18n';
import type { Cell } from '../core/model';
import { tryParsePeriod } from '../core/period';
import { indexById, protectCell, protectText, type SheetItem } from '../core/okr-rows';
import type { MutationResult } from '../shared/rpc';
import { answer } from './answer';
import { reconnectCheckIns } from './checkin-log';
import { setValuesInChunks } from './chunks';
import { startDeadline, type Deadline } from './deadline';
import { applyColumnRules, applyHeaderLayout, applyRowStyles, formatRows } from './formatting';
import {
  rowTemplate,
  templateMatches,
  templateText,
  type RowTemplate,
  type RowText,
} from './formulas';
import { rowSlots } from './formulas-chain';
import { wordTablesReady } from './formulas-words';
import { writeColumnRuns } from './okr-cells';
import {
  columnsRepairAdds,
  formulaContext,
  idAllocator,
  missingFormulaColumns,
  requireFormulaColumns,
  shapeOf,
  type OkrTab,
} from './okr-sheet';
import { tabWidth, writeFreshOkrTab } from './okr-writer';
import { MAX_ROW_GROUPS, repairRowGroups } from './row-groups';
import { readTab, requireOkr, serve, type Context } from './session';
import { ensureSideTabs } from './tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The tab for an action that writes rows, checked before anything is written. A tab made by an
 * older version lacks hidden helper columns people never see: they are added first (a Repair,
 * once), instead of asking people to repair something they cannot see.
 */
export function readTabForWriting(ctx: Context): OkrTab {
  const tab = readTab(ctx);
  return requireFormulaColumns(upgradeTab(ctx, tab) ? readTab(ctx) : tab, ctx.lang);
}

/** Repairs a tab whose only missing columns are hidden helpers; true when it did. */
export function upgradeTab(ctx: Context, tab: OkrTab): boolean {
  const { visible, hidden } = missingFormulaColumns(tab);
  if ((hidden.length === 0 && wordTablesReady(ctx.ss)) || visible.length > 0) return false;
  repairTab(ctx);
  return true;
}

/**
 * Repairs a tab whose rows lack the period helper formulas though their period is one the
 * add-on reads: the initiative rows of a tab written before they had them (the summary's live
 * figures filter on those cells, summary-formulas.ts). One read of the first-day helper column's
 * formulas (a blank value cannot tell a missing formula from one Sheets has not evaluated);
 * true when it repaired.
 */
export function upgradePeriodHelpers(ctx: Context, tab: OkrTab): boolean {
  const col = tab.columns.periodStart;
  const first = tab.headerRow + 1;
  if (col === undefined || tab.lastRow < first) return false;
  const formulas = tab.sheet.getRange(first, col + 1, tab.lastRow - first + 1, 1).getFormulas();
  const lacking = tab.items.some(
    (i) => !formulas[i.row - first]?.[0] && tryParsePeriod(i.period) !== null,
  );
  if (lacking) repairTab(ctx);
  return lacking;
}

/** What a Repair did, for its message (done.repaired / done.repairedNothing). */
interface RepairReport {
  /** Rows whose formula cells were rewritten. */
  formulaRows: number;
  /** IDs given to rows without one (or to later copies of a duplicated one). */
  ids: number;
  /** Check-ins logged under an ID no row has, logged under their likely key result again. */
  checkIns: number;
  /** Headers of the columns added back. */
  columns: string[];
  /** The tab was empty and laid out afresh. */
  fresh: boolean;
  /** Objectives' row groups laid or corrected. */
  groups: number;
  /** The tab's objectives when there are too many for row groups (none laid), else null. */
  groupsOver: number | null;
}

function emptyReport(): RepairReport {
  return {
    formulaRows: 0,
    ids: 0,
    checkIns: 0,
    columns: [],
    fresh: false,
    groups: 0,
    groupsOver: null,
  };
}

/**
 * Rewrites formulas, validation and formatting; adds missing columns at the end; gives rows
 * without an ID (and later copies of a duplicated ID) a new one. Calls: a constant number per
 * column run, whatever the number of rows. Returns the tab with its items as repaired (null
 * when an empty tab was rewritten from scratch).
 */
export function repairTab(
  ctx: Context,
  deadline: Deadline = startDeadline(),
  report: RepairReport = emptyReport(),
): OkrTab | null {
  const sheet = requireOkr(ctx);
  let tab = readTab(ctx, false);
  // Everything below writes: refuse now if the read already used up the time budget.
  deadline.beforeWriting(ctx.lang);
  ensureSideTabs(ctx, ctx.settings.lang);
  const lang = ctx.settings.lang;
  if (tab.header.headerRow === 0 && tab.lastRow <= 1 && tab.items.length === 0) {
    // An emptied tab: rows keep no old look (bold, tints) before it is laid out afresh.
    const rows = sheet.getMaxRows();
    if (rows > 1) sheet.getRange(2, 1, rows - 1, sheet.getMaxColumns()).clearFormat();
    writeFreshOkrTab(ctx.settings, sheet, []);
    report.fresh = true;
    return null;
  }
  // Missing columns go to the end, with their header.
  const missing = columnsRepairAdds(tab);
  report.columns = missing.map((c) => c.header[lang]);
  if (missing.length > 0) {
    const start = tab.width;
    if (sheet.getMaxColumns() < start + missing.length) {
      sheet.insertColumnsAfter(
        sheet.getMaxColumns(),
        start + missing.length - sheet.getMaxColumns(),
      );
    }
    sheet
      .getRange(tab.headerRow, start + 1, 1, missing.length)
      .setValues([missing.map((c) => c.header[lang])]);
    tab = readTab(ctx, false);
  }
  const columns = tab.columns;
  const width = tabWidth(tab);
  // IDs: fill blanks, renumber later duplicates; only those cells are written (a run of
  // consecutive rows per setValues), every other ID stays as the person typed it.
  const { ids, save } = idAllocator(tab);
  const seen = new Set<string>();
  const newIds = new Map<number, Cell>();
  const byRow = new Map<number, SheetItem>();
  for (const item of tab.items) byRow.set(item.row, item);
  for (const item of tab.items) {
    const key = item.id.toUpperCase();
    if (!key || seen.has(key)) {
      item.id = ids.next(item.type);
      newIds.set(item.row, protectText(item.id));
    }
    seen.add(item.id.toUpperCase());
  }
  const n = tab.lastRow - tab.headerRow;
  writeColumnRuns(sheet, columns.id as number, newIds);
  report.ids = newIds.size;
  save();
  // Check-ins left under an ID no row has any more go back to their likely key result.
  report.checkIns = reconnectCheckIns(ctx, tab.items);
  // Formulas: one setValues per contiguous run of formula columns.
  const fctx = formulaContext(tab, ctx.settings);
  const byId = indexById(tab.items);
  // The formula and helper columns in sheet order (people may have moved them).
  const formulaKeys = OKR_COLUMNS.filter((c) => c.role !== 'input')
    .map((c) => c.key)
    .sort((a, b) => (columns[a] as number) - (columns[b] as number));
  const cols = formulaKeys.map((k) => columns[k] as number);
  if (n > 0) {
    // Per row its template's pieces per column (blank rows: all empty; null: a cell the row
    // keeps as it is, such as a closed row's grade). Texts are only built for rows written.
    const rows: RowParts[] = [];
    const blank = formulaKeys.map(() => [''] as readonly string[]);
    const partsOf = new Map<RowTemplate, RowParts['parts']>();
    for (let r = tab.headerRow + 1; r <= tab.lastRow; r++) {
      const item = byRow.get(r);
      if (!item) {
        rows.push({ parts: blank, rowText: String(r) });
        continue;
      }
      const template = rowTemplate(shapeOf(item, byId), fctx);
      let parts = partsOf.get(template);
      if (!parts) {
        const byKey = new Map(template);
        parts = formulaKeys.map((k) => byKey.get(k) ?? null);
        partsOf.set(template, parts);
      }
      rows.push({ parts, rowText: rowSlots(item, byId) });
    }
    const rewritten = new Set<number>();
    let i = 0;
    while (i < cols.length) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === (cols[j] as number) + 1) j++;
      rewriteChangedRows(sheet, tab, rows, i, j, cols[i] as number, rewritten);
      i = j + 1;
    }
    report.formulaRows = rewritten.size;
  }
  applyHeaderLayout(sheet, columns, tab.headerRow, missing.length === OKR_COLUMNS.length);
  applyRowStyles(sheet, columns, tab.headerRow, tab.lastRow, width, tab.items);
  applyColumnRules(
    sheet,
    columns,
    tab.headerRow,
    formatRows(tab.lastRow, tab.headerRow),
    ctx.settings,
  );
  const groups = repairRowGroups(sheet, tab.items);
  report.groups = groups.laid;
  report.groupsOver = groups.over;
  return tab;
}

/** A row's template pieces per formula column (null: the cell is kept as it is). */
interface RowParts {
  parts: (readonly string[] | null)[];
  rowText: RowText;
}

/**
 * Writes the formula columns i..j (one contiguous run starting at 0-based column `col`) where
 * the sheet differs from the rows' templates: one read of the run's formulas, then one write of
 * the rows from the first to the last that differ, or none. On a healthy tab Repair writes
 * nothing, so Sheets has nothing to recalculate. The rows that differ are added to `differing`
 * (by index).
 */
function rewriteChangedRows(
  sheet: Sheet,
  tab: OkrTab,
  rows: readonly RowParts[],
  i: number,
  j: number,
  col: number,
  differing: Set<number>,
): void {
  const first = tab.headerRow + 1;
  const width = j - i + 1;
  const formulas = sheet.getRange(first, col + 1, rows.length, width).getFormulas();
  const differs = (k: number): boolean => {
    const { parts, rowText } = rows[k] as (typeof rows)[number];
    const has = formulas[k] ?? [];
    const values = tab.values[first - 1 + k] ?? [];
    for (let x = 0; x < width; x++) {
      const want = parts[i + x];
      if (!want) continue; // kept as it is
      if (!templateMatches(want, rowText, has[x] ?? '')) return true;
      if (want.length === 1 && want[0] === '' && (values[col + x] ?? '') !== '') return true;
    }
    return false;
  };
  let lo = -1;
  let hi = -1;
  for (let k = 0; k < rows.length; k++) {
    if (!differs(k)) continue;
    differing.add(k);
    if (lo < 0) lo = k;
    hi = k;
  }
  if (lo < 0) return;
  const block: Cell[][] = [];
  for (let k = lo; k <= hi; k++) {
    const { parts, rowText } = rows[k] as (typeof rows)[number];
    const values = tab.values[first - 1 + k] ?? [];
    block.push(
      parts.slice(i, j + 1).map((p, x) => {
        if (p) return templateText(p, rowText);
        // Kept: its formula, or its value (text protected, so it stays text).
        const formula = formulas[k]?.[x];
        if (formula) return formula;
        return protectCell((values[col + x] ?? '') as Cell);
      }),
    );
  }
  setValuesInChunks(sheet, first + lo, col + 1, block);
}

/** Repair's answer: what it fixed, or that nothing needed fixing. */
function repairResult(ctx: Context, report: RepairReport, tab?: OkrTab): MutationResult {
  const lang = ctx.lang;
  const fixed: string[] = [];
  if (report.fresh) fixed.push(t(lang, 'repair.fresh'));
  if (report.columns.length > 0)
    fixed.push(
      t(lang, 'repair.columns', {
        columns: report.columns.join(', '),
        count: report.columns.length,
      }),
    );
  if (report.ids > 0) fixed.push(t(lang, 'repair.ids', { count: report.ids }));
  if (report.checkIns > 0) fixed.push(t(lang, 'repair.checkIns', { count: report.checkIns }));
  if (report.formulaRows > 0) fixed.push(t(lang, 'repair.formulas', { count: report.formulaRows }));
  if (report.groups > 0) fixed.push(t(lang, 'repair.groups', { count: report.groups }));
  const result =
    fixed.length === 0
      ? answer(ctx, '', 'done.repairedNothing', {}, tab)
      : answer(ctx, '', 'done.repaired', { fixed: fixed.join('; ') }, tab);
  if (report.groupsOver !== null) {
    const over = t(lang, 'repair.groupsOver', { max: MAX_ROW_GROUPS, count: report.groupsOver });
    result.message = `${result.message} ${over}`;
  }
  return result;
}

export function repairSheet(req?: Record<string, never>): MutationResult {
  return serve(req, (s) => {
    requireOkr(s.context());
    return s.locked((ctx) => {
      const report = emptyReport();
      const tab = repairTab(ctx, s.deadline, report);
      return repairResult(ctx, report, tab ?? undefined);
    });
  });
}

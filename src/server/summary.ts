// "Build summary": creates or refreshes the tab "Summary 2026-Q1" (Dutch
// "Samenvatting 2026-K1"), or a year summary for "2026".
//
// One action, one direction: read the OKR and check-ins tabs once, compute everything in memory
// (src/core: summary figures, progress over time; src/server/summary-layout.ts: the grid and the
// charts), then write. Nothing half-built is ever left behind: writing starts only within the
// time budget (deadline.ts), and the new version is first written to a fresh tab. On a first
// build that tab is the summary. On a refresh the existing summary tab is then cleared (contents,
// formats, conditional formats, charts) and written again in place, so it keeps its sheet ID
// (links to it keep working), its place among the tabs and the name the person gave it; the
// fresh tab is removed. If writing the fresh tab fails, it is removed and the previous version
// stays as it was; if writing in place fails, the complete fresh tab takes the old one's name
// and place (only then does the sheet ID change). The summary tab is found by its developer
// metadata (key okr-sheets.summary, value = the period), so a renamed tab is still the one
// refreshed. The summary creates no row groups, merges or notes, so there are none to clear.
// No other tab is touched.
import { isOkrError } from '../core/errors';
import { t, type Lang } from './i18n';
import { formatPeriod, periodKey, quarterOfSerial, type Period } from '../core/period';
import { summarizePeriod, summarizeYear } from '../core/summary';
import { progressOverTime } from '../core/timeseries';
import type { SummaryRequest, SummaryResult } from '../shared/rpc';
import { userError, type UserError } from './errors';
import { today } from './locale';
import { menuAction } from './menu-actions';
import { serve } from './session';
import { readWorkbook, type WorkbookData } from './summary-read';
import { upgradePeriodHelpers, upgradeTab } from './repair';
import { summaryLayout, type ChartPlan, type SummaryLayout } from './summary-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Developer metadata key on a summary tab; its value is the canonical period ("2026-Q1"). */
const SUMMARY_METADATA_KEY = 'okr-sheets.summary';

/** The layout of a period's summary from the workbook's data (pure). */
function layoutFor(data: WorkbookData, period: Period): SummaryLayout {
  const options = { asOf: data.today };
  const summary =
    period.kind === 'year'
      ? summarizeYear(data.items, period, options).annual
      : summarizePeriod(data.items, period, options);
  return summaryLayout({
    lang: data.lang,
    period,
    summary,
    series: progressOverTime(data.items, data.checkIns, period, data.today),
    okrSheetName: data.okrSheetName,
    columns: data.columns,
    today: data.todayIso,
    words: data.settings.words,
  });
}

/** The summary tab of a period, found by developer metadata (whatever its name now). */
function findSummarySheet(ss: Spreadsheet, key: string): Sheet | null {
  const found = ss
    .createDeveloperMetadataFinder()
    .withKey(SUMMARY_METADATA_KEY)
    .withValue(key)
    .find();
  for (const md of found) {
    const sheet = md.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return null;
}

function uniqueName(ss: Spreadsheet, wanted: string): string {
  if (!ss.getSheetByName(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted} (${n})`;
    if (!ss.getSheetByName(name)) return name;
  }
}

function insertChart(sheet: Sheet, plan: ChartPlan): void {
  let builder = sheet.newChart();
  builder =
    plan.type === 'BAR'
      ? builder.asBarChart()
      : plan.type === 'LINE'
        ? builder.asLineChart()
        : builder.asColumnChart();
  for (const r of plan.ranges) builder.addRange(sheet.getRange(r.row, r.col, r.numRows, r.numCols));
  builder.setNumHeaders(1).setPosition(plan.anchor.row, plan.anchor.col, 0, 0);
  for (const [option, value] of Object.entries(plan.options)) builder.setOption(option, value);
  sheet.insertChart(builder.build());
}

/** Writes a complete layout onto an empty sheet: a constant number of batched calls. */
function writeLayout(sheet: Sheet, layout: SummaryLayout): void {
  const rows = layout.values.length;
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const range = sheet.getRange(1, 1, rows, layout.width);
  range.setValues(layout.values);
  range.setNumberFormats(layout.numberFormats);
  range.setFontWeights(layout.fontWeights);
  range.setBackgrounds(layout.backgrounds);
  layout.columnWidths.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  sheet.setFrozenRows(1);
  for (const plan of layout.charts) insertChart(sheet, plan);
}

/** Empties a summary tab of everything writeLayout puts on it (a constant number of calls). */
function clearSummary(sheet: Sheet): void {
  sheet.clear();
  sheet.clearConditionalFormatRules();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
}

/** Puts `fresh` where `old` was (name and place) and removes `old`. */
function replaceTab(ss: Spreadsheet, old: Sheet, fresh: Sheet, key: string): void {
  const name = old.getName();
  const index = old.getIndex();
  ss.deleteSheet(old);
  fresh.setName(name);
  tagSummary(fresh, key);
  ss.setActiveSheet(fresh);
  ss.moveActiveSheet(index);
}

function tagSummary(sheet: Sheet, key: string): void {
  sheet.addDeveloperMetadata(
    SUMMARY_METADATA_KEY,
    key,
    SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
  );
}

/**
 * Creates or refreshes the summary tab of `period`: the new version is complete on a fresh tab
 * before the existing tab is touched; the existing tab is then refreshed in place (same sheet).
 */
function writeSummary(ss: Spreadsheet, period: Period, layout: SummaryLayout): Sheet {
  const key = periodKey(period);
  const old = findSummarySheet(ss, key);
  const sheet = ss.insertSheet(uniqueName(ss, `${layout.name} …`), ss.getSheets().length);
  try {
    writeLayout(sheet, layout);
    if (!old) {
      tagSummary(sheet, key);
      sheet.setName(uniqueName(ss, layout.name));
    }
  } catch (err) {
    try {
      ss.deleteSheet(sheet);
    } catch {
      // already gone: nothing left behind either way
    }
    throw err;
  }
  if (!old) return sheet;
  try {
    clearSummary(old);
    writeLayout(old, layout);
  } catch {
    // The old tab is half rewritten: the complete new version takes its place.
    replaceTab(ss, old, sheet, key);
    return sheet;
  }
  ss.setActiveSheet(old);
  ss.deleteSheet(sheet);
  return old;
}

function message(err: unknown, lang: Lang): string {
  return isOkrError(err) ? err.render(lang) : err instanceof Error ? err.message : String(err);
}

/** The error a person sees when a summary could not be built (nothing was changed). */
function failed(err: unknown, lang: Lang): UserError {
  return userError(lang, 'summary.failed', { reason: message(err, lang) });
}

/** Sidebar API: builds or refreshes the summary of `req.period`. */
export function buildSummary(req: SummaryRequest): SummaryResult {
  return serve(req, (s) => {
    const { lang } = s;
    const period = s.v.requiredPeriod(s.body().period, s.context().settings.words.periods);
    return s.locked((ctx) => {
      try {
        let data = readWorkbook(ctx);
        // The live figures read the period helper cells: a tab of an earlier version gets them
        // (its missing columns, and the formulas its initiative rows lacked).
        if (upgradeTab(ctx, data.tab) || upgradePeriodHelpers(ctx, data.tab))
          data = readWorkbook(ctx);
        const layout = layoutFor(data, period);
        // Too late to write the whole tab within the execution limit: refuse before writing.
        s.deadline.beforeWriting(lang);
        const sheet = writeSummary(ctx.ss, period, layout);
        const name = sheet.getName();
        return {
          sheetName: name,
          charts: layout.charts.length,
          message: t(lang, 'summary.built', { name, charts: layout.charts.length }),
        };
      } catch (err) {
        throw failed(err, lang);
      }
    });
  });
}

/** Menu: asks for the period (default: the current quarter) and builds its summary. */
export function buildSummaryFromMenu(): void {
  menuAction((ui, { lang }) => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const current = formatPeriod(quarterOfSerial(today(ss).serial), lang);
    const answer = ui.prompt(
      t(lang, 'name.summary'),
      t(lang, 'summary.promptPeriod', { period: current }),
      ui.ButtonSet.OK_CANCEL,
    );
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const text = answer.getResponseText().trim() || current;
    const result = buildSummary({ period: text });
    ss.setActiveSheet(ss.getSheetByName(result.sheetName) as Sheet);
    ui.alert(result.message);
  });
}

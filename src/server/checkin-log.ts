// The check-ins tab: one line per check-in (when, key result, value, confidence, note, who),
// appended by Check in and read by the sidebar's history, the summaries' progress over time
// and nothing else. Columns are found by header (either language), so people may reorder them.
// A number is logged in the key result's own number format (the format of its Current cell on
// the OKR tab, as the check-in's write of that row read it), so a % key result's 0.0242 shows as
// a percentage in the log exactly as in the grid, never as 0.0242.
import { matchCheckInHeader } from '../core/columns';
import { confidenceName, parseConfidence } from '../core/confidence';
import type { Confidence } from '../core/vocabulary';
import type { Cell, CheckIn, OkrItem } from '../core/model';
import { orphanCheckIns } from '../core/orphan-check-ins';
import { protectCell, protectText } from '../core/okr-rows';
import { NUMBER_FORMAT } from './formatting';
import { dateFormatter, isDate } from './locale';
import { writeColumnRuns } from './okr-cells';
import type { Context } from './session';
import { ensureSideTabs } from './tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The whole log, newest first, in one read; dates as ISO text in the spreadsheet's zone. */
export function readCheckIns(ctx: Pick<Context, 'tabs' | 'tz'>): CheckIn[] {
  const sheet = ctx.tabs.checkins;
  if (!sheet) return [];
  const values = sheet.getDataRange().getValues();
  const map = matchCheckInHeader(values[0] ?? []);
  const fmt = dateFormatter(ctx.tz);
  const out: CheckIn[] = [];
  const at = (row: unknown[], key: keyof typeof map) =>
    map[key] === undefined ? '' : row[map[key] as number];
  for (const row of values.slice(1)) {
    const krId = String(at(row, 'keyResultId') ?? '').trim();
    if (!krId) continue;
    const ts = at(row, 'timestamp');
    const value = at(row, 'value');
    out.push({
      timestamp: isDate(ts) ? fmt(ts, true).replace(' ', 'T') : String(ts ?? ''),
      keyResultId: krId,
      value: isDate(value)
        ? fmt(value)
        : typeof value === 'number' || typeof value === 'boolean'
          ? value
          : String(value ?? ''),
      confidence: parseConfidence(at(row, 'confidence')) ?? '',
      note: String(at(row, 'note') ?? ''),
      who: String(at(row, 'who') ?? ''),
    });
  }
  return out.sort((a, b) => (a.timestamp < b.timestamp ? 1 : a.timestamp > b.timestamp ? -1 : 0));
}

function who(): string {
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

/** The log's value column when the tab is new (when, key result, value, confidence, note, who). */
const LOG_VALUE_COLUMN = 3;
/** The columns a log line fills. */
const LOG_WIDTH = 6;

/**
 * The number format a logged value needs, or null when the log's own (General) shows it the
 * same: no format for text, for a blank or General format, or for the OKR tab's plain one.
 */
export function logFormat(value: Cell, currentFormat: string | undefined): string | null {
  if (typeof value !== 'number' || !currentFormat) return null;
  return currentFormat === 'General' || currentFormat === NUMBER_FORMAT ? null : currentFormat;
}

/** One line of the log as a save of check-ins writes it (`format`: from logFormat). */
export interface LogLine {
  id: string;
  value: Cell;
  confidence: Confidence | '';
  note: string;
  format: string | null;
}

/**
 * Appends check-ins to the log below its last row (creating the tab when a workbook lacks it):
 * one setValues for all lines, and when a value needs its key result's number format, one read
 * and one write of the new value cells' formats. The calls do not grow with the lines.
 */
export function appendCheckIns(ctx: Context, lines: readonly LogLine[]): void {
  if (lines.length === 0) return;
  if (!ctx.tabs.checkins) ensureSideTabs(ctx, ctx.settings.lang);
  const log = ctx.tabs.checkins as Sheet;
  const lang = ctx.settings.lang;
  const when = new Date();
  const by = protectText(who());
  const rows = lines.map((l) => [
    when,
    protectText(l.id),
    protectCell(l.value),
    l.confidence ? protectText(confidenceName(l.confidence, lang)) : '',
    protectText(l.note),
    by,
  ]);
  const first = log.getLastRow() + 1;
  const last = first + rows.length - 1;
  const maxRows = log.getMaxRows();
  // appendRow grows a tab by itself; a range below its last row must be made first.
  if (maxRows < last) log.insertRowsAfter(maxRows, last - maxRows);
  log.getRange(first, 1, rows.length, LOG_WIDTH).setValues(rows);
  if (lines.some((l) => l.format)) {
    const cells = log.getRange(first, LOG_VALUE_COLUMN, rows.length, 1);
    const formats = cells.getNumberFormats();
    cells.setNumberFormats(lines.map((l, i) => [l.format ?? String(formats[i]?.[0] ?? '')]));
  }
}

/**
 * Repair: the check-ins logged under an ID that is on no row, with a likely key result
 * (orphanCheckIns), are logged under that key result's ID again. One read of the log, and one
 * setValues per run of consecutive lines written, in the key result column only. Returns the
 * number of check-ins reconnected.
 */
export function reconnectCheckIns(
  ctx: Pick<Context, 'tabs' | 'tz'>,
  items: readonly (OkrItem & { row: number })[],
): number {
  const sheet = ctx.tabs.checkins;
  if (!sheet) return 0;
  const moves = new Map<string, string>();
  for (const o of orphanCheckIns(items, readCheckIns(ctx)))
    if (o.match) moves.set(o.id.trim().toUpperCase(), o.match);
  if (moves.size === 0) return 0;
  const values = sheet.getDataRange().getValues();
  const col = matchCheckInHeader(values[0] ?? []).keyResultId;
  if (col === undefined) return 0;
  const cells = new Map<number, Cell>();
  values.forEach((row, i) => {
    const to =
      i > 0
        ? moves.get(
            String(row[col] ?? '')
              .trim()
              .toUpperCase(),
          )
        : undefined;
    if (to) cells.set(i + 1, protectText(to));
  });
  writeColumnRuns(sheet, col, cells);
  return cells.size;
}

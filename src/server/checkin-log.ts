// The check-ins tab: one row per check-in, appended under the document lock. A number is logged
// in the key result's own number format (the format of its Current cell on the OKR tab, as the
// check-in's write of that row read it), so a % key result's 0.0242 shows as a percentage in
// the log exactly as in the grid, never as 0.0242.
import type { Cell } from '../core/model';
import { NUMBER_FORMAT } from './formatting';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The log's columns, in order: when, key result, value, confidence, note, who. */
export const LOG_VALUE_COLUMN = 3;

/**
 * The number format a logged value needs, or null when the log's own (General) shows it the
 * same: no format for text, for a blank or General format, or for the OKR tab's plain one.
 */
export function logFormat(value: Cell, currentFormat: string | undefined): string | null {
  if (typeof value !== 'number' || !currentFormat) return null;
  return currentFormat === 'General' || currentFormat === NUMBER_FORMAT ? null : currentFormat;
}

/**
 * Appends a check-in (`row` in the log's column order, cells already protected as text) and
 * gives its value cell `format`: one appendRow, and for a formatted value one setNumberFormat
 * on the row just appended.
 */
export function appendCheckIn(log: Sheet, row: unknown[], format: string | null): void {
  log.appendRow(row);
  if (format) log.getRange(log.getLastRow(), LOG_VALUE_COLUMN).setNumberFormat(format);
}

// Stale check-ins in the grid, natively: a conditional format rule on the OKR tab's Last
// check-in column colours the cell of an open key result whose last check-in is older than the
// check-in interval, the settings tab's value (src/core/check-in-due.ts states the rule; the
// parity test holds the two together). Collaborators without the add-on see it too, and it
// follows the setting when someone changes it.
//
// A conditional format's custom formula may only name cells of its own sheet; another sheet's
// cell is reached through INDIRECT ("Custom formulas can only reference the same sheet […] To
// reference another sheet in the formula, use the INDIRECT function":
// support.google.com/docs/answer/78413). INDIRECT takes the settings tab's name as text, so a
// renamed settings tab needs Repair to lay the rule again (it always does).
import { DEFAULT_CHECK_IN_DAYS } from '../core/check-in-due';
import { columnLetter } from '../core/a1';
import type { ColumnMap } from '../core/columns';
import { CHECK_IN_DUE } from '../core/palette';
import { itemTypeName } from '../core/vocabulary';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** Where the interval is: the settings tab and the row of its value (column B); row 0: none. */
export interface IntervalCell {
  sheetName: string;
  row: number;
}

/** Both languages' name of a key result: a tab may hold either. */
const KEY_RESULT_WORDS = [
  ...new Set((['en', 'nl'] as const).map((l) => itemTypeName('keyResult', l))),
];

const text = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * The rule's formula for the block's first row `row`: a key result's row, not closed, whose
 * Last check-in (a date, or the ISO text the add-on writes) is more than the interval before
 * today. Anything that does not read (a blank cell, a word) is no stale check-in.
 */
export function staleCheckInFormula(
  columns: ColumnMap,
  row: number,
  interval: IntervalCell | null,
): string | null {
  if (columns.lastCheckIn === undefined || columns.type === undefined) return null;
  const cell = `$${columnLetter(columns.lastCheckIn)}${row}`;
  const type = `$${columnLetter(columns.type)}${row}`;
  const isKeyResult = `OR(${KEY_RESULT_WORDS.map((w) => `TRIM(${type})=${text(w)}`).join(',')})`;
  const open = columns.closed === undefined ? '' : `,$${columnLetter(columns.closed)}${row}<>TRUE`;
  const last = `IF(ISNUMBER(${cell}),${cell},DATEVALUE(${cell}))`;
  let days = String(DEFAULT_CHECK_IN_DAYS);
  if (interval && interval.row > 0) {
    const ref = `INDIRECT(${text(`'${interval.sheetName.replace(/'/g, "''")}'!$B$${interval.row}`)})`;
    days = `IF(ISNUMBER(${ref}),${ref},${DEFAULT_CHECK_IN_DAYS})`;
  }
  return `=IFERROR(AND(${isKeyResult}${open},TODAY()-${last}>${days}),FALSE)`;
}

/** The rule over the Last check-in cells of the block (`range`, first row `row`), or none. */
export function staleCheckInRule(
  columns: ColumnMap,
  range: Range | null,
  row: number,
  interval: IntervalCell | null,
): Rule | null {
  const formula = staleCheckInFormula(columns, row, interval);
  if (!range || !formula) return null;
  return SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(formula)
    .setBackground(CHECK_IN_DUE.fill)
    .setFontColor(CHECK_IN_DUE.ink)
    .setRanges([range])
    .build();
}

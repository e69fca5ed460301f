// Very large writes go in chunks: a Structure or roll-over of tens of thousands of rows would
// otherwise send tens of megabytes of formula text in one setValues call. A chunk is a few
// thousand rows; the calls grow with the rows only beyond that (npm run bench reports them).
import type { Cell } from '../core/model';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows per setValues of a large block (about 3–4 MB of formula text on the OKR tab). */
export const CHUNK_ROWS = 2000;

/** Writes `values` from (row, col), 1-based, in chunks of CHUNK_ROWS rows; returns the calls. */
export function setValuesInChunks(
  sheet: Sheet,
  row: number,
  col: number,
  values: Cell[][],
): number {
  const width = values[0]?.length ?? 0;
  if (values.length === 0 || width === 0) return 0;
  let calls = 0;
  for (let at = 0; at < values.length; at += CHUNK_ROWS) {
    const chunk = values.length <= CHUNK_ROWS ? values : values.slice(at, at + CHUNK_ROWS);
    sheet.getRange(row + at, col, chunk.length, width).setValues(chunk);
    calls++;
  }
  return calls;
}

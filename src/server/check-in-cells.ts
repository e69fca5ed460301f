// The writes of a save of check-ins (check-in.ts), in a number of service calls that does not
// grow with the number of entries: per column (Current, Confidence, Last check-in) one read of
// the number formats over the entries' rows, then only the cells whose value changes, grouped
// by the value they get, each group in one RangeList.setValue (a RangeList writes one value
// into non-adjacent cells in one call:
// developers.google.com/apps-script/reference/spreadsheet/range-list#setValue(Object)). Last
// check-in is today for every entry and Confidence one of a few words; Current takes one
// call per distinct new value, not per key result. Cells between the entries' rows — other
// people's key results — are never written. Then the log: all entries' lines in one setValues.
import type { InputKey } from '../core/columns';
import { columnLetter } from '../core/a1';
import type { Cell } from '../core/model';
import { itemCell, type SheetItem } from '../core/okr-rows';
import type { Confidence } from '../core/vocabulary';
import { appendCheckIns, logFormat } from './checkin-log';
import type { OkrTab } from './okr-sheet';
import type { Context } from './session';
import { isTextFormat, sameAsRead } from './text-cells';

/** One entry, checked: the key result (as read), the value it gets, confidence and note. */
export interface CheckInWrite {
  item: SheetItem;
  value: Cell;
  confidence: Confidence | '';
  note: string;
}

const KEYS: readonly InputKey[] = ['current', 'confidence', 'lastCheckIn'];

/** Writes the entries' cells and log lines; the tab in memory gets the new values. */
export function writeCheckIns(ctx: Context, tab: OkrTab, writes: readonly CheckInWrite[]): void {
  const lang = ctx.settings.lang;
  const rows = writes.map((w) => w.item.row);
  const first = Math.min(...rows);
  const height = Math.max(...rows) - first + 1;
  for (const w of writes) {
    w.item.current = w.value;
    if (w.confidence) w.item.confidence = w.confidence;
    w.item.lastCheckIn = ctx.today.iso;
  }
  let currentFormats: unknown[][] = [];
  for (const key of KEYS) {
    const c = tab.columns[key];
    if (c === undefined) continue;
    const formats = tab.sheet.getRange(first, c + 1, height, 1).getNumberFormats();
    if (key === 'current') currentFormats = formats;
    // The cells that change, grouped by the value they get (in the order first met).
    const groups = new Map<string, { value: Cell; cells: string[] }>();
    for (const w of writes) {
      let cell = itemCell(w.item, key, lang);
      const read = tab.values[w.item.row - 1]?.[c];
      if (read !== undefined && sameAsRead(cell, read)) continue;
      const format = String(formats[w.item.row - first]?.[0] ?? '');
      if (typeof cell === 'string' && cell.startsWith("'") && isTextFormat(format))
        cell = cell.slice(1);
      const groupKey = `${typeof cell}:${String(cell)}`;
      const group = groups.get(groupKey) ?? { value: cell, cells: [] };
      group.cells.push(`${columnLetter(c)}${w.item.row}`);
      groups.set(groupKey, group);
      // The tab in memory reads as the sheet now does.
      const line = tab.values[w.item.row - 1];
      if (line) line[c] = typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell;
    }
    for (const { value, cells } of groups.values()) {
      tab.sheet.getRangeList(cells).setValue(value);
    }
  }
  // Each value is logged in its key result's number format (its Current cell's).
  const col = tab.columns.current;
  appendCheckIns(
    ctx,
    writes.map((w) => ({
      id: w.item.id,
      value: w.value,
      confidence: w.confidence,
      note: w.note,
      format:
        col === undefined
          ? null
          : logFormat(w.value, String(currentFormats[w.item.row - first]?.[0] ?? '')),
    })),
  );
}

// Moving an item's rows under its new parent, as a person would in Sheets: the item and its
// descendants, in outline order, land just below the new parent's last descendant. Sheet.moveRows
// moves the cells with their formats, and every formula that refers to a moved cell follows it
// (the add-on's formulas look up by ID over whole columns, so none of them depends on where a
// row sits). Calls: one moveRows per contiguous run of the moved rows (one in a tab in outline
// order) and at most three for the row group, whatever the number of rows.
import type { SheetItem } from '../core/okr-rows';
import type { OkrTab } from './okr-sheet';
import { alignRowGroup } from './row-groups';

/** The item and its descendants in outline order (children by row, depth first). */
export function outlineOf(items: readonly SheetItem[], root: SheetItem): SheetItem[] {
  const children = new Map<string, SheetItem[]>();
  for (const it of items) {
    if (!it.parentId) continue;
    const key = it.parentId.toUpperCase();
    const list = children.get(key) ?? children.set(key, []).get(key)!;
    list.push(it);
  }
  const out: SheetItem[] = [];
  const seen = new Set<SheetItem>();
  const visit = (item: SheetItem) => {
    if (seen.has(item)) return;
    seen.add(item);
    out.push(item);
    if (!item.id) return;
    const kids = [...(children.get(item.id.toUpperCase()) ?? [])].sort((a, b) => a.row - b.row);
    for (const kid of kids) visit(kid);
  };
  visit(root);
  return out;
}

/** Where 1-based row `i` ends up when `count` rows from `start` move to before `dest`. */
export function movedRow(start: number, count: number, dest: number): (i: number) => number {
  const end = start + count - 1;
  if (dest > start) {
    return (i) => (i < start || i >= dest ? i : i <= end ? i - start + dest - count : i - count);
  }
  return (i) => (i < dest || i > end ? i : i >= start ? i - start + dest : i + count);
}

/**
 * Moves `item` and its descendants to just below `parent`'s last other descendant (or the
 * parent itself) and updates the tab in memory (rows of items and issues, values, item order).
 * Returns false when the rows already sit there (nothing is moved).
 */
export function moveUnderParent(tab: OkrTab, item: SheetItem, parent: SheetItem): boolean {
  const block = outlineOf(tab.items, item);
  const inBlock = new Set(block);
  let anchor = parent.row;
  for (const it of outlineOf(tab.items, parent)) {
    if (!inBlock.has(it) && it.row > anchor) anchor = it.row;
  }
  // Runs of rows that are already consecutive in outline order move together.
  const runs: number[][] = [];
  for (const it of block) {
    const run = runs[runs.length - 1];
    if (run && it.row === (run[run.length - 1] as number) + 1) run.push(it.row);
    else runs.push([it.row]);
  }
  const moves: ((i: number) => number)[] = [];
  const position = (row: number) => moves.reduce((r, f) => f(r), row);
  for (const run of runs) {
    const start = position(run[0] as number);
    const count = run.length;
    if (start !== anchor + 1) {
      tab.sheet.moveRows(tab.sheet.getRange(start, 1, count, 1), anchor + 1);
      moves.push(movedRow(start, count, anchor + 1));
    }
    anchor = position(run[count - 1] as number);
  }
  if (moves.length === 0) return false;
  // The tab in memory, as it now is.
  const values: unknown[][] = [];
  tab.values.forEach((row, i) => (values[position(i + 1) - 1] = row));
  tab.values = values;
  for (const it of tab.items) it.row = position(it.row);
  for (const issue of tab.issues) issue.row = position(issue.row);
  tab.items.sort((a, b) => a.row - b.row);
  alignRowGroup(tab, parent, item.row, block.length);
  return true;
}

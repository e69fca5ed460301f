// Row groups on the OKR tab: every objective's key results and initiatives form a collapsible
// row group one deeper than the objective row itself. With the narrow spreadsheets.currentonly
// scope the only way to them is SpreadsheetApp, one group at a time (Sheet.getRowGroup,
// getRowGroupDepth, Range.shiftRowGroupDepth), so they are laid for at most MAX_ROW_GROUPS
// objectives: a fresh tab (Set up, Structure) and Repair; an item added or moved later joins its
// objective's group. Depths are relative to the objective row's own depth, so a group a person
// laid around a whole level block (objective rows at depth 1, their items at 2) is kept.
import { indexById, type SheetItem } from '../core/okr-rows';
import type { OkrTab } from './okr-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Largest number of objectives whose row groups the add-on lays (one call or two each). */
export const MAX_ROW_GROUPS = 100;

/** An objective row and the rows of its key results and initiatives right below it. */
interface Block {
  objective: number;
  first: number;
  last: number;
}

/**
 * The objectives whose items sit right below them, in one run of rows (in row order). An
 * objective without items, or whose items are elsewhere on the tab, has no block.
 */
function objectiveBlocks(items: readonly SheetItem[]): Block[] {
  const rowsOf = new Map<string, number[]>();
  const byId = indexById(items);
  for (const item of items) {
    let top: SheetItem | undefined = item;
    for (let guard = 0; top && top.type !== 'objective' && guard < 3; guard++) {
      top = byId.get(top.parentId.toUpperCase());
    }
    if (!top || top === item) continue;
    const list = rowsOf.get(top.id) ?? rowsOf.set(top.id, []).get(top.id)!;
    list.push(item.row);
  }
  const blocks: Block[] = [];
  for (const o of items) {
    if (o.type !== 'objective') continue;
    const rows = (rowsOf.get(o.id) ?? []).sort((a, b) => a - b);
    if (rows.length === 0) continue;
    const first = rows[0] as number;
    const last = rows[rows.length - 1] as number;
    if (first !== o.row + 1 || last - first + 1 !== rows.length) continue; // not contiguous
    blocks.push({ objective: o.row, first, last });
  }
  return blocks.sort((a, b) => a.objective - b.objective);
}

/** The number of objectives when the tab has more than get row groups, else null. */
function overGroupLimit(items: readonly SheetItem[]): number | null {
  const objectives = items.reduce((n, i) => n + (i.type === 'objective' ? 1 : 0), 0);
  return objectives > MAX_ROW_GROUPS ? objectives : null;
}

/** Changes the group depth of rows from..to (one call, none for an empty run or delta 0). */
function shift(sheet: Sheet, from: number, to: number, delta: number): boolean {
  if (to < from || delta === 0) return false;
  sheet.getRange(from, 1, to - from + 1, 1).shiftRowGroupDepth(delta);
  return true;
}

/**
 * A collapsible row group per objective over its key results and initiatives, on a fresh tab
 * (Set up, Structure: every row at depth 0) of at most MAX_ROW_GROUPS objectives: one call per
 * group. Beyond that, people filter instead.
 */
export function groupObjectives(sheet: Sheet, items: readonly SheetItem[]): void {
  if (overGroupLimit(items) !== null) return;
  for (const b of objectiveBlocks(items)) shift(sheet, b.first, b.last, 1);
}

/** What Repair did to the row groups. */
interface GroupRepair {
  /** Objective blocks whose group was laid or corrected. */
  laid: number;
  /** The tab's objectives when there are more than MAX_ROW_GROUPS (none were laid), else null. */
  over: number | null;
}

/**
 * The rows [a, b] of the row group of `depth` at row `row`, or null. Sheets throws where there
 * is no such group ("or throws an exception if the group doesn't exist",
 * developers.google.com/apps-script/reference/spreadsheet/sheet#getRowGroup(Integer,Integer));
 * Group.getRange is the rows the group spans (.../spreadsheet/group#getRange()).
 */
function groupAt(sheet: Sheet, row: number, depth: number): [number, number] | null {
  let group: GoogleAppsScript.Spreadsheet.Group | null;
  try {
    group = sheet.getRowGroup(row, depth);
  } catch {
    return null;
  }
  if (!group) return null; // the type allows it
  const range = group.getRange();
  const a = range.getRow();
  return [a, a + range.getNumRows() - 1];
}

/**
 * Repair's pass: every objective block gets its group one deeper than its objective row, over
 * exactly its items' rows, when the tab has at most MAX_ROW_GROUPS objectives. Per block two
 * reads (the objective row's depth, the group below it) and, where it differs, one write: a group
 * missing (removed by hand, or one that covers the objective row as well: that one is then kept
 * as an outer group, which a person may have laid on purpose) is laid, one that covers part of
 * the block is grown over the rest, and rows after the block that a group runs into move out of
 * it. A healthy tab gets no write. Blocks go top down: the next objective row is read after the
 * previous block's writes, and one left inside the previous block's group (adjacent groups of one
 * depth are one group in Sheets) moves out of it with its rows.
 */
export function repairRowGroups(sheet: Sheet, items: readonly SheetItem[]): GroupRepair {
  const over = overGroupLimit(items);
  if (over !== null) return { laid: 0, over };
  let laid = 0;
  let prev: { last: number; depth: number } | null = null;
  for (const b of objectiveBlocks(items)) {
    let depth = sheet.getRowGroupDepth(b.objective);
    let changed = false;
    if (prev && b.objective === prev.last + 1 && depth >= prev.depth) {
      // Inside the previous block's group: the block moves out, keeping its own depths.
      const delta = prev.depth - 1 - depth;
      changed = shift(sheet, b.objective, b.last, delta);
      depth += delta;
    }
    const want = depth + 1;
    const span = groupAt(sheet, b.first, want);
    if (!span || span[0] > b.last) {
      changed = shift(sheet, b.first, b.last, 1) || changed;
    } else {
      const [a, z] = span;
      // Items before or after the group join it; rows after the block it runs into leave it.
      if (shift(sheet, b.first, Math.min(a - 1, b.last), 1)) changed = true;
      if (shift(sheet, Math.max(z + 1, b.first), b.last, 1)) changed = true;
      if (shift(sheet, Math.max(b.last + 1, a), z, -1)) changed = true;
    }
    if (changed) laid++;
    prev = { last: b.last, depth: want };
  }
  return { laid, over: null };
}

/**
 * Objectives appended below the tab's rows (Structure into an existing tab, Start the next
 * quarter) get their groups as Repair lays them, when the tab then has at most MAX_ROW_GROUPS
 * objectives: the tab's last block before them is checked with them, since rows added right
 * below a group may have joined it. Two reads per block, a write per block laid.
 */
export function groupAppended(tab: OkrTab, placed: readonly SheetItem[]): void {
  const firstNew = placed[0]?.row;
  if (firstNew === undefined || overGroupLimit(tab.items) !== null) return;
  let lastObjective = 0;
  for (const i of tab.items) {
    if (i.type === 'objective' && i.row < firstNew) lastObjective = Math.max(lastObjective, i.row);
  }
  const tail = tab.items.filter((i) => i.row >= lastObjective && i.row < firstNew);
  repairRowGroups(tab.sheet, lastObjective > 0 ? [...tail, ...placed] : placed);
}

/**
 * A key result or initiative inserted at `row` (below row `after`) joins its objective's row
 * group: the depth of its sibling above, or one deeper than its objective when it is the
 * objective's first row (which lays the group of an objective that had none). Sheets gives an
 * inserted row the depth of neither neighbour for certain (developers.google.com/apps-script/
 * reference/spreadsheet/range#shiftRowGroupDepth(Integer) changes depth per range), so it is
 * read and set: two reads and at most one write.
 */
export function joinRowGroup(tab: OkrTab, row: number, after: number): void {
  if (after <= tab.headerRow) return;
  const sheet = tab.sheet;
  const above = tab.items.find((i) => i.row === after);
  const depthAbove = sheet.getRowGroupDepth(after);
  const want = above?.type === 'objective' ? depthAbove + 1 : depthAbove;
  const has = sheet.getRowGroupDepth(row);
  shift(sheet, row, row, want - has);
}

/**
 * The moved rows (from row `first`) join the row group of the row above them: Sheets keeps
 * groups as ranges, so rows moved in at the end of a group may land outside it (and rows that
 * were not grouped may land next to a group). The row above is one of the parent's descendants,
 * or a key result parent itself (its initiatives share its objective's group); right below an
 * objective without other items the moved rows keep the depth they had.
 */
export function alignRowGroup(tab: OkrTab, parent: SheetItem, first: number, count: number): void {
  if (first - 1 === parent.row && parent.type === 'objective') return;
  const want = tab.sheet.getRowGroupDepth(first - 1);
  const has = tab.sheet.getRowGroupDepth(first);
  shift(tab.sheet, first, first + count - 1, want - has);
}

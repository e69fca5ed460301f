// Structural changes of a sheet in the workbook model: inserting, moving and deleting rows and
// columns, and moving along everything anchored to them — formulas (the engine's, or the stored
// texts when nothing evaluates), conditional formats' custom formulas, named ranges, merges,
// rules, charts, protections, developer metadata and the active range. Workbook's insert, move
// and remove call these.
import { shiftGridRange, type Dimension, type GridRange } from './a1';
import { shiftFormula, shiftFormulaForStructure } from './formula-shift';
import { mentionsRowFrom, RowInsertShifter } from './formula-shift-rows';
import { mayName } from './formula-shift-shared';
import { spliceSparse, type Cell, type SheetData } from './sheet-data';
import type { Workbook } from './workbook';

/**
 * Inserts `count` rows or columns at 1-based `at`. `inheritFrom` (1-based, before the insert)
 * is the row or column whose formatting the new ones take, as Sheets does: insertRowsAfter(r)
 * copies row r, insertRowsBefore(r) the row below the new ones (number formats, fonts,
 * backgrounds, alignment, wrap, data validation; never content or notes). Rows inserted
 * strictly inside a row group join it, as every range grows when rows are inserted inside it.
 */
export function insertDimension(
  wb: Workbook,
  sheet: SheetData,
  dim: Dimension,
  at: number,
  count: number,
  inheritFrom?: number,
): void {
  if (count < 1) throw new Error(`The number of ${dim.toLowerCase()} must be at least 1.`);
  if (dim === 'ROWS') {
    const depth = Math.min(
      sheet.rowMeta[at - 2]?.depth ?? 0,
      at - 1 < sheet.maxRows ? (sheet.rowMeta[at - 1]?.depth ?? 0) : 0,
    );
    spliceSparse(sheet.rows, at - 1, count);
    spliceSparse(sheet.rowMeta, at - 1, count);
    sheet.maxRows += count;
    if (depth > 0) for (let r = at; r < at + count; r++) sheet.rowMetaAt(r).depth = depth;
    wb.engine.addRows(sheet.engineId, at - 1, count);
  } else {
    for (const r of sheet.rows) if (r) spliceSparse(r, at - 1, count);
    spliceSparse(sheet.colMeta, at - 1, count);
    sheet.maxCols += count;
    wb.engine.addColumns(sheet.engineId, at - 1, count);
  }
  if (inheritFrom !== undefined) {
    const from = inheritFrom < at ? inheritFrom : inheritFrom + count;
    inheritFormats(sheet, dim, from, at, count);
  }
  shiftAll(wb, sheet, dim, at, count);
}

/**
 * Sheet.moveRows / moveColumns: moves `count` rows (columns) from 1-based `start` to before
 * `dest` (1-based, counted before the move), as Sheets' MoveDimension does. Cells go with
 * their formats, notes and validation; row and column properties (height, width, hidden,
 * group depth) go along too. Every reference to a moved cell follows it (the formula engine
 * moves them like Sheets does); ranges wholly inside the moved block move with it, other
 * ranges change as if the rows were deleted and inserted again at the destination.
 */
export function moveDimension(
  wb: Workbook,
  sheet: SheetData,
  dim: Dimension,
  start: number,
  count: number,
  dest: number,
): void {
  const what = dim === 'ROWS' ? 'rows' : 'columns';
  const max = dim === 'ROWS' ? sheet.maxRows : sheet.maxCols;
  if (count < 1 || start < 1 || start + count - 1 > max || dest < 1 || dest > max + 1)
    throw new Error(`Those ${what} are out of bounds.`);
  if (dest === start || dest === start + count) return; // already there
  if (dest > start && dest < start + count)
    throw new Error(`The destination lies inside the ${what} being moved.`);
  const to = movedIndex(start, count, dest);
  // Sparse lists (holes are untouched rows, cells or columns) keep their holes.
  const permute = <T>(list: T[]): T[] => {
    const out: T[] = [];
    list.forEach((x, i) => {
      if (x !== undefined) out[to(i + 1) - 1] = x;
    });
    return out;
  };
  if (dim === 'ROWS') {
    sheet.rows = permute(sheet.rows);
    sheet.rowMeta = permute(sheet.rowMeta);
    wb.engine.moveRows(sheet.engineId, start - 1, count, dest - 1);
  } else {
    sheet.rows = sheet.rows.map((r) => (r ? permute(r) : r));
    sheet.colMeta = permute(sheet.colMeta);
    wb.engine.moveColumns(sheet.engineId, start - 1, count, dest - 1);
  }
  const first = to(start);
  remapAll(wb, sheet, (r) => {
    if (r.sheetId !== sheet.id) return r;
    const key = dim === 'ROWS' ? 'row' : 'col';
    const size = dim === 'ROWS' ? r.numRows : r.numCols;
    if (r[key] >= start && r[key] + size - 1 <= start + count - 1)
      return { ...r, [key]: r[key] - start + first };
    const out = shiftGridRange(r, sheet.id, dim, start, -count);
    return out && shiftGridRange(out, sheet.id, dim, first, count);
  });
}

export function removeDimension(
  wb: Workbook,
  sheet: SheetData,
  dim: Dimension,
  at: number,
  count: number,
): void {
  const max = dim === 'ROWS' ? sheet.maxRows : sheet.maxCols;
  if (at < 1 || at + count - 1 > max)
    throw new Error(
      'Those rows are out of bounds.'.replace('rows', dim === 'ROWS' ? 'rows' : 'columns'),
    );
  if (count >= max)
    throw new Error(
      `You can't delete all the ${dim === 'ROWS' ? 'rows' : 'columns'} on the sheet.`,
    );
  if (dim === 'ROWS') {
    spliceSparse(sheet.rows, at - 1, -count);
    spliceSparse(sheet.rowMeta, at - 1, -count);
    sheet.maxRows -= count;
    wb.engine.removeRows(sheet.engineId, at - 1, count);
  } else {
    for (const r of sheet.rows) if (r) spliceSparse(r, at - 1, -count);
    spliceSparse(sheet.colMeta, at - 1, -count);
    sheet.maxCols -= count;
    wb.engine.removeColumns(sheet.engineId, at - 1, count);
  }
  shiftAll(wb, sheet, dim, at, -count);
}

function shiftAll(wb: Workbook, sheet: SheetData, dim: Dimension, at: number, count: number): void {
  if (!wb.engine.evaluates) shiftStoredFormulas(wb, sheet, dim, at, count);
  shiftRuleFormulas(wb, sheet, dim, at, count);
  remapAll(wb, sheet, (r) => shiftGridRange(r, sheet.id, dim, at, count));
}

/**
 * Without evaluation (InertEngine) no engine rewrites references, so the stored formula texts
 * are shifted here, as Sheets would: a benchmark on a stored-only workbook then sees the same
 * formulas after inserted or deleted rows as Sheets shows.
 */
function shiftStoredFormulas(
  wb: Workbook,
  target: SheetData,
  dim: Dimension,
  at: number,
  count: number,
): void {
  // Rows or columns added after the last one: nothing can refer to them yet.
  const before = (dim === 'ROWS' ? target.maxRows : target.maxCols) - Math.max(count, 0);
  if (count > 0 && at > before) return;
  for (const sheet of wb.sheets) {
    if (!sheet.hasFormulas) continue;
    const onTarget = sheet === target;
    // Inserted rows: formulas written from a template shift by their row numbers alone.
    const inserter =
      dim === 'ROWS' && count > 0 ? new RowInsertShifter(onTarget, target.name, at, count) : null;
    for (const row of sheet.rows) {
      if (!row) continue;
      for (let column = 0; column < row.length; column++) {
        const cell = row[column];
        const f = cell?.f;
        if (f === undefined) continue;
        if (!onTarget && !mayName(f, target.name)) continue;
        if (inserter) (cell as Cell).f = inserter.shift(f, column);
        else if (dim !== 'ROWS' || mentionsRowFrom(f, at))
          (cell as Cell).f = shiftFormulaForStructure(f, onTarget, target.name, dim, at, count);
      }
    }
  }
}

/**
 * Conditional formats' custom formulas are relative to the top-left cell of the rule's range,
 * as in Sheets: when rows or columns inserted or deleted before it move that cell, the
 * formula's relative references move with it ($B2 of a rule on A2:Z200 becomes $B3 when a row
 * is inserted above), so the rule keeps testing its own rows. Deleting the range's first row
 * leaves the formula as it is (the next row becomes the first). Absolute references ($B$2)
 * stay as written: the add-on writes none in its rules.
 */
function shiftRuleFormulas(
  wb: Workbook,
  sheet: SheetData,
  dim: Dimension,
  at: number,
  count: number,
): void {
  for (const cf of sheet.conditionalFormats) {
    const condition = cf.condition;
    if (condition?.criteria !== 'CUSTOM_FORMULA') continue;
    const f = condition.args[0];
    const anchor = cf.ranges[0];
    if (typeof f !== 'string' || !f.startsWith('=') || !anchor) continue;
    const moved = shiftGridRange(anchor, sheet.id, dim, at, count);
    if (!moved) continue; // the rule's range is gone
    const dRows = moved.row - anchor.row;
    const dCols = moved.col - anchor.col;
    if (dRows !== 0 || dCols !== 0) condition.args[0] = shiftFormula(f, dRows, dCols);
  }
}

/** Moves everything anchored to rows and columns through `shift` (null: the range is gone). */
function remapAll(wb: Workbook, sheet: SheetData, shift: (r: GridRange) => GridRange | null): void {
  const keep = <T>(x: T | null): x is T => x !== null;
  wb.namedRanges = wb.namedRanges
    .map((n) => {
      const range = shift(n.range);
      return range ? { ...n, range } : null;
    })
    .filter(keep);
  sheet.merges = sheet.merges.map(shift).filter(keep);
  for (const cf of sheet.conditionalFormats) cf.ranges = cf.ranges.map(shift).filter(keep);
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.ranges.length > 0);
  for (const ch of sheet.charts) ch.ranges = ch.ranges.map(shift).filter(keep);
  wb.protections = wb.protections
    .map((p) => {
      if (!p.range) return { ...p, unprotectedRanges: p.unprotectedRanges.map(shift).filter(keep) };
      const range = shift(p.range);
      return range
        ? { ...p, range, unprotectedRanges: p.unprotectedRanges.map(shift).filter(keep) }
        : null;
    })
    .filter(keep);
  wb.developerMetadata = wb.developerMetadata
    .map((m) => {
      if (m.location.type !== 'ROW' && m.location.type !== 'COLUMN') return m;
      const range = shift(m.location.range);
      return range ? { ...m, location: { type: m.location.type, range } } : null;
    })
    .filter(keep);
  if (wb.activeRange) wb.activeRange = shift(wb.activeRange);
  wb.syncNamedRanges();
  wb.refreshFormulas();
}

/** Where 1-based index `i` ends up when `count` from `start` move to before `dest`. */
function movedIndex(start: number, count: number, dest: number): (i: number) => number {
  const end = start + count - 1;
  if (dest > start) {
    // Down: the block lands just before `dest`; what lay between moves up.
    return (i) => (i < start || i >= dest ? i : i <= end ? i - start + dest - count : i - count);
  }
  // Up: the block lands at `dest`; what lay between moves down.
  return (i) => (i < dest || i > end ? i : i >= start ? i - start + dest : i + count);
}

/** Copies the formatting of row/column `from` to the `count` new ones at `at` (after insertion). */
function inheritFormats(
  sheet: SheetData,
  dim: Dimension,
  from: number,
  at: number,
  count: number,
): void {
  const copy = (src: Cell | undefined, target: () => Cell) => {
    if (!src || (src.nf === undefined && src.st === undefined && src.dv === undefined)) return;
    const cell = target();
    if (src.nf !== undefined) cell.nf = src.nf;
    if (src.st !== undefined) cell.st = src.st; // shared, never changed in place
    if (src.dv !== undefined) cell.dv = src.dv;
  };
  if (dim === 'ROWS') {
    const source = sheet.rows[from - 1];
    if (!source) return;
    source.forEach((src, c) => {
      for (let r = at; r < at + count; r++) copy(src, () => sheet.touch(r, c + 1));
    });
  } else {
    sheet.rows.forEach((line, r) => {
      const src = line?.[from - 1];
      for (let c = at; c < at + count; c++) copy(src, () => sheet.touch(r + 1, c));
    });
  }
}

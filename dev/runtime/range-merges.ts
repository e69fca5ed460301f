// The merged cells of a Range. A sheet keeps its merges as grid rectangles; merging drops the
// merges it overlaps and clears every cell but the top-left one, as Sheets does.
import type { GridRange } from './a1';
import type { GRange } from './gas';
import type { LocalRange } from './range';

function overlaps(a: GridRange, b: GridRange): boolean {
  return (
    a.row <= b.row + b.numRows - 1 &&
    b.row <= a.row + a.numRows - 1 &&
    a.col <= b.col + b.numCols - 1 &&
    b.col <= a.col + a.numCols - 1
  );
}

export function merge(range: LocalRange): void {
  const g = range.grid();
  const sheet = range.alive();
  sheet.merges = sheet.merges.filter((m) => !overlaps(m, g));
  sheet.merges.push(g);
  const content = range.map((r, c) => (r === range.row && c === range.col ? undefined : null));
  content.forEach((line, i) =>
    line.forEach((v, j) => {
      if (v === null) range.wb.clearContent(sheet, range.row + i, range.col + j, 1, 1);
    }),
  );
}

export function breakApart(range: LocalRange): void {
  const g = range.grid();
  const sheet = range.alive();
  sheet.merges = sheet.merges.filter((m) => !overlaps(m, g));
}

export function isPartOfMerge(range: LocalRange): boolean {
  const g = range.grid();
  return range.alive().merges.some((m) => overlaps(m, g));
}

export function getMergedRanges(range: LocalRange): GRange[] {
  const g = range.grid();
  return range
    .alive()
    .merges.filter((m) => overlaps(m, g))
    .map((m) => range.ss.rangeOf(range.data, m.row, m.col, m.numRows, m.numCols));
}

// A1 notation: column letters, cell and range references, and grid ranges (1-based, like the
// Apps Script API) that follow row and column insertions and deletions.

export interface GridRange {
  sheetId: number;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function columnToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface ParsedA1 {
  sheetName?: string;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/**
 * Parses 'A1', 'A1:B3', 'A:A', '3:5', 'A2:C' (open-ended), optionally prefixed with a sheet
 * name ("'My tab'!A1:B2"). maxRows/maxCols close open ranges.
 */
export function parseA1(input: string, maxRows: number, maxCols: number): ParsedA1 {
  let ref = input.trim();
  let sheetName: string | undefined;
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = ref.slice(0, bang);
    if (sheetName.startsWith("'") && sheetName.endsWith("'"))
      sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const [a, b] = ref.split(':');
  const start = a === undefined ? null : CELL.exec(a);
  const end = b === undefined ? start : CELL.exec(b);
  if (
    !start ||
    !end ||
    (!start[1] && !start[2]) ||
    (!end[1] && !end[2]) ||
    ref.split(':').length > 2
  )
    throw new Error(`Range not found`);
  const c1 = start[1] ? lettersToColumn(start[1]) : 1;
  const r1 = start[2] ? Number(start[2]) : 1;
  const c2 = end[1] ? lettersToColumn(end[1]) : maxCols;
  const r2 = end[2] ? Number(end[2]) : maxRows;
  if (r1 < 1 || r2 < 1) throw new Error('Range not found');
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  const out: ParsedA1 = {
    row,
    col,
    numRows: Math.abs(r2 - r1) + 1,
    numCols: Math.abs(c2 - c1) + 1,
  };
  if (sheetName !== undefined) out.sheetName = sheetName;
  return out;
}

export function toA1(row: number, col: number, numRows = 1, numCols = 1): string {
  const first = columnToLetters(col) + row;
  if (numRows === 1 && numCols === 1) return first;
  return `${first}:${columnToLetters(col + numCols - 1)}${row + numRows - 1}`;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export type Dimension = 'ROWS' | 'COLUMNS';

/**
 * Moves a grid range after `count` rows/columns were inserted (count > 0) or deleted
 * (count < 0) at 1-based index `at` of sheet `sheetId`. Returns null when the range vanished.
 */
export function shiftGridRange(
  r: GridRange,
  sheetId: number,
  dim: Dimension,
  at: number,
  count: number,
): GridRange | null {
  if (r.sheetId !== sheetId) return r;
  const key = dim === 'ROWS' ? 'row' : 'col';
  const sizeKey = dim === 'ROWS' ? 'numRows' : 'numCols';
  const start = r[key];
  const size = r[sizeKey];
  const end = start + size - 1;
  if (count > 0) {
    if (at <= start) return { ...r, [key]: start + count };
    if (at <= end) return { ...r, [sizeKey]: size + count };
    return r;
  }
  const n = -count;
  const delEnd = at + n - 1;
  if (delEnd < start) return { ...r, [key]: start - n };
  if (at > end) return r;
  const overlap = Math.min(end, delEnd) - Math.max(start, at) + 1;
  const newSize = size - overlap;
  if (newSize <= 0) return null;
  return { ...r, [key]: Math.min(start, at), [sizeKey]: newSize };
}

export function intersects(a: GridRange, b: GridRange): boolean {
  return (
    a.sheetId === b.sheetId &&
    a.row <= b.row + b.numRows - 1 &&
    b.row <= a.row + a.numRows - 1 &&
    a.col <= b.col + b.numCols - 1 &&
    b.col <= a.col + a.numCols - 1
  );
}

// The cell formats of a Range: number formats, styles (font, colours, alignment, wrap) and
// recorded borders. LocalRange delegates to these; they change the sheet's cells and return
// nothing, the Range returns itself.
import { normalizeColor } from './colors';
import type { LocalRange } from './range';
import { withStyle, type CellStyle, type SheetData } from './sheet-data';
import { DEFAULT_FORMAT } from './values';

/**
 * Sets (or clears, n undefined) one style of a cell. Clearing does not create the cell, and
 * leaves the key undefined rather than deleting it (deleting keys makes every style object a
 * slow dictionary on tabs of a million cells).
 */
function setStyle<K extends keyof CellStyle>(
  sheet: SheetData,
  row: number,
  col: number,
  key: K,
  n: CellStyle[K] | undefined,
): void {
  if (n === undefined) {
    const cell = sheet.cell(row, col);
    if (cell?.st && cell.st[key] !== undefined) cell.st = withStyle(cell.st, key, undefined);
  } else {
    const cell = sheet.touch(row, col);
    cell.st = withStyle(cell.st, key, n);
  }
}

/** Sets or clears (undefined: without creating the cell) a cell's number format. */
function setFormat(sheet: SheetData, row: number, col: number, nf: string | undefined): void {
  if (nf !== undefined) sheet.touch(row, col).nf = nf;
  else {
    const cell = sheet.cell(row, col);
    if (cell?.nf !== undefined) cell.nf = undefined;
  }
}

/** A written number format; null, '' and the default format clear it. */
const normFormat = (f: unknown): string | undefined =>
  f === null || f === '' || f === DEFAULT_FORMAT ? undefined : String(f);

function oneOf(what: string, v: unknown, allowed: string[]): string {
  const s = String(v);
  if (!allowed.includes(s)) throw new Error(`Invalid ${what}: ${s}`);
  return s;
}

export const normFontWeight = (x: unknown): CellStyle['fontWeight'] =>
  x === null || x === 'normal' ? undefined : oneOf('fontWeight', x, ['bold', 'normal']);
export const normFontStyle = (x: unknown): CellStyle['fontStyle'] =>
  x === null || x === 'normal' ? undefined : oneOf('fontStyle', x, ['italic', 'normal']);
export const normColor = (x: unknown): CellStyle['background'] => normalizeColor(x as string);
export const normFontSize = (x: unknown): CellStyle['fontSize'] =>
  x === null ? undefined : Number(x);
export const normFontFamily = (x: unknown): CellStyle['fontFamily'] =>
  x === null ? undefined : String(x);
export const normFontLine = (x: unknown): CellStyle['fontLine'] =>
  x === null || x === 'none'
    ? undefined
    : oneOf('fontLine', x, ['underline', 'line-through', 'none']);
export const normHAlign = (x: unknown): CellStyle['hAlign'] =>
  x === null ? undefined : oneOf('alignment', x, ['left', 'center', 'right', 'normal', 'general']);
export const normVAlign = (x: unknown): CellStyle['vAlign'] =>
  x === null ? undefined : oneOf('alignment', x, ['top', 'middle', 'bottom']);
export const normWrap = (x: unknown): CellStyle['wrap'] => (x ? true : undefined);

export function setNumberFormat(range: LocalRange, format: string): void {
  const sheet = range.alive();
  const nf = normFormat(format);
  for (let r = range.row; r < range.row + range.numRows; r++)
    for (let c = range.col; c < range.col + range.numCols; c++) setFormat(sheet, r, c, nf);
}

export function setNumberFormats(range: LocalRange, formats: string[][]): void {
  const rows = range.checkMatrix('setNumberFormats', formats);
  const sheet = range.alive();
  rows.forEach((line, i) =>
    line.forEach((f, j) => setFormat(sheet, range.row + i, range.col + j, normFormat(f))),
  );
}

/** One style of every cell of the range, the default where a cell has none. */
export function styleGet<K extends keyof CellStyle>(
  range: LocalRange,
  key: K,
  dflt: NonNullable<CellStyle[K]>,
): NonNullable<CellStyle[K]>[][] {
  const sheet = range.alive();
  return range.map((r, c) => (sheet.cell(r, c)?.st?.[key] ?? dflt) as NonNullable<CellStyle[K]>);
}

/** Sets one style from a matrix of the range's size. */
export function styleSet<K extends keyof CellStyle>(
  range: LocalRange,
  method: string,
  key: K,
  values: unknown[][],
  norm: (v: unknown) => CellStyle[K] | undefined,
): void {
  const rows = range.checkMatrix(method, values);
  const sheet = range.alive();
  rows.forEach((line, i) =>
    line.forEach((v, j) => setStyle(sheet, range.row + i, range.col + j, key, norm(v))),
  );
}

/** A single-value setter: the value normalised once, no matrix of the range's size. */
export function styleAll<K extends keyof CellStyle>(
  range: LocalRange,
  key: K,
  v: unknown,
  norm: (v: unknown) => CellStyle[K] | undefined,
): void {
  const sheet = range.alive();
  const n = norm(v);
  for (let r = range.row; r < range.row + range.numRows; r++)
    for (let c = range.col; c < range.col + range.numCols; c++) setStyle(sheet, r, c, key, n);
}

/** Borders are recorded (as the last call's arguments) on the range's cells, not rendered. */
export function setBorder(range: LocalRange, args: unknown[]): void {
  const sheet = range.alive();
  const border = args.map((a) => (a === undefined ? null : a));
  range.map((r, c) => {
    const cell = sheet.touch(r, c);
    cell.st = withStyle(cell.st, 'border', border);
  });
}

/** Clears number formats and styles, without creating cells. */
export function clearFormat(range: LocalRange): void {
  const sheet = range.alive();
  range.map((r, c) => {
    const cell = sheet.cell(r, c);
    if (cell) {
      cell.nf = undefined;
      cell.st = undefined;
    }
  });
}

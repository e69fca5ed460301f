// Text into cells as Sheets keeps it: a leading apostrophe protects text (okr-rows.ts:
// protectText), but a text-formatted cell keeps the apostrophe as a visible character, so text
// goes into such cells without it.
import type { Cell } from '../core/model';

/** Whether a cell as written (text protected) holds what the sheet read there. */
export function sameAsRead(cell: Cell, read: unknown): boolean {
  if (typeof cell === 'string') {
    const text = cell.startsWith("'") ? cell.slice(1) : cell;
    return typeof read === 'string' && read === text;
  }
  return cell === read;
}

/**
 * Whether a number format makes a cell text: Plain text ('@') or any format with an unquoted
 * @ (such as the '"    "@' title indent of earlier versions). Sheets keeps a leading
 * apostrophe written into such a cell as a visible character, and a formula as text.
 */
export function isTextFormat(format: string | undefined): boolean {
  return (
    !!format &&
    format
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, '')
      .includes('@')
  );
}

/**
 * The cells of one row as they must be written, given the row's number formats: protected text
 * (a leading apostrophe) loses the apostrophe in a text-formatted cell, which keeps it as text
 * anyway and would otherwise show it.
 */
export function forTextCells<T extends Cell>(
  cells: Map<number, T>,
  formats: readonly string[],
): void {
  for (const [c, cell] of cells) {
    if (typeof cell === 'string' && cell.startsWith("'") && isTextFormat(formats[c]))
      cells.set(c, cell.slice(1) as T);
  }
}

/** A whole row of cells as forTextCells leaves them (for a row written in one setValues). */
export function textCellsOfRow(cells: readonly Cell[], formats: readonly string[]): Cell[] {
  const byCol = new Map(cells.map((cell, c) => [c, cell]));
  forTextCells(byCol, formats);
  return [...byCol.values()];
}

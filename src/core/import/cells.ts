// Cell values as Range.getValues() returns them (text, numbers, booleans, Date objects, '' for
// empty), made safe to handle: anything else a caller might pass (null, undefined, objects,
// NaN) becomes text or '' instead of an exception.
import type { Cell } from '../model';

const DAY_MS = 86_400_000;

/** A date cell as ISO yyyy-mm-dd (a date cell is midnight in the sheet's zone: round to the day). */
function isoDate(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) return '';
  return new Date(Math.round(time / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** One cell as a model Cell: dates become ISO text, odd values text, null/undefined ''. */
export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : safeString(value);
  if (Object.prototype.toString.call(value) === '[object Date]') {
    try {
      return isoDate(value as Date);
    } catch {
      return safeString(value);
    }
  }
  return safeString(value);
}

/** The text of a cell as a person reads it: TRUE/FALSE for booleans, trimmed. */
export function cellText(cell: Cell): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

/** The sheet as rectangular-enough arrays of cells and their texts. */
export interface Grid {
  cells: Cell[][];
  texts: string[][];
  /** The widest row. */
  width: number;
  /** True for a number cell shown as a percentage (its number format has a %). */
  isPercent(row: number, column: number): boolean;
}

/** A number format that shows a percentage: a % outside quotes ("0.0%", not '0 "%"'). */
function percentFormat(format: unknown): boolean {
  return typeof format === 'string' && format.replace(/"[^"]*"|\\./g, '').includes('%');
}

/**
 * Reads whatever was passed as rows; a non-array row is an empty row. `formats` are the cells'
 * number formats (Range.getNumberFormats()), when known.
 */
export function readGrid(rows: unknown, formats?: unknown): Grid {
  const cells: Cell[][] = [];
  const texts: string[][] = [];
  let width = 0;
  const input: unknown[] = Array.isArray(rows) ? rows : [];
  for (const row of input) {
    const rowCells: Cell[] = [];
    const rowTexts: string[] = [];
    if (Array.isArray(row)) {
      for (let c = 0; c < row.length; c++) {
        const cell = toCell(row[c]);
        rowCells.push(cell);
        rowTexts.push(cellText(cell));
      }
    }
    cells.push(rowCells);
    texts.push(rowTexts);
    if (rowCells.length > width) width = rowCells.length;
  }
  const formatRows: unknown[] = Array.isArray(formats) ? formats : [];
  const isPercent = (r: number, c: number): boolean => {
    const row: unknown = formatRows[r];
    return typeof cells[r]?.[c] === 'number' && Array.isArray(row) && percentFormat(row[c]);
  };
  return { cells, texts, width, isPercent };
}

/** Two whitespace characters in a row, or one that is not a plain space. */
const ODD_SPACE = /\s\s|[^\S ]/;

/** Lower case, single spaces: the key under which repeated titles are recognised. */
export function titleKey(text: string): string {
  const lower = text.toLowerCase();
  // Most titles have single spaces only: no replacing (and no new string) then.
  return (ODD_SPACE.test(lower) ? lower.replace(/\s+/g, ' ') : lower).trim();
}

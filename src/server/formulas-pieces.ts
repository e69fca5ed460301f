// The pieces every formula the add-on writes is built from: cell references from the column
// map, string literals escaped, sheet names quoted. No user text is ever spliced into a formula
// (IDs are compared through cell references, never as literals).
import type { ColumnKey, ColumnMap } from '../core/columns';
import { columnLetter } from '../core/a1';

export { columnLetter };

/** A string literal: "text" with quotes doubled. */
export function str(value: string): string {
  return '"' + value.replace(/"/g, '""') + '"';
}

/** A sheet name as formulas need it: always quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  return "'" + name.replace(/'/g, "''") + "'";
}

export function fn(name: string, ...args: string[]): string {
  return `${name}(${args.join(',')})`;
}

// 1e-9 written as a division: engines print a number literal like 0.000000001 back in their own
// way (1e-9), which would make Repair see a changed formula.
export const EPS = '1/1000000000';

// ⚠ as UNICHAR(9888) rather than a "⚠" literal: the cell shows the same ⚠, and the formula text
// stays one byte per character (V8 holds a string with one ⚠ at two bytes per character).
export const WARN = 'UNICHAR(9888)';

/** TRIM(x&"")="" : blank, whatever the cell holds. */
export function blank(x: string): string {
  return `TRIM(${x}&"")=""`;
}

/**
 * The rows a row's formulas refer to, as placeholders while a template is built: the row
 * itself, the next row of its chain, and the first row of the chain it adds up
 * (formulas-chain.ts). Templates are split at these characters (formulas.ts: rowTemplate).
 */
export const SLOT = { row: '\u0001', next: '\u0002', first: '\u0003' } as const;
export type Slot = keyof typeof SLOT;

export class RowRefs {
  constructor(private readonly columns: ColumnMap) {}

  has(key: ColumnKey): boolean {
    return this.columns[key] !== undefined;
  }

  /** $C5: a cell of this row (or of the row in `slot`), column absolute, row relative. */
  cell(key: ColumnKey, slot: Slot = 'row'): string {
    const c = this.columns[key];
    if (c === undefined) return '""';
    return '$' + columnLetter(c) + SLOT[slot];
  }

  /** $C:$C: a whole column. */
  col(key: ColumnKey): string {
    const c = this.columns[key];
    if (c === undefined) throw new Error(`column ${key} is missing`);
    const l = columnLetter(c);
    return `$${l}:$${l}`;
  }
}

// The data model of one tab: a sparse grid of cells (content, number format, style, note,
// validation) plus per-row and per-column facts and the tab's rules, charts and protections.
// Service classes (LocalSheet, LocalRange) are thin API layers over this.
import type { GridRange } from './a1';
import type { Literal } from './values';
import type { ChartSpec, ConditionalFormatSpec, ValidationSpec } from './specs';

export interface CellStyle {
  fontWeight?: string;
  fontColor?: string;
  fontStyle?: string;
  fontSize?: number;
  fontFamily?: string;
  fontLine?: string;
  background?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  /** The arguments of the last setBorder call (recorded, not rendered). */
  border?: readonly unknown[];
}

export interface Cell {
  v?: Literal; // literal content
  f?: string; // formula, '=...'
  nf?: string; // number format
  /** Shared between cells and never changed in place: see withStyle. */
  st?: Readonly<CellStyle>;
  note?: string;
  dv?: ValidationSpec;
}

// Style objects are shared: a cell's style with one key changed comes from a cache of
// transitions, so a column of 35,000 bold cells holds one style object, not 35,000.
const EMPTY_STYLE: Readonly<CellStyle> = Object.freeze({});
const transitions = new WeakMap<
  Readonly<CellStyle>,
  Map<string, Map<unknown, Readonly<CellStyle>>>
>();

/**
 * `style` with `key` set to `value` (undefined clears it): a shared, frozen object. Returns
 * undefined when no key is left set. Style objects are never changed in place.
 */
export function withStyle<K extends keyof CellStyle>(
  style: Readonly<CellStyle> | undefined,
  key: K,
  value: CellStyle[K] | undefined,
): Readonly<CellStyle> | undefined {
  const base = style ?? EMPTY_STYLE;
  if (base[key] === value) return style;
  let byKey = transitions.get(base);
  if (!byKey) transitions.set(base, (byKey = new Map()));
  let byValue = byKey.get(key);
  if (!byValue) byKey.set(key, (byValue = new Map()));
  let next = byValue.get(value);
  if (!next) {
    const copy: CellStyle = { ...base };
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    next = Object.keys(copy).length === 0 ? EMPTY_STYLE : Object.freeze(copy);
    byValue.set(value, next);
  }
  return next === EMPTY_STYLE ? undefined : next;
}

export interface RowMeta {
  depth?: number; // row group depth
  collapsed?: number[]; // depths of the row groups starting at this row that are collapsed
  hidden?: boolean;
  height?: number;
}

export interface ColMeta {
  width?: number;
  hidden?: boolean;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLS = 26;

export class SheetData {
  rows: (Cell | undefined)[][] = [];
  rowMeta: (RowMeta | undefined)[] = [];
  colMeta: (ColMeta | undefined)[] = [];
  maxRows = DEFAULT_ROWS;
  maxCols = DEFAULT_COLS;
  frozenRows = 0;
  frozenCols = 0;
  tabColor: string | null = null;
  hidden = false;
  merges: GridRange[] = [];
  conditionalFormats: ConditionalFormatSpec[] = [];
  charts: ChartSpec[] = [];
  hasFormulas = false;

  constructor(
    public id: number,
    public name: string,
    public engineId: number,
  ) {}

  /** 1-based; undefined when the cell was never touched. */
  cell(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  /** 1-based; creates the cell record. */
  touch(row: number, col: number): Cell {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let c = r[col - 1];
    if (!c) {
      c = {};
      r[col - 1] = c;
    }
    return c;
  }

  rowMetaAt(row: number): RowMeta {
    let m = this.rowMeta[row - 1];
    if (!m) {
      m = {};
      this.rowMeta[row - 1] = m;
    }
    return m;
  }

  colMetaAt(col: number): ColMeta {
    let m = this.colMeta[col - 1];
    if (!m) {
      m = {};
      this.colMeta[col - 1] = m;
    }
    return m;
  }

  /** Last row with content (a value or a formula), 0 when empty. */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (row && row.some((c) => hasContent(c))) return r + 1;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c--) {
        if (hasContent(row[c])) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  gridRange(row: number, col: number, numRows: number, numCols: number): GridRange {
    return { sheetId: this.id, row, col, numRows, numCols };
  }
}

export function hasContent(c: Cell | undefined): boolean {
  return !!c && (c.f !== undefined || (c.v !== undefined && c.v !== ''));
}

/** Splices `count` empty slots in (count > 0) or out (count < 0) of a sparse array at 0-based `at`. */
export function spliceSparse<T>(list: (T | undefined)[], at: number, count: number): void {
  if (at >= list.length) return;
  if (count > 0) list.splice(at, 0, ...new Array<T | undefined>(count));
  else list.splice(at, -count);
}

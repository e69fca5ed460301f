// Row groups: each row has a group depth (Range.shiftRowGroupDepth); a group of depth d is a
// maximal run of rows with depth >= d. Its control toggle sits in the row after the run (the
// Sheets default). Collapsing is recorded on the group's first row.
import { service } from './accounting';
import { gas, type GRange } from './gas';
import type { SheetData } from './sheet-data';
import type { LocalSpreadsheet } from './spreadsheet';

type G = GoogleAppsScript.Spreadsheet.Group;

export class RowGroup implements Pick<
  G,
  'collapse' | 'expand' | 'isCollapsed' | 'getDepth' | 'getRange' | 'getControlIndex' | 'remove'
> {
  constructor(
    readonly ss: LocalSpreadsheet,
    readonly sheet: SheetData,
    readonly start: number,
    readonly end: number,
    readonly depth: number,
  ) {}

  static runAt(sheet: SheetData, row: number, depth: number): [number, number] | null {
    const d = (r: number) => sheet.rowMeta[r - 1]?.depth ?? 0;
    if (d(row) < depth) return null;
    let start = row;
    let end = row;
    while (start > 1 && d(start - 1) >= depth) start--;
    while (end < sheet.maxRows && d(end + 1) >= depth) end++;
    return [start, end];
  }

  static find(ss: LocalSpreadsheet, sheet: SheetData, rowIndex: number, depth: number): G | null {
    const run =
      RowGroup.runAt(sheet, rowIndex, depth) ?? RowGroup.runAt(sheet, rowIndex - 1, depth);
    if (!run) return null;
    return gas(
      service(new RowGroup(ss, sheet, run[0], run[1], depth), 'Group', ss.model.accounting),
    );
  }

  static all(ss: LocalSpreadsheet, sheet: SheetData): RowGroup[] {
    const out: RowGroup[] = [];
    for (let depth = 1; depth <= 8; depth++) {
      let r = 1;
      while (r <= sheet.rowMeta.length) {
        const run = RowGroup.runAt(sheet, r, depth);
        if (run) {
          out.push(new RowGroup(ss, sheet, run[0], run[1], depth));
          r = run[1] + 1;
        } else r++;
      }
    }
    return out;
  }

  private self(): G {
    return gas(this);
  }
  collapse(): G {
    const m = this.sheet.rowMetaAt(this.start);
    const set = new Set(m.collapsed ?? []);
    set.add(this.depth);
    m.collapsed = [...set].sort();
    return this.self();
  }
  expand(): G {
    const m = this.sheet.rowMetaAt(this.start);
    m.collapsed = (m.collapsed ?? []).filter((d) => d !== this.depth);
    if (m.collapsed.length === 0) delete m.collapsed;
    return this.self();
  }
  isCollapsed(): boolean {
    return (this.sheet.rowMeta[this.start - 1]?.collapsed ?? []).includes(this.depth);
  }
  getDepth(): number {
    return this.depth;
  }
  getRange(): GRange {
    return this.ss.rangeOf(
      this.sheet,
      this.start,
      1,
      this.end - this.start + 1,
      this.sheet.maxCols,
    );
  }
  getControlIndex(): number {
    return this.end + 1;
  }
  remove(): void {
    for (let r = this.start; r <= this.end; r++) {
      const m = this.sheet.rowMetaAt(r);
      const d = (m.depth ?? 1) - 1;
      if (d <= 0) delete m.depth;
      else m.depth = d;
    }
  }
}

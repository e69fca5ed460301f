// RangeList: the same change applied to several ranges in one call.
import { gas } from './gas';
import type { LocalRange } from './range';
import type { LocalSpreadsheet } from './spreadsheet';

type RL = GoogleAppsScript.Spreadsheet.RangeList;
type Methods =
  | 'getRanges'
  | 'setValue'
  | 'setFormula'
  | 'setNumberFormat'
  | 'setFontWeight'
  | 'setFontColor'
  | 'setBackground'
  | 'setHorizontalAlignment'
  | 'setWrap'
  | 'setNote'
  | 'clear'
  | 'clearContent'
  | 'clearFormat'
  | 'setDataValidation'
  | 'clearDataValidations'
  | 'activate'
  | 'setFontStyle'
  | 'insertCheckboxes';

export class LocalRangeList implements Pick<RL, Extract<Methods, keyof RL>> {
  constructor(
    readonly ss: LocalSpreadsheet,
    readonly ranges: LocalRange[],
  ) {}
  private each(fn: (r: LocalRange) => unknown): RL {
    for (const r of this.ranges) fn(r);
    return gas(this);
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.ranges.map((r) => this.ss.rangeOf(r.data, r.row, r.col, r.numRows, r.numCols));
  }
  setValue(v: unknown): RL {
    return this.each((r) => r.setValue(v));
  }
  setFormula(f: string): RL {
    return this.each((r) => r.setFormula(f));
  }
  setNumberFormat(f: string): RL {
    return this.each((r) => r.setNumberFormat(f));
  }
  setFontWeight(w: string | null): RL {
    return this.each((r) => r.setFontWeight(w));
  }
  setFontStyle(s: string | null): RL {
    return this.each((r) => r.setFontStyle(s));
  }
  setFontColor(c: string | null): RL {
    return this.each((r) => r.setFontColor(c));
  }
  setBackground(c: string | null): RL {
    return this.each((r) => r.setBackground(c));
  }
  setHorizontalAlignment(a: string | null): RL {
    return this.each((r) => r.setHorizontalAlignment(a));
  }
  setWrap(w: boolean): RL {
    return this.each((r) => r.setWrap(w));
  }
  setNote(n: string | null): RL {
    return this.each((r) => r.setNote(n));
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): RL {
    return this.each((r) => r.clear(options));
  }
  clearContent(): RL {
    return this.each((r) => r.clearContent());
  }
  clearFormat(): RL {
    return this.each((r) => r.clearFormat());
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): RL {
    return this.each((r) => r.setDataValidation(rule));
  }
  clearDataValidations(): RL {
    return this.each((r) => r.clearDataValidations());
  }
  insertCheckboxes(): RL {
    return this.each((r) => r.insertCheckboxes());
  }
  activate(): RL {
    const last = this.ranges[this.ranges.length - 1];
    last?.activate();
    return gas(this);
  }
}

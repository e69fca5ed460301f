// NamedRange objects over the workbook's named ranges (which formulas can also use).
import { gas, local, type GRange } from './gas';
import { LocalRange } from './range';
import type { LocalSpreadsheet } from './spreadsheet';

type N = GoogleAppsScript.Spreadsheet.NamedRange;

export class LocalNamedRange implements Pick<
  N,
  'getName' | 'getRange' | 'setName' | 'setRange' | 'remove'
> {
  constructor(
    readonly ss: LocalSpreadsheet,
    private name: string,
  ) {}
  private spec() {
    const n = this.ss.model.namedRanges.find((x) => x.name === this.name);
    if (!n) throw new Error(`The named range ${this.name} was removed.`);
    return n;
  }
  getName(): string {
    return this.name;
  }
  getRange(): GRange {
    return this.ss.rangeOfGrid(this.spec().range);
  }
  setName(name: string): N {
    const range = this.spec().range;
    this.ss.model.removeNamedRange(this.name);
    this.ss.model.setNamedRange(name, range);
    this.name = name;
    return gas(this);
  }
  setRange(range: GRange): N {
    this.ss.model.setNamedRange(this.name, local(range, LocalRange, 'Range').grid());
    return gas(this);
  }
  remove(): void {
    this.ss.model.removeNamedRange(this.name);
  }
}

// Protections of sheets and ranges, recorded as ProtectionSpec. The local runtime runs as the
// owner, so protections do not block the add-on's own writes (as in Sheets for the owner).
import { service } from './accounting';
import { enumValue } from './enums';
import { gas, local, type GRange } from './gas';
import { LocalRange } from './range';
import type { RangeGeometry } from './range-geometry';
import type { SheetData } from './sheet-data';
import type { ProtectionSpec } from './specs';
import type { LocalSpreadsheet } from './spreadsheet';

type P = GoogleAppsScript.Spreadsheet.Protection;
type Methods =
  | 'getDescription'
  | 'setDescription'
  | 'isWarningOnly'
  | 'setWarningOnly'
  | 'remove'
  | 'getRange'
  | 'getProtectionType'
  | 'getEditors'
  | 'addEditor'
  | 'addEditors'
  | 'removeEditor'
  | 'removeEditors'
  | 'canEdit'
  | 'canDomainEdit'
  | 'setDomainEdit'
  | 'setUnprotectedRanges'
  | 'getUnprotectedRanges'
  | 'isDeleted';

export class LocalProtection implements Pick<P, Extract<Methods, keyof P>> {
  constructor(
    readonly ss: LocalSpreadsheet,
    readonly id: number,
  ) {}
  private get spec(): ProtectionSpec {
    const s = this.ss.model.protections.find((p) => p.id === this.id);
    if (!s) throw new Error('The protection was removed.');
    return s;
  }
  getDescription(): string {
    return this.spec.description;
  }
  setDescription(d: string): P {
    this.spec.description = d;
    return gas(this);
  }
  isWarningOnly(): boolean {
    return this.spec.warningOnly;
  }
  setWarningOnly(w: boolean): P {
    this.spec.warningOnly = w;
    return gas(this);
  }
  remove(): void {
    this.ss.model.protections = this.ss.model.protections.filter((p) => p.id !== this.id);
  }
  isDeleted(): boolean {
    return !this.ss.model.protections.some((p) => p.id === this.id);
  }
  getRange(): GRange {
    const s = this.spec;
    const sheet = this.ss.model.requireSheet(s.sheetId);
    const g = s.range ?? sheet.gridRange(1, 1, sheet.maxRows, sheet.maxCols);
    return this.ss.rangeOf(sheet, g.row, g.col, g.numRows, g.numCols);
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return enumValue('ProtectionType', this.spec.type);
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return this.spec.editors.map((e) => gas({ getEmail: () => e }));
  }
  addEditor(email: string | GoogleAppsScript.Base.User): P {
    return this.addEditors([emailOf(email)]);
  }
  addEditors(emails: (string | GoogleAppsScript.Base.User)[]): P {
    for (const e of emails.map(emailOf))
      if (!this.spec.editors.includes(e)) this.spec.editors.push(e);
    return gas(this);
  }
  removeEditor(email: string | GoogleAppsScript.Base.User): P {
    return this.removeEditors([emailOf(email)]);
  }
  removeEditors(emails: (string | GoogleAppsScript.Base.User)[]): P {
    const out = emails.map(emailOf);
    this.spec.editors = this.spec.editors.filter((e) => !out.includes(e));
    return gas(this);
  }
  canEdit(): boolean {
    return true;
  }
  canDomainEdit(): boolean {
    return this.spec.domainEdit;
  }
  setDomainEdit(v: boolean): P {
    this.spec.domainEdit = v;
    return gas(this);
  }
  setUnprotectedRanges(ranges: GRange[]): P {
    if (this.spec.type !== 'SHEET')
      throw new Error('Only sheet protections can have unprotected ranges.');
    this.spec.unprotectedRanges = ranges.map((r) => local(r, LocalRange, 'Range').grid());
    return gas(this);
  }
  getUnprotectedRanges(): GRange[] {
    return this.spec.unprotectedRanges.map((g) =>
      this.ss.rangeOf(this.ss.model.requireSheet(g.sheetId), g.row, g.col, g.numRows, g.numCols),
    );
  }
}

function emailOf(u: string | GoogleAppsScript.Base.User): string {
  return typeof u === 'string' ? u : u.getEmail();
}

export class Protections {
  constructor(readonly ss: LocalSpreadsheet) {}

  private wrap(id: number): P {
    return gas(service(new LocalProtection(this.ss, id), 'Protection', this.ss.model.accounting));
  }

  private add(sheet: SheetData, type: 'SHEET' | 'RANGE', range: ProtectionSpec['range']): P {
    const id = this.ss.model.newId();
    this.ss.model.protections.push({
      id,
      sheetId: sheet.id,
      type,
      range,
      description: '',
      warningOnly: false,
      editors: [],
      domainEdit: true,
      unprotectedRanges: [],
    });
    return this.wrap(id);
  }

  protectSheet(sheet: SheetData): P {
    const existing = this.ss.model.protections.find(
      (p) => p.type === 'SHEET' && p.sheetId === sheet.id,
    );
    if (existing) return this.wrap(existing.id);
    return this.add(sheet, 'SHEET', null);
  }

  protectRange(range: RangeGeometry): P {
    return this.add(range.data, 'RANGE', range.grid());
  }

  list(sheet: SheetData | null, type: string): P[] {
    return this.ss.model.protections
      .filter((p) => p.type === type && (sheet === null || p.sheetId === sheet.id))
      .map((p) => this.wrap(p.id));
  }
}

// Developer metadata on the spreadsheet, sheets, whole rows and whole columns. Row and column
// metadata move with insertions and deletions (see Workbook.shiftAll) and vanish with their
// rows, as in Sheets; that is what makes it a reliable way to find tabs and columns.
import { service } from './accounting';
import { intersects, type GridRange } from './a1';
import { EnumValue, enumValue } from './enums';
import { gas } from './gas';
import type { RangeGeometry } from './range-geometry';
import type { SheetData } from './sheet-data';
import type { DeveloperMetadataSpec } from './specs';
import type { LocalSpreadsheet } from './spreadsheet';
import { metadataSheetId } from './workbook';

type DM = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type Finder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type Loc = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;

const VISIBILITIES = ['DOCUMENT', 'PROJECT'];

export class LocalDeveloperMetadata implements Pick<
  DM,
  | 'getId'
  | 'getKey'
  | 'getValue'
  | 'getVisibility'
  | 'getLocation'
  | 'setKey'
  | 'setValue'
  | 'setVisibility'
  | 'remove'
> {
  constructor(
    readonly ss: LocalSpreadsheet,
    readonly id: number,
  ) {}
  private get spec(): DeveloperMetadataSpec {
    const s = this.ss.model.developerMetadata.find((m) => m.id === this.id);
    if (!s) throw new Error('The developer metadata was removed.');
    return s;
  }
  getId(): number {
    return this.id;
  }
  getKey(): string {
    return this.spec.key;
  }
  getValue(): string | null {
    return this.spec.value;
  }
  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    return enumValue('DeveloperMetadataVisibility', this.spec.visibility);
  }
  setKey(key: string): DM {
    this.spec.key = key;
    return gas(this);
  }
  setValue(value: string): DM {
    this.spec.value = value;
    return gas(this);
  }
  setVisibility(v: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): DM {
    this.spec.visibility = checkVisibility(v);
    return gas(this);
  }
  remove(): void {
    this.ss.model.developerMetadata = this.ss.model.developerMetadata.filter(
      (m) => m.id !== this.id,
    );
  }
  getLocation(): Loc {
    return gas(
      service(
        new LocalMetadataLocation(this.ss, this.spec.location),
        'DeveloperMetadataLocation',
        this.ss.model.accounting,
      ),
    );
  }
}

export class LocalMetadataLocation implements Pick<
  Loc,
  'getLocationType' | 'getSheet' | 'getRow' | 'getColumn' | 'getSpreadsheet'
> {
  constructor(
    readonly ss: LocalSpreadsheet,
    readonly loc: DeveloperMetadataSpec['location'],
  ) {}
  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    return enumValue('DeveloperMetadataLocationType', this.loc.type);
  }
  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    if (this.loc.type !== 'SPREADSHEET') throw new Error('This location is not the spreadsheet.');
    return gas(this.ss.proxy);
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    if (this.loc.type !== 'SHEET') throw new Error('This location is not a sheet.');
    return this.ss.sheetOf(this.ss.model.requireSheet(this.loc.sheetId));
  }
  private range(type: 'ROW' | 'COLUMN'): GoogleAppsScript.Spreadsheet.Range {
    if (this.loc.type !== type) throw new Error(`This location is not a ${type.toLowerCase()}.`);
    const g = this.loc.range;
    return this.ss.rangeOf(
      this.ss.model.requireSheet(g.sheetId),
      g.row,
      g.col,
      g.numRows,
      g.numCols,
    );
  }
  getRow(): GoogleAppsScript.Spreadsheet.Range {
    return this.range('ROW');
  }
  getColumn(): GoogleAppsScript.Spreadsheet.Range {
    return this.range('COLUMN');
  }
}

function checkVisibility(v: unknown): 'DOCUMENT' | 'PROJECT' {
  const s = String(v ?? 'DOCUMENT');
  if (!VISIBILITIES.includes(s)) throw new Error(`Invalid visibility: ${s}`);
  return s as 'DOCUMENT' | 'PROJECT';
}

interface Scope {
  sheet?: SheetData;
  range?: GridRange;
}

export class LocalMetadataFinder implements Pick<
  Finder,
  | 'withKey'
  | 'withValue'
  | 'withId'
  | 'withLocationType'
  | 'withVisibility'
  | 'find'
  | 'onIntersectingLocations'
> {
  private key?: string;
  private value?: string;
  private id?: number;
  private type?: string;
  private visibility?: string;
  private intersecting = false;
  constructor(
    readonly ss: LocalSpreadsheet,
    readonly scope: Scope,
  ) {}
  withKey(k: string): Finder {
    this.key = k;
    return gas(this);
  }
  withValue(v: string): Finder {
    this.value = v;
    return gas(this);
  }
  withId(id: number): Finder {
    this.id = id;
    return gas(this);
  }
  withLocationType(t: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType): Finder {
    this.type = String(t);
    return gas(this);
  }
  withVisibility(v: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): Finder {
    this.visibility = String(v);
    return gas(this);
  }
  onIntersectingLocations(): Finder {
    this.intersecting = true;
    return gas(this);
  }
  find(): DM[] {
    return this.ss.model.developerMetadata
      .filter((m) => this.inScope(m))
      .filter((m) => this.key === undefined || m.key === this.key)
      .filter((m) => this.value === undefined || m.value === this.value)
      .filter((m) => this.id === undefined || m.id === this.id)
      .filter((m) => this.type === undefined || m.location.type === this.type)
      .filter((m) => this.visibility === undefined || m.visibility === this.visibility)
      .map((m) => this.ss.metadata.wrap(m.id));
  }
  private inScope(m: DeveloperMetadataSpec): boolean {
    if (this.scope.range) {
      if (m.location.type !== 'ROW' && m.location.type !== 'COLUMN') return false;
      if (this.intersecting) return intersects(m.location.range, this.scope.range);
      return (
        JSON.stringify(m.location.range) === JSON.stringify(this.scope.range) ||
        intersects(m.location.range, this.scope.range)
      );
    }
    if (this.scope.sheet) return metadataSheetId(m) === this.scope.sheet.id;
    return true;
  }
}

export class MetadataStore {
  constructor(readonly ss: LocalSpreadsheet) {}

  wrap(id: number): DM {
    return gas(
      service(
        new LocalDeveloperMetadata(this.ss, id),
        'DeveloperMetadata',
        this.ss.model.accounting,
      ),
    );
  }

  private add(key: string, rest: unknown[], location: DeveloperMetadataSpec['location']): void {
    if (typeof key !== 'string' || !key)
      throw new Error('Developer metadata key must be a non-empty string.');
    let value: string | null = null;
    // Without a visibility, taken as PROJECT (the stricter one: the reference does not promise
    // DOCUMENT, and project-visible metadata is invisible to another deployment of the add-on;
    // developers.google.com/apps-script/reference/spreadsheet/developer-metadata-visibility).
    let visibility: 'DOCUMENT' | 'PROJECT' = 'PROJECT';
    for (const r of rest) {
      if (r instanceof EnumValue) visibility = checkVisibility(r);
      else value = r === null || r === undefined ? null : String(r);
    }
    this.ss.model.developerMetadata.push({
      id: this.ss.model.newId(),
      key,
      value,
      visibility,
      location,
    });
  }

  addToSpreadsheet(key: string, rest: unknown[]): void {
    this.add(key, rest, { type: 'SPREADSHEET' });
  }

  addToSheet(sheet: SheetData, key: string, rest: unknown[]): void {
    this.add(key, rest, { type: 'SHEET', sheetId: sheet.id });
  }

  addToRange(range: RangeGeometry, key: string, rest: unknown[]): void {
    const s = range.data;
    const g = range.grid();
    if (g.col === 1 && g.numCols === s.maxCols) this.add(key, rest, { type: 'ROW', range: g });
    else if (g.row === 1 && g.numRows === s.maxRows)
      this.add(key, rest, { type: 'COLUMN', range: g });
    else
      throw new Error(
        'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
      );
  }

  onSpreadsheet(): DM[] {
    return this.ss.model.developerMetadata
      .filter((m) => m.location.type === 'SPREADSHEET')
      .map((m) => this.wrap(m.id));
  }

  onSheet(sheet: SheetData): DM[] {
    return this.ss.model.developerMetadata
      .filter((m) => m.location.type === 'SHEET' && m.location.sheetId === sheet.id)
      .map((m) => this.wrap(m.id));
  }

  onRange(range: RangeGeometry): DM[] {
    const g = range.grid();
    return this.ss.model.developerMetadata
      .filter(
        (m) =>
          (m.location.type === 'ROW' || m.location.type === 'COLUMN') &&
          JSON.stringify(m.location.range) === JSON.stringify(g),
      )
      .map((m) => this.wrap(m.id));
  }

  finder(scope: Scope): Finder {
    return gas(
      service(
        new LocalMetadataFinder(this.ss, scope),
        'DeveloperMetadataFinder',
        this.ss.model.accounting,
      ),
    );
  }
}

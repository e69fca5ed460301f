// Spreadsheet: the document. LocalSpreadsheet is both the Apps Script API object and the
// factory of the runtime's Sheet/Range objects for this document (rangeOf, sheetOf), all
// wrapped for call accounting. `model` is the Workbook behind it (for tests and JSON).
import { parseA1, type GridRange } from './a1';
import { service } from './accounting';
import { MetadataStore } from './developer-metadata';
import { checkArgs, gas, local, type GRange, type GSheet, type GSpreadsheet } from './gas';
import { LocalNamedRange } from './named-range';
import { Protections } from './protection';
import { LocalRange } from './range';
import { LocalRangeList } from './range-list';
import { LocalSheet } from './sheet';
import type { SheetData } from './sheet-data';
import { Workbook, type WorkbookOptions } from './workbook';

type Implemented =
  | 'getSheets'
  | 'getSheetByName'
  | 'getSheetById'
  | 'insertSheet'
  | 'deleteSheet'
  | 'setActiveSheet'
  | 'getActiveSheet'
  | 'moveActiveSheet'
  | 'getActiveRange'
  | 'setActiveRange'
  | 'getRange'
  | 'getRangeByName'
  | 'getRangeList'
  | 'setNamedRange'
  | 'getNamedRanges'
  | 'removeNamedRange'
  | 'getSpreadsheetLocale'
  | 'setSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'setSpreadsheetTimeZone'
  | 'getId'
  | 'getName'
  | 'rename'
  | 'getUrl'
  | 'addDeveloperMetadata'
  | 'getDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'toast'
  | 'getNumSheets'
  | 'getProtections';

export class LocalSpreadsheet implements Pick<GSpreadsheet, Implemented> {
  readonly model: Workbook;
  readonly protections: Protections;
  readonly metadata: MetadataStore;
  /** This object as handed out (wrapped for accounting). */
  proxy!: LocalSpreadsheet;
  private readonly sheetCache = new Map<SheetData, GSheet>();

  constructor(model: Workbook) {
    this.model = model;
    this.protections = new Protections(this);
    this.metadata = new MetadataStore(this);
  }

  // ---- factories (not Apps Script API) -----------------------------------------------------

  sheetOf(data: SheetData): GSheet {
    let s = this.sheetCache.get(data);
    if (!s) {
      s = gas<GSheet>(service(new LocalSheet(this, data), 'Sheet', this.model.accounting));
      this.sheetCache.set(data, s);
    }
    return s;
  }

  rangeOf(data: SheetData, row: number, col: number, numRows: number, numCols: number): GRange {
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (col < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > data.maxRows || col + numCols - 1 > data.maxCols)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    return gas(
      service(
        new LocalRange(this, data, row, col, numRows, numCols),
        'Range',
        this.model.accounting,
      ),
    );
  }

  rangeOfGrid(g: GridRange): GRange {
    return this.rangeOf(this.model.requireSheet(g.sheetId), g.row, g.col, g.numRows, g.numCols);
  }

  rangeListOf(ranges: GRange[]): GoogleAppsScript.Spreadsheet.RangeList {
    return gas(
      service(
        new LocalRangeList(
          this,
          ranges.map((r) => local(r, LocalRange, 'Range')),
        ),
        'RangeList',
        this.model.accounting,
      ),
    );
  }

  activeRangeOn(sheet: SheetData): GRange | null {
    const g = this.model.activeRange;
    if (!g || g.sheetId !== sheet.id) return null;
    return this.rangeOfGrid(g);
  }

  private dataOf(sheet: GSheet): SheetData {
    return local(sheet, LocalSheet, 'Sheet').data;
  }

  // ---- sheets --------------------------------------------------------------------------------

  getSheets(): GSheet[] {
    return this.model.sheets.map((s) => this.sheetOf(s));
  }
  getNumSheets(): number {
    return this.model.sheets.length;
  }
  getSheetByName(name: string): GSheet | null {
    const s = this.model.sheets.find((x) => x.name === name);
    return s ? this.sheetOf(s) : null;
  }
  getSheetById(id: number): GSheet | null {
    const s = this.model.sheetById(id);
    return s ? this.sheetOf(s) : null;
  }

  /** insertSheet(), (index), (name), (name, index), (name, index, options), (options). */
  insertSheet(...args: unknown[]): GSheet {
    checkArgs('SpreadsheetApp.Spreadsheet.insertSheet', args, 0, 3);
    let name: string | undefined;
    let index: number | undefined;
    for (const a of args) {
      if (typeof a === 'string') name = a;
      else if (typeof a === 'number') index = a;
    }
    if (index === undefined) {
      const active = this.model.sheets.findIndex((s) => s.id === this.model.activeSheetId);
      index = active < 0 ? this.model.sheets.length : active + 1;
    }
    const data = this.model.addSheet(name ?? this.model.defaultSheetName(), index);
    this.model.activeSheetId = data.id;
    return this.sheetOf(data);
  }
  deleteSheet(sheet: GSheet): void {
    this.model.deleteSheet(this.dataOf(sheet));
  }
  setActiveSheet(sheet: GSheet): GSheet {
    this.model.activeSheetId = this.dataOf(sheet).id;
    this.model.activeRange = null;
    return sheet;
  }
  getActiveSheet(): GSheet {
    const s = this.model.sheetById(this.model.activeSheetId ?? -1) ?? this.model.sheets[0];
    if (!s) throw new Error('The spreadsheet has no sheets.');
    return this.sheetOf(s);
  }
  moveActiveSheet(pos: number): void {
    const s = local(this.getActiveSheet(), LocalSheet, 'Sheet').data;
    const list = this.model.sheets;
    if (pos < 1 || pos > list.length) throw new Error('The position is out of range.');
    list.splice(list.indexOf(s), 1);
    list.splice(pos - 1, 0, s);
  }
  getActiveRange(): GRange | null {
    const g = this.model.activeRange;
    return g && this.model.sheetById(g.sheetId) ? this.rangeOfGrid(g) : null;
  }
  setActiveRange(range: GRange): GRange {
    return local(range, LocalRange, 'Range').activate();
  }

  // ---- ranges and names ----------------------------------------------------------------------

  getRange(a1Notation: string): GRange {
    const active = local(this.getActiveSheet(), LocalSheet, 'Sheet').data;
    const a = parseA1(a1Notation, active.maxRows, active.maxCols);
    const sheet = a.sheetName === undefined ? active : this.model.sheetByName(a.sheetName);
    if (!sheet) throw new Error('Range not found');
    const p = a.sheetName === undefined ? a : parseA1(a1Notation, sheet.maxRows, sheet.maxCols);
    return this.rangeOf(sheet, p.row, p.col, p.numRows, p.numCols);
  }
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    return this.rangeListOf(a1Notations.map((a) => this.getRange(a)));
  }
  getRangeByName(name: string): GRange | null {
    const n = this.model.namedRanges.find((x) => x.name === name);
    return n ? this.rangeOfGrid(n.range) : null;
  }
  setNamedRange(name: string, range: GRange): void {
    if (
      !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^(true|false)$/i.test(name)
    )
      throw new Error(`The name "${name}" is not a valid named range name.`);
    this.model.setNamedRange(name, local(range, LocalRange, 'Range').grid());
  }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this.model.namedRanges.map((n) =>
      gas(service(new LocalNamedRange(this, n.name), 'NamedRange', this.model.accounting)),
    );
  }
  removeNamedRange(name: string): void {
    this.model.removeNamedRange(name);
  }

  // ---- document ------------------------------------------------------------------------------

  getSpreadsheetLocale(): string {
    return this.model.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.model.locale = locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.model.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    new Intl.DateTimeFormat('en-US', { timeZone }); // throws for an unknown zone
    this.model.timeZone = timeZone;
  }
  getId(): string {
    return this.model.id;
  }
  getName(): string {
    return this.model.name;
  }
  rename(newName: string): void {
    this.model.name = newName;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.model.id}/edit`;
  }
  addDeveloperMetadata(key: string, ...rest: unknown[]): GSpreadsheet {
    this.metadata.addToSpreadsheet(key, rest);
    return gas(this.proxy);
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.metadata.onSpreadsheet();
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this.metadata.finder({});
  }
  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    return this.protections.list(null, String(type));
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.model.toasts.push({
      message: String(msg),
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
}

export function wrapSpreadsheet(model: Workbook): LocalSpreadsheet {
  const ss = new LocalSpreadsheet(model);
  const proxy = service(ss, 'Spreadsheet', model.accounting);
  ss.proxy = proxy;
  return proxy;
}

export function newSpreadsheet(opts: WorkbookOptions = {}): LocalSpreadsheet {
  const model = new Workbook(opts);
  model.addSheet('Sheet1');
  return wrapSpreadsheet(model);
}

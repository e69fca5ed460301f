// SpreadsheetApp.newDataValidation(): a builder that records the rule as a ValidationSpec.
// Ranges in criteria are stored as { range: GridRange }, dates as { date: ISO string }.
import { enumValue } from './enums';
import { gas, local, type GRange } from './gas';
import { isDateObject } from './dates';
import { LocalRange } from './range';
import type { ValidationSpec } from './specs';
import type { LocalSpreadsheet } from './spreadsheet';
import { service } from './accounting';

type B = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type DV = GoogleAppsScript.Spreadsheet.DataValidation;

export function encodeArg(v: unknown): unknown {
  if (v instanceof LocalRange) return { range: v.grid() };
  if (isDateObject(v)) return { date: v.toISOString() };
  if (Array.isArray(v)) return v.map(encodeArg);
  return v;
}

export function decodeArg(ss: LocalSpreadsheet, v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => decodeArg(ss, x));
  if (v && typeof v === 'object' && 'range' in v) {
    const g = (
      v as {
        range: { sheetId: number; row: number; col: number; numRows: number; numCols: number };
      }
    ).range;
    return ss.rangeOf(ss.model.requireSheet(g.sheetId), g.row, g.col, g.numRows, g.numCols);
  }
  if (v && typeof v === 'object' && 'date' in v)
    return new ss.model.accounting.realm.Date((v as { date: string }).date);
  return v;
}

export class LocalDataValidation implements Pick<
  DV,
  'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'
> {
  constructor(
    readonly ss: LocalSpreadsheet,
    readonly spec: ValidationSpec,
  ) {}
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return enumValue('DataValidationCriteria', this.spec.criteria);
  }
  getCriteriaValues(): unknown[] {
    return this.spec.args.map((a) => decodeArg(this.ss, a));
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getHelpText(): string {
    return this.spec.helpText ?? '';
  }
  copy(): B {
    return newDataValidation(this.ss, structuredClone(this.spec));
  }
}

export function validationFromSpec(ss: LocalSpreadsheet, spec: ValidationSpec): DV {
  return gas(
    service(
      new LocalDataValidation(ss, structuredClone(spec)),
      'DataValidation',
      ss.model.accounting,
    ),
  );
}

type BuilderMethods =
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'requireNumberBetween'
  | 'requireNumberNotBetween'
  | 'requireNumberEqualTo'
  | 'requireNumberNotEqualTo'
  | 'requireNumberGreaterThan'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireNumberLessThan'
  | 'requireNumberLessThanOrEqualTo'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireDateAfter'
  | 'requireDateBefore'
  | 'requireDateBetween'
  | 'requireDateOnOrAfter'
  | 'requireDateOnOrBefore'
  | 'requireDateEqualTo'
  | 'requireFormulaSatisfied'
  | 'requireTextContains'
  | 'requireTextDoesNotContain'
  | 'requireTextEqualTo'
  | 'requireTextIsEmail'
  | 'requireTextIsUrl'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria'
  | 'build'
  | 'copy'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getAllowInvalid'
  | 'getHelpText';

export class LocalDataValidationBuilder implements Pick<B, BuilderMethods> {
  constructor(
    readonly ss: LocalSpreadsheet,
    readonly spec: ValidationSpec,
  ) {}
  private set(criteria: string, args: unknown[]): B {
    this.spec.criteria = criteria;
    this.spec.args = args.map(encodeArg);
    return gas(this);
  }
  requireValueInList(values: string[], showDropdown = true): B {
    return this.set('VALUE_IN_LIST', [[...values], showDropdown]);
  }
  requireValueInRange(range: GRange, showDropdown = true): B {
    return this.set('VALUE_IN_RANGE', [local(range, LocalRange, 'Range'), showDropdown]);
  }
  requireNumberBetween(start: number, end: number): B {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberNotBetween(start: number, end: number): B {
    return this.set('NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(n: number): B {
    return this.set('NUMBER_EQUAL_TO', [n]);
  }
  requireNumberNotEqualTo(n: number): B {
    return this.set('NUMBER_NOT_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: number): B {
    return this.set('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): B {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: number): B {
    return this.set('NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): B {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): B {
    const args =
      checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    return this.set('CHECKBOX', args);
  }
  requireDate(): B {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(d: Date): B {
    return this.set('DATE_AFTER', [d]);
  }
  requireDateBefore(d: Date): B {
    return this.set('DATE_BEFORE', [d]);
  }
  requireDateBetween(a: Date, b: Date): B {
    return this.set('DATE_BETWEEN', [a, b]);
  }
  requireDateOnOrAfter(d: Date): B {
    return this.set('DATE_ON_OR_AFTER', [d]);
  }
  requireDateOnOrBefore(d: Date): B {
    return this.set('DATE_ON_OR_BEFORE', [d]);
  }
  requireDateEqualTo(d: Date): B {
    return this.set('DATE_EQUAL_TO', [d]);
  }
  requireFormulaSatisfied(formula: string): B {
    return this.set('CUSTOM_FORMULA', [formula]);
  }
  requireTextContains(t: string): B {
    return this.set('TEXT_CONTAINS', [t]);
  }
  requireTextDoesNotContain(t: string): B {
    return this.set('TEXT_DOES_NOT_CONTAIN', [t]);
  }
  requireTextEqualTo(t: string): B {
    return this.set('TEXT_EQUAL_TO', [t]);
  }
  requireTextIsEmail(): B {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): B {
    return this.set('TEXT_IS_VALID_URL', []);
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]): B {
    return this.set(String(criteria), args);
  }
  setAllowInvalid(allow: boolean): B {
    this.spec.allowInvalid = !!allow;
    return gas(this);
  }
  setHelpText(text: string): B {
    this.spec.helpText = text;
    return gas(this);
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return enumValue('DataValidationCriteria', this.spec.criteria);
  }
  getCriteriaValues(): unknown[] {
    return this.spec.args.map((a) => decodeArg(this.ss, a));
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getHelpText(): string {
    return this.spec.helpText ?? '';
  }
  copy(): B {
    return newDataValidation(this.ss, structuredClone(this.spec));
  }
  build(): DV {
    if (!this.spec.criteria)
      throw new Error('You must specify a criteria type before building a data validation rule.');
    return validationFromSpec(this.ss, this.spec);
  }
}

export function newDataValidation(ss: LocalSpreadsheet, spec?: ValidationSpec): B {
  const s: ValidationSpec = spec ?? { criteria: '', args: [], allowInvalid: true, helpText: null };
  return gas(
    service(new LocalDataValidationBuilder(ss, s), 'DataValidationBuilder', ss.model.accounting),
  );
}

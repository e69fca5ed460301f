// SpreadsheetApp.newConditionalFormatRule(): records rules as ConditionalFormatSpec (ranges,
// boolean condition or gradient, format). Rules are recorded, not applied to cell styles.
import { service } from './accounting';
import { normalizeColor } from './colors';
import { decodeArg, encodeArg } from './data-validation';
import { enumValue } from './enums';
import { gas, local, type GRange } from './gas';
import { LocalRange } from './range';
import type { ConditionalFormatSpec, GradientPointSpec } from './specs';
import type { LocalSpreadsheet } from './spreadsheet';

type B = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

export function emptyRule(): ConditionalFormatSpec {
  return { ranges: [], condition: null, gradient: null, format: {} };
}

export class LocalBooleanCondition {
  constructor(
    readonly ss: LocalSpreadsheet,
    readonly spec: ConditionalFormatSpec,
  ) {}
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return enumValue('BooleanCriteria', this.spec.condition?.criteria ?? 'CUSTOM_FORMULA');
  }
  getCriteriaValues(): unknown[] {
    return (this.spec.condition?.args ?? []).map((a) => decodeArg(this.ss, a));
  }
  getBackground(): string | null {
    return this.spec.format.background ?? null;
  }
  getFontColor(): string | null {
    return this.spec.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.spec.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.spec.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.spec.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this.spec.format.underline ?? null;
  }
}

export class LocalConditionalFormatRule implements Pick<
  Rule,
  'getRanges' | 'copy' | 'getBooleanCondition'
> {
  constructor(
    readonly ss: LocalSpreadsheet,
    readonly spec: ConditionalFormatSpec,
  ) {}
  getRanges(): GRange[] {
    return this.spec.ranges.map((g) =>
      this.ss.rangeOf(this.ss.model.requireSheet(g.sheetId), g.row, g.col, g.numRows, g.numCols),
    );
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    if (!this.spec.condition) return null;
    return gas(
      service(
        new LocalBooleanCondition(this.ss, this.spec),
        'BooleanCondition',
        this.ss.model.accounting,
      ),
    );
  }
  getGradientCondition(): null {
    if (this.spec.gradient)
      throw new Error(
        'ConditionalFormatRule.getGradientCondition is not implemented by the local runtime',
      );
    return null;
  }
  copy(): B {
    return newConditionalFormatRule(this.ss, structuredClone(this.spec));
  }
}

export function ruleFromSpec(ss: LocalSpreadsheet, spec: ConditionalFormatSpec): Rule {
  return gas(
    service(
      new LocalConditionalFormatRule(ss, structuredClone(spec)),
      'ConditionalFormatRule',
      ss.model.accounting,
    ),
  );
}

type Methods =
  | 'setRanges'
  | 'getRanges'
  | 'whenFormulaSatisfied'
  | 'whenCellEmpty'
  | 'whenCellNotEmpty'
  | 'whenNumberBetween'
  | 'whenNumberNotBetween'
  | 'whenNumberEqualTo'
  | 'whenNumberNotEqualTo'
  | 'whenNumberGreaterThan'
  | 'whenNumberGreaterThanOrEqualTo'
  | 'whenNumberLessThan'
  | 'whenNumberLessThanOrEqualTo'
  | 'whenTextContains'
  | 'whenTextDoesNotContain'
  | 'whenTextEqualTo'
  | 'whenTextStartsWith'
  | 'whenTextEndsWith'
  | 'withCriteria'
  | 'setBackground'
  | 'setFontColor'
  | 'setBold'
  | 'setItalic'
  | 'setStrikethrough'
  | 'setUnderline'
  | 'setGradientMaxpoint'
  | 'setGradientMaxpointWithValue'
  | 'setGradientMinpoint'
  | 'setGradientMinpointWithValue'
  | 'setGradientMidpointWithValue'
  | 'build'
  | 'copy';

export class LocalConditionalFormatRuleBuilder implements Pick<B, Methods> {
  constructor(
    readonly ss: LocalSpreadsheet,
    readonly spec: ConditionalFormatSpec,
  ) {}
  private when(criteria: string, args: unknown[]): B {
    this.spec.condition = { criteria, args: args.map(encodeArg) };
    this.spec.gradient = null;
    return gas(this);
  }
  private fmt(key: keyof ConditionalFormatSpec['format'], v: unknown): B {
    (this.spec.format as Record<string, unknown>)[key] = v;
    return gas(this);
  }
  private point(which: 'min' | 'mid' | 'max', p: GradientPointSpec): B {
    this.spec.gradient ??= {};
    this.spec.gradient[which] = p;
    this.spec.condition = null;
    return gas(this);
  }
  setRanges(ranges: GRange[]): B {
    this.spec.ranges = ranges.map((r) => local(r, LocalRange, 'Range').grid());
    return gas(this);
  }
  getRanges(): GRange[] {
    return new LocalConditionalFormatRule(this.ss, this.spec).getRanges();
  }
  whenFormulaSatisfied(formula: string): B {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  whenCellEmpty(): B {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): B {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenNumberBetween(a: number, b: number): B {
    return this.when('NUMBER_BETWEEN', [a, b]);
  }
  whenNumberNotBetween(a: number, b: number): B {
    return this.when('NUMBER_NOT_BETWEEN', [a, b]);
  }
  whenNumberEqualTo(n: number): B {
    return this.when('NUMBER_EQUAL_TO', [n]);
  }
  whenNumberNotEqualTo(n: number): B {
    return this.when('NUMBER_NOT_EQUAL_TO', [n]);
  }
  whenNumberGreaterThan(n: number): B {
    return this.when('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): B {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberLessThan(n: number): B {
    return this.when('NUMBER_LESS_THAN', [n]);
  }
  whenNumberLessThanOrEqualTo(n: number): B {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  whenTextContains(t: string): B {
    return this.when('TEXT_CONTAINS', [t]);
  }
  whenTextDoesNotContain(t: string): B {
    return this.when('TEXT_DOES_NOT_CONTAIN', [t]);
  }
  whenTextEqualTo(t: string): B {
    return this.when('TEXT_EQUAL_TO', [t]);
  }
  whenTextStartsWith(t: string): B {
    return this.when('TEXT_STARTS_WITH', [t]);
  }
  whenTextEndsWith(t: string): B {
    return this.when('TEXT_ENDS_WITH', [t]);
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria, args: unknown[]): B {
    return this.when(String(criteria), args);
  }
  setBackground(c: string | null): B {
    return this.fmt('background', normalizeColor(c) ?? null);
  }
  setFontColor(c: string | null): B {
    return this.fmt('fontColor', normalizeColor(c) ?? null);
  }
  setBold(b: boolean | null): B {
    return this.fmt('bold', b);
  }
  setItalic(b: boolean | null): B {
    return this.fmt('italic', b);
  }
  setStrikethrough(b: boolean | null): B {
    return this.fmt('strikethrough', b);
  }
  setUnderline(b: boolean | null): B {
    return this.fmt('underline', b);
  }
  setGradientMaxpoint(color: string): B {
    return this.point('max', { color: normalizeColor(color) ?? '', type: 'MAX', value: '' });
  }
  setGradientMinpoint(color: string): B {
    return this.point('min', { color: normalizeColor(color) ?? '', type: 'MIN', value: '' });
  }
  setGradientMaxpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): B {
    return this.point('max', { color: normalizeColor(color) ?? '', type: String(type), value });
  }
  setGradientMinpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): B {
    return this.point('min', { color: normalizeColor(color) ?? '', type: String(type), value });
  }
  setGradientMidpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): B {
    return this.point('mid', { color: normalizeColor(color) ?? '', type: String(type), value });
  }
  copy(): B {
    return newConditionalFormatRule(this.ss, structuredClone(this.spec));
  }
  build(): Rule {
    if (!this.spec.condition && !this.spec.gradient)
      throw new Error('Conditional format rule must have a condition or a gradient.');
    return ruleFromSpec(this.ss, this.spec);
  }
}

export function newConditionalFormatRule(ss: LocalSpreadsheet, spec?: ConditionalFormatSpec): B {
  return gas(
    service(
      new LocalConditionalFormatRuleBuilder(ss, spec ?? emptyRule()),
      'ConditionalFormatRuleBuilder',
      ss.model.accounting,
    ),
  );
}

export function specOfRule(rule: Rule): ConditionalFormatSpec {
  return structuredClone(local(rule, LocalConditionalFormatRule, 'ConditionalFormatRule').spec);
}

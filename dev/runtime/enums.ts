// Apps Script enums: each member is an object whose toString()/name() is its name, so both
// `x === SpreadsheetApp.ProtectionType.SHEET` and `String(x) === 'SHEET'` work. Getters of the
// runtime hand out these same objects.

export const CHART_TYPES = [
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
] as const;

export class EnumValue {
  constructor(
    readonly enumName: string,
    private readonly key: string,
    private readonly index: number,
  ) {}
  toString(): string {
    return this.key;
  }
  toJSON(): string {
    return this.key;
  }
  name(): string {
    return this.key;
  }
  ordinal(): number {
    return this.index;
  }
}

const registry = new Map<string, Record<string, EnumValue>>();

function define(enumName: string, names: readonly string[]): Record<string, EnumValue> {
  const members: Record<string, EnumValue> = {};
  names.forEach((n, i) => (members[n] = new EnumValue(enumName, n, i)));
  Object.freeze(members);
  registry.set(enumName, members);
  return members;
}

export function enumValue<T>(enumName: string, name: string): T {
  const v = registry.get(enumName)?.[name];
  if (!v) throw new Error(`Unknown ${enumName} ${name}`);
  return v as unknown as T;
}

export const ENUMS = {
  ProtectionType: define('ProtectionType', ['RANGE', 'SHEET']),
  DeveloperMetadataVisibility: define('DeveloperMetadataVisibility', ['DOCUMENT', 'PROJECT']),
  DeveloperMetadataLocationType: define('DeveloperMetadataLocationType', [
    'SPREADSHEET',
    'SHEET',
    'ROW',
    'COLUMN',
  ]),
  BooleanCriteria: define('BooleanCriteria', [
    'CELL_EMPTY',
    'CELL_NOT_EMPTY',
    'DATE_AFTER',
    'DATE_BEFORE',
    'DATE_EQUAL_TO',
    'DATE_NOT_EQUAL_TO',
    'DATE_AFTER_RELATIVE',
    'DATE_BEFORE_RELATIVE',
    'DATE_EQUAL_TO_RELATIVE',
    'NUMBER_BETWEEN',
    'NUMBER_EQUAL_TO',
    'NUMBER_GREATER_THAN',
    'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    'NUMBER_LESS_THAN',
    'NUMBER_LESS_THAN_OR_EQUAL_TO',
    'NUMBER_NOT_BETWEEN',
    'NUMBER_NOT_EQUAL_TO',
    'TEXT_CONTAINS',
    'TEXT_DOES_NOT_CONTAIN',
    'TEXT_EQUAL_TO',
    'TEXT_NOT_EQUAL_TO',
    'TEXT_STARTS_WITH',
    'TEXT_ENDS_WITH',
    'CUSTOM_FORMULA',
  ]),
  DataValidationCriteria: define('DataValidationCriteria', [
    'DATE_AFTER',
    'DATE_BEFORE',
    'DATE_BETWEEN',
    'DATE_EQUAL_TO',
    'DATE_IS_VALID_DATE',
    'DATE_NOT_BETWEEN',
    'DATE_ON_OR_AFTER',
    'DATE_ON_OR_BEFORE',
    'NUMBER_BETWEEN',
    'NUMBER_EQUAL_TO',
    'NUMBER_GREATER_THAN',
    'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    'NUMBER_LESS_THAN',
    'NUMBER_LESS_THAN_OR_EQUAL_TO',
    'NUMBER_NOT_BETWEEN',
    'NUMBER_NOT_EQUAL_TO',
    'TEXT_CONTAINS',
    'TEXT_DOES_NOT_CONTAIN',
    'TEXT_EQUAL_TO',
    'TEXT_IS_VALID_EMAIL',
    'TEXT_IS_VALID_URL',
    'VALUE_IN_LIST',
    'VALUE_IN_RANGE',
    'CUSTOM_FORMULA',
    'CHECKBOX',
  ]),
  InterpolationType: define('InterpolationType', ['NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX']),
  Dimension: define('Dimension', ['COLUMNS', 'ROWS']),
  GroupControlTogglePosition: define('GroupControlTogglePosition', ['BEFORE', 'AFTER']),
  BorderStyle: define('BorderStyle', [
    'DOTTED',
    'DASHED',
    'SOLID',
    'SOLID_MEDIUM',
    'SOLID_THICK',
    'DOUBLE',
  ]),
  WrapStrategy: define('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP']),
  ChartType: define('ChartType', CHART_TYPES),
  Position: define('Position', ['TOP', 'RIGHT', 'BOTTOM', 'NONE']),
  CurveStyle: define('CurveStyle', ['NORMAL', 'SMOOTH']),
  PointStyle: define('PointStyle', ['NONE', 'TINY', 'MEDIUM', 'LARGE', 'HUGE']),
  ChartHiddenDimensionStrategy: define('ChartHiddenDimensionStrategy', [
    'IGNORE_BOTH',
    'IGNORE_ROWS',
    'IGNORE_COLUMNS',
    'SHOW_BOTH',
  ]),
  ChartMergeStrategy: define('ChartMergeStrategy', ['MERGE_COLUMNS', 'MERGE_ROWS']),
  AuthMode: define('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']),
  ButtonSet: define('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']),
  Button: define('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']),
  SandboxMode: define('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE']),
  XFrameOptionsMode: define('XFrameOptionsMode', ['ALLOWALL', 'DEFAULT']),
  DigestAlgorithm: define('DigestAlgorithm', [
    'MD2',
    'MD5',
    'SHA_1',
    'SHA_256',
    'SHA_384',
    'SHA_512',
  ]),
  Charset: define('Charset', ['US_ASCII', 'UTF_8']),
};

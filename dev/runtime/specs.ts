// Plain records of what builders built and what the sheet carries. They are what the workbook
// JSON saves and what tests read back (e.g. addon.spreadsheet.model.sheets[0].charts).
import type { GridRange } from './a1';

export interface ValidationSpec {
  criteria: string; // SpreadsheetApp.DataValidationCriteria name, e.g. 'VALUE_IN_LIST'
  args: unknown[]; // ranges inside args are stored as { range: GridRange }
  allowInvalid: boolean;
  helpText: string | null;
}

export interface BooleanConditionSpec {
  criteria: string; // SpreadsheetApp.BooleanCriteria name, e.g. 'CUSTOM_FORMULA'
  args: unknown[];
}

export interface GradientPointSpec {
  color: string;
  type: string; // InterpolationType name
  value: string;
}

export interface ConditionalFormatSpec {
  ranges: GridRange[];
  condition: BooleanConditionSpec | null;
  gradient: { min?: GradientPointSpec; mid?: GradientPointSpec; max?: GradientPointSpec } | null;
  format: {
    background?: string | null;
    fontColor?: string | null;
    bold?: boolean | null;
    italic?: boolean | null;
    strikethrough?: boolean | null;
    underline?: boolean | null;
  };
}

export interface ChartSpec {
  chartId: number;
  type: string; // Charts.ChartType name, e.g. 'BAR'
  ranges: GridRange[];
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
  hiddenDimensionStrategy?: string;
  mergeStrategy?: string;
  numHeaders?: number;
  transposeRowsAndColumns?: boolean;
}

export interface ProtectionSpec {
  id: number;
  sheetId: number;
  type: 'SHEET' | 'RANGE';
  range: GridRange | null; // null for a sheet protection
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotectedRanges: GridRange[];
}

export interface DeveloperMetadataSpec {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location:
    | { type: 'SPREADSHEET' }
    | { type: 'SHEET'; sheetId: number }
    | { type: 'ROW' | 'COLUMN'; range: GridRange };
}

export interface NamedRangeSpec {
  name: string;
  range: GridRange;
}

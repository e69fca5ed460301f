// The importer's public types: what "Structure this sheet" is given and what it hands back.
import type { ColumnMapping, StructurePreview } from '../../shared/rpc';
import type { Lang } from '../i18n';
import type { ItemType, OkrItem } from '../model';
import type { DecimalMark } from '../values';

export interface ImportOptions {
  lang: Lang;
  /** Canonical period for objectives that name none, e.g. the current quarter '2026-Q4'. */
  defaultPeriod: string;
  /** A fresh, unique ID for a new item ('O-7', 'KR-12' …); called once per item, in outline order. */
  nextId: (type: ItemType) => string;
  /**
   * The spreadsheet's decimal mark (from its locale): numbers stored as text are read as
   * Sheets' VALUE reads them there. '.' when absent.
   */
  decimalMark?: DecimalMark;
  /**
   * The number format of each cell (Range.getNumberFormats(), same shape as the rows): a
   * number shown as a percentage ("0.00%") is a percentage, so its key result gets Unit %.
   */
  numberFormats?: readonly (readonly unknown[])[];
}

/** The preview's numbers and report (everything of StructurePreview but the sheet name). */
export type ImportSummary = Omit<StructurePreview, 'sheetName' | 'existing'>;

export interface ImportResult extends ImportSummary {
  /** In outline order: an objective, its key results, each key result's initiatives. */
  items: OkrItem[];
}

export type ColumnField = ColumnMapping['field'];

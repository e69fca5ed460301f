// The importer's public types: what "Structure this sheet" is given and what it hands back.
import type { ColumnMapping, StructurePreview } from '../../shared/rpc';
import type { Lang } from '../i18n';
import type { ItemType, OkrItem } from '../model';

export interface ImportOptions {
  lang: Lang;
  /** Canonical period for objectives that name none, e.g. the current quarter '2026-Q4'. */
  defaultPeriod: string;
  /** A fresh, unique ID for a new item ('O-7', 'KR-12' …); called once per item, in outline order. */
  nextId: (type: ItemType) => string;
}

/** The preview's numbers and report (everything of StructurePreview but the sheet name). */
export type ImportSummary = Omit<StructurePreview, 'sheetName'>;

export interface ImportResult extends ImportSummary {
  /** In outline order: an objective, its key results, each key result's initiatives. */
  items: OkrItem[];
}

export type ColumnField = ColumnMapping['field'];

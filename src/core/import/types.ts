// The importer's public types: what "Structure this sheet" is given and what it hands back.
import type { Lang } from '../i18n';
import type { ItemType, OkrItem } from '../model';
import type { DecimalMark } from '../values';

export interface ColumnMapping {
  /** The loose sheet's header text. */
  header: string;
  /** 1-based column in the loose sheet. */
  column: number;
  /** The OKR field it maps to, or 'notes' when it maps to nothing. */
  field: keyof OkrItem | 'objectiveTitle' | 'keyResultTitle' | 'initiativeTitle' | 'notes';
}

export interface ImportWarning {
  /** 1-based row in the loose sheet (0 when it concerns the whole sheet). */
  row: number;
  message: string;
}

/** A row of the loose sheet that went into the notes of an item (named by its title). */
export interface PlacedNote {
  /** 1-based row in the loose sheet. */
  row: number;
  /** The title of the item whose Notes hold the row. */
  title: string;
  text: string;
}

export interface StructurePreview {
  sheetName: string;
  objectives: number;
  keyResults: number;
  initiatives: number;
  headerRow: number;
  columns: ColumnMapping[];
  warnings: ImportWarning[];
  /**
   * What lines that are not items said and where it was used: title and section lines
   * ("Team: Sales", "Kwartaal: K3 2026") and headings ("Initiatives:").
   */
  context: ImportWarning[];
  /** Rows whose text went into the Notes of a named item. */
  notes: PlacedNote[];
  /** Non-empty rows that could not be placed; they are listed, never dropped silently. */
  unplaced: { row: number; text: string }[];
  /** Items already on the OKR tab (same title, parent and period); skipped unless asked. */
  existing: number;
}

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

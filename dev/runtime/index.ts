// The local Apps Script runtime: public API. See README.md beside this file.
import { loadCsvAsSheet } from './csv';
import { loadAddon, type LoadOptions, type LocalAddon } from './loader';
import { newSpreadsheet, LocalSpreadsheet } from './spreadsheet';
import { spreadsheetFromJson, spreadsheetToJson, type WorkbookJson } from './workbook-json';

export interface CreateSpreadsheetOptions {
  name?: string;
  /** 'en_US' by default, e.g. 'nl_NL'. */
  locale?: string;
  /** 'Europe/Amsterdam' by default. */
  timeZone?: string;
  /** true by default; false stores formulas without evaluating them (formula cells read ''). */
  evaluateFormulas?: boolean;
}

/** A new spreadsheet with one empty tab, 'Sheet1' (1000 rows × 26 columns), as Sheets makes it. */
export function createSpreadsheet(opts: CreateSpreadsheetOptions = {}): LocalSpreadsheet {
  return newSpreadsheet(opts);
}

export { loadAddon, loadCsvAsSheet, spreadsheetFromJson, spreadsheetToJson, LocalSpreadsheet };
export type { LoadOptions, LocalAddon, WorkbookJson };
export type { UiRecorder, RecordedMenu, RecordedDialog, RecordedAlert, ScriptedAnswer } from './ui';
export type { LockControl } from './lock';
export { parseCsv } from './csv';
export { notImplemented } from './accounting';

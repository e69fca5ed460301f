// Writes the words the sheet's formulas understand — kinds, milestone words, period spellings —
// as small tables on the settings tab, each a named range the formulas look words up in
// (VLOOKUP), instead of every formula spelling the words out. What the tables hold, and how
// the core reads them back, is src/core/word-tables.ts (the one home); a person can read
// them, and add a synonym in a row of their own (kept: Repair only adds back the core's words
// that are missing).
import type { Lang } from '../core/i18n';
import { WORD_TABLE_ROWS, WORD_TABLES, type WordTable } from '../core/word-tables';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A table's core rows as written: a leading apostrophe keeps a word such as "1" text. */
function coreCells(table: WordTable): (string | number)[][] {
  return table.rows().map((row) => row.map((v) => (typeof v === 'string' ? "'" + v : Number(v))));
}

function width(table: WordTable): number {
  return table.header.en.length;
}

/** Whether every table's named range exists and points at cells (else Repair writes them). */
export function wordTablesReady(ss: Spreadsheet): boolean {
  const names = new Set(ss.getNamedRanges().map((n) => n.getName()));
  return WORD_TABLES.every((table) => names.has(table.name));
}

/**
 * Writes the word tables onto the settings tab where their named ranges are missing (header,
 * the core's rows, the named range), and adds back the core's words people removed from a table
 * that is there. People's own rows stay.
 */
export function ensureWordTables(ss: Spreadsheet, settings: Sheet, lang: Lang): void {
  const named = new Map(ss.getNamedRanges().map((n) => [n.getName(), n]));
  for (const table of WORD_TABLES) {
    const rows = coreCells(table);
    const existing = named.get(table.name);
    let range: GoogleAppsScript.Spreadsheet.Range | null;
    try {
      range = existing ? existing.getRange() : null;
    } catch {
      range = null; // its tab was deleted
    }
    if (!range) {
      const header = settings.getRange(1, table.column, 1, width(table));
      header.setValues([[...table.header[lang]]]).setFontWeight('bold');
      settings.getRange(2, table.column, rows.length, width(table)).setValues(rows);
      const cells = settings.getRange(2, table.column, WORD_TABLE_ROWS, width(table));
      if (existing) existing.remove();
      ss.setNamedRange(table.name, cells);
      continue;
    }
    const values = range.getValues();
    const have = new Set(values.map((r) => String(r[0]).trim().toLowerCase()));
    const missing = rows.filter((r) => !have.has(String(r[0]).slice(1).toLowerCase()));
    if (missing.length === 0) continue;
    let last = values.length;
    while (last > 0 && values[last - 1]?.every((v) => v === '')) last--;
    if (last + missing.length > values.length) continue; // full: nothing is overwritten
    range.offset(last, 0, missing.length, width(table)).setValues(missing);
  }
}

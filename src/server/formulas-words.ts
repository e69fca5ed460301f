// The words the sheet's formulas understand — kinds, milestone words, period spellings — as
// small tables on the settings tab, each a named range the formulas look words up in
// (VLOOKUP), instead of every formula spelling the words out. The tables are the core's word
// lists rendered (src/core/kinds.ts, values.ts, period.ts: the one source); a person can read
// them, and add a synonym in a row of their own (kept: Repair only adds back the core's words
// that are missing).
import type { Lang } from '../core/i18n';
import { KIND_BY_NAME } from '../core/kinds';
import type { Cell } from '../core/model';
import { PERIOD_SPELLINGS } from '../core/period';
import { MILESTONE_WORDS } from '../core/values';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface WordTable {
  /** The named range the formulas use (the table's rows below its header). */
  readonly name: 'OKR_KINDS' | 'OKR_DONE' | 'OKR_PERIODS';
  /** 1-based column of the table's first column on a fresh settings tab. */
  readonly column: number;
  readonly header: Readonly<Record<Lang, readonly string[]>>;
  /** The core's rows; words as text (a leading apostrophe keeps "1" and "true" text). */
  readonly rows: () => Cell[][];
}

/** Rows a table may grow to (the named range's height): room for people's synonyms. */
export const WORD_TABLE_ROWS = 200;

const text = (word: string): string => "'" + word;

export const WORD_TABLES: readonly WordTable[] = [
  {
    name: 'OKR_KINDS',
    column: 5,
    header: {
      en: ['Kind (without spaces, - or _)', 'Means'],
      nl: ['Soort (zonder spaties, - of _)', 'Betekent'],
    },
    rows: () => [...KIND_BY_NAME].map(([word, kind]) => [text(word), kind]),
  },
  {
    name: 'OKR_DONE',
    column: 8,
    header: {
      en: ['Milestone word', 'Done (1) or open (0)'],
      nl: ['Mijlpaalwoord', 'Klaar (1) of open (0)'],
    },
    rows: () => [...MILESTONE_WORDS].map(([word, state]) => [text(word), state]),
  },
  {
    name: 'OKR_PERIODS',
    column: 11,
    header: {
      en: ['Period (# = year, no separators)', 'First month', 'Months'],
      nl: ['Periode (# = jaar, zonder scheidingstekens)', 'Eerste maand', 'Maanden'],
    },
    rows: () =>
      [...PERIOD_SPELLINGS].map(([spelling, q]) => [
        text(spelling),
        q === null ? 1 : 3 * q - 2,
        q === null ? 12 : 3,
      ]),
  },
];

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
    const rows = table.rows();
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

// The words the sheet's formulas look up — kinds, milestone done/open words, period spellings —
// as small tables on the settings tab (each a named range the formulas VLOOKUP into). A person
// may add a synonym in a row of their own. This module is the tables' one home: what each
// table holds (header, the core's rows), and the pure reader that turns the settings tab's
// values into the words the core parses with, so that a synonym on the settings tab is read
// the same by the formulas and by the core (sidebar, health, roll-over). The server writes the
// tables (src/server/formulas-words.ts); the session reads them with the settings
// (src/server/tabs.ts) and the snapshot carries them to the sidebar.
import { columnLetter } from './a1';
import type { Lang } from './i18n';
import { KIND_BY_NAME } from './kinds';
import type { Cell } from './model';
import { PERIOD_SEPARATORS, PERIOD_SPELLINGS, type Quarter } from './period';
import { MILESTONE_WORDS } from './values';
import { KR_KINDS, normaliseWord, type KrKind } from './vocabulary';

export type WordTableName = 'OKR_KINDS' | 'OKR_DONE' | 'OKR_PERIODS';

export interface WordTable {
  /** The named range the formulas use (the table's rows below its header). */
  readonly name: WordTableName;
  /** 1-based column of the table's first column on a fresh settings tab. */
  readonly column: number;
  readonly header: Readonly<Record<Lang, readonly string[]>>;
  /** The core's rows (words as plain text). */
  readonly rows: () => Cell[][];
}

/** Rows a table may grow to (the named range's height): room for people's synonyms. */
export const WORD_TABLE_ROWS = 200;

export const WORD_TABLES: readonly WordTable[] = [
  {
    name: 'OKR_KINDS',
    column: 5,
    header: {
      en: ['Kind (without spaces, - or _)', 'Means'],
      nl: ['Soort (zonder spaties, - of _)', 'Betekent'],
    },
    rows: () => [...KIND_BY_NAME].map(([word, kind]) => [word, kind]),
  },
  {
    name: 'OKR_DONE',
    column: 8,
    header: {
      en: ['Milestone word', 'Done (1) or open (0)'],
      nl: ['Mijlpaalwoord', 'Klaar (1) of open (0)'],
    },
    rows: () => [...MILESTONE_WORDS].map(([word, state]) => [word, state]),
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
        spelling,
        q === null ? 1 : 3 * q - 2,
        q === null ? 12 : 3,
      ]),
  },
];

/** The words a sheet's cells are read with: keys as the formulas look them up. */
export interface SheetWords {
  /** Kind words, lower case without spaces, "-" or "_" (vocabulary.ts normaliseWord). */
  readonly kinds: ReadonlyMap<string, KrKind>;
  /** Milestone words, lower case: done (1) or open (0). */
  readonly done: ReadonlyMap<string, 0 | 1>;
  /** Period spellings, upper case, the year written #: a year (null) or a quarter. */
  readonly periods: ReadonlyMap<string, Quarter | null>;
}

/** The core's own words: what a fresh settings tab holds (and a tab without tables means). */
export const CORE_WORDS: SheetWords = {
  kinds: KIND_BY_NAME,
  done: MILESTONE_WORDS,
  periods: PERIOD_SPELLINGS,
};

/** The words as plain lists, for the snapshot (google.script.run carries no Map). */
export interface WordLists {
  kinds: [string, KrKind][];
  done: [string, 0 | 1][];
  periods: [string, Quarter | null][];
}

export function wordLists(words: SheetWords): WordLists {
  return { kinds: [...words.kinds], done: [...words.done], periods: [...words.periods] };
}

export function wordsFromLists(lists: WordLists | undefined): SheetWords {
  if (!lists) return CORE_WORDS;
  return {
    kinds: new Map(lists.kinds),
    done: new Map(lists.done),
    periods: new Map(lists.periods),
  };
}

/** Why a table row can be used by neither the formulas nor the core. */
export type WordProblemReason =
  | 'noWord'
  | 'notText'
  | 'separators'
  | 'padded'
  | 'kindMeaning'
  | 'doneMeaning'
  | 'periodSpelling'
  | 'periodMonths';

/** A row of a word table that is left out, with the cell that makes it unusable. */
export interface WordProblem {
  table: WordTableName;
  /** The table's header in the tab's language as found ("Milestone word"). */
  title: string;
  /** The cell on the settings tab, A1 notation ("H7"). */
  cell: string;
  value: string;
  reason: WordProblemReason;
}

export interface ReadWords {
  words: SheetWords;
  problems: WordProblem[];
}

const KIND_BY_CODE = new Map(KR_KINDS.map((k) => [k.toLowerCase(), k]));
const PERIOD_SEPARATOR = new RegExp(PERIOD_SEPARATORS);

function isBlankCell(v: unknown): boolean {
  return v === '' || v === null || v === undefined;
}

/** Where a table's header stands: the first cell of the first five rows naming it. */
function findHeader(
  values: readonly (readonly unknown[])[],
  table: WordTable,
): { row: number; column: number; title: string } | null {
  const names = new Set([table.header.en[0]!.toLowerCase(), table.header.nl[0]!.toLowerCase()]);
  for (let r = 0; r < Math.min(5, values.length); r++) {
    const line = values[r] ?? [];
    for (let c = 0; c < line.length; c++) {
      const v = line[c];
      if (typeof v === 'string' && names.has(v.trim().toLowerCase()))
        return { row: r, column: c, title: v.trim() };
    }
  }
  return null;
}

/**
 * The entry a table row adds (key as the formulas look it up, and its meaning), or the reason
 * neither the formulas nor the core can use it. Sheets' VLOOKUP with FALSE matches exactly but
 * for case, and never matches text against a number
 * (support.google.com/docs/answer/3093318), so a word must be text, and in the form the
 * formula looks up: a kind without spaces, "-" or "_", a milestone word without spaces around
 * it, a period without separators.
 */
function entryOf(
  table: WordTableName,
  row: readonly unknown[],
): { key: string; meaning: KrKind | 0 | 1 | Quarter | null } | WordProblemReason {
  const [word, a, b] = row;
  if (isBlankCell(word)) return 'noWord';
  if (typeof word !== 'string') return 'notText';
  if (table === 'OKR_KINDS') {
    if (normaliseWord(word) !== word.toLowerCase()) return 'separators';
    const kind = typeof a === 'string' ? KIND_BY_CODE.get(a.trim().toLowerCase()) : undefined;
    return kind ? { key: word.toLowerCase(), meaning: kind } : 'kindMeaning';
  }
  if (table === 'OKR_DONE') {
    if (word.trim() !== word) return 'padded';
    return a === 0 || a === 1 ? { key: word.toLowerCase(), meaning: a } : 'doneMeaning';
  }
  const spelling = word.toUpperCase();
  if (PERIOD_SEPARATOR.test(spelling) || spelling.split('#').length !== 2) return 'periodSpelling';
  if (a === 1 && b === 12) return { key: spelling, meaning: null };
  if (b === 3 && typeof a === 'number' && [1, 4, 7, 10].includes(a))
    return { key: spelling, meaning: ((a + 2) / 3) as Quarter };
  return 'periodMonths';
}

/**
 * The words of the settings tab's tables (`values`: the tab's getValues()), each table found by
 * its header in either language and read as its VLOOKUP reads it: row by row, the first row of
 * a word wins. A table that is not there means the core's words (Repair writes it). Rows that
 * cannot be used are left out and reported.
 */
export function readWordTables(values: readonly (readonly unknown[])[]): ReadWords {
  const problems: WordProblem[] = [];
  const found: Partial<Record<WordTableName, Map<string, unknown>>> = {};
  for (const table of WORD_TABLES) {
    const at = findHeader(values, table);
    if (!at) continue;
    const width = table.header.en.length;
    const map = new Map<string, unknown>();
    const last = Math.min(values.length, at.row + 1 + WORD_TABLE_ROWS);
    for (let r = at.row + 1; r < last; r++) {
      const row = (values[r] ?? []).slice(at.column, at.column + width);
      if (row.every(isBlankCell)) continue;
      const entry = entryOf(table.name, row);
      if (typeof entry === 'string') {
        const meaning =
          entry === 'kindMeaning' || entry === 'doneMeaning' || entry === 'periodMonths';
        const column = meaning ? 1 : 0;
        problems.push({
          table: table.name,
          title: at.title,
          cell: `${columnLetter(at.column + column)}${r + 1}`,
          value: String(row[column] ?? ''),
          reason: entry,
        });
      } else if (!map.has(entry.key)) map.set(entry.key, entry.meaning);
    }
    found[table.name] = map;
  }
  if (Object.keys(found).length === 0) return { words: CORE_WORDS, problems };
  return {
    words: {
      kinds: (found.OKR_KINDS as Map<string, KrKind> | undefined) ?? CORE_WORDS.kinds,
      done: (found.OKR_DONE as Map<string, 0 | 1> | undefined) ?? CORE_WORDS.done,
      periods: (found.OKR_PERIODS as Map<string, Quarter | null> | undefined) ?? CORE_WORDS.periods,
    },
    problems,
  };
}

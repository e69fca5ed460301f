// The settings tab's word tables as the core reads them (src/core/word-tables.ts): found by
// header in either language, read row by row as VLOOKUP reads them, bad rows left out and named.
import { runHealthRules } from '../../src/core/health';
import { parseKind } from '../../src/core/kinds';
import { tryParsePeriod } from '../../src/core/period';
import { milestoneState } from '../../src/core/values';
import {
  CORE_WORDS,
  WORD_TABLES,
  WORD_TABLE_ROWS,
  readWordTables,
  wordLists,
  wordsFromLists,
} from '../../src/core/word-tables';

/** A settings tab's values with the tables laid as a fresh one (header row 1), in `lang`. */
function settingsTab(lang: 'en' | 'nl', extra: Record<string, unknown[][]> = {}): unknown[][] {
  const rows: unknown[][] = Array.from({ length: 60 }, () => Array<unknown>(14).fill(''));
  rows[0]![0] = 'Setting';
  for (const table of WORD_TABLES) {
    table.header[lang].forEach((h, i) => (rows[0]![table.column - 1 + i] = h));
    const body = [...table.rows(), ...(extra[table.name] ?? [])];
    body.forEach((r, i) => r.forEach((v, j) => (rows[1 + i]![table.column - 1 + j] = v)));
  }
  return rows;
}

describe('readWordTables', () => {
  test('a fresh settings tab reads as the core words, in English and Dutch', () => {
    for (const lang of ['en', 'nl'] as const) {
      const { words, problems } = readWordTables(settingsTab(lang));
      expect(problems).toEqual([]);
      expect(wordLists(words)).toEqual(wordLists(CORE_WORDS));
    }
  });

  test('no tables (a tab of an earlier version): the core words', () => {
    expect(readWordTables([['Setting', 'Value']]).words).toBe(CORE_WORDS);
  });

  test('synonyms a person adds are understood by the parsers', () => {
    const { words, problems } = readWordTables(
      settingsTab('nl', {
        OKR_KINDS: [
          ['groei', 'increase'],
          ['Target', 'ATLEAST'],
        ],
        OKR_DONE: [
          ['Afgerond', 1],
          ['nog niet', 0],
        ],
        OKR_PERIODS: [
          ['#kw2', 4, 3],
          ['FY#', 1, 12],
        ],
      }),
    );
    expect(problems).toEqual([]);
    expect(parseKind('Groei', 'kind', words.kinds)).toBe('increase');
    expect(parseKind('tar-get', 'kind', words.kinds)).toBe('atLeast');
    expect(() => parseKind('groei')).toThrow(); // not a core word
    expect(milestoneState(' afgerond ', words.done)).toBe(1);
    expect(milestoneState('NOG NIET', words.done)).toBe(0);
    expect(tryParsePeriod('2026 KW2', words.periods)).toEqual({
      kind: 'quarter',
      year: 2026,
      quarter: 2,
    });
    expect(tryParsePeriod('FY 2027', words.periods)).toEqual({ kind: 'year', year: 2027 });
    expect(tryParsePeriod('2026 KW2')).toBeNull();
  });

  test('the first row of a word wins, as VLOOKUP finds it', () => {
    const { words } = readWordTables(settingsTab('en', { OKR_DONE: [['done', 0]] }));
    expect(words.done.get('done')).toBe(1);
  });

  test('a table moved elsewhere on the tab is found by its header', () => {
    const values = [
      ['', '', 'Milestone word', 'Done (1) or open (0)'],
      ['', '', 'yep', 1],
    ];
    const { words } = readWordTables(values);
    expect(milestoneState('yep', words.done)).toBe(1);
    expect(milestoneState('done', words.done)).toBeUndefined(); // this tab's table lacks it
    expect(words.kinds).toBe(CORE_WORDS.kinds);
  });

  test('rows beyond the named range are not read (the formulas do not see them)', () => {
    const values = settingsTab('en');
    const rows = Array.from({ length: WORD_TABLE_ROWS + 5 }, () => Array<unknown>(14).fill(''));
    const all = [...values, ...rows];
    all[WORD_TABLE_ROWS + 1]![7] = 'late';
    all[WORD_TABLE_ROWS + 1]![8] = 1;
    expect(readWordTables(all).words.done.has('late')).toBe(false);
  });

  test('malformed rows are left out and named with their cell and reason', () => {
    const { words, problems } = readWordTables(
      settingsTab('en', {
        OKR_KINDS: [
          ['at least', 'atLeast'],
          ['groei', 'more'],
          ['', 'increase'],
        ],
        OKR_DONE: [
          [' ok ', 1],
          [2, 1],
          ['maybe', 'yes'],
        ],
        OKR_PERIODS: [
          ['#-H1', 1, 6],
          ['#H1', 1, 6],
          ['#T1', 2, 3],
        ],
      }),
    );
    // The extra rows start below the core's rows (row 1 is the header).
    const k = 2 + CORE_WORDS.kinds.size;
    const d = 2 + CORE_WORDS.done.size;
    const p = 2 + CORE_WORDS.periods.size;
    expect(problems.map((x) => [x.table, x.cell, x.reason, x.value])).toEqual([
      ['OKR_KINDS', `E${k}`, 'separators', 'at least'],
      ['OKR_KINDS', `F${k + 1}`, 'kindMeaning', 'more'],
      ['OKR_KINDS', `E${k + 2}`, 'noWord', ''],
      ['OKR_DONE', `H${d}`, 'padded', ' ok '],
      ['OKR_DONE', `H${d + 1}`, 'notText', '2'],
      ['OKR_DONE', `I${d + 2}`, 'doneMeaning', 'yes'],
      ['OKR_PERIODS', `K${p}`, 'periodSpelling', '#-H1'],
      ['OKR_PERIODS', `L${p + 1}`, 'periodMonths', '1'],
      ['OKR_PERIODS', `L${p + 2}`, 'periodMonths', '2'],
    ]);
    expect(words.kinds.has('groei')).toBe(false);
    expect(words.done.has('maybe')).toBe(false);
  });

  test('the health check names each malformed row, in English and Dutch', () => {
    const { problems } = readWordTables(settingsTab('en', { OKR_DONE: [['maybe', 'yes']] }));
    for (const lang of ['en', 'nl'] as const) {
      const findings = runHealthRules([], [], {
        lang,
        todaySerial: 46100,
        columnName: (k) => k,
        wordProblems: problems,
      });
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ rule: 'wordTable', severity: 'warning', row: 0 });
      expect(findings[0]!.message).toContain(`I${2 + CORE_WORDS.done.size}`);
      expect(findings[0]!.message).toContain('"yes"');
      expect(findings[0]!.message).toMatch(lang === 'en' ? /1 \(done\) or 0/ : /1 \(klaar\) of 0/);
      expect(findings[0]!.fix).not.toBe('');
    }
  });

  test('the words cross the wire as lists and come back the same', () => {
    const { words } = readWordTables(settingsTab('en', { OKR_DONE: [['yep', 1]] }));
    const back = wordsFromLists(JSON.parse(JSON.stringify(wordLists(words))));
    expect(milestoneState('yep', back.done)).toBe(1);
    expect(wordsFromLists(undefined)).toBe(CORE_WORDS);
  });
});

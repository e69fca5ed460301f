// Fuzzing "Structure this sheet" (issue 8, hardening): random loose sheets — headers from the
// synonym lists in random spellings, title, context, section and heading lines, blank rows,
// markers and checkboxes, numbers, junk, formula-looking text, unicode, dates, odd values —
// never make it throw, never lose a non-empty cell, and always give items in valid outline
// order with unique IDs.
import fc from 'fast-check';
import { structureLooseSheet, type ImportResult } from '../../src/core/import';
import { titleKey } from '../../src/core/import/cells';
import type { ItemType } from '../../src/core/model';
import { cellsNotAccountedFor, outlineProblems } from '../helpers/import-accounting';

const HEADERS = [
  'Level',
  'Niveau',
  'Team',
  'Owner',
  'Eigenaar',
  'Who',
  'Verantwoordelijke',
  'Quarter',
  'Period',
  'Periode',
  'Kwartaal',
  'Jaar',
  'Objective',
  'Doelstelling',
  'Doel',
  'Key result',
  'KR',
  'Kernresultaat',
  'Initiative',
  'Initiatief',
  'Task',
  'Taak',
  'Actie',
  'Start',
  'Baseline',
  'Startwaarde',
  'Begin',
  'Target',
  'Goal',
  'Doelwaarde',
  'Doel waarde',
  'Current',
  'Actual',
  'Huidige waarde',
  'Actueel',
  'Stand',
  'Unit',
  'Eenheid',
  'Weight',
  'Gewicht',
  'Confidence',
  'Vertrouwen',
  'Kind',
  'Type meting',
  'Soort',
  'Notes',
  'Opmerkingen',
  'Toelichting',
  'Description',
  'Omschrijving',
  'Title',
  'ID',
  'Type',
  'Progress',
  'Whatever',
  '',
];

const header = fc
  .tuple(fc.constantFrom(...HEADERS), fc.constantFrom('as is', 'lower', 'upper', 'colon', 'padded'))
  .map(([name, style]) => {
    if (style === 'lower') return name.toLowerCase();
    if (style === 'upper') return name.toUpperCase();
    if (style === 'colon') return `${name}:`;
    if (style === 'padded') return `  ${name} `;
    return name;
  });

const word = fc.stringMatching(/^[A-Za-z]{2,10}$/);
const MARKERS = [
  'Objective: ',
  'Doelstelling: ',
  'O: ',
  'O1 ',
  'O2. ',
  'KR: ',
  'KR1.1 ',
  'KR 2.1: ',
  'Key result: ',
  'Kernresultaat: ',
  '- ',
  '• ',
  '* ',
  'I1.1.1 ',
  'I2.1.1 ',
  '1. ',
  '1.1 ',
  '1.1.1 ',
  'Notes: ',
  'Team ',
  '- [x] ',
  '- [ ] ',
  '[X] ',
  '• [v] ',
  '☑ ',
  '☐ ',
  '✓ ',
  '✔ ',
  'Team: ',
  'Owner: ',
  '',
];

// Lines that are no items: title and section lines (context) and headings.
const STRUCTURE_LINES = [
  'Team OKRs: Q2 2026',
  'Team: Customer Success',
  'Afdeling: Support',
  'Kwartaal: K3 2026',
  'Owner: Iris',
  'Level: Personal',
  'Niveau: Team Sales',
  'Year 2027',
  'Q1 OKRs (draft)',
  'Initiatives:',
  'Initiatieven:',
  'Key results',
  'KRs:',
  'Taken:',
  'Discuss at the offsite in June',
];
const marked = fc
  .tuple(fc.constantFrom(...MARKERS), fc.array(word, { minLength: 0, maxLength: 4 }))
  .map(([marker, words]) => `${marker}${words.join(' ')}`);

const cell: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constant(''), weight: 6 },
  { arbitrary: marked, weight: 6 },
  { arbitrary: fc.string(), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme' }), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      '=SUM(A1:A3)',
      '=IMPORTXML("http://x.invalid","//a")',
      '+31 6 1234',
      '-5 deals',
      '@mention',
      "'quoted",
      '=',
    ),
    weight: 2,
  },
  {
    arbitrary: fc.constantFrom(
      '8%',
      '2.5%',
      '1,5',
      '1,500',
      '€ 40',
      '40 euro',
      'abc',
      'done',
      'ja',
      'no',
      'TRUE',
      'Company',
      'Bedrijf',
      'Team',
      'Personal',
      'Persoonlijk',
      'Team Sales',
      'afdeling',
      '2026-Q1',
      '2026-K3',
      'Q2 2026',
      '2026',
      'Q3',
      'spring',
      '2026-02-15',
      'increase',
      'afname',
      'mijlpaal',
      'sideways',
      'High',
      'laag',
      'sure',
      'FALSE',
      ...STRUCTURE_LINES,
    ),
    weight: 4,
  },
  { arbitrary: fc.double(), weight: 2 },
  { arbitrary: fc.integer({ min: -1000, max: 3000 }), weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.date(), weight: 1 },
  { arbitrary: fc.constantFrom(null, undefined), weight: 1 },
);

const row = fc.array(cell, { minLength: 0, maxLength: 9 });

const structureLine = fc.constantFrom(...STRUCTURE_LINES).map((text): unknown[] => [text]);

const sheet = fc
  .record({
    above: fc.array(fc.oneof(row, structureLine, fc.constant<unknown[]>([])), { maxLength: 4 }),
    header: fc.array(header, { minLength: 1, maxLength: 9 }),
    body: fc.array(row, { maxLength: 25 }),
  })
  .map(({ above, header: names, body }) => [...above, names, ...body]);

// Sheets that look like real ones: the title columns draw from a few titles (so objectives
// and key results repeat, or are blank "as above"), the other columns from realistic values.
const FLAT_HEADERS = [
  'Level',
  'Team',
  'Owner',
  'Quarter',
  'Start',
  'Target',
  'Current',
  'Notes',
  'Unit',
  'Kind',
  'Confidence',
];
const pick = (values: readonly unknown[]): fc.Arbitrary<unknown> => fc.constantFrom(...values);
const flatSheet = fc
  .tuple(
    fc.shuffledSubarray(FLAT_HEADERS),
    fc.constantFrom(
      ['Objective', 'Key result', 'Initiative'],
      ['Objective', 'Key result'],
      ['Doelstelling', 'KR', 'Taak'],
    ),
    fc.integer({ min: 0, max: 30 }),
  )
  .chain(([others, titleRow, count]) => {
    const titles: readonly string[] = titleRow;
    const names = [...titles, ...others];
    const columnValue = (name: string): fc.Arbitrary<unknown> => {
      if (titles.indexOf(name) === 0)
        return pick(['', '', 'Grow', 'Ship', 'Learn', '=1+1', 'Notes: later']);
      if (titles.includes(name)) return pick(['', '', 'A', 'B', 'C', '- dash', 'KR: x']);
      if (name === 'Level')
        return pick(['', 'Company', 'Team', 'Personal', 'Bedrijf', 'Team Sales', 'weird']);
      if (name === 'Quarter')
        return pick([
          '',
          '2026-Q1',
          '2026-K2',
          2026,
          'Q3',
          'later',
          new Date(Date.UTC(2026, 4, 1)),
        ]);
      if (name === 'Team' || name === 'Owner') return pick(['', 'Sales', 'Anna', 'Bram']);
      if (name === 'Kind') return pick(['', 'increase', 'afname', 'milestone', 'nope']);
      if (name === 'Confidence') return pick(['', 'High', 'laag', 'very']);
      return pick(['', 0, 1, 12.5, '8%', '1,5', '1,500', 'abc', true, 'done', 'ja']);
    };
    return fc
      .array(fc.tuple(...names.map(columnValue)), { minLength: count, maxLength: count })
      .map((body) => [names as unknown[], ...body.map((cells) => [...cells])]);
  });

function structure(
  rows: unknown[][],
  nextId?: (type: ItemType) => string,
  lang: 'en' | 'nl' = 'en',
): ImportResult {
  let n = 0;
  return structureLooseSheet(rows, {
    lang,
    defaultPeriod: '2026-Q4',
    nextId: nextId ?? ((type) => `${type}-${++n}`),
  });
}

function checkResult(rows: unknown[][], result: ImportResult): void {
  expect(cellsNotAccountedFor(rows, result)).toEqual([]);
  expect(outlineProblems(result.items)).toEqual([]);
  const count = (type: ItemType): number => result.items.filter((i) => i.type === type).length;
  expect([result.objectives, result.keyResults, result.initiatives]).toEqual([
    count('objective'),
    count('keyResult'),
    count('initiative'),
  ]);
  for (const warning of result.warnings) {
    expect(warning.row).toBeGreaterThanOrEqual(0);
    expect(warning.row).toBeLessThanOrEqual(rows.length);
  }
  for (const unplaced of result.unplaced) {
    expect(unplaced.row).toBeGreaterThanOrEqual(1);
    expect(unplaced.text).not.toBe('');
  }
}

// A document pasted into a sheet: one column of title and section lines, markers, headings,
// checkbox bullets and free text, a TRUE/FALSE checkbox cell before some lines, and at times a
// header above them.
const documentLine = fc.oneof(
  structureLine,
  fc
    .tuple(
      fc.constantFrom('Objective: ', 'Doelstelling: ', 'KR: ', 'Key result: ', '- ', '• '),
      fc.array(word, { minLength: 1, maxLength: 3 }),
    )
    .map(([marker, words]): unknown[] => [`${marker}${words.join(' ')}`]),
  fc
    .tuple(
      fc.constantFrom('- [x] ', '- [ ] ', '[X] ', '[v] ', '☑ ', '☐ ', '✓ ', '✔ '),
      fc.array(word, { minLength: 1, maxLength: 3 }),
    )
    .map(([box, words]): unknown[] => [`${box}${words.join(' ')}`]),
  fc.array(word, { minLength: 1, maxLength: 4 }).map((words): unknown[] => [words.join(' ')]),
  fc.constant<unknown[]>([]),
);
const pastedDocument = fc
  .record({
    header: fc.constantFrom<unknown[][]>([], [['Description']], [['', 'Omschrijving']]),
    lines: fc.array(
      fc.tuple(documentLine, fc.constantFrom<unknown[]>([], [true], [false], ['TRUE'])),
      { maxLength: 25 },
    ),
  })
  .map(({ header, lines }) => {
    // With a header in column B (or a leading checkbox column), the lines sit in column B.
    const inB = header.length > 0 ? (header[0] as unknown[]).length === 2 : false;
    const body = lines.map(([line, box]) => {
      if (!inB && box.length === 0) return line;
      return [box[0] ?? '', ...(line.length > 0 ? line : [''])];
    });
    return [...header, ...body];
  });

describe('structureLooseSheet on random loose sheets', () => {
  it('never throws, loses no cell and keeps outline order', () => {
    fc.assert(
      fc.property(sheet, fc.constantFrom('en', 'nl'), (rows, lang) => {
        checkResult(rows, structure(rows, undefined, lang));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps a Kind cell that is only separators (found by fast-check: "_" was dropped)', () => {
    const rows = [
      ['Kind', 'Kernresultaat', 'Objective', 'Level'],
      ['_', '8%', '!'],
    ];
    const result = structure(rows);
    checkResult(rows, result);
    expect(result.warnings.map((w) => w.message).join('\n')).toContain('"_" is not a kind');
  });

  it('does the same for flat tables with repeated and blank-as-above titles', () => {
    fc.assert(
      fc.property(flatSheet, (rows) => {
        checkResult(rows, structure(rows));
      }),
      { numRuns: 200 },
    );
  });

  it('does the same for sheets without any header', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
        checkResult(rows, structure(rows));
      }),
      { numRuns: 300 },
    );
  });

  it('does the same for pasted documents with context, headings and checkboxes', () => {
    fc.assert(
      fc.property(pastedDocument, fc.constantFrom('en', 'nl'), (rows, lang) => {
        const result = structure(rows, undefined, lang);
        checkResult(rows, result);
        // A checkbox is the item's state, never part of its title.
        for (const item of result.items) {
          expect(item.title).not.toMatch(/^(?:[-•]\s+)?(?:\[[\sxXvV]?\]|[☐☑✓✔])/);
        }
        // Every row is in exactly one place: an item's own row, a note, context or unplaced.
        // (A context line may say two things, "Niveau: Team Sales": one entry each.)
        const rowsOf = (list: readonly { row: number }[]) => new Set(list.map((e) => e.row));
        const listed = [
          ...rowsOf(result.notes),
          ...rowsOf(result.context),
          ...rowsOf(result.unplaced),
        ];
        expect(new Set(listed).size).toBe(listed.length);
        expect(rowsOf(result.notes).size).toBe(result.notes.length);
      }),
      { numRuns: 400 },
    );
  });

  it('survives anything passed as rows', () => {
    fc.assert(
      fc.property(fc.anything(), (rows) => {
        const result = structure(rows as unknown[][]);
        expect(Array.isArray(result.items)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('gives unique IDs even when nextId repeats itself or throws', () => {
    fc.assert(
      fc.property(sheet, fc.constantFrom('same', 'throws', 'empty'), (rows, mode) => {
        const result = structure(rows, () => {
          if (mode === 'throws') throw new Error('no IDs today');
          return mode === 'same' ? 'X-1' : '';
        });
        expect(outlineProblems(result.items)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('titleKey', () => {
  test('is lower case with runs of whitespace as one space, trimmed, for any text', () => {
    const spacey = fc.array(fc.constantFrom('a', 'B', ' ', '  ', '\t', '\n', '\u00a0', 'É', '1'), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          spacey.map((p) => p.join('')),
        ),
        (text) => {
          expect(titleKey(text)).toBe(text.toLowerCase().replace(/\s+/g, ' ').trim());
        },
      ),
      { numRuns: 5_000 },
    );
  });
});

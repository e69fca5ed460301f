// Fuzzing "Structure this sheet" through the server (structureSheet on the BUILT add-on, on a
// tab loaded as CSV into the local runtime): random loose sheets never give an uncaught error,
// never lose a non-empty cell (its text is in the structured OKR tab or in the returned report),
// and never change the source sheet. A refusal is a clear message and changes nothing.
import fc from 'fast-check';
import { loadCsvAsSheet, type LocalSpreadsheet } from '../../dev/runtime';
import { matchHeader } from '../../src/core/columns';
import type { ImportResult } from '../../src/core/import';
import type { StructureResult } from '../../src/shared/rpc';
import { cellsNotAccountedFor } from '../helpers/import-accounting';
import { RAW_ERROR, restore, state, thrown } from './helpers';
import { createSpreadsheet, spreadsheetToJson } from '../../dev/runtime';

const HEADERS = [
  'Level',
  'Team',
  'Owner',
  'Eigenaar',
  'Quarter',
  'Periode',
  'Objective',
  'Doelstelling',
  'Key result',
  'KR',
  'Initiative',
  'Taak',
  'Start',
  'Target',
  'Current',
  'Unit',
  'Weight',
  'Confidence',
  'Kind',
  'Notes',
  'Whatever',
  '',
];
const MARKERS = [
  'Objective: ',
  'O1 ',
  'KR: ',
  'KR1.1 ',
  '- ',
  '• ',
  '1. ',
  '1.1 ',
  '- [x] ',
  '- [ ] ',
  '☑ ',
  '[v] ',
  '',
];
const word = fc.stringMatching(/^[A-Za-z]{2,9}$/);
const cell = fc.oneof(
  { arbitrary: fc.constant(''), weight: 5 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...MARKERS), fc.array(word, { minLength: 1, maxLength: 3 }))
      .map(([m, w]) => m + w.join(' ')),
    weight: 6,
  },
  {
    arbitrary: fc.constantFrom(
      '=SUM(A1:A3)',
      '+31 6 1234',
      '-5 deals',
      '@mention',
      '8%',
      '1,5',
      '40',
      '0',
      'abc',
      'done',
      'no',
      'Company',
      'Team',
      'Personal',
      '2026-Q1',
      '2026',
      'increase',
      'milestone',
      'High',
      '2026-02-15',
      'TRUE',
      'FALSE',
      'Initiatives:',
      'Key results',
      'Team: Sales',
      'Owner: Iris',
      'Kwartaal: K3 2026',
      'Team OKRs: Q2 2026',
      'Year 2027',
    ),
    weight: 4,
  },
  { arbitrary: fc.integer({ min: -100, max: 3000 }).map(String), weight: 2 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
);
// Title lines above the header: context for the items below, or skipped with a warning.
const titleLine = fc.constantFrom<string[]>(
  ['Team OKRs: Q2 2026'],
  ['Team: Customer Success'],
  ['Kwartaal: K3 2026'],
  ['Afdeling:', 'Support'],
  ['Level: Personal'],
  ['Year 2027'],
  ['Just a title'],
  [],
);
const looseSheet = fc
  .record({
    above: fc.array(titleLine, { maxLength: 3 }),
    header: fc.uniqueArray(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 8 }),
    body: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }),
  })
  .map(({ above, header, body }) => [...above, header, ...body]);

const csvOf = (rows: string[][]) =>
  rows.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(',')).join('\n');

const iso = (d: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(d);

/** The source as the server reads it (dates as ISO days, as structure.ts hands them over). */
function sourceValues(ss: LocalSpreadsheet, name: string): unknown[][] {
  return ss
    .getSheetByName(name)!
    .getDataRange()
    .getValues()
    .map((row) =>
      row.map((v) => (Object.prototype.toString.call(v) === '[object Date]' ? iso(v as Date) : v)),
    );
}

/** The structured tab's rows as items (every cell's value under its column key). */
function okrItems(ss: LocalSpreadsheet, okrSheetName: string): ImportResult['items'] {
  const values = ss.getSheetByName(okrSheetName)!.getDataRange().getValues();
  const header = matchHeader(values);
  if (!header) throw new Error('no header on the OKR tab');
  return values.slice(header.headerRow + 1).map((row) => {
    const item: Record<string, unknown> = {};
    for (const [k, c] of Object.entries(header.columns)) {
      const v = row[c as number];
      item[k] = Object.prototype.toString.call(v) === '[object Date]' ? iso(v as Date) : v;
    }
    return item as unknown as ImportResult['items'][number];
  });
}

test('random loose sheets structure without errors, lost cells or a changed source', () => {
  const base = spreadsheetToJson(createSpreadsheet({ evaluateFormulas: false }));
  fc.assert(
    fc.property(looseSheet, (rows) => {
      const loaded = restore(base);
      loadCsvAsSheet(loaded.ss, 'Loose', csvOf(rows));
      const source = sourceValues(loaded.ss, 'Loose');
      const before = state(loaded.ss);
      let result: StructureResult | undefined;
      const message = thrown(() => {
        result = loaded.addon.call('structureSheet', { sheetName: 'Loose' }) as StructureResult;
      });
      expect(sourceValues(loaded.ss, 'Loose')).toEqual(source);
      expect(loaded.ss.getSheetByName('Loose')!.getDataRange().getFormulas().flat().join('')).toBe(
        '',
      );
      if (message !== null) {
        // Only "nothing found" may refuse; it is a clear message and nothing was written.
        expect(message).not.toMatch(RAW_ERROR);
        expect(message).toMatch(/No objectives or key results were found/);
        expect(state(loaded.ss)).toBe(before);
        return;
      }
      const r = result!;
      // The answer's snapshot (built from what was written) is what a fresh read shows.
      expect(r.snapshot).toEqual(loaded.addon.call('getSnapshot', {}));
      const report = {
        items: okrItems(loaded.ss, r.okrSheetName),
        warnings: r.warnings,
        context: r.context,
        notes: r.notes,
        unplaced: r.unplaced,
        columns: r.columns,
      } as unknown as ImportResult;
      expect(cellsNotAccountedFor(source, report)).toEqual([]);
      expect(report.items.length).toBe(r.objectives + r.keyResults + r.initiatives);
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 40), ...(process.env.FUZZ_SEED ? {} : { seed: 8 }) },
  );
});

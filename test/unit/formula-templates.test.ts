// Row templates: a row's formulas are its shape's template joined with the row number, and
// templateMatches recognises exactly that text (Repair compares every formula of the tab with
// it).
import fc from 'fast-check';
import { freshColumnMap } from '../../src/core/columns';
import {
  rowFormulas,
  rowTemplate,
  templateMatches,
  templateText,
  type FormulaContext,
  type RowShape,
} from '../../src/server/formulas';

const ctx: FormulaContext = {
  columns: freshColumnMap(),
  lang: 'en',
  thresholds: { sheetName: 'Settings', onTrackRow: 3, atRiskRow: 4, column: 1 },
  mark: '.',
};

const shapes: RowShape[] = [];
for (const type of ['objective', 'keyResult', 'initiative'] as const)
  for (const tier of ['company', 'team', 'personal'] as const)
    for (const rollup of [false, true]) shapes.push({ type, tier, rollup });

describe('row templates', () => {
  test('the template joined with the row is the row formulas, for every shape', () => {
    fc.assert(
      fc.property(fc.constantFrom(...shapes), fc.integer({ min: 2, max: 200000 }), (shape, row) => {
        const f = rowFormulas(shape, row, ctx);
        for (const [key, parts] of rowTemplate(shape, ctx)) {
          expect(templateText(parts, String(row))).toBe(f[key]);
          expect(templateMatches(parts, String(row), f[key] as string)).toBe(true);
        }
      }),
    );
  });

  test('another row, a changed character, or a longer or shorter text does not match', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...shapes.filter((s) => s.type !== 'initiative')),
        fc.integer({ min: 2, max: 99999 }),
        fc.integer({ min: 1, max: 9 }),
        fc.nat(),
        (shape, row, delta, at) => {
          const rowText = String(row);
          for (const [, parts] of rowTemplate(shape, ctx)) {
            const text = templateText(parts, rowText);
            if (text === '') {
              expect(templateMatches(parts, rowText, '=1')).toBe(false);
              continue;
            }
            if (parts.length > 1)
              expect(templateMatches(parts, String(row + delta), text)).toBe(false);
            const i = at % text.length;
            const changed = text.slice(0, i) + (text[i] === 'X' ? 'Y' : 'X') + text.slice(i + 1);
            expect(templateMatches(parts, rowText, changed)).toBe(false);
            expect(templateMatches(parts, rowText, text + ' ')).toBe(false);
            expect(templateMatches(parts, rowText, text.slice(0, -1))).toBe(false);
          }
        },
      ),
    );
  });
});

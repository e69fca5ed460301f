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

describe('readable formulas', () => {
  const chains = [
    {},
    { chain: 'parent', counts: true, hasNext: true },
    { chain: 'aligned', counts: true, hasNext: true, hasFirst: true },
    { chain: 'aligned', counts: false, hasNext: false, hasFirst: true },
  ] as const;
  test('no formula is longer than 300 characters on a tab of 99,999 rows, in either language', () => {
    for (const lang of ['en', 'nl'] as const) {
      const c: FormulaContext = {
        ...ctx,
        lang,
        thresholds: {
          ...ctx.thresholds,
          sheetName: lang === 'nl' ? 'OKR-instellingen' : 'OKR settings',
        },
      };
      for (const shape of shapes)
        for (const chain of chains) {
          const f = rowFormulas({ ...shape, ...chain }, ['99999', '99998', '99997'], c);
          for (const [key, text] of Object.entries(f))
            expect({ key, length: text!.length, ok: text!.length <= 300 }).toMatchObject({
              key,
              ok: true,
            });
        }
    }
  });

  test('words are looked up in the settings tab’s tables, not spelt out', () => {
    const kr = rowFormulas({ type: 'keyResult', tier: 'team', rollup: false }, 5, ctx);
    expect(kr.kindKey).toContain('OKR_KINDS');
    expect(kr.doneNum).toContain('OKR_DONE');
    expect(kr.periodStart).toContain('OKR_PERIODS');
    for (const text of Object.values(kr))
      for (const word of ['toename', 'mijlpaal', 'klaar', 'gereed', '"K"'])
        expect(text).not.toContain(word);
  });
});

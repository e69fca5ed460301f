// One rounding rule for percentages on screen: wholePercent (src/core/units.ts) rounds a
// fraction to the whole percent the sheet's "0%" format shows, and the sidebar's formatter
// shows every progress and expected progress through it. Held here to the local runtime's
// number formatting (dev/runtime/number-format.ts, which shows numbers as Sheets does).
import fc from 'fast-check';
import { formatDisplay } from '../../dev/runtime/number-format';
import { wholePercent } from '../../src/core/units';
import { createFormatter } from '../../src/sidebar/format';

describe('wholePercent', () => {
  test.each([
    [0, 0],
    [0.5, 50],
    [0.375, 38],
    [0.125, 13],
    [0.625, 63],
    [0.005, 1],
    [0.0049, 0],
    [0.994, 99],
    [0.995, 100],
    [1, 100],
    // Binary noise below the half: 28.499999999999996 and 100.49999999999999 after × 100.
    [0.285, 29],
    [1.005, 101],
    [0.145, 15],
    // What (0.3 - 0) / (0.8 - 0) and (0.7 - 0.1) / (4.9 - 0.1) give: 38% and 13% in the sheet,
    // where Intl's own rounding of the same double says 37% and 12%.
    [0.37499999999999994, 38],
    [0.12499999999999997, 13],
    // …but a real value below the half stays below: 28.499999999999 has 14 digits.
    [0.28499999999999, 28],
    [1.375, 138],
    [2.5, 250],
    [-0.375, -38],
    [-0.125, -13],
    [-1.005, -101],
  ])('%p is %p%%', (fraction, percent) => {
    expect(wholePercent(fraction)).toBe(percent);
  });
});

describe("the sidebar's percentages are the sheet's", () => {
  const locales = [
    ['en_US', 'en'],
    ['nl_NL', 'nl'],
    ['en_GB', 'nl'],
  ] as const;

  test.each(locales)('%s (%s): the 0%% format and the sidebar agree', (locale, lang) => {
    const fmt = createFormatter(locale, lang);
    const xs = [0, 0.375, 0.37499999999999994, 0.125, 0.12499999999999997, 0.285, 0.28499999999999];
    for (const x of [...xs, 0.145, 0.995, 1, 1.375])
      expect(fmt.percent(x)).toBe(formatDisplay(x, '0%', locale));
    expect(fmt.percent('')).toBe('–');
  });

  test('on any progress, thousandths and doubles alike', () => {
    const fraction = fc.oneof(
      fc.integer({ min: 0, max: 5000 }).map((n) => n / 1000),
      fc.integer({ min: 0, max: 200 }).map((n) => n / 200),
      fc.double({ min: 0, max: 5, noNaN: true }),
    );
    fc.assert(
      fc.property(fraction, fc.constantFrom(...locales), (x, [locale, lang]) => {
        expect(createFormatter(locale, lang).percent(x)).toBe(formatDisplay(x, '0%', locale));
      }),
      { numRuns: 500 },
    );
  });
});

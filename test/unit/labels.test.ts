// Text helpers of src/core/labels.ts: a label shortened at its end, clauses after a semicolon,
// the width a column needs for its text.
import fc from 'fast-check';
import { CHECKIN_COLUMNS, OKR_COLUMNS } from '../../src/core/columns';
import { joinClauses, shortenLabel, widthForText } from '../../src/core/labels';

describe('shortenLabel', () => {
  test('a label that fits is kept as it is', () => {
    expect(shortenLabel('Grow revenue', 32)).toBe('Grow revenue');
    expect(shortenLabel('x'.repeat(32), 32)).toBe('x'.repeat(32));
  });

  test('a long title keeps its beginning and ends in an ellipsis, cut at a word', () => {
    expect(
      shortenLabel('By the end of 2026 at least 100 paying customers, in every region', 32),
    ).toBe('By the end of 2026 at least 100…');
    expect(shortenLabel('Aan het einde van 2026 minstens 100 betalende klanten', 24)).toBe(
      'Aan het einde van 2026…',
    );
  });

  test('a long word is cut inside it; punctuation before the ellipsis is dropped', () => {
    expect(shortenLabel('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
    expect(shortenLabel('Customers, partners, suppliers and more', 12)).toBe('Customers…');
  });

  test('no emoji is cut in half', () => {
    expect(shortenLabel('🚀🚀🚀🚀🚀🚀', 4)).toBe('🚀🚀🚀…');
  });

  test('property: at most max characters, the start of the text, ellipsis only when cut', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 2, max: 60 }), (s, max) => {
        const out = shortenLabel(s, max);
        const chars = Array.from(out);
        expect(chars.length).toBeLessThanOrEqual(Math.max(max, 2));
        if (Array.from(s.trim()).length <= max) expect(out).toBe(s.trim());
        else {
          expect(out.endsWith('…')).toBe(true);
          expect(s.trim().startsWith(out.slice(0, -1))).toBe(true);
        }
      }),
    );
  });
});

describe('joinClauses', () => {
  test('clauses after a semicolon go on in lower case, in both languages', () => {
    expect(joinClauses(['Off track', 'No check-in for 30 days'])).toBe(
      'Off track; no check-in for 30 days',
    );
    expect(joinClauses(['Niet op koers', 'Al 30 dagen geen check-in'])).toBe(
      'Niet op koers; al 30 dagen geen check-in',
    );
  });

  test('a clause that starts with a code or an abbreviation keeps its capitals', () => {
    expect(joinClauses(['Off track', 'KR-1 has no owner', 'ID missing'])).toBe(
      'Off track; KR-1 has no owner; ID missing',
    );
    expect(joinClauses(['One'])).toBe('One');
    expect(joinClauses([])).toBe('');
  });
});

describe('widthForText', () => {
  test('grows with the longest text, never below the minimum', () => {
    expect(widthForText([], 60)).toBe(60);
    expect(widthForText(['ID'], 60)).toBe(60);
    const en = widthForText(['Last check-in']);
    const nl = widthForText(['Laatste check-in']);
    expect(nl).toBeGreaterThan(en);
    expect(widthForText(['Last check-in', 'Laatste check-in'])).toBe(nl);
  });
});

describe('the OKR and check-ins tabs', () => {
  test('every column a person sees is wide enough for its header in English and Dutch', () => {
    for (const c of [...OKR_COLUMNS.filter((d) => d.role !== 'helper'), ...CHECKIN_COLUMNS]) {
      for (const header of [c.header.en, c.header.nl])
        expect([header, c.width >= widthForText([header])]).toEqual([header, true]);
    }
    // The Dutch headers seen cut off before: "Gewicht", "Laatste check-in".
    const width = (key: string) => OKR_COLUMNS.find((d) => d.key === key)!.width;
    expect(width('weight')).toBeGreaterThanOrEqual(widthForText(['Gewicht']));
    expect(width('lastCheckIn')).toBeGreaterThanOrEqual(widthForText(['Laatste check-in']));
  });
});

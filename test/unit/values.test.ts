import {
  OkrError,
  decimalMarkOf,
  isBlank,
  parseMilestone,
  parseNumber,
  parseProgress,
} from '../../src/core';

describe('parseNumber', () => {
  test('numbers as they are, booleans as 1/0', () => {
    expect(parseNumber(42, 'x')).toBe(42);
    expect(parseNumber(-0.5, 'x')).toBe(-0.5);
    expect(parseNumber(true, 'x')).toBe(1);
    expect(parseNumber(false, 'x')).toBe(0);
  });
  test('blank is null', () => {
    for (const blank of ['', ' ', '\t\n', '\u00a0', null, undefined]) {
      expect(isBlank(blank)).toBe(true);
      expect(parseNumber(blank, 'x')).toBeNull();
    }
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
  });
  test('text numbers', () => {
    expect(parseNumber(' 1.5 ', 'x')).toBe(1.5);
    expect(parseNumber('45%', 'x')).toBe(0.45);
    expect(parseNumber('45 %', 'x')).toBe(0.45);
    expect(parseNumber('-3', 'x')).toBe(-3);
    expect(parseNumber('+7', 'x')).toBe(7);
    expect(parseNumber('.5', 'x')).toBe(0.5);
    expect(parseNumber('1e3', 'x')).toBe(1000);
    expect(parseNumber('12.5%', 'x')).toBe(0.125);
  });
  test('text follows the decimal mark of the sheet, as Sheets VALUE does', () => {
    expect(decimalMarkOf('nl_NL')).toBe(',');
    expect(decimalMarkOf('de_DE')).toBe(',');
    expect(decimalMarkOf('en_US')).toBe('.');
    expect(decimalMarkOf('en_GB')).toBe('.');
    // Dutch: dots group thousands, the comma is the decimal mark.
    expect(parseNumber('20.000', 'x', ',')).toBe(20000);
    expect(parseNumber('1.234,5', 'x', ',')).toBe(1234.5);
    expect(parseNumber('1,5', 'x', ',')).toBe(1.5);
    expect(parseNumber('1,500', 'x', ',')).toBe(1.5);
    expect(parseNumber('-0,25', 'x', ',')).toBe(-0.25);
    expect(parseNumber('4,5%', 'x', ',')).toBe(0.045);
    expect(parseNumber('1.234.567', 'x', ',')).toBe(1234567);
    // English: commas group thousands, the dot is the decimal mark.
    expect(parseNumber('1,234.5', 'x')).toBe(1234.5);
    expect(parseNumber('1,500', 'x')).toBe(1500);
    expect(parseNumber('1.5', 'x', '.')).toBe(1.5);
  });
  test('a number under the other mark only is ambiguous: an error, never a guess', () => {
    expect(() => parseNumber('1,5', 'weight')).toThrow(
      'weight "1,5" reads two ways: this spreadsheet writes decimals with ".", so write 1.5 (or a plain number)',
    );
    expect(() => parseNumber('1.234,5', 'x')).toThrow(OkrError);
    expect(() => parseNumber('1.5', 'Start', ',')).toThrow(
      'Start "1.5" reads two ways: this spreadsheet writes decimals with ",", so write 1,5 (or a plain number)',
    );
    expect(() => parseNumber('1,234.5', 'x', ',')).toThrow(OkrError);
    try {
      parseNumber('0.25', 'x', ',');
    } catch (err) {
      expect((err as OkrError).code).toBe('error.ambiguousNumber');
    }
    // Groups of other than three digits are no number under either mark.
    expect(() => parseNumber('1.23.4', 'x', ',')).toThrow('must be a number');
  });
  test('date-like text is not a number', () => {
    for (const mark of ['.', ','] as const)
      for (const text of ['2026-06-30', '30-6-2026', '6/30/2026', '2.5.2026'])
        expect(() => parseNumber(text, 'x', mark)).toThrow(OkrError);
  });
  test('other text is an error naming the argument and quoting the value', () => {
    expect(() => parseNumber('abc', 'target')).toThrow(
      'target must be a number or a percentage, not "abc"',
    );
    try {
      parseNumber('veel', 'current');
    } catch (err) {
      expect((err as OkrError).render('nl')).toBe(
        'current moet een getal of een percentage zijn, niet "veel"',
      );
    }
    expect(() => parseNumber('%', 'x')).toThrow(OkrError);
    expect(() => parseNumber(NaN, 'x')).toThrow(OkrError);
    expect(() => parseNumber(Infinity, 'x')).toThrow(OkrError);
    expect(() => parseNumber(new Date(0), 'x')).toThrow('"1970-01-01"');
  });
  test('long values are cut short in messages', () => {
    expect(() => parseNumber('x'.repeat(100), 'x')).toThrow(/"x{39}…"/);
  });
});

describe('parseProgress', () => {
  test('0..1 or percentages', () => {
    expect(parseProgress('45%', 'p')).toBe(0.45);
    expect(parseProgress(1, 'p')).toBe(1);
    expect(parseProgress('', 'p')).toBeNull();
    expect(() => parseProgress(45, 'p')).toThrow(
      'p must be a progress from 0 to 1 (0% to 100%), not "45"',
    );
    expect(() => parseProgress(-0.1, 'p')).toThrow(OkrError);
  });
});

describe('parseMilestone', () => {
  test('blank is null, words in any case', () => {
    expect(parseMilestone('', 'c')).toBeNull();
    expect(parseMilestone('KLAAR', 'c')).toBe(1);
    expect(parseMilestone('Nee', 'c')).toBe(0);
    expect(() => parseMilestone(2, 'c')).toThrow(OkrError);
  });
});

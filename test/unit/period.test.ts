import {
  OkrError,
  expectedProgress,
  formatPeriod,
  isoFromSerial,
  isValidYmd,
  nextPeriod,
  parseIsoDate,
  parsePeriod,
  periodChoices,
  periodContains,
  periodEnd,
  periodKey,
  periodStart,
  previousPeriod,
  quarterOfSerial,
  quartersOf,
  serialFromYmd,
  tryParsePeriod,
  yearOf,
  yearOfSerial,
  ymdFromSerial,
} from '../../src/core';

describe('date serials (days since 1899-12-30, like DATE())', () => {
  test('known values', () => {
    expect(serialFromYmd(1899, 12, 30)).toBe(0);
    expect(serialFromYmd(1900, 1, 1)).toBe(2);
    expect(serialFromYmd(1970, 1, 1)).toBe(25569);
    expect(serialFromYmd(2026, 1, 1)).toBe(46023);
    expect(serialFromYmd(2024, 2, 29)).toBe(45351);
    expect(ymdFromSerial(46023)).toEqual({ year: 2026, month: 1, day: 1 });
    expect(ymdFromSerial(46023.75)).toEqual({ year: 2026, month: 1, day: 1 });
  });
  test('round trip over four centuries', () => {
    for (let serial = -1000; serial < 150000; serial += 7) {
      const { year, month, day } = ymdFromSerial(serial);
      expect(isValidYmd(year, month, day)).toBe(true);
      if (serialFromYmd(year, month, day) !== serial) throw new Error(`serial ${serial}`);
    }
  });
  test('ISO text', () => {
    expect(parseIsoDate('2026-02-15')).toBe(serialFromYmd(2026, 2, 15));
    expect(parseIsoDate(' 2026-2-5 ')).toBe(serialFromYmd(2026, 2, 5));
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2024-02-29')).toBe(45351);
    expect(parseIsoDate('15-02-2026')).toBeNull();
    expect(isoFromSerial(45351)).toBe('2024-02-29');
  });
});

describe('periods', () => {
  test.each([
    ['2026', '2026'],
    [2026, '2026'],
    [' 2026 ', '2026'],
    ['2026-Q1', '2026-Q1'],
    ['2026-q1', '2026-Q1'],
    ['2026-K1', '2026-Q1'],
    ['2026-k3', '2026-Q3'],
    ['2026 Q2', '2026-Q2'],
    ['2026Q4', '2026-Q4'],
    ['2026/Q4', '2026-Q4'],
    ['Q1 2026', '2026-Q1'],
    ['K1 2026', '2026-Q1'],
    ['q2-2026', '2026-Q2'],
  ])('%p → %p', (text, key) => expect(periodKey(parsePeriod(text))).toBe(key));

  test.each(['2026-Q5', '2026-Q0', 'Q1', '26-Q1', '2026-H1', 'next quarter', 2026.5, 1899, true])(
    '%p is not a period',
    (text) => {
      expect(tryParsePeriod(text)).toBeNull();
      expect(() => parsePeriod(text)).toThrow(OkrError);
    },
  );

  test('blank and malformed errors', () => {
    expect(tryParsePeriod('')).toBeNull();
    expect(() => parsePeriod('')).toThrow('period is empty');
    expect(() => parsePeriod('2026-Q5', 'Period')).toThrow(
      'Period "2026-Q5" is not a period: use a year (2026) or a quarter (2026-Q1)',
    );
  });

  test('display per language', () => {
    expect(formatPeriod(parsePeriod('2026-Q1'), 'en')).toBe('2026-Q1');
    expect(formatPeriod(parsePeriod('2026-Q1'), 'nl')).toBe('2026-K1');
    expect(formatPeriod(parsePeriod('2026'), 'nl')).toBe('2026');
  });

  test('Q1 = Jan 1 up to Apr 1 (exclusive); a year = Jan 1 up to the next Jan 1', () => {
    const q1 = parsePeriod('2026-Q1');
    expect(isoFromSerial(periodStart(q1))).toBe('2026-01-01');
    expect(isoFromSerial(periodEnd(q1))).toBe('2026-04-01');
    expect(periodContains(q1, serialFromYmd(2026, 3, 31))).toBe(true);
    expect(periodContains(q1, serialFromYmd(2026, 4, 1))).toBe(false);
    expect(periodContains(q1, serialFromYmd(2025, 12, 31))).toBe(false);
    const q4 = parsePeriod('2026-Q4');
    expect(isoFromSerial(periodStart(q4))).toBe('2026-10-01');
    expect(isoFromSerial(periodEnd(q4))).toBe('2027-01-01');
    const year = parsePeriod('2026');
    expect(periodEnd(year) - periodStart(year)).toBe(365);
  });

  test('leap years', () => {
    expect(periodEnd(parsePeriod('2024-Q1')) - periodStart(parsePeriod('2024-Q1'))).toBe(91);
    expect(periodEnd(parsePeriod('2026-Q1')) - periodStart(parsePeriod('2026-Q1'))).toBe(90);
    expect(periodEnd(parsePeriod('2024')) - periodStart(parsePeriod('2024'))).toBe(366);
    expect(periodEnd(parsePeriod('2100')) - periodStart(parsePeriod('2100'))).toBe(365);
    expect(periodEnd(parsePeriod('2000')) - periodStart(parsePeriod('2000'))).toBe(366);
  });

  test('next, previous, containing quarter and year', () => {
    expect(periodKey(nextPeriod(parsePeriod('2026-Q1')))).toBe('2026-Q2');
    expect(periodKey(nextPeriod(parsePeriod('2026-Q4')))).toBe('2027-Q1');
    expect(periodKey(nextPeriod(parsePeriod('2026')))).toBe('2027');
    expect(periodKey(previousPeriod(parsePeriod('2026-Q1')))).toBe('2025-Q4');
    expect(periodKey(quarterOfSerial(serialFromYmd(2026, 3, 31)))).toBe('2026-Q1');
    expect(periodKey(quarterOfSerial(serialFromYmd(2026, 4, 1)))).toBe('2026-Q2');
    expect(periodKey(quarterOfSerial(serialFromYmd(2026, 12, 31)))).toBe('2026-Q4');
    expect(periodKey(yearOfSerial(serialFromYmd(2026, 12, 31)))).toBe('2026');
    expect(periodKey(yearOf(parsePeriod('2026-K3')))).toBe('2026');
    expect(quartersOf(parsePeriod('2026')).map(periodKey)).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
  });
});

describe('expectedProgress', () => {
  const q1 = parsePeriod('2026-Q1'); // 90 days
  test('0 on the first day, 1 from the day after the end, whole days between', () => {
    expect(expectedProgress(q1, serialFromYmd(2025, 12, 1))).toBe(0);
    expect(expectedProgress(q1, serialFromYmd(2026, 1, 1))).toBe(0);
    expect(expectedProgress(q1, serialFromYmd(2026, 1, 1) + 0.99)).toBe(0);
    expect(expectedProgress(q1, serialFromYmd(2026, 2, 15))).toBe(0.5);
    expect(expectedProgress(q1, serialFromYmd(2026, 3, 31))).toBe(89 / 90);
    expect(expectedProgress(q1, serialFromYmd(2026, 4, 1))).toBe(1);
    expect(expectedProgress(q1, serialFromYmd(2027, 1, 1))).toBe(1);
    expect(expectedProgress(parsePeriod('2024'), serialFromYmd(2024, 7, 2))).toBe(183 / 366);
  });
});

describe('periodChoices: what the Add form offers', () => {
  test('the current and next four quarters, this year and the next, and the sheet’s periods', () => {
    const today = serialFromYmd(2026, 5, 20);
    expect(periodChoices(today, [])).toEqual([
      '2026',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      '2027',
      '2027-Q1',
      '2027-Q2',
    ]);
    expect(periodChoices(today, ['2025-Q4', '2026-K2', 'Q3 2029', 'not a period', ''])).toEqual([
      '2025-Q4',
      '2026',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      '2027',
      '2027-Q1',
      '2027-Q2',
      '2029-Q3',
    ]);
  });
  test('in the last quarter the next four run into the next year', () => {
    expect(periodChoices(serialFromYmd(2026, 11, 30), [])).toEqual([
      '2026',
      '2026-Q4',
      '2027',
      '2027-Q1',
      '2027-Q2',
      '2027-Q3',
      '2027-Q4',
    ]);
  });
});

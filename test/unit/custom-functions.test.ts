// The custom functions called directly (the bundle test calls them through dist/Code.js).
import {
  OKR_EXPECTED,
  OKR_GRADE,
  OKR_GRADE_COLOR,
  OKR_PROGRESS,
  OKR_ROLLUP,
  OKR_STATUS,
} from '../../src/server/custom-functions';
import { dateArgToSerial } from '../../src/server/custom-function-calls';

type Global = { SpreadsheetApp?: unknown; Utilities?: unknown };

/** A SpreadsheetApp that only knows its locale, and counts how often it is asked. */
function withLocale(locale: string | Error) {
  const counter = { calls: 0 };
  (globalThis as Global).SpreadsheetApp = {
    getActiveSpreadsheet() {
      counter.calls++;
      return {
        getSpreadsheetLocale() {
          if (locale instanceof Error) throw locale;
          return locale;
        },
      };
    },
  };
  return counter;
}

/** A SpreadsheetApp that knows its time zone, and a Utilities.formatDate for 'yyyy-MM-dd'. */
function withTimeZone(timeZone: string) {
  (globalThis as Global).SpreadsheetApp = {
    getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => timeZone }),
  };
  (globalThis as Global).Utilities = {
    formatDate: (date: Date, tz: string, pattern: string) => {
      expect(pattern).toBe('yyyy-MM-dd');
      return new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(date);
    },
  };
}

afterEach(() => {
  delete (globalThis as Global).SpreadsheetApp;
  delete (globalThis as Global).Utilities;
});

function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected a throw');
}

const col = (...values: unknown[]) => values.map((v) => [v]);

describe('OKR_PROGRESS, scalar form', () => {
  test('the examples of the guide', () => {
    expect(OKR_PROGRESS(0, 100, 30)).toBe(0.3);
    expect(OKR_PROGRESS(10, 0, 4)).toBe(0.6);
    expect(OKR_PROGRESS(50, 100, 120)).toBe(1);
    expect(OKR_PROGRESS(50, 100, 20)).toBe(0);
    expect(OKR_PROGRESS(2.5, 1.8, 1.6)).toBe(1);
    expect(OKR_PROGRESS(0, 30, '')).toBe('');
    expect(OKR_PROGRESS(0, 1, true, 'milestone')).toBe(1);
  });
  test('a successful call makes no service call', () => {
    const counter = withLocale('nl_NL');
    expect(OKR_PROGRESS(0, 100, 30)).toBe(0.3);
    expect(OKR_PROGRESS(col(0, 0), 100, col(30, ''))).toEqual([[0.3], ['']]);
    expect(counter.calls).toBe(0);
  });
  test('errors throw "OKR_PROGRESS: …" in English without a spreadsheet', () => {
    expect(thrown(() => OKR_PROGRESS(0, 100, 'abc'))).toBe(
      'OKR_PROGRESS: current must be a number or a percentage, not "abc"',
    );
    expect(thrown(() => OKR_PROGRESS(5, 5, 4))).toMatch(/^OKR_PROGRESS: start and target/);
  });
  test('errors follow the spreadsheet locale, read once', () => {
    const counter = withLocale('nl_NL');
    expect(thrown(() => OKR_PROGRESS(0, 100, 'abc'))).toBe(
      'OKR_PROGRESS: current moet een getal of een percentage zijn, niet "abc"',
    );
    expect(counter.calls).toBe(1);
  });
  test('an unreadable locale falls back to English', () => {
    withLocale(new Error('no permission'));
    expect(thrown(() => OKR_PROGRESS(0, 100, 'abc'))).toMatch(/must be a number/);
  });
});

describe('OKR_PROGRESS, range form', () => {
  test('same shapes; single values broadcast; blank rows ""; bad rows ⚠', () => {
    const counter = withLocale('en_US');
    const result = OKR_PROGRESS(
      col(0, 10, '', 0, 5, ''),
      col(100, 0, '', 'x', 5, 30),
      col(30, 4, '', 5, 6, ''),
      '',
    );
    expect(result).toEqual([
      [0.3],
      [0.6],
      [''],
      ['⚠ target must be a number or a percentage, not "x"'],
      ['⚠ start and target are both 5: set kind to "at least" or "at most", or change the target'],
      [''],
    ]);
    expect(counter.calls).toBe(1); // one locale read for two bad rows
  });
  test('kind as a column, Dutch names', () => {
    expect(
      OKR_PROGRESS(col(0, 0, '', ''), col(100, 5, '', ''), col(30, 5, 'ja', 'nee'), [
        ['toename'],
        ['minimaal'],
        ['mijlpaal'],
        ['Milestone'],
      ]),
    ).toEqual([[0.3], [1], [1], [0]]);
  });
  test('a 2D range keeps its shape', () => {
    expect(
      OKR_PROGRESS(0, 100, [
        [10, 20],
        ['', '50%'],
      ]),
    ).toEqual([
      [0.1, 0.2],
      ['', 0.005],
    ]);
  });
  test('a 1×1 range is a single value', () => {
    expect(OKR_PROGRESS([[0]], [[100]], [[30]])).toBe(0.3);
    expect(OKR_PROGRESS(col(0, 0), [[100]], col(30, 40))).toEqual([[0.3], [0.4]]);
  });
  test('ranges of different shapes fail the whole call', () => {
    expect(thrown(() => OKR_PROGRESS(col(0, 0), 100, col(1, 2, 3)))).toBe(
      'OKR_PROGRESS: start is 2×1 but current is 3×1: ranges must have the same size (or pass a single value)',
    );
  });
  test('10,000 rows in well under 50 ms, without service calls', () => {
    const counter = withLocale('nl');
    const n = 10_000;
    const start: unknown[][] = [];
    const target: unknown[][] = [];
    const current: unknown[][] = [];
    const kind: unknown[][] = [];
    const kinds = ['', 'increase', 'at least', 'milestone', 'afname'];
    for (let i = 0; i < n; i++) {
      const k = kinds[i % kinds.length];
      start.push([k === 'afname' ? 100 : i % 7]);
      target.push([k === 'afname' ? 0 : 100 + (i % 13)]);
      current.push([k === 'milestone' ? 'done' : i % 11 === 0 ? '' : (i * 7) % 150]);
      kind.push([k]);
    }
    OKR_PROGRESS(start, target, current, kind); // warm up
    let best = Infinity;
    for (let run = 0; run < 5; run++) {
      const t0 = process.cpuUsage();
      const out = OKR_PROGRESS(start, target, current, kind) as unknown[][];
      const used = process.cpuUsage(t0);
      best = Math.min(best, (used.user + used.system) / 1000);
      expect(out).toHaveLength(n);
    }
    expect(best).toBeLessThan(50);
    expect(counter.calls).toBe(0);
  });
});

describe('numbers typed as text follow the spreadsheet locale', () => {
  test('Dutch: "1,5" and "1.234,5"; the locale read once per call, only for text numbers', () => {
    const counter = withLocale('nl_NL');
    expect(OKR_PROGRESS(0, 10, '1,5')).toBe(0.15);
    expect(counter.calls).toBe(1);
    expect(OKR_PROGRESS(col('0', '1.000'), '2.000', col('1.234,5', '1.500'))).toEqual([
      [0.61725],
      [0.5],
    ]);
    expect(counter.calls).toBe(2); // one more call, one more read: not one per row
    expect(OKR_ROLLUP(col('0,5', '1'), col('1', '0,5'))).toBeCloseTo(2 / 3, 15);
    expect(OKR_STATUS('0,45', '0,5', '0,9', '0,7', 'nl')).toBe('Op koers');
    expect(OKR_GRADE('0,65')).toBe(0.7);
    expect(OKR_GRADE_COLOR('0,25', 'nl')).toBe('rood');
    expect(counter.calls).toBe(6);
    // Numbers and words need no locale.
    expect(OKR_PROGRESS(0, 1, 'ja', 'mijlpaal')).toBe(1);
    expect(OKR_PROGRESS(0, 10, 5)).toBe(0.5);
    expect(counter.calls).toBe(6);
  });
  test('Dutch: "1.5" reads two ways, and the message says how to write it', () => {
    const counter = withLocale('nl_NL');
    expect(thrown(() => OKR_PROGRESS(0, 10, '1.5'))).toBe(
      'OKR_PROGRESS: current "1.5" is dubbelzinnig: deze spreadsheet schrijft decimalen met ",", schrijf dus 1,5 (of een gewoon getal)',
    );
    expect(counter.calls).toBe(1); // the mark and the language from one read
  });
  test('English: "1,234.5" is a number; "1,5" reads two ways', () => {
    withLocale('en_US');
    expect(OKR_PROGRESS('0', '2,000', '1,234.5')).toBe(0.61725);
    expect(thrown(() => OKR_PROGRESS(0, 10, '1,5'))).toBe(
      'OKR_PROGRESS: current "1,5" reads two ways: this spreadsheet writes decimals with ".", so write 1.5 (or a plain number)',
    );
  });
});

describe('OKR_ROLLUP', () => {
  test('weighted roll-up over ranges', () => {
    expect(OKR_ROLLUP(col(0.5, 1, ''), col(1, 2, 1))).toBe(0.625);
    expect(OKR_ROLLUP(col(0.5, 1))).toBe(0.75);
    expect(OKR_ROLLUP(col('50%', '100%'), col('', 0))).toBe(0.5);
    expect(OKR_ROLLUP(0.4)).toBe(0.4);
    expect(OKR_ROLLUP(col('', ''), col(0, 0))).toBe('');
    expect(OKR_ROLLUP([[0.2, 0.4]], 3)).toBeCloseTo(0.3, 15);
  });
  test('errors', () => {
    expect(thrown(() => OKR_ROLLUP(col(0.5, 1), col(1, -2)))).toBe(
      'OKR_ROLLUP: weight -2 is negative: use a positive weight, or 0 to leave the item out',
    );
    expect(thrown(() => OKR_ROLLUP(col(0.5, 45)))).toMatch(
      /^OKR_ROLLUP: progress must be a progress from 0 to 1/,
    );
    expect(thrown(() => OKR_ROLLUP(col(0.5, 1), col(1, 2, 3)))).toMatch(/same size/);
  });
});

describe('OKR_EXPECTED', () => {
  test('dates as Date (read in the sheet time zone), serial or ISO text', () => {
    // 2026-02-15 midnight in Amsterdam (UTC+1), New York (UTC−5) and Auckland (UTC+13)
    withTimeZone('Europe/Amsterdam');
    expect(OKR_EXPECTED('2026-Q1', new Date(Date.UTC(2026, 1, 14, 23)))).toBe(0.5);
    withTimeZone('America/New_York');
    expect(OKR_EXPECTED('2026-K1', new Date(Date.UTC(2026, 1, 15, 5)))).toBe(0.5);
    withTimeZone('Pacific/Auckland');
    expect(OKR_EXPECTED('2026-K1', new Date(Date.UTC(2026, 1, 14, 11)))).toBe(0.5);
    expect(OKR_EXPECTED('2026-K1', new Date(Date.UTC(2026, 1, 15, 10, 59)))).toBe(0.5);
    expect(OKR_EXPECTED('2026-Q1', 46023 + 45)).toBe(0.5);
    expect(OKR_EXPECTED('Q1 2026', '2026-02-15')).toBe(0.5);
    expect(OKR_EXPECTED(2026, '2026-01-01')).toBe(0);
    expect(OKR_EXPECTED('2026', '2027-01-01')).toBe(1);
    expect(OKR_EXPECTED('', '2026-02-15')).toBe('');
  });
  test('range form', () => {
    expect(OKR_EXPECTED(col('2026-Q1', '2026-Q2', '', 'soon'), '2026-02-15')).toEqual([
      [0.5],
      [0],
      [''],
      ['⚠ period "soon" is not a period: use a year (2026) or a quarter (2026-Q1)'],
    ]);
  });
  test('errors', () => {
    expect(thrown(() => OKR_EXPECTED('2026-Q1', ''))).toBe(
      'OKR_EXPECTED: date is empty: pass a cell that holds the date',
    );
    expect(thrown(() => OKR_EXPECTED('2026-Q1', 'tomorrow'))).toMatch(
      /^OKR_EXPECTED: date "tomorrow" is not a date/,
    );
    withLocale('nl_BE');
    expect(thrown(() => OKR_EXPECTED('2026-Q9', 46000))).toBe(
      'OKR_EXPECTED: period "2026-Q9" is geen periode: gebruik een jaar (2026) of een kwartaal (2026-K1)',
    );
  });
  test('dateArgToSerial', () => {
    expect(dateArgToSerial(46023.7, 'date')).toBe(46023);
    expect(() => dateArgToSerial(new Date(NaN), 'date')).toThrow(/not a date/);
    expect(() => dateArgToSerial(true, 'date')).toThrow(/not a date/);
  });
});

describe('OKR_STATUS', () => {
  test('scalar, with defaults', () => {
    expect(OKR_STATUS('', 0.5)).toBe('No check-in');
    expect(OKR_STATUS(1, 0.5)).toBe('Achieved');
    expect(OKR_STATUS(0.45, 0.5)).toBe('On track');
    expect(OKR_STATUS(0.35, 0.5)).toBe('At risk');
    expect(OKR_STATUS(0.3, 0.5)).toBe('Off track');
    expect(OKR_STATUS(0.1, 0)).toBe('On track');
  });
  test('thresholds and language', () => {
    expect(OKR_STATUS(0.45, 0.5, 1, 0.8)).toBe('At risk');
    expect(OKR_STATUS(0.45, 0.5, '', '', 'nl')).toBe('Op koers');
    expect(OKR_STATUS('', 0.5, '', '', 'nl_NL')).toBe('Geen check-in');
    expect(thrown(() => OKR_STATUS(0.45, 0.5, 0.5, 0.8))).toMatch(/^OKR_STATUS: thresholds/);
  });
  test('range form', () => {
    expect(OKR_STATUS(col(0.5, '', 0.1, '', 2), col(0.5, 0.5, 0.5, '', 0.5))).toEqual([
      ['On track'],
      ['No check-in'],
      ['Off track'],
      [''],
      ['⚠ progress must be a progress from 0 to 1 (0% to 100%), not "2"'],
    ]);
    expect(thrown(() => OKR_STATUS(0.5, ''))).toBe('OKR_STATUS: expected is empty: enter a value');
  });
});

describe('OKR_GRADE and OKR_GRADE_COLOR', () => {
  test('scalar', () => {
    expect(OKR_GRADE(0.65)).toBe(0.7);
    expect(OKR_GRADE('34%')).toBe(0.3);
    expect(OKR_GRADE('')).toBe('');
    expect(OKR_GRADE_COLOR(0.65)).toBe('green');
    expect(OKR_GRADE_COLOR(0.5)).toBe('yellow');
    expect(OKR_GRADE_COLOR(0.2, 'nl')).toBe('rood');
  });
  test('range', () => {
    expect(OKR_GRADE(col(0.35, '', 1))).toEqual([[0.4], [''], [1]]);
    expect(OKR_GRADE_COLOR(col(0.35, '', 1), 'nl')).toEqual([['geel'], [''], ['groen']]);
  });
});

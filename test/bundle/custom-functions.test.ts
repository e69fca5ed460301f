// The custom functions as Sheets calls them: through the top-level stubs of the BUILT
// dist/Code.js, loaded in a bare vm context (nothing but what each test adds).
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { createSpreadsheet, loadAddon } from '../../dev/runtime';

const CODE = fs.readFileSync(path.join(__dirname, '..', '..', 'dist', 'Code.js'), 'utf8');
const CUSTOM_FUNCTIONS = [
  'OKR_EXPECTED',
  'OKR_GRADE',
  'OKR_GRADE_COLOR',
  'OKR_PROGRESS',
  'OKR_ROLLUP',
  'OKR_STATUS',
];
const SERVICES = [
  'SpreadsheetApp',
  'Session',
  'PropertiesService',
  'CacheService',
  'Utilities',
  'LockService',
  'ScriptApp',
  'HtmlService',
  'Logger',
];

type Fn = (...args: unknown[]) => unknown;

function load(globals: Record<string, unknown> = {}): Record<string, Fn> {
  const context = vm.createContext({ ...globals });
  vm.runInContext(CODE, context, { filename: 'Code.js' });
  return context as Record<string, Fn>;
}

/** A context whose services record every property read (and then throw). */
function loadWithTripwires() {
  const touched: string[] = [];
  const globals: Record<string, unknown> = {};
  for (const name of SERVICES) {
    globals[name] = new Proxy(
      {},
      {
        get(_target, prop) {
          touched.push(`${name}.${String(prop)}`);
          throw new Error(`${name} touched`);
        },
      },
    );
  }
  return { g: load(globals), touched };
}

/** A context with a SpreadsheetApp that knows only its locale and counts calls. */
function loadWithLocale(locale: string) {
  const counter = { calls: 0 };
  const g = load({
    SpreadsheetApp: {
      getActiveSpreadsheet() {
        counter.calls++;
        return { getSpreadsheetLocale: () => locale };
      },
    },
  });
  return { g, counter };
}

/** Values from the vm realm, as plain data of this realm. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as { message: string }).message;
  }
  throw new Error('expected a throw');
}

/** Each stub: its JSDoc (if any) and its parameter list, read from Code.js itself. */
function stubs(): Map<string, { jsdoc: string; params: string[] }> {
  const out = new Map<string, { jsdoc: string; params: string[] }>();
  const re = /(?:(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\n)?^function ([A-Za-z_$][\w$]*)\(([^)]*)\) \{/gm;
  for (const m of CODE.matchAll(re)) {
    const params = (m[3] ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    out.set(m[2] as string, { jsdoc: m[1] ?? '', params });
  }
  return out;
}

describe('custom functions in the built dist/Code.js', () => {
  test('OKR_PROGRESS through the global gives the examples of the guide', () => {
    const g = load();
    expect(g.OKR_PROGRESS!(0, 100, 30)).toBe(0.3);
    expect(g.OKR_PROGRESS!(10, 0, 4)).toBe(0.6);
    expect(g.OKR_PROGRESS!(50, 100, 120)).toBe(1);
    expect(g.OKR_PROGRESS!(50, 100, 20)).toBe(0);
    expect(g.OKR_PROGRESS!(2.5, 1.8, 1.6)).toBe(1);
    expect(g.OKR_PROGRESS!(0, 30, '')).toBe('');
    expect(g.OKR_PROGRESS!(0, 1, true, 'milestone')).toBe(1);
    expect(g.OKR_PROGRESS!(0, 100, '45%')).toBeCloseTo(0.0045, 15);
  });

  test('range form through the global', () => {
    const g = load();
    const result = g.OKR_PROGRESS!(
      [[0], [10], [''], [0]],
      [[100], [0], [''], [100]],
      [[30], [4], [''], ['lots']],
    );
    expect(plain(result)).toEqual([
      [0.3],
      [0.6],
      [''],
      ['⚠ current must be a number or a percentage, not "lots"'],
    ]);
    expect(thrown(() => g.OKR_PROGRESS!([[0], [0]], 100, [[1], [2], [3]]))).toMatch(
      /^OKR_PROGRESS: start is 2×1 but current is 3×1/,
    );
  });

  test('each custom function has its stub with JSDoc: @customfunction and the real @param names', () => {
    const all = stubs();
    const custom = [...all].filter(([, s]) => /@customfunction\b/.test(s.jsdoc)).map(([n]) => n);
    for (const name of CUSTOM_FUNCTIONS) expect(custom).toContain(name);
    for (const name of custom) {
      const stub = all.get(name)!;
      const documented = [
        ...stub.jsdoc.matchAll(/@param\s+\{[^}]*\}\s+([A-Za-z_$][\w$]*)\s+\S/g),
      ].map((m) => m[1]);
      expect([name, documented]).toEqual([name, stub.params]);
      expect(stub.jsdoc).toMatch(/@return\s+\{[^}]+\}\s+\S/);
      expect(stub.jsdoc.split('\n')[1]).toMatch(/^ \* \S/); // a description line first
    }
    expect(all.get('OKR_PROGRESS')!.params).toEqual(['start', 'target', 'current', 'kind']);
  });

  test('successful calls touch no service', () => {
    const { g, touched } = loadWithTripwires();
    expect(g.OKR_PROGRESS!(0, 100, 30)).toBe(0.3);
    expect(plain(g.OKR_PROGRESS!([[0], [0]], 100, [[30], ['']]))).toEqual([[0.3], ['']]);
    expect(g.OKR_ROLLUP!([[0.5], [1]], [[1], [3]])).toBe(0.875);
    expect(g.OKR_EXPECTED!('2026-Q1', 46023 + 45)).toBe(0.5);
    expect(g.OKR_EXPECTED!('2026-Q1', '2026-02-15')).toBe(0.5);
    expect(g.OKR_STATUS!(0.45, 0.5)).toBe('On track');
    expect(g.OKR_STATUS!(0.45, 0.5, '', '', 'nl')).toBe('Op koers');
    expect(g.OKR_GRADE!(0.65)).toBe(0.7);
    expect(g.OKR_GRADE_COLOR!(0.65)).toBe('green');
    expect(touched).toEqual([]);
  });

  test('without a readable locale, errors are English and start with the function name', () => {
    const { g } = loadWithTripwires();
    expect(thrown(() => g.OKR_PROGRESS!(0, 100, 'abc'))).toBe(
      'OKR_PROGRESS: current must be a number or a percentage, not "abc"',
    );
    expect(thrown(() => load().OKR_PROGRESS!(5, 5, 1))).toBe(
      'OKR_PROGRESS: start and target are both 5: set kind to "at least" or "at most", or change the target',
    );
  });

  test('errors follow a Dutch spreadsheet locale, read once per call', () => {
    const { g, counter } = loadWithLocale('nl_NL');
    expect(thrown(() => g.OKR_PROGRESS!(0, 100, 'abc'))).toBe(
      'OKR_PROGRESS: current moet een getal of een percentage zijn, niet "abc"',
    );
    expect(counter.calls).toBe(1);
    const result = plain(
      g.OKR_PROGRESS!([[0], [0], [0]], [[100], ['x'], [100]], [['y'], [1], [50]]),
    );
    expect(result).toEqual([
      ['⚠ current moet een getal of een percentage zijn, niet "y"'],
      ['⚠ target moet een getal of een percentage zijn, niet "x"'],
      [0.5],
    ]);
    expect(counter.calls).toBe(2); // one more call, one more read: not one per row
    expect(g.OKR_PROGRESS!(0, 100, 30)).toBe(0.3);
    expect(counter.calls).toBe(2);
  });

  test('an English locale keeps English messages', () => {
    const { g } = loadWithLocale('en_GB');
    expect(thrown(() => g.OKR_EXPECTED!('soon', 46000))).toBe(
      'OKR_EXPECTED: period "soon" is not a period: use a year (2026) or a quarter (2026-Q1)',
    );
  });
});

describe('numbers typed as text are read with the spreadsheet decimal mark', () => {
  // On the runtime: the spreadsheet's locale decides, read once per call, as Sheets' VALUE does.
  test.each([
    ['nl_NL', '1,5', '1.234,5', 0.15],
    ['en_US', '1.5', '1,234.5', 0.15],
  ])('%s', (locale, decimal, grouped, progress) => {
    const ss = createSpreadsheet({ locale });
    const addon = loadAddon({ spreadsheet: ss, today: '2026-02-15' });
    const g = addon.context as unknown as Record<string, Fn>;
    const reads = () => addon.counts()['Spreadsheet.getSpreadsheetLocale'] ?? 0;
    const before = reads();
    expect(g.OKR_PROGRESS!(0, 10, decimal)).toBe(progress);
    expect(reads() - before).toBe(1);
    expect(plain(g.OKR_PROGRESS!([['0'], ['0']], 2000, [[grouped], [decimal]]))).toEqual([
      [0.61725],
      [0.00075],
    ]);
    expect(reads() - before).toBe(2);
    expect(g.OKR_GRADE!(locale === 'nl_NL' ? '0,65' : '0.65')).toBe(0.7);
    // The other mark's text is refused with the fix, not read a factor off.
    const other = locale === 'nl_NL' ? '1.5' : '1,5';
    expect(thrown(() => g.OKR_PROGRESS!(0, 10, other))).toMatch(/"1[.,]5"/);
    expect(g.OKR_PROGRESS!(0, 10, 5)).toBe(0.5);
    expect(reads() - before).toBe(4);
  });
});

describe('OKR_EXPECTED reads a date cell as its day in the spreadsheet time zone', () => {
  // Q1 2026: 15 February is day 45 of 90, so expected progress is exactly 0.5 on that day.
  test.each(['Pacific/Auckland', 'America/New_York', 'Europe/Amsterdam'])('%s', (timeZone) => {
    const ss = createSpreadsheet({ locale: 'en_US', timeZone });
    const addon = loadAddon({ spreadsheet: ss, today: '2026-02-15' });
    const sheet = ss.getSheets()[0]!;
    // A date at local midnight, and date-times early and late on the same day.
    sheet.getRange('A1:A3').setValues([['2026-02-15'], ['2026-02-15 00:30'], ['2026-02-15 23:30']]);
    const cells = sheet.getRange('A1:A3').getValues();
    const g = addon.context as unknown as Record<string, Fn>;
    for (const [date] of cells) expect(g.OKR_EXPECTED!('2026-Q1', date)).toBe(0.5);
    // The range form reads the time zone once for the whole call.
    const before = addon.counts()['Spreadsheet.getSpreadsheetTimeZone'] ?? 0;
    expect(plain(g.OKR_EXPECTED!('2026-Q1', cells))).toEqual([[0.5], [0.5], [0.5]]);
    expect((addon.counts()['Spreadsheet.getSpreadsheetTimeZone'] ?? 0) - before).toBe(1);
  });
});

// The health rule for the add-on's formula cells that people typed over or cleared (pure part).
import { formulaGaps, runHealthRules } from '../../src/core/health';
import { COLUMN_BY_KEY, type ColumnKey, type ColumnMap } from '../../src/core/columns';

const columns: ColumnMap = { id: 0, progress: 1, status: 2, chainWP: 3 };
const expected = (item: { id: string }): ColumnKey[] =>
  item.id.startsWith('I-') ? [] : ['progress', 'status', 'chainWP'];

test('a row is reported when a formula cell it should have holds none; the columns are named', () => {
  const formulas = [
    ['', '', '', ''],
    ['', '=P', '=S', '=W'], // KR-1: all there
    ['', '', '=S', ''], // KR-2: progress typed over, helper cleared
    ['', '', '', ''], // I-1: an initiative has no formulas
    ['', '=P', '=S', '=W'],
  ];
  const items = [
    { id: 'KR-1', row: 2 },
    { id: 'KR-2', row: 3 },
    { id: 'I-1', row: 4 },
    { id: '', row: 5 },
  ];
  expect(formulaGaps(items, formulas, columns, expected)).toEqual([
    { id: 'KR-2', row: 3, columns: ['progress', 'chainWP'] },
  ]);
  // A column the tab lacks is another finding's business (Repair adds it back).
  expect(formulaGaps(items, formulas, { id: 0, progress: 1 }, expected)).toEqual([
    { id: 'KR-2', row: 3, columns: ['progress'] },
  ]);
});

test.each([
  [
    'en',
    /^KR-2: the add-on's formula is missing in Progress, calc: sum w×p \(typed over, deleted/,
    /Repair/,
  ],
  ['nl', /^KR-2: in Voortgang, reken: som g×v ontbreekt de formule van de add-on/, /herstellen/],
] as const)('one warning per row, in %s, with the fix', (lang, message, fix) => {
  const findings = runHealthRules([], [], {
    lang,
    todaySerial: 46000,
    columnName: (k) => COLUMN_BY_KEY[k].header[lang],
    formulaGaps: [{ id: 'KR-2', row: 3, columns: ['progress', 'chainWP'] }],
  });
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatchObject({ rule: 'formulaOverwritten', severity: 'warning', row: 3 });
  expect(findings[0]!.message).toMatch(message);
  expect(findings[0]!.fix).toMatch(fix);
});

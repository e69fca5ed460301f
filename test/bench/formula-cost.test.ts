// The formula-cost harness (dev/bench/formula-cost.ts, section "Formulas" of npm run bench):
// its reference parser, its transitive dirty count on a hand-made workbook whose answer is known,
// and the whole measurement on a tiny workbook Structure made. No timing is asserted.
import {
  DependencyIndex,
  formulaRefs,
  lengthStats,
  type FormulaCell,
} from '../../dev/bench/formula-dependencies';
import {
  editTargets,
  formulaIndex,
  OKR_TAB,
  structuredWorkbook,
  timeEdits,
} from '../../dev/bench/formula-cost';

const rows = (sheet: string) => (sheet === 'Settings' ? 50 : 100);

describe('formulaRefs', () => {
  test('cells, ranges, whole columns and other tabs; not text, names or functions', () => {
    const refs = formulaRefs(
      `=SUMIFS($AF:$AF,$H:$H,$A2)+'OKR settings'!$B$3+Settings!A1:B4+LOG10(2)+IF(C5="A1",1,0)`,
      'OKRs',
      rows,
    );
    expect(refs).toEqual([
      { sheet: 'OKRs', r1: 1, r2: 100, c1: 32, c2: 32 },
      { sheet: 'OKRs', r1: 1, r2: 100, c1: 8, c2: 8 },
      { sheet: 'OKRs', r1: 2, r2: 2, c1: 1, c2: 1 },
      { sheet: 'OKR settings', r1: 3, r2: 3, c1: 2, c2: 2 },
      { sheet: 'Settings', r1: 1, r2: 4, c1: 1, c2: 2 },
      { sheet: 'OKRs', r1: 5, r2: 5, c1: 3, c2: 3 },
    ]);
  });
});

describe('DependencyIndex.editCost', () => {
  // A1 is a value. B1 = A1*2 (reads 1), C1 = SUM(B:B) (reads 100), D1 = C1+A2 (reads 2),
  // E1 = SUM(A5:A9) (does not cover A1), F1 = Settings!A1 (another tab).
  const cells: FormulaCell[] = [
    { sheet: 'T', row: 1, col: 2, formula: '=A1*2' },
    { sheet: 'T', row: 1, col: 3, formula: '=SUM(B:B)' },
    { sheet: 'T', row: 1, col: 4, formula: '=C1+A2' },
    { sheet: 'T', row: 1, col: 5, formula: '=SUM(A5:A9)' },
    { sheet: 'T', row: 1, col: 6, formula: '=Settings!A1' },
  ];
  const index = new DependencyIndex(cells, rows);

  test('an edit dirties its readers transitively and sums their range sizes', () => {
    expect(index.editCost('T', 1, 1)).toEqual({
      dirtiedFormulas: 3,
      cellsRead: 1 + 100 + 2,
      widest: { cell: 'T!R1C3', cellsRead: 100 },
    });
  });

  test('a cell inside a range dirties it; a cell no formula reads dirties nothing', () => {
    expect(index.editCost('T', 7, 1)).toMatchObject({ dirtiedFormulas: 1, cellsRead: 5 });
    expect(index.editCost('T', 1, 1 + 20)).toEqual({
      dirtiedFormulas: 0,
      cellsRead: 0,
      widest: null,
    });
    expect(index.editCost('Settings', 1, 1)).toMatchObject({ dirtiedFormulas: 1, cellsRead: 1 });
  });
});

test('lengthStats', () => {
  expect(lengthStats(['=A1', '=SUM(B:B)', '=1', '=⚠'])).toEqual({
    formulas: 4,
    maxChars: 9,
    medianChars: 2.5,
    meanChars: 4,
    totalBytes: 3 + 9 + 2 + 4,
  });
});

describe('on a workbook Structure made of 3 objectives', () => {
  const json = structuredWorkbook(3);
  const targets = editTargets(json, 5);
  const { index, texts } = formulaIndex(json);

  test('the edits are key results of different objectives, on the OKR tab', () => {
    const tab = json.sheets.find((s) => s.name === OKR_TAB)!;
    const header = tab.values[0]!;
    expect(header[targets[0]!.currentCol - 1]).toBe('Current');
    const parents = targets.map((t) => tab.values[t.row - 1]![header.indexOf('Parent')]);
    expect(new Set(parents).size).toBe(targets.length);
    for (const t of targets) {
      expect(tab.values[t.row - 1]![header.indexOf('Type')]).toBe('Key result');
      expect(tab.values[t.objectiveRow - 1]![header.indexOf('ID')]).toBe(
        tab.values[t.row - 1]![header.indexOf('Parent')],
      );
    }
  });

  test('an edit of Current dirties the key result’s and its objective’s Progress', () => {
    const t = targets[0]!;
    const cost = index.editCost(OKR_TAB, t.row, t.currentCol);
    // At least: the key result's number, progress, status, grade, w×p; the objective's progress.
    expect(cost.dirtiedFormulas).toBeGreaterThanOrEqual(6);
    expect(cost.cellsRead).toBeGreaterThanOrEqual(cost.dirtiedFormulas);
    expect(texts.length).toBe(index.formulaCount);
    expect(Math.max(...texts.map((f) => f.length))).toBe(lengthStats(texts).maxChars);
  });

  test('the evaluated edit reaches the objective’s Progress', () => {
    const timing = timeEdits(json, targets);
    expect(timing.samples).toHaveLength(targets.length);
    const [before, after] = timing.objectiveProgress;
    expect(typeof before).toBe('number');
    expect(typeof after).toBe('number');
    expect(after).not.toBe(before);
  });
});

// Row and column structure as Sheets does it: inserted rows take the formatting of their
// neighbour, and moved rows take their cells, formats and everything anchored to them along,
// with formulas elsewhere following them.
import { createSpreadsheet, loadAddon } from '../../dev/runtime';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function fresh() {
  const ss = createSpreadsheet();
  const app = loadAddon({ spreadsheet: ss }).context
    .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return { ss, app, sh: ss.getSheets()[0]! as unknown as Sheet };
}

/** Row r formatted as a percent row (B), bold red (A), with a list dropdown (C). */
function formatRow(
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  sh: Sheet,
  r: number,
  look: 'percent' | 'plain',
): void {
  if (look === 'percent') {
    sh.getRange(r, 1).setFontWeight('bold').setFontColor('#ff0000').setBackground('#00ff00');
    sh.getRange(r, 2).setNumberFormat('0.0%');
    sh.getRange(r, 3).setDataValidation(
      app.newDataValidation().requireValueInList(['a', 'b'], true).build(),
    );
  } else {
    sh.getRange(r, 2).setNumberFormat('0.00');
  }
}

describe('inserted rows take the formatting of their neighbour (as in Sheets)', () => {
  test('insertRowsAfter(r): the new rows look like row r; content and notes are not copied', () => {
    const { app, sh } = fresh();
    formatRow(app, sh, 2, 'percent');
    formatRow(app, sh, 3, 'plain');
    sh.getRange(2, 1, 1, 3).setValues([['x', 0.25, 'a']]);
    sh.getRange(2, 4).setNote('a note');
    sh.insertRowsAfter(2, 2);
    for (const r of [3, 4]) {
      expect(sh.getRange(r, 1, 1, 3).getValues()).toEqual([['', '', '']]);
      expect(sh.getRange(r, 2).getNumberFormat()).toBe('0.0%');
      expect(sh.getRange(r, 1).getFontWeight()).toBe('bold');
      expect(sh.getRange(r, 1).getFontColor()).toBe('#ff0000');
      expect(sh.getRange(r, 1).getBackground()).toBe('#00ff00');
      expect(sh.getRange(r, 3).getDataValidation()?.getCriteriaValues()[0]).toEqual(['a', 'b']);
      expect(sh.getRange(r, 4).getNote()).toBe('');
    }
    // The old row 3 is now row 5 and kept its own look.
    expect(sh.getRange(5, 2).getNumberFormat()).toBe('0.00');
    // Each cell has its own style: changing a new row leaves the source alone.
    sh.getRange(3, 1).setFontColor('#0000ff');
    expect(sh.getRange(2, 1).getFontColor()).toBe('#ff0000');
  });

  test('insertRowsBefore(r) and insertRows(r): the new rows look like the row below them', () => {
    const { app, sh } = fresh();
    formatRow(app, sh, 2, 'percent');
    formatRow(app, sh, 3, 'plain');
    sh.insertRowsBefore(3, 1);
    expect(sh.getRange(3, 2).getNumberFormat()).toBe('0.00');
    expect(sh.getRange(3, 1).getFontWeight()).toBe('normal');
    sh.insertRows(2, 1);
    expect(sh.getRange(2, 2).getNumberFormat()).toBe('0.0%');
    sh.insertRowBefore(1);
    expect(sh.getRange(1, 2).getNumberFormat()).toBe('0.###############');
  });

  test('columns likewise: insertColumnsAfter(c) copies column c, insertColumnsBefore(c) column c', () => {
    const { sh } = fresh();
    sh.getRange('B1:B3').setNumberFormat('0.0%');
    sh.getRange('C1:C3').setNumberFormat('0.00');
    sh.insertColumnsAfter(2, 1);
    expect(sh.getRange('C1:C3').getNumberFormats()).toEqual([['0.0%'], ['0.0%'], ['0.0%']]);
    sh.insertColumnsBefore(4, 1);
    expect(sh.getRange('D2').getNumberFormat()).toBe('0.00');
  });

  test('rows inserted inside a row group join it; at its edge they stay outside', () => {
    const { sh } = fresh();
    sh.getRange('3:5').shiftRowGroupDepth(1);
    sh.insertRowsAfter(3, 1); // inside rows 3-5
    expect([2, 3, 4, 5, 6, 7].map((r) => sh.getRowGroupDepth(r))).toEqual([0, 1, 1, 1, 1, 0]);
    sh.insertRowsAfter(6, 1); // after the group's last row
    expect(sh.getRowGroupDepth(7)).toBe(0);
    expect(sh.getRowGroup(3, 1)!.getRange().getA1Notation()).toBe('3:6');
  });

  test('getRowGroup finds a group from a row inside it or its control toggle, and throws where there is none (as Sheets does)', () => {
    const { sh } = fresh();
    sh.getRange('3:5').shiftRowGroupDepth(1);
    sh.getRange('4:4').shiftRowGroupDepth(1);
    expect(sh.getRowGroup(5, 1)!.getRange().getA1Notation()).toBe('3:5');
    expect(sh.getRowGroup(6, 1)!.getRange().getA1Notation()).toBe('3:5'); // the toggle's row
    expect(sh.getRowGroup(4, 2)!.getRange().getA1Notation()).toBe('4:4');
    expect(sh.getRowGroup(4, 2)!.getDepth()).toBe(2);
    expect(() => sh.getRowGroup(2, 1)).toThrow(/no row group/);
    expect(() => sh.getRowGroup(3, 2)).toThrow(/no row group/);
    expect(() => sh.getRowGroup(9, 1)).toThrow(/no row group/);
  });
});

describe('Sheet.moveRows', () => {
  test('moves rows down to before the destination (counted before the move)', () => {
    const { sh } = fresh();
    sh.getRange('A1:A5').setValues([[0], [1], [2], [3], [4]]);
    // The Sheets API example: move "1" and "2" to between "3" and "4".
    sh.moveRows(sh.getRange('A2:A3'), 5);
    expect(sh.getRange('A1:A5').getValues().flat()).toEqual([0, 3, 1, 2, 4]);
    // Up: rows 4-5 ("2", "4") to the top.
    sh.moveRows(sh.getRange('B4:C5'), 1);
    expect(sh.getRange('A1:A5').getValues().flat()).toEqual([2, 4, 0, 3, 1]);
    // Already there: nothing changes.
    sh.moveRows(sh.getRange('A2'), 2);
    sh.moveRows(sh.getRange('A2'), 3);
    expect(sh.getRange('A1:A5').getValues().flat()).toEqual([2, 4, 0, 3, 1]);
    expect(() => sh.moveRows(sh.getRange('A1:A3'), 2)).toThrow(/inside the rows being moved/);
    expect(() => sh.moveRows(sh.getRange('A1'), 1002)).toThrow(/out of bounds/);
    expect(sh.getMaxRows()).toBe(1000);
  });

  test('formulas in and outside the moved rows follow the cells they refer to (HyperFormula in step)', () => {
    const { ss, sh } = fresh();
    const other = ss.insertSheet('Other');
    sh.getRange('A1:A5').setValues([[10], [20], [30], [40], [50]]);
    sh.getRange('B1:B5').setFormula('=$A1*2'); // own-row references
    sh.getRange('C1').setFormula('=A2+A4');
    sh.getRange('D1').setFormula('=SUM($A:$A)');
    other.getRange('A1').setFormula("='Sheet1'!B2");
    sh.moveRows(sh.getRange('A2'), 5); // row 2 (20) to before row 5: rows 2-4 = 30, 40, 20
    expect(sh.getRange('A1:B5').getValues()).toEqual([
      [10, 20],
      [30, 60],
      [40, 80],
      [20, 40],
      [50, 100],
    ]);
    expect(sh.getRange('B4').getFormula()).toBe('=$A4*2');
    expect(sh.getRange('C1').getFormula()).toBe('=A4+A3');
    expect(sh.getRange('C1').getValue()).toBe(60);
    expect(sh.getRange('D1').getValue()).toBe(150);
    expect(other.getRange('A1').getFormula()).toBe('=Sheet1!B4');
    // The engine recalculates from the moved cells: a change in the moved row shows everywhere.
    sh.getRange('A4').setValue(25);
    expect(sh.getRange('B4').getValue()).toBe(50);
    expect(other.getRange('A1').getValue()).toBe(50);
    expect(sh.getRange('C1').getValue()).toBe(65);
  });

  test('formats, notes, validation, row properties, metadata and ranges go along', () => {
    const { ss, app, sh } = fresh();
    sh.getRange('A1:A6').setValues([[1], [2], [3], [4], [5], [6]]);
    formatRow(app, sh, 2, 'percent');
    sh.getRange('A2').setNote('mine');
    sh.setRowHeight(2, 40);
    sh.getRange('2:3').shiftRowGroupDepth(1);
    sh.getRange('2:2').addDeveloperMetadata('tag', 'two');
    ss.setNamedRange('Two', sh.getRange('A2:B2'));
    ss.setNamedRange('All', sh.getRange('A1:A6'));
    sh.moveRows(sh.getRange('A2:A3'), 6); // rows 2-3 to before 6: now rows 4-5
    expect(sh.getRange('A1:A6').getValues().flat()).toEqual([1, 4, 5, 2, 3, 6]);
    expect(sh.getRange(4, 2).getNumberFormat()).toBe('0.0%');
    expect(sh.getRange(2, 2).getNumberFormat()).toBe('0.###############');
    expect(sh.getRange(4, 1).getFontWeight()).toBe('bold');
    expect(sh.getRange(4, 1).getNote()).toBe('mine');
    expect(sh.getRange(4, 3).getDataValidation()).not.toBeNull();
    expect(sh.getRowHeight(4)).toBe(40);
    expect([1, 2, 3, 4, 5, 6].map((r) => sh.getRowGroupDepth(r))).toEqual([0, 0, 0, 1, 1, 0]);
    const md = sh.createDeveloperMetadataFinder().withKey('tag').find()[0]!;
    expect(md.getLocation().getRow()!.getRow()).toBe(4);
    expect(ss.getRangeByName('Two')!.getA1Notation()).toBe('A4:B4');
    expect(ss.getRangeByName('All')!.getA1Notation()).toBe('A1:A6');
  });

  test('moveColumns moves columns the same way', () => {
    const { sh } = fresh();
    sh.getRange('A1:D1').setValues([['a', 'b', 'c', 'd']]);
    sh.getRange('E1').setFormula('=B1&D1');
    sh.moveColumns(sh.getRange('B1'), 4);
    expect(sh.getRange('A1:D1').getValues()).toEqual([['a', 'c', 'b', 'd']]);
    expect(sh.getRange('E1').getFormula()).toBe('=C1&D1');
    expect(sh.getRange('E1').getValue()).toBe('bd');
  });
});

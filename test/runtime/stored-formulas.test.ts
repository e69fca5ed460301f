// Without evaluation (the benchmark's mode) the runtime stores formula texts only; inserting and
// deleting rows and columns must still rewrite them exactly as the evaluating engine (and
// Sheets) does, or a benchmark would see formulas that Sheets would never show.
import { createSpreadsheet } from '../../dev/runtime';

const FORMULAS = [
  '=$B5*2',
  '=B5+C$6+$D$7',
  '=SUM(B2:B9)',
  '=SUMIFS($C:$C,$H:$H,$A5)',
  "='Other tab'!B5+Other!$C$6",
  '="B5 stays text"&B5',
  '=IF($M5="done",\'Other tab\'!A1,LOG10(C5))',
  '=IFERROR((SUMIFS($AF:$AF,$H:$H,$A5))/(SUMIFS($AE:$AE,$H:$H,$A5)),"")',
];

type Op = (s: GoogleAppsScript.Spreadsheet.Sheet) => void;

const OPS: [string, Op][] = [
  ['insert rows above', (s) => s.insertRowsAfter(2, 3)],
  ['insert rows between', (s) => s.insertRowsBefore(6, 2)],
  ['insert rows below', (s) => s.insertRowsAfter(30, 2)],
  ['delete rows above', (s) => s.deleteRows(2, 2)],
  ['delete a referenced row', (s) => s.deleteRow(6)],
  ['delete rows inside a range', (s) => s.deleteRows(4, 2)],
  ['delete every row of a range', (s) => s.deleteRows(2, 8)],
  ['delete columns across references', (s) => s.deleteColumns(2, 2)],
  ['insert a column before B', (s) => s.insertColumnBefore(2)],
  ['delete column C', (s) => s.deleteColumn(3)],
];

function build(evaluate: boolean) {
  const ss = createSpreadsheet({ evaluateFormulas: evaluate });
  const main = ss.getSheets()[0]!;
  main.setName('Main');
  const other = ss.insertSheet('Other tab');
  ss.insertSheet('Other');
  main.getRange(20, 1, FORMULAS.length, 1).setValues(FORMULAS.map((f) => [f]));
  // A formula on another tab that points into Main.
  other.getRange('A10').setValue('=Main!B5+Main!$A$20');
  return { ss, main, other };
}

describe('stored formulas follow inserted and deleted rows and columns', () => {
  test.each(OPS)('%s: the same texts as the evaluating engine', (_name, op) => {
    const stored = build(false);
    const evaluated = build(true);
    op(stored.main);
    op(evaluated.main);
    expect(stored.main.getDataRange().getFormulas()).toEqual(
      evaluated.main.getDataRange().getFormulas(),
    );
    expect(stored.other.getRange('A10').getFormula()).toBe(
      evaluated.other.getRange('A10').getFormula(),
    );
  });

  test('rows inserted on another tab move only the references to that tab', () => {
    const stored = build(false);
    const evaluated = build(true);
    const before = stored.main.getDataRange().getFormulas();
    for (const s of [stored, evaluated]) s.ss.getSheetByName('Other')!.insertRowsAfter(1, 5);
    const after = stored.main.getDataRange().getFormulas();
    expect(after).toEqual(evaluated.main.getDataRange().getFormulas());
    expect(after).not.toEqual(before);
    expect(after.flat().filter((f) => f !== '' && !f.includes('Other!'))).toEqual(
      before.flat().filter((f) => f !== '' && !f.includes('Other!')),
    );
  });
});

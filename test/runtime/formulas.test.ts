// Formulas are really evaluated (HyperFormula configured like Sheets) and keep their
// references right when rows, columns and tabs change.
import { createSpreadsheet, loadAddon } from '../../dev/runtime';

function fresh(opts: Parameters<typeof createSpreadsheet>[0] = {}) {
  const ss = createSpreadsheet(opts);
  return { ss, sh: ss.getSheets()[0]! };
}

test('formulas evaluate, including TRUE/FALSE, IFERROR and cross-tab references', () => {
  const { ss, sh } = fresh();
  const data = ss.insertSheet('Data 2026');
  data.getRange('A1:A3').setValues([[10], [20], [30]]);
  sh.getRange('A1:D1').setFormulas([
    [
      "='Data 2026'!A1+'Data 2026'!A2",
      "=SUM('Data 2026'!A1:A3)",
      '=IF(TRUE,1,2)',
      '=IFERROR(1/0,"none")',
    ],
  ]);
  expect(sh.getRange('A1:D1').getValues()).toEqual([[30, 60, 1, 'none']]);
});

test('error values read as Sheets error strings', () => {
  const { sh } = fresh();
  sh.getRange('A1:D1').setFormulas([['=1/0', '=NA()', '=NOSUCHFN(1)', '="a"+1']]);
  expect(sh.getRange('A1:D1').getValues()).toEqual([['#DIV/0!', '#N/A', '#NAME?', '#VALUE!']]);
});

test('AVERAGEIFS works (a plugin: HyperFormula lacks it)', () => {
  const { sh } = fresh();
  sh.getRange('A1:B4').setValues([
    ['x', 1],
    ['y', 5],
    ['x', 3],
    ['x', 'n/a'],
  ]);
  sh.getRange('C1:D1').setFormulas([
    ['=AVERAGEIFS(B1:B4,A1:A4,"x")', '=AVERAGEIFS(B1:B4,A1:A4,"z")'],
  ]);
  expect(sh.getRange('C1:D1').getValues()).toEqual([[2, '#DIV/0!']]);
});

test('ISDATE (a plugin, as Google documents it): date cells and date text, not plain numbers', () => {
  const { sh } = fresh();
  sh.getRange('A1:A5').setValues([[new Date(2026, 5, 30)], [46203], ['2026-06-30'], ['abc'], ['']]);
  sh.getRange('A6').setValue("'2026-06-30");
  sh.getRange('B1:B6').setFormulas([
    ['=ISDATE(A1)'],
    ['=ISDATE(A2)'],
    ['=ISDATE(A3)'],
    ['=ISDATE(A4)'],
    ['=ISDATE(A5)'],
    ['=ISDATE(A6)'],
  ]);
  sh.getRange('C1:C3').setFormulas([
    ['=ISDATE("7/20/1969")'],
    ['=ISDATE("July")'],
    ['=ISDATE(TODAY())'],
  ]);
  expect(sh.getRange('B1:B6').getValues().flat()).toEqual([true, false, true, false, false, true]);
  expect(sh.getRange('C1:C3').getValues().flat()).toEqual([true, false, true]);
  // A number written into a date-formatted cell is a date.
  sh.getRange('A2').setNumberFormat('yyyy-mm-dd');
  sh.getRange('A2').setValue(46204);
  expect(sh.getRange('B2').getValue()).toBe(true);
});

test('REGEXMATCH (a plugin) and VALUE in the spreadsheet locale, as Sheets reads text', () => {
  for (const [locale, texts] of [
    [
      'en_US',
      [
        ['1,234.5', 1234.5],
        ['1.5', 1.5],
        ['45%', 0.45],
        ['1,500', 1500],
      ],
    ],
    [
      'nl_NL',
      [
        ['1.234,5', 1234.5],
        ['20.000', 20000],
        ['1,5', 1.5],
        ['4,5%', 0.045],
      ],
    ],
  ] as const) {
    const { sh } = fresh({ locale });
    texts.forEach(([text], i) => sh.getRange(i + 1, 1).setValue("'" + text));
    sh.getRange('B1:B4').setFormulas([
      ['=VALUE(A1)'],
      ['=VALUE(A2)'],
      ['=VALUE(A3)'],
      ['=VALUE(A4)'],
    ]);
    expect(sh.getRange('B1:B4').getValues().flat()).toEqual(texts.map(([, n]) => n));
  }
  const { sh } = fresh();
  sh.getRange('A1:A2').setValues([['abc123'], ['xyz']]);
  sh.getRange('B1:C1').setFormulas([['=REGEXMATCH(A1,"^[a-c]+\\d+$")', '=REGEXMATCH(A2,"\\d")']]);
  expect(sh.getRange('B1:C1').getValues()).toEqual([[true, false]]);
});

test('REGEXREPLACE and REGEXEXTRACT (plugins) as Google documents them', () => {
  const { sh } = fresh();
  sh.getRange('A1:A3').setValues([['2026 - q1'], ['Q3/2027'], [2026]]);
  sh.getRange('B1:E3').setFormulas([
    [
      '=REGEXREPLACE(UPPER(A1),"[-/\\s]","")',
      '=REGEXEXTRACT(B1,"\\d{4}")',
      '=REGEXREPLACE(B1,"\\d{4}","#")',
      '=REGEXEXTRACT(A1,"(\\d)$")',
    ],
    [
      '=REGEXREPLACE(A2,"(Q\\d)/(\\d+)","$2-$1")',
      '=REGEXEXTRACT(A2,"x")',
      '=REGEXREPLACE(A3,"2","3")',
      '=REGEXEXTRACT(A3&"","^\\d\\d")',
    ],
    ['=REGEXREPLACE(A2,"(","")', '=REGEXEXTRACT(A3,"2")', '=ISNA(C2)', '=ISERROR(E2)'],
  ]);
  expect(sh.getRange('B1:E3').getValues()).toEqual([
    ['2026Q1', '2026', '#Q1', '1'],
    // Every match replaced, $n are capture groups; no match is #N/A; a number is no text.
    ['2027-Q3', '#N/A', '#VALUE!', '20'],
    ['#VALUE!', '#VALUE!', true, false],
  ]);
});

test('TODAY() and NOW() follow the runtime clock; TODAY() cells read as Dates', () => {
  const ss = createSpreadsheet();
  const sh = ss.getSheets()[0]!;
  const addon = loadAddon({ spreadsheet: ss, today: '2026-03-31' });
  sh.getRange('A1:C1').setFormulas([['=TODAY()', '=NOW()', '=TODAY()-DATE(2026,1,1)']]);
  expect(sh.getRange('A1').getDisplayValue()).toBe('3/31/2026');
  expect((sh.getRange('A1').getValue() as Date).toISOString()).toBe('2026-03-30T22:00:00.000Z');
  expect(sh.getRange('C1').getValue()).toBe(89);
  addon.setToday('2026-04-01');
  expect(sh.getRange('C1').getValue()).toBe(90);
  expect(sh.getRange('B1').getDisplayValue()).toBe('4/1/2026 12:00:00');
});

test('array results spill, and the spilled cells have no formula', () => {
  const { sh } = fresh();
  sh.getRange('A1:A3').setValues([[1], [2], [3]]);
  sh.getRange('B1').setFormula('=ARRAYFORMULA(A1:A3*2)');
  expect(sh.getRange('B1:B3').getValues()).toEqual([[2], [4], [6]]);
  expect(sh.getRange('B1:B3').getFormulas()).toEqual([['=ARRAYFORMULA(A1:A3*2)'], [''], ['']]);
});

test('setFormula on a range moves relative references per cell', () => {
  const { sh } = fresh();
  sh.getRange('A1:A3').setValues([[1], [2], [3]]);
  sh.getRange('B1:B3').setFormula('=A1*$A$1+1');
  expect(sh.getRange('B1:B3').getFormulas()).toEqual([
    ['=A1*$A$1+1'],
    ['=A2*$A$1+1'],
    ['=A3*$A$1+1'],
  ]);
  expect(sh.getRange('B1:B3').getValues()).toEqual([[2], [3], [4]]);
});

test('inserting and deleting rows and columns keeps references right', () => {
  const { sh } = fresh();
  sh.getRange('A1:A3').setValues([[1], [2], [3]]);
  sh.getRange('C1').setFormula('=SUM(A1:A3)');
  sh.insertRowsBefore(2, 2);
  expect(sh.getRange('C1').getFormula()).toBe('=SUM(A1:A5)');
  expect(sh.getRange('A4').getValue()).toBe(2);
  sh.getRange('A2').setValue(10);
  expect(sh.getRange('C1').getValue()).toBe(16);
  sh.deleteRows(2, 2);
  expect(sh.getRange('C1').getFormula()).toBe('=SUM(A1:A3)');
  expect(sh.getMaxRows()).toBe(1000);
  sh.insertColumnBefore(1);
  expect(sh.getRange('D1').getFormula()).toBe('=SUM(B1:B3)');
  expect(sh.getRange('D1').getValue()).toBe(6);
  sh.deleteColumn(1);
  expect(sh.getRange('C1').getFormula()).toBe('=SUM(A1:A3)');
  sh.deleteRow(1);
  expect(sh.getRange('B1').getValue()).toBe('');
  expect(sh.getRange('C1').getValue()).toBe(''); // C1 held the formula before its row went
});

test('renaming a tab rewrites formulas that refer to it; deleting it gives #REF!', () => {
  const { ss, sh } = fresh();
  const data = ss.insertSheet('Data');
  data.getRange('A1').setValue(5);
  sh.getRange('A1').setFormula('=Data!A1*2');
  data.setName('Key results');
  expect(sh.getRange('A1').getFormula()).toBe("='Key results'!A1*2");
  expect(sh.getRange('A1').getValue()).toBe(10);
  ss.deleteSheet(data);
  expect(sh.getRange('A1').getValue()).toBe('#REF!');
});

test('named ranges are usable in formulas and follow row insertion', () => {
  const { ss, sh } = fresh();
  sh.getRange('A1:A2').setValues([[4], [6]]);
  ss.setNamedRange('Scores', sh.getRange('A1:A2'));
  sh.getRange('B1').setFormula('=SUM(Scores)');
  expect(sh.getRange('B1').getValue()).toBe(10);
  sh.insertRowBefore(1);
  expect(ss.getRangeByName('Scores')!.getA1Notation()).toBe('A2:A3');
  expect(sh.getRange('B2').getValue()).toBe(10);
});

test('evaluateFormulas: false stores formulas without evaluating them', () => {
  const { sh } = fresh({ evaluateFormulas: false });
  sh.getRange('A1:B1').setValues([[1, '=A1+1']]);
  expect(sh.getRange('B1').getFormula()).toBe('=A1+1');
  expect(sh.getRange('A1:B1').getValues()).toEqual([[1, '']]);
});

// At the benchmark's size (its speed is npm run bench's to report, not a timed test's).
test('a setValues of 35,000 × 25 cells reads back whole', () => {
  const { ss } = fresh();
  const sh = ss.insertSheet('Big');
  sh.insertRowsAfter(1000, 34000);
  const rows = Array.from({ length: 35000 }, (_, r) =>
    Array.from({ length: 25 }, (_, c) => (c === 0 ? `item ${r}` : r * c)),
  );
  sh.getRange(1, 1, 35000, 25).setValues(rows);
  const values = sh.getRange(1, 1, 35000, 25).getValues();
  expect(values[34999]![24]).toBe(34999 * 24);
  expect(values[5]![0]).toBe('item 5');
}, 60000);

// Values as Sheets stores and returns them, including its coercion of written strings.
import { createSpreadsheet } from '../../dev/runtime';

function sheet(opts: Parameters<typeof createSpreadsheet>[0] = {}) {
  const ss = createSpreadsheet(opts);
  return { ss, sh: ss.getSheets()[0]! };
}

describe('reading cells', () => {
  test('empty cells read as empty strings, formulas of plain cells as empty strings', () => {
    const { sh } = sheet();
    const r = sh.getRange('A1:B2');
    expect(r.getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(r.getFormulas()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(sh.getLastRow()).toBe(0);
    expect(sh.getDataRange().getA1Notation()).toBe('A1');
  });

  test('numbers, booleans and text come back typed', () => {
    const { sh } = sheet();
    sh.getRange('A1:C1').setValues([[1.5, true, 'text']]);
    expect(sh.getRange('A1:C1').getValues()).toEqual([[1.5, true, 'text']]);
    expect(sh.getLastRow()).toBe(1);
    expect(sh.getLastColumn()).toBe(3);
  });
});

describe('Sheets coercion of written strings', () => {
  test.each([
    ['12', 12],
    ['007', 7],
    ['1,234.5', 1234.5],
    ['-3', -3],
    ['45%', 0.45],
    ['TRUE', true],
    ['false', false],
    ['hello', 'hello'],
    ["'12", '12'],
    ["'=SUM(1)", '=SUM(1)'],
  ])('en_US: %p is stored as %p', (input, expected) => {
    const { sh } = sheet();
    sh.getRange('A1').setValue(input);
    expect(sh.getRange('A1').getValue()).toEqual(expected);
  });

  test('nl_NL reads a decimal comma', () => {
    const { sh } = sheet({ locale: 'nl_NL' });
    sh.getRange('A1').setValue('1,5');
    expect(sh.getRange('A1').getValue()).toBe(1.5);
    expect(sh.getRange('A1').getDisplayValue()).toBe('1,5');
  });

  test('a percent string gets a percent format', () => {
    const { sh } = sheet();
    sh.getRange('A1').setValue('45%');
    expect(sh.getRange('A1').getNumberFormat()).toBe('0%');
    expect(sh.getRange('A1').getDisplayValue()).toBe('45%');
  });

  test("text starting with '=' becomes a formula: setValues can inject formulas", () => {
    const { sh } = sheet();
    sh.getRange('A1:B1').setValues([[2, '=A1*10']]);
    expect(sh.getRange('B1').getFormula()).toBe('=A1*10');
    expect(sh.getRange('B1').getValue()).toBe(20);
  });

  test("text starting with '+' that is no number becomes a broken formula (#ERROR!)", () => {
    const { sh } = sheet();
    sh.getRange('A1').setValue('+31 6 1234');
    expect(sh.getRange('A1').getFormula()).toBe('=+31 6 1234');
    expect(sh.getRange('A1').getValue()).toBe('#ERROR!');
  });

  test("a leading apostrophe or the '@' text format keeps text as text", () => {
    const { sh } = sheet();
    sh.getRange('A1').setValue("'+31 6 1234");
    sh.getRange('B1').setNumberFormat('@').setValue('=1+1');
    sh.getRange('C1').setNumberFormat('@').setValue('0012');
    expect(sh.getRange('A1:C1').getValues()).toEqual([['+31 6 1234', '=1+1', '0012']]);
    expect(sh.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
  });

  test('date strings become dates', () => {
    const { sh } = sheet();
    sh.getRange('A1:B1').setValues([['2026-03-31', '3/4/2026']]);
    const [a, b] = sh.getRange('A1:B1').getValues()[0] as Date[];
    expect(Object.prototype.toString.call(a)).toBe('[object Date]');
    expect(sh.getRange('A1').getDisplayValue()).toBe('2026-03-31');
    expect(b!.toISOString()).toBe('2026-03-03T23:00:00.000Z'); // 4 March, midnight in Amsterdam
  });
});

describe('dates', () => {
  test('a Date is stored as a serial with a date format and read back as the same instant', () => {
    const { sh } = sheet();
    const d = new Date('2026-06-30T22:00:00Z'); // 1 July 00:00 in Amsterdam (summer time)
    sh.getRange('A1').setValue(d);
    expect((sh.getRange('A1').getValue() as Date).getTime()).toBe(d.getTime());
    expect(sh.getRange('A1').getNumberFormat()).toBe('M/d/yyyy');
    expect(sh.getRange('A1').getDisplayValue()).toBe('7/1/2026');
    sh.getRange('B1').setFormula('=A1+1');
    expect(sh.getRange('B1').getValue()).toBe(46205); // serial: no date format on B1
  });

  test('numbers in date-formatted cells read as Dates; the same numbers otherwise stay numbers', () => {
    const { sh } = sheet();
    sh.getRange('A1:B1').setValues([[46000, 46000]]);
    sh.getRange('A1').setNumberFormat('yyyy-mm-dd');
    const [a, b] = sh.getRange('A1:B1').getValues()[0]!;
    expect(Object.prototype.toString.call(a)).toBe('[object Date]');
    expect(b).toBe(46000);
    expect(sh.getRange('A1').getDisplayValue()).toBe('2025-12-09');
  });
});

describe('display values and number formats', () => {
  test.each([
    [1234.5, '#,##0.00', '1,234.50'],
    [0.256, '0.0%', '25.6%'],
    [0.5, '0%', '50%'],
    [3, '0" pts"', '3 pts'],
    [-2, '0;(0)', '(2)'],
    [1 / 3, '0.###############', '0.3333333333'],
    [46000.5, 'd mmm yyyy h:mm', '9 Dec 2025 12:00'],
    // Half away from zero, from the number's decimal value at 15 significant digits, as Sheets
    // shows it: 0.285 is 0.28499999999999998 in binary and still shows 29%.
    [0.375, '0%', '38%'],
    [0.125, '0%', '13%'],
    [0.285, '0%', '29%'],
    [-0.375, '0%', '-38%'],
    [1.375, '0%', '138%'],
    [1.005, '0.00', '1.01'],
    [2.675, '#,##0.00', '2.68'],
  ])('%p as %p shows %p', (value, format, shown) => {
    const { sh } = sheet();
    sh.getRange('A1').setValue(value).setNumberFormat(format);
    expect(sh.getRange('A1').getDisplayValue()).toBe(shown);
  });

  test('booleans and errors display as Sheets shows them', () => {
    const { sh } = sheet();
    sh.getRange('A1:B1').setValues([[true, '=1/0']]);
    expect(sh.getRange('A1:B1').getDisplayValues()).toEqual([['TRUE', '#DIV/0!']]);
  });
});

describe('shape checks', () => {
  test('setValues with the wrong number of rows or columns throws as Apps Script does', () => {
    const { sh } = sheet();
    expect(() => sh.getRange('A1:B2').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sh.getRange('A1:B1').setValues([[1]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  test('ranges outside the sheet throw', () => {
    const { sh } = sheet();
    expect(() => sh.getRange(1001, 1)).toThrow('outside the dimensions of the sheet');
    expect(() => sh.getRange(0, 1)).toThrow('The starting row of the range is too small.');
  });

  test('setValue fills every cell of the range; styles read back normalised', () => {
    const { sh } = sheet();
    const r = sh.getRange('A1:B2').setValue(7).setBackground('red').setFontWeight('bold');
    expect(r.getValues()).toEqual([
      [7, 7],
      [7, 7],
    ]);
    expect(r.getBackground()).toBe('#ff0000');
    expect(r.getFontWeights()).toEqual([
      ['bold', 'bold'],
      ['bold', 'bold'],
    ]);
    r.clearFormat();
    expect(r.getBackground()).toBe('#ffffff');
    r.clearContent();
    expect(sh.getLastRow()).toBe(0);
  });
});

describe('cell styles are shared between cells, and each cell still changes alone', () => {
  /** The stored style object of a cell (the runtime's model, behind the service). */
  function styleObject(ss: ReturnType<typeof createSpreadsheet>, a1Row: number, col: number) {
    const data = (ss.getSheets()[0] as unknown as { data: { cell(r: number, c: number): unknown } })
      .data;
    return (data.cell(a1Row, col) as { st?: object } | undefined)?.st;
  }

  test('a block of cells with one look holds one style object', () => {
    const { ss, sh } = sheet();
    sh.getRange('A1:C400').setFontWeight('bold').setBackground('#e8f0fe');
    const first = styleObject(ss, 1, 1);
    expect(first).toBeDefined();
    expect(styleObject(ss, 400, 3)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    // The same look set again on another block reuses the object too.
    sh.getRange('E1:E9').setFontWeight('bold').setBackground('#e8f0fe');
    expect(styleObject(ss, 9, 5)).toBe(first);
  });

  test('changing, bordering or clearing one cell leaves the cells that shared its look alone', () => {
    const { sh } = sheet();
    sh.getRange('A1:B2').setFontWeight('bold').setFontColor('#ff0000');
    sh.getRange('A1').setFontColor('#0000ff');
    sh.getRange('B1').setBorder(true, null, null, null, null, null);
    sh.getRange('A2').setFontWeight(null);
    sh.getRange('B2').clearFormat();
    expect(sh.getRange('A1:B2').getFontColors()).toEqual([
      ['#0000ff', '#ff0000'],
      ['#ff0000', '#000000'],
    ]);
    expect(sh.getRange('A1:B2').getFontWeights()).toEqual([
      ['bold', 'bold'],
      ['normal', 'normal'],
    ]);
    // Clearing the last style key leaves no style behind: the cell reads as plain.
    sh.getRange('A2').setFontColor(null);
    expect(sh.getRange('A2').getFontColor()).toBe('#000000');
  });
});

describe('text formats', () => {
  test('any format with an unquoted @ keeps a written apostrophe and "=" as text', () => {
    const { sh } = sheet();
    sh.getRange('A1:D1').setNumberFormats([['@', '"    "@', '"@"0', '0.0']]);
    sh.getRange('A1:D1').setValues([["'kept", "'kept", "'dropped", "'dropped"]]);
    expect(sh.getRange('A1:D1').getValues()).toEqual([["'kept", "'kept", 'dropped', 'dropped']]);
    sh.getRange('B1').setValue('=1+1');
    expect(sh.getRange('B1').getFormula()).toBe('');
    expect(sh.getRange('B1').getValue()).toBe('=1+1');
  });
});

// SPARKLINE's bar chart as Google documents it (https://support.google.com/docs/answer/3093289,
// "For bar charts"): the data as stacked segments, "max" the end of the axis, "color1"/"color2"
// by turns, "empty" and "nan" (zero/convert or ignore), "rtl"; options two cells wide. The cell
// reads as '' (it shows a chart); the workbook keeps the bar for the preview to draw.
import { createSpreadsheet } from '../../dev/runtime';
import { barExtents, sparklineBar } from '../../dev/runtime/sparkline';
import { untrackedArrayReference } from '../../dev/runtime/array-literals';

function sheet() {
  const ss = createSpreadsheet();
  const sh = ss.getSheets()[0]!;
  const data = ss.model.sheets[0]!;
  const bar = (a1: string) => {
    const r = sh.getRange(a1);
    return ss.model.read(data, r.getRow(), r.getColumn()).sparkline;
  };
  return { ss, sh, bar };
}

test('a bar of one value up to max: the cell reads as empty, the bar covers value / max', () => {
  const { sh, bar } = sheet();
  sh.getRange('A1').setValue(0.25);
  sh.getRange('B1').setFormula('=SPARKLINE(A1,{"charttype","bar";"max",1;"color1","#34a853"})');
  expect(sh.getRange('B1').getValue()).toBe('');
  expect(sh.getRange('B1').getDisplayValue()).toBe('');
  const b = bar('B1')!;
  expect(b).toEqual({
    type: 'bar',
    segments: [{ value: 0.25, color: '#34a853' }],
    max: 1,
    rtl: false,
  });
  expect(barExtents(b)).toEqual([{ from: 0, to: 0.25, color: '#34a853' }]);
  // The bar follows its data.
  sh.getRange('A1').setValue(0.8);
  expect(barExtents(bar('B1')!)).toEqual([{ from: 0, to: 0.8, color: '#34a853' }]);
});

test('stacked segments take color1 and color2 by turns; without max the bar is their total', () => {
  const { sh, bar } = sheet();
  sh.getRange('A1:C1').setValues([[1, 2, 1]]);
  sh.getRange('D1').setFormula(
    '=SPARKLINE(A1:C1,{"charttype","bar";"color1","red";"color2","blue"})',
  );
  const b = bar('D1')!;
  expect(b.max).toBe(4);
  expect(barExtents(b)).toEqual([
    { from: 0, to: 0.25, color: 'red' },
    { from: 0.25, to: 0.75, color: 'blue' },
    { from: 0.75, to: 1, color: 'red' },
  ]);
});

test('a value beyond max is cut off at the end of the axis; option names in any case', () => {
  const { sh, bar } = sheet();
  sh.getRange('A1').setValue(1.5);
  sh.getRange('B1').setFormula('=SPARKLINE(A1,{"CHARTTYPE","Bar";"Max",1})');
  expect(barExtents(bar('B1')!)).toEqual([{ from: 0, to: 1, color: expect.any(String) }]);
});

test('options from a range two cells wide, rtl draws from the right', () => {
  const { sh, bar } = sheet();
  sh.getRange('A1:B3').setValues([
    ['charttype', 'bar'],
    ['max', 10],
    ['rtl', true],
  ]);
  sh.getRange('C1').setValue(4);
  sh.getRange('D1').setFormula('=SPARKLINE(C1,A1:B3)');
  expect(bar('D1')).toMatchObject({ max: 10, rtl: true, segments: [{ value: 4 }] });
});

test('"empty" and "nan": zero/convert by default, or ignore (the colours shift)', () => {
  const b = (opts: unknown[][]) =>
    sparklineBar([[1, null, 'x', 2]], [['charttype', 'bar'], ...opts]);
  expect(b([])).toMatchObject({
    segments: [{ value: 1 }, { value: 0 }, { value: 0 }, { value: 2 }],
  });
  const ignored = b([
    ['empty', 'ignore'],
    ['nan', 'ignore'],
    ['color1', 'a'],
    ['color2', 'b'],
  ]);
  expect(ignored).toMatchObject({
    segments: [
      { value: 1, color: 'a' },
      { value: 2, color: 'b' },
    ],
  });
});

test('options not two cells wide are #VALUE!; a chart type other than bar says it is not implemented', () => {
  const { sh } = sheet();
  sh.getRange('A1').setValue(1);
  sh.getRange('B1:C1').setFormulas([
    ['=SPARKLINE(A1,{"charttype","bar","max"})', '=SPARKLINE(A1,{"charttype","line"})'],
  ]);
  expect(sh.getRange('B1:C1').getValues()).toEqual([['#VALUE!', '#N/A']]);
  expect(sparklineBar([[1]], undefined)).toMatchObject({
    message: expect.stringMatching(/charttype "line" is not implemented by the local runtime/),
  });
});

test('a reference inside the options array is tracked when it is also named outside it', () => {
  const { sh, bar } = sheet();
  sh.getRange('A1:C1').setValues([[0.5, 'ok', 2]]);
  // B1 is a formula computed after D1 would be, were the reference not tracked.
  sh.getRange('B1').setFormula('=IF(C1>1,"ok","no")');
  sh.getRange('D1').setFormula(
    '=IF(B1<>"",SPARKLINE(A1,{"charttype","bar";"max",1;"color1",IF(B1="ok","green","red")}),"")',
  );
  expect(bar('D1')!.segments[0]!.color).toBe('green');
  sh.getRange('C1').setValue(0);
  expect(bar('D1')!.segments[0]!.color).toBe('red');
});

test('a reference named only inside an array literal is refused: HyperFormula would not track it', () => {
  const { sh } = sheet();
  expect(() =>
    sh.getRange('D1').setFormula('=SPARKLINE(A1,{"charttype","bar";"color1",B1})'),
  ).toThrow(/B1 is named only inside an array literal/);
  expect(sh.getRange('D1').getFormula()).toBe('');
  expect(untrackedArrayReference('=IF(B1="",1,SUM({1,2}))')).toBeUndefined();
  expect(untrackedArrayReference('=IF($B$1="",1,COUNTA({"B1",B1}))')).toBeUndefined();
  expect(untrackedArrayReference("=COUNTA({'My tab'!C3})")).toBe("'My tab'!C3");
});

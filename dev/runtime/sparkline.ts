// SPARKLINE for the local runtime (HyperFormula lacks it): the bar chart Google documents
// (https://support.google.com/docs/answer/3093289, "For bar charts"). In Sheets the cell shows a
// small chart instead of a value, and Apps Script reads such a cell as empty (''); here the
// function's result carries the drawing (SPARKLINE_MARK + the bar as JSON) until the workbook
// reads the cell: `sparklineOf` turns it into the bar the preview draws, and the cell's value is
// ''. Only charttype "bar" is implemented; another type is an error that says so.
//
// What the reference says of a bar sparkline, and what is done here:
// - data: a range or array of the values to plot; "bar" is a stacked bar chart: each value is a
//   segment, one after the other;
// - options: a range or array two cells wide (option, value); names in any case;
// - "max": the maximum along the horizontal axis (without it: the total of the values, so the
//   bar fills the cell); a segment beyond max is cut off at max;
// - "color1", "color2": the first and second colour of the bars (segments take them by turns);
// - "empty": "zero" or "ignore" (blank cells as 0 or left out);
// - "nan": "convert" or "ignore" (non-numeric data as 0 or left out);
// - "rtl": true draws the bar from right to left.
// A negative value draws nothing (a bar has no room left of 0). Unknown option names are left
// alone; options that are not two cells wide are #VALUE!.
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin } from 'hyperformula';
import type { ImplementedFunctions, SimpleRangeValue } from 'hyperformula';

const SPARKLINE_MARK = '\u0000sparkline:';

export interface SparklineBar {
  type: 'bar';
  /** The stacked segments, left to right (right to left when rtl), each with its colour. */
  segments: { value: number; color: string }[];
  /** The end of the horizontal axis. */
  max: number;
  rtl: boolean;
}

/** Sheets' default bar colours (the reference names none; these are Sheets' chart defaults). */
const DEFAULT_COLORS = ['#4285f4', '#ea4335'] as const;

function raw(v: unknown): unknown {
  if (v !== null && typeof v === 'object' && 'val' in v) return (v as { val: unknown }).val;
  if (typeof v === 'symbol') return null; // HyperFormula's EmptyValue
  return v;
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

/** The bar a SPARKLINE(data, options) call draws, or an error. Exported for the tests. */
export function sparklineBar(
  data: unknown[][],
  options: unknown[][] | undefined,
): SparklineBar | CellError {
  const opts = new Map<string, unknown>();
  if (options) {
    for (const row of options) {
      if (row.length !== 2)
        return new CellError(ErrorType.VALUE, 'SPARKLINE options must be two cells wide.');
      const name = raw(row[0]);
      if (typeof name === 'string') opts.set(name.trim().toLowerCase(), raw(row[1]));
    }
  }
  const type = opts.get('charttype') ?? 'line';
  if (String(type).toLowerCase() !== 'bar')
    return new CellError(
      ErrorType.NA,
      `SPARKLINE charttype "${String(type)}" is not implemented by the local runtime (only "bar").`,
    );
  const word = (name: string, fallback: string) => String(opts.get(name) ?? fallback).toLowerCase();
  const empty = word('empty', 'zero');
  const nan = word('nan', 'convert');
  const colors = [
    String(opts.get('color1') ?? DEFAULT_COLORS[0]),
    String(opts.get('color2') ?? DEFAULT_COLORS[1]),
  ];
  const values: number[] = [];
  for (const row of data)
    for (const cell of row) {
      const v = raw(cell);
      if (v instanceof CellError) return v;
      if (isEmpty(v)) {
        if (empty !== 'ignore') values.push(0);
      } else if (typeof v === 'number') values.push(v);
      else if (nan !== 'ignore') values.push(0);
    }
  const total = values.reduce((a, b) => a + Math.max(b, 0), 0);
  const maxOpt = opts.get('max');
  const max = typeof maxOpt === 'number' ? maxOpt : total;
  const rtl = opts.get('rtl') === true || String(opts.get('rtl')).toLowerCase() === 'true';
  return {
    type: 'bar',
    segments: values.map((value, i) => ({ value, color: colors[i % 2] as string })),
    max,
    rtl,
  };
}

/** The bar a cell's engine value carries, if it is a sparkline's. */
export function sparklineOf(value: unknown): SparklineBar | undefined {
  if (typeof value !== 'string' || !value.startsWith(SPARKLINE_MARK)) return undefined;
  return JSON.parse(value.slice(SPARKLINE_MARK.length)) as SparklineBar;
}

/**
 * How much of the cell each segment covers, 0…1 from the start edge: what the preview draws.
 * Segments past max are cut off; a negative segment covers nothing.
 */
export function barExtents(bar: SparklineBar): { from: number; to: number; color: string }[] {
  const out: { from: number; to: number; color: string }[] = [];
  if (!(bar.max > 0)) return out;
  let at = 0;
  for (const s of bar.segments) {
    const from = Math.min(at / bar.max, 1);
    at += Math.max(s.value, 0);
    const to = Math.min(at / bar.max, 1);
    if (to > from) out.push({ from, to, color: s.color });
  }
  return out;
}

type Ast = Parameters<FunctionPlugin['evaluateAst']>[0];
type State = Parameters<FunctionPlugin['evaluateAst']>[1];
type ProcedureAst = Ast & { args: Ast[] };

export class SparklinePlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    SPARKLINE: {
      method: 'sparkline',
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.RANGE, optionalArg: true },
      ],
      vectorizationForbidden: true,
    },
  };

  sparkline(ast: ProcedureAst, state: State) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('SPARKLINE'),
      (data: SimpleRangeValue, options?: SimpleRangeValue) => {
        const bar = sparklineBar(data.data, options?.data);
        return bar instanceof CellError ? bar : SPARKLINE_MARK + JSON.stringify(bar);
      },
    );
  }
}

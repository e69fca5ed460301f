// Conditional formats applied for display, as Sheets does: per cell, the first rule (in the
// tab's order) whose condition holds gives its format; colour scales interpolate between their
// points. The runtime only records rules; this evaluates them. Custom formulas are evaluated
// by the workbook's own formula engine (HyperFormula), shifted to each cell like Sheets does.
import type { HyperFormula } from 'hyperformula';
import { shiftFormula } from '../../runtime/formula-shift';
import type { SheetData } from '../../runtime/sheet-data';
import type { ConditionalFormatSpec, GradientPointSpec } from '../../runtime/specs';
import type { Literal } from '../../runtime/values';
import type { Workbook } from '../../runtime/workbook';
import type { CellStyleView } from '../view';

export interface ConditionalStyles {
  at(row: number, col: number): CellStyleView | undefined;
  hasRow(row: number): boolean;
}

/** The engine's HyperFormula instance, for evaluating a rule's formula in a tab's context. */
function formulaEvaluator(model: Workbook): ((formula: string, sheet: number) => unknown) | null {
  const hf = (model.engine as unknown as { hf?: HyperFormula }).hf;
  if (!hf || typeof hf.calculateFormula !== 'function') return null;
  return (formula, sheet) => {
    try {
      return hf.calculateFormula(formula, sheet);
    } catch {
      return null;
    }
  };
}

export function conditionalStyles(
  model: Workbook,
  sheet: SheetData,
  rows: number,
  cols: number,
): ConditionalStyles {
  const styles = new Map<number, CellStyleView>();
  const key = (r: number, c: number) => r * 100000 + c;
  const touchedRows = new Set<number>();
  const evaluate = formulaEvaluator(model);
  /** Per custom-formula rule: its result per row when its columns are absolute, else null. */
  const rowResults = new Map<ConditionalFormatSpec, Map<number, boolean> | null>();
  for (const rule of sheet.conditionalFormats) {
    for (const g of rule.ranges) {
      if (g.sheetId !== sheet.id) continue;
      const lastRow = Math.min(g.row + g.numRows - 1, rows);
      const lastCol = Math.min(g.col + g.numCols - 1, cols);
      const scale = rule.gradient ? gradientScale(model, sheet, rule, g) : null;
      for (let r = g.row; r <= lastRow; r++) {
        for (let c = g.col; c <= lastCol; c++) {
          if (styles.has(key(r, c))) continue; // an earlier rule already applies
          const value = model.read(sheet, r, c).value;
          let style: CellStyleView | undefined;
          if (scale) {
            const colour = typeof value === 'number' ? scale(value) : undefined;
            if (colour) style = { background: colour };
          } else if (rule.condition && holds(rule, value, r - g.row, c - g.col)) {
            style = formatStyle(rule.format);
          }
          if (style) {
            styles.set(key(r, c), style);
            touchedRows.add(r);
          }
        }
      }
    }
  }
  return { at: (r, c) => styles.get(key(r, c)), hasRow: (r) => touchedRows.has(r) };

  function holds(rule: ConditionalFormatSpec, value: Literal | undefined, dr: number, dc: number) {
    const cond = rule.condition!;
    const args = cond.args;
    const text = value === undefined ? '' : String(value).toLowerCase();
    const arg = (i: number) => String(args[i] ?? '').toLowerCase();
    const num = (i: number) => Number(args[i]);
    const isNum = typeof value === 'number';
    const v = value as number;
    switch (cond.criteria) {
      case 'TEXT_EQUAL_TO':
        return text === arg(0);
      case 'TEXT_CONTAINS':
        return text.includes(arg(0));
      case 'TEXT_DOES_NOT_CONTAIN':
        return !text.includes(arg(0));
      case 'TEXT_STARTS_WITH':
        return text.startsWith(arg(0));
      case 'TEXT_ENDS_WITH':
        return text.endsWith(arg(0));
      case 'CELL_EMPTY':
        return text === '';
      case 'CELL_NOT_EMPTY':
        return text !== '';
      case 'NUMBER_GREATER_THAN':
        return isNum && v > num(0);
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return isNum && v >= num(0);
      case 'NUMBER_LESS_THAN':
        return isNum && v < num(0);
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
        return isNum && v <= num(0);
      case 'NUMBER_EQUAL_TO':
        return isNum && v === num(0);
      case 'NUMBER_NOT_EQUAL_TO':
        return isNum && v !== num(0);
      case 'NUMBER_BETWEEN':
        return isNum && v >= Math.min(num(0), num(1)) && v <= Math.max(num(0), num(1));
      case 'NUMBER_NOT_BETWEEN':
        return isNum && (v < Math.min(num(0), num(1)) || v > Math.max(num(0), num(1)));
      case 'CUSTOM_FORMULA': {
        if (!evaluate) return false;
        const formula = String(args[0] ?? '');
        // A formula whose columns are all absolute ($B2) holds for a whole row of the range
        // or for none of it: evaluated once per row.
        let byRow = rowResults.get(rule);
        if (byRow === undefined) {
          byRow = shiftFormula(formula, 0, 1) === formula ? new Map() : null;
          rowResults.set(rule, byRow);
        }
        const known = byRow?.get(dr);
        if (known !== undefined) return known;
        const result = evaluate(shiftFormula(formula, dr, dc), sheet.engineId);
        const holds = result === true || (typeof result === 'number' && result !== 0);
        byRow?.set(dr, holds);
        return holds;
      }
      default:
        return false;
    }
  }
}

function formatStyle(format: ConditionalFormatSpec['format']): CellStyleView {
  const s: CellStyleView = {};
  if (format.background) s.background = format.background;
  if (format.fontColor) s.color = format.fontColor;
  if (format.bold) s.bold = true;
  if (format.italic) s.italic = true;
  if (format.strikethrough) s.strike = true;
  if (format.underline) s.underline = true;
  return s;
}

/** A colour scale over the range: value → '#rrggbb', or undefined outside the scale. */
function gradientScale(
  model: Workbook,
  sheet: SheetData,
  rule: ConditionalFormatSpec,
  g: { row: number; col: number; numRows: number; numCols: number },
): (v: number) => string | undefined {
  const numbers: number[] = [];
  for (let r = g.row; r < g.row + g.numRows; r++)
    for (let c = g.col; c < g.col + g.numCols; c++) {
      const v = model.read(sheet, r, c).value;
      if (typeof v === 'number') numbers.push(v);
    }
  const lo = numbers.length ? Math.min(...numbers) : 0;
  const hi = numbers.length ? Math.max(...numbers) : 0;
  const at = (p: GradientPointSpec | undefined, fallback: number): number => {
    if (!p) return fallback;
    const x = Number(p.value);
    switch (p.type) {
      case 'MIN':
        return lo;
      case 'MAX':
        return hi;
      case 'PERCENT':
      case 'PERCENTILE':
        return lo + ((hi - lo) * x) / 100;
      default:
        return Number.isFinite(x) ? x : fallback;
    }
  };
  const { min, mid, max } = rule.gradient ?? {};
  const points: [number, string][] = [];
  if (min) points.push([at(min, lo), min.color]);
  if (mid) points.push([at(mid, (lo + hi) / 2), mid.color]);
  if (max) points.push([at(max, hi), max.color]);
  if (points.length === 0) return () => undefined;
  return (v) => {
    if (v <= points[0]![0]) return points[0]![1];
    for (let i = 1; i < points.length; i++) {
      const [x1, c1] = points[i]!;
      const [x0, c0] = points[i - 1]!;
      if (v <= x1) return mix(c0, c1, x1 === x0 ? 1 : (v - x0) / (x1 - x0));
    }
    return points[points.length - 1]![1];
  };
}

function mix(a: string, b: string, t: number): string {
  const ch = (s: string, i: number) => parseInt(s.slice(1 + 2 * i, 3 + 2 * i), 16);
  let out = '#';
  for (let i = 0; i < 3; i++)
    out += Math.round(ch(a, i) + (ch(b, i) - ch(a, i)) * t)
      .toString(16)
      .padStart(2, '0');
  return out;
}

// The engine behind the cells. HyperFormulaEngine really evaluates formulas (configured to
// behave like Sheets); InertEngine only stores them (option evaluateFormulas: false, for
// benchmarks that measure the add-on's own cost: formula cells then read as '').
// Cells are addressed 0-based here; text is passed with a leading apostrophe so that the
// engine never re-parses it.
import { HyperFormula, DetailedCellError } from 'hyperformula';
import type { RawCellContent } from 'hyperformula';
import { cellState, clockState, registerSheetsFunctions } from './hf-plugins';
import { sparklineOf, type SparklineBar } from './sparkline';
import type { Literal } from './values';

export type EngineValue = Literal | null; // null: empty; error codes are strings like '#REF!'

export interface EngineCellValue {
  value: EngineValue;
  /** 'date' | 'datetime' | 'time' | 'percent' when the engine knows the number is one. */
  numberType?: string;
  /** The in-cell chart of a SPARKLINE cell (whose value then reads as ''). */
  sparkline?: SparklineBar;
}

export interface FormulaEngine {
  readonly evaluates: boolean;
  addSheet(name: string): number;
  removeSheet(id: number): void;
  renameSheet(id: number, name: string): void;
  /** content: literal, formula string starting with '=', or null to clear. */
  setCells(
    id: number,
    row: number,
    col: number,
    content: (Literal | null)[][],
    formulas: boolean[][],
  ): void;
  value(id: number, row: number, col: number): EngineCellValue;
  formula(id: number, row: number, col: number): string | undefined;
  addRows(id: number, at: number, count: number): void;
  removeRows(id: number, at: number, count: number): void;
  addColumns(id: number, at: number, count: number): void;
  removeColumns(id: number, at: number, count: number): void;
  /** Moves `count` rows (columns) from `start` to before `target` (0-based, before the move). */
  moveRows(id: number, start: number, count: number, target: number): void;
  moveColumns(id: number, start: number, count: number, target: number): void;
  setNamedRange(name: string, expression: string | null): void;
  recalculate(): void;
  setClock(now: () => number, timeZone: string): void;
  /** The spreadsheet's locale (VALUE, ISDATE) and which cells are date-formatted (ISDATE). */
  setCellInfo(
    locale: () => string,
    isDateCell: (sheet: number, row: number, col: number) => boolean,
  ): void;
}

const ERROR_MAP: Record<string, string> = {
  '#CYCLE!': '#REF!',
  '#SPILL!': '#REF!',
  '#LIC!': '#ERROR!',
};

export class HyperFormulaEngine implements FormulaEngine {
  readonly evaluates = true;
  private readonly hf: HyperFormula;
  private now: () => number = () => Date.now();
  private timeZone = 'Europe/Amsterdam';
  private locale: () => string = () => 'en_US';
  private isDateCell: (sheet: number, row: number, col: number) => boolean = () => false;

  constructor() {
    registerSheetsFunctions();
    this.hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      useArrayArithmetic: true,
      undoLimit: 0,
      maxRows: 1_000_000,
      maxColumns: 18_278,
      nullDate: { year: 1899, month: 12, day: 30 },
      leapYear1900: false,
      dateFormats: ['YYYY-MM-DD', 'MM/DD/YYYY', 'DD-MM-YYYY'],
      timeFormats: ['hh:mm', 'hh:mm:ss.sss'],
      functionArgSeparator: ',',
      decimalSeparator: '.',
      thousandSeparator: '',
      caseSensitive: false,
      smartRounding: true,
      useWildcards: true,
      useRegularExpressions: false,
      matchWholeCell: true,
      evaluateNullToZero: true,
      precisionRounding: 14,
    });
    for (const [name, value] of [
      ['TRUE', '=TRUE()'],
      ['FALSE', '=FALSE()'],
    ] as const)
      this.hf.addNamedExpression(name, value);
  }

  private tick(): void {
    clockState.now = this.now;
    clockState.timeZone = this.timeZone;
    cellState.locale = this.locale();
    cellState.isDateCell = this.isDateCell;
  }

  setCellInfo(
    locale: () => string,
    isDateCell: (sheet: number, row: number, col: number) => boolean,
  ): void {
    this.locale = locale;
    this.isDateCell = isDateCell;
  }

  setClock(now: () => number, timeZone: string): void {
    this.now = now;
    this.timeZone = timeZone;
  }

  addSheet(name: string): number {
    this.tick();
    return this.hf.getSheetId(this.hf.addSheet(name)) as number;
  }

  removeSheet(id: number): void {
    this.tick();
    this.hf.removeSheet(id);
  }

  renameSheet(id: number, name: string): void {
    this.tick();
    this.hf.renameSheet(id, name);
  }

  setCells(
    id: number,
    row: number,
    col: number,
    content: (Literal | null)[][],
    formulas: boolean[][],
  ): void {
    this.tick();
    const raw: RawCellContent[][] = content.map((r, i) =>
      r.map((v, j) => (typeof v === 'string' && !formulas[i]?.[j] ? "'" + v : v)),
    );
    const big = raw.length * (raw[0]?.length ?? 0) > 1000;
    if (big) this.hf.suspendEvaluation();
    try {
      this.hf.setCellContents({ sheet: id, row, col }, raw);
    } finally {
      if (big) this.hf.resumeEvaluation();
    }
  }

  value(id: number, row: number, col: number): EngineCellValue {
    this.tick();
    const address = { sheet: id, row, col };
    const v = this.hf.getCellValue(address);
    if (v instanceof DetailedCellError) return { value: ERROR_MAP[v.value] ?? v.value };
    if (v === null || v === undefined) return { value: null };
    const sparkline = sparklineOf(v);
    if (sparkline) return { value: '', sparkline };
    if (typeof v === 'number') {
      const type = String(this.hf.getCellValueDetailedType(address));
      const numberType =
        type === 'NUMBER_DATE'
          ? 'date'
          : type === 'NUMBER_DATETIME'
            ? 'datetime'
            : type === 'NUMBER_TIME'
              ? 'time'
              : type === 'NUMBER_PERCENT'
                ? 'percent'
                : undefined;
      return numberType ? { value: v, numberType } : { value: v };
    }
    return { value: v };
  }

  /** The engine's error message for an error cell (for notes/tests), if any. */
  errorMessage(id: number, row: number, col: number): string | undefined {
    const v = this.hf.getCellValue({ sheet: id, row, col });
    return v instanceof DetailedCellError ? v.message : undefined;
  }

  formula(id: number, row: number, col: number): string | undefined {
    return this.hf.getCellFormula({ sheet: id, row, col });
  }

  addRows(id: number, at: number, count: number): void {
    this.tick();
    this.hf.addRows(id, [at, count]);
  }

  removeRows(id: number, at: number, count: number): void {
    this.tick();
    this.hf.removeRows(id, [at, count]);
  }

  addColumns(id: number, at: number, count: number): void {
    this.tick();
    this.hf.addColumns(id, [at, count]);
  }

  removeColumns(id: number, at: number, count: number): void {
    this.tick();
    this.hf.removeColumns(id, [at, count]);
  }

  moveRows(id: number, start: number, count: number, target: number): void {
    this.tick();
    this.hf.moveRows(id, start, count, target);
  }

  moveColumns(id: number, start: number, count: number, target: number): void {
    this.tick();
    this.hf.moveColumns(id, start, count, target);
  }

  setNamedRange(name: string, expression: string | null): void {
    this.tick();
    if (this.hf.getNamedExpression(name)) this.hf.removeNamedExpression(name);
    if (expression !== null) this.hf.addNamedExpression(name, expression);
  }

  recalculate(): void {
    this.tick();
    this.hf.rebuildAndRecalculate();
  }
}

/** Stores formulas without evaluating them; formula cells read as ''. */
export class InertEngine implements FormulaEngine {
  readonly evaluates = false;
  private next = 0;
  addSheet(): number {
    return this.next++;
  }
  removeSheet(): void {}
  renameSheet(): void {}
  setCells(): void {}
  value(): EngineCellValue {
    return { value: null };
  }
  formula(): string | undefined {
    return undefined;
  }
  addRows(): void {}
  removeRows(): void {}
  addColumns(): void {}
  removeColumns(): void {}
  moveRows(): void {}
  moveColumns(): void {}
  setNamedRange(): void {}
  recalculate(): void {}
  setClock(): void {}
  setCellInfo(): void {}
}

// Writing cells into the workbook model: setValues/setFormulas with Sheets' value coercion and
// data validation, raw stores for loading saved workbooks, and clearing content — each handed
// to the formula engine as one block. Workbook's write, writeRaw and clearContent call these.
import { toA1 } from './a1';
import { untrackedArrayReference } from './array-literals';
import { wallTime } from './dates';
import type { Cell, SheetData } from './sheet-data';
import { checkValidation } from './validation-check';
import {
  coerceWritten,
  isTextFormat,
  type Literal,
  type WriteContext,
  type Written,
} from './values';
import type { Workbook } from './workbook';

/**
 * Writes a block of inputs as setValues/setFormulas do. All cells are coerced and checked
 * against data validation first; nothing is written when one is rejected.
 */
export function writeCells(
  wb: Workbook,
  sheet: SheetData,
  row: number,
  col: number,
  inputs: unknown[][],
  asFormulas = false,
): void {
  const ctx: WriteContext = {
    locale: wb.locale,
    timeZone: wb.timeZone,
    currentFormat: undefined,
    year: wallTime(wb.clock.now(), wb.timeZone).year,
  };
  const coerce = (input: unknown, cell: Cell | undefined): Written => {
    if (asFormulas && typeof input === 'string' && input.startsWith('='))
      return { kind: 'formula', formula: input };
    ctx.currentFormat = cell?.nf;
    return coerceWritten(input, ctx);
  };
  // First every cell under data validation is checked: nothing is written when one is
  // rejected. (Tens of thousands of rows: the other cells are coerced once, below.)
  for (let i = 0; i < inputs.length; i++) {
    const line = inputs[i] ?? [];
    const cells = sheet.rows[row + i - 1];
    if (!cells) continue;
    for (let j = 0; j < line.length; j++) {
      const cell = cells[col + j - 1];
      if (!cell?.dv) continue;
      const w = coerce(line[j], cell);
      if (
        w.kind === 'value' &&
        w.value !== undefined &&
        !checkValidation(cell.dv, w.value, wb, sheet)
      )
        throw new Error(
          `The data you entered in cell ${toA1(row + i, col + j)} violates the data validation rules set on this cell.`,
        );
    }
  }
  // The engine gets the block too when it evaluates (the inert one ignores it).
  const evaluates = wb.engine.evaluates;
  if (evaluates) refuseUntrackedReferences(inputs);
  const content: (Literal | null)[][] = [];
  const formulas: boolean[][] = [];
  let anyFormula = false;
  for (let i = 0; i < inputs.length; i++) {
    const line = inputs[i] ?? [];
    const cRow: (Literal | null)[] = [];
    const fRow: boolean[] = [];
    for (let j = 0; j < line.length; j++) {
      const existing = sheet.cell(row + i, col + j);
      const input = line[j];
      // The common inputs without an intermediate object: formulas, numbers, booleans, blanks
      // and apostrophe-protected text.
      let formula: string | undefined;
      let value: Literal | undefined;
      let format: string | undefined;
      if (
        typeof input === 'string' &&
        input.length > 1 &&
        input.startsWith('=') &&
        (asFormulas || !isTextFormat(existing?.nf))
      )
        formula = input;
      else if ((typeof input === 'number' && Number.isFinite(input)) || typeof input === 'boolean')
        value = input;
      else if (input === '' || input === null || input === undefined) value = undefined;
      else if (
        typeof input === 'string' &&
        input.charCodeAt(0) === 39 && // ' : text as typed, the apostrophe not stored
        !isTextFormat(existing?.nf)
      )
        value = input.slice(1);
      else {
        const w = coerce(input, existing);
        if (w.kind === 'formula') formula = w.formula;
        else {
          value = w.value;
          format = w.format;
        }
      }
      if (formula === undefined && value === undefined && !existing) {
        if (evaluates) {
          cRow.push(null);
          fRow.push(false);
        }
        continue;
      }
      const cell = existing ?? sheet.touch(row + i, col + j);
      if (formula !== undefined) {
        // Keep the stored text when the same formula is written again (Repair rewrites every
        // row): the old string stays, the new one dies young.
        if (cell.f !== formula) cell.f = formula;
        if (cell.v !== undefined) cell.v = undefined;
        anyFormula = true;
      } else {
        if (cell.f !== undefined) cell.f = undefined;
        cell.v = value;
        if (format) cell.nf = format;
      }
      if (evaluates) {
        cRow.push(formula ?? value ?? null);
        fRow.push(formula !== undefined);
      }
    }
    if (evaluates) {
      content.push(cRow);
      formulas.push(fRow);
    }
  }
  if (anyFormula) sheet.hasFormulas = true;
  if (evaluates) wb.engine.setCells(sheet.engineId, row - 1, col - 1, content, formulas);
}

/**
 * Stores cells exactly as given (no Sheets coercion): for loading saved workbooks and CSV.
 * `cells[i][j]` is undefined to leave a cell alone.
 */
export function writeRawCells(
  wb: Workbook,
  sheet: SheetData,
  row: number,
  col: number,
  cells: ({ v?: Literal; f?: string; nf?: string } | undefined)[][],
): void {
  const content: (Literal | null)[][] = [];
  const formulas: boolean[][] = [];
  const width = Math.max(0, ...cells.map((r) => r.length));
  cells.forEach((line, i) => {
    const cRow: (Literal | null)[] = new Array<Literal | null>(width).fill(null);
    const fRow: boolean[] = new Array<boolean>(width).fill(false);
    for (let j = 0; j < width; j++) {
      const src = line[j];
      if (!src) continue;
      const cell = sheet.touch(row + i, col + j);
      if (src.f !== undefined) {
        cell.f = src.f;
        sheet.hasFormulas = true;
        cRow[j] = src.f;
        fRow[j] = true;
      } else if (src.v !== undefined) {
        cell.v = src.v;
        cRow[j] = src.v;
      }
      if (src.nf !== undefined) cell.nf = src.nf;
    }
    content.push(cRow);
    formulas.push(fRow);
  });
  if (content.length && width)
    wb.engine.setCells(sheet.engineId, row - 1, col - 1, content, formulas);
}

/** Clears content of a block (values and formulas), in one engine operation. */
export function clearCells(
  wb: Workbook,
  sheet: SheetData,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): void {
  const empty: null[][] = [];
  const flags: boolean[][] = [];
  for (let i = 0; i < numRows; i++) {
    empty.push(new Array<null>(numCols).fill(null));
    flags.push(new Array<boolean>(numCols).fill(false));
    const r = sheet.rows[row - 1 + i];
    if (!r) continue;
    for (let j = 0; j < numCols; j++) {
      const c = r[col - 1 + j];
      if (c) {
        c.v = undefined;
        c.f = undefined;
      }
    }
  }
  wb.engine.setCells(sheet.engineId, row - 1, col - 1, empty, flags);
}

/** A formula the engine would not keep up to date is refused before anything is written. */
function refuseUntrackedReferences(inputs: unknown[][]): void {
  for (const line of inputs)
    for (const input of line) {
      if (typeof input !== 'string' || !input.startsWith('=') || !input.includes('{')) continue;
      const ref = untrackedArrayReference(input);
      if (ref)
        throw new Error(
          `The local runtime cannot evaluate ${input}: ${ref} is named only inside an array literal ({…}), which HyperFormula does not track (dev/runtime/array-literals.ts). Name it outside the literal too.`,
        );
    }
}

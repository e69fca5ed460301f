// HyperFormula additions that make it evaluate like Sheets: AVERAGEIFS, ISDATE, REGEXMATCH,
// REGEXREPLACE, REGEXEXTRACT and SPARKLINE (sparkline.ts) (HyperFormula lacks them), VALUE reading text in the spreadsheet's locale, and TODAY/NOW on
// the runtime's clock instead of the host's. The clock, the locale and the probe for
// date-formatted cells are process-wide state set by the formula engine before each operation
// (everything here is synchronous).
import {
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  CellError,
  ErrorType,
} from 'hyperformula';
import type { ImplementedFunctions, SimpleRangeValue } from 'hyperformula';
import { partsToSerial, wallTime } from './dates';
import { parseDateText, parseLocaleNumber } from './values';
import { matchesCriterion } from './criteria';
import { SparklinePlugin } from './sparkline';

export const clockState = { now: () => Date.now(), timeZone: 'Europe/Amsterdam' };

/** The spreadsheet's locale and whether a cell (engine sheet id, 0-based) is date-formatted. */
export const cellState = {
  locale: 'en_US',
  isDateCell: (_sheet: number, _row: number, _col: number): boolean => false,
};

type Address = { sheet: number; row: number; col: number };
type RichNumber = { val: number; getDetailedType?: () => string };

/** A number HyperFormula itself knows to be a date or date-time (TODAY(), DATE(…)). */
function isRichDate(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || !('val' in v)) return false;
  const type = (v as RichNumber).getDetailedType?.();
  return type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME';
}

function thisYear(): number {
  return wallTime(clockState.now(), clockState.timeZone).year;
}

/** Sheets' VALUE in the spreadsheet's locale: numbers with its separators, percentages, dates. */
function valueOfText(text: string): number | undefined {
  const t = text.trim();
  const pct = /^(.*?)\s*%$/.exec(t);
  const n = parseLocaleNumber(pct ? (pct[1] as string) : t, cellState.locale);
  if (n !== null) return pct ? n / 100 : n;
  return parseDateText(t, cellState.locale, thisYear()) ?? undefined;
}

type Ast = Parameters<FunctionPlugin['evaluateAst']>[0];
type State = Parameters<FunctionPlugin['evaluateAst']>[1];
type ProcedureAst = Ast & { args: Ast[] };

function scalar(v: unknown): unknown {
  if (v !== null && typeof v === 'object' && 'val' in v) return (v as { val: unknown }).val;
  if (typeof v === 'symbol') return '';
  return v;
}

function regex(pattern: string, flags: string): RegExp | CellError {
  try {
    return new RegExp(pattern, flags);
  } catch {
    return new CellError(ErrorType.VALUE, `Invalid regular expression: ${pattern}`);
  }
}

function notText(name: string): CellError {
  return new CellError(ErrorType.VALUE, `Function ${name} parameter 1 expects text values.`);
}

/** A1 text INDIRECT reads: a cell, optionally on a named sheet ('My tab'!$B$5, Sheet1!B5). */
const A1_CELL = /^(?:(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!)?\$?([A-Za-z]{1,3})\$?(\d+)$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

class SheetsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    // https://support.google.com/docs/answer/3093377: the cell named by a text reference (the
    // add-on uses it only for one cell of another sheet, in a conditional format rule, where
    // Sheets allows no direct reference to another sheet). Volatile: HyperFormula cannot know
    // which cell it reads.
    INDIRECT: {
      method: 'indirect',
      parameters: [{ argumentType: FunctionArgumentType.STRING }],
      isVolatile: true,
      vectorizationForbidden: true,
    },
    AVERAGEIFS: {
      method: 'averageifs',
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NOERROR },
      ],
      repeatLastArgs: 2,
    },
    // https://support.google.com/docs/answer/9061381: a date value, a date-formatted cell or
    // text that reads as a date; a plain number is not a date.
    ISDATE: {
      method: 'isdate',
      parameters: [{ argumentType: FunctionArgumentType.NOERROR }],
      vectorizationForbidden: true,
    },
    // https://support.google.com/docs/answer/3098292 (RE2; the patterns the add-on writes mean
    // the same in JavaScript).
    REGEXMATCH: {
      method: 'regexmatch',
      parameters: [
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.STRING },
      ],
    },
    // https://support.google.com/docs/answer/3245126: every match replaced ($1 … name capture
    // groups); the text must be text (a number is #VALUE!, as in Sheets).
    REGEXREPLACE: {
      method: 'regexreplace',
      parameters: [
        { argumentType: FunctionArgumentType.SCALAR },
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.STRING },
      ],
    },
    // https://support.google.com/docs/answer/3098244: the first match (its capture group when
    // the expression has one); #N/A when nothing matches; the text must be text.
    REGEXEXTRACT: {
      method: 'regexextract',
      parameters: [
        { argumentType: FunctionArgumentType.SCALAR },
        { argumentType: FunctionArgumentType.STRING },
      ],
    },
    // https://support.google.com/docs/answer/3094220: text as a number in the spreadsheet's
    // locale (nl_NL: "1.234,5" is 1234.5), dates and times as their serial.
    VALUE: {
      method: 'value',
      parameters: [{ argumentType: FunctionArgumentType.SCALAR }],
    },
    TODAY: {
      method: 'today',
      parameters: [],
      isVolatile: true,
      returnNumberType: 'NUMBER_DATE' as never,
    },
    NOW: {
      method: 'now',
      parameters: [],
      isVolatile: true,
      returnNumberType: 'NUMBER_DATETIME' as never,
    },
  };

  averageifs(ast: ProcedureAst, state: State) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('AVERAGEIFS'),
      (values: SimpleRangeValue, ...pairs: unknown[]) => {
        const data = values.data;
        const conds: { range: unknown[][]; criterion: unknown }[] = [];
        for (let i = 0; i < pairs.length; i += 2) {
          const range = (pairs[i] as SimpleRangeValue).data;
          if (range.length !== data.length || (range[0]?.length ?? 0) !== (data[0]?.length ?? 0))
            return new CellError(ErrorType.VALUE, 'AVERAGEIFS ranges must have the same size.');
          conds.push({ range, criterion: scalar(pairs[i + 1]) });
        }
        let sum = 0;
        let count = 0;
        for (let r = 0; r < data.length; r++) {
          const row = data[r] ?? [];
          for (let c = 0; c < row.length; c++) {
            const ok = conds.every((k) => matchesCriterion(scalar(k.range[r]?.[c]), k.criterion));
            const v = scalar(row[c]);
            if (ok && typeof v === 'number') {
              sum += v;
              count++;
            }
          }
        }
        return count === 0 ? new CellError(ErrorType.DIV_BY_ZERO) : sum / count;
      },
    );
  }

  isdate(ast: ProcedureAst, state: State) {
    const judge = (v: unknown): boolean =>
      isRichDate(v) ||
      (typeof v === 'string' && parseDateText(v.trim(), cellState.locale, thisYear()) !== null);
    const arg = ast.args[0];
    // Not a cell reference: the value as computed, which keeps HyperFormula's date type.
    if (ast.args.length === 1 && arg && String(arg.type) !== 'CELL_REFERENCE')
      return judge(this.evaluateAst(arg, state));
    return this.runFunctionWithReferenceArgument(
      ast.args,
      state,
      this.metadata('ISDATE'),
      () => new CellError(ErrorType.NA),
      (address: Address) => {
        const v: unknown = this.dependencyGraph.getCellValue(address as never);
        if (typeof v === 'number' || isRichDate(v))
          return isRichDate(v) || cellState.isDateCell(address.sheet, address.row, address.col);
        return judge(v);
      },
    );
  }

  regexmatch(ast: ProcedureAst, state: State) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('REGEXMATCH'),
      (text: string, pattern: string) => {
        try {
          return new RegExp(pattern).test(text);
        } catch {
          return new CellError(ErrorType.VALUE, `Invalid regular expression: ${pattern}`);
        }
      },
    );
  }

  regexreplace(ast: ProcedureAst, state: State) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('REGEXREPLACE'),
      (text: unknown, pattern: string, replacement: string) => {
        if (typeof text !== 'string') return notText('REGEXREPLACE');
        const re = regex(pattern, 'g');
        return re instanceof CellError ? re : text.replace(re, replacement);
      },
    );
  }

  regexextract(ast: ProcedureAst, state: State) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('REGEXEXTRACT'),
      (text: unknown, pattern: string) => {
        if (typeof text !== 'string') return notText('REGEXEXTRACT');
        const re = regex(pattern, '');
        if (re instanceof CellError) return re;
        const m = re.exec(text);
        if (!m) return new CellError(ErrorType.NA, 'REGEXEXTRACT: no match.');
        if (m.length > 2)
          return new CellError(ErrorType.VALUE, 'REGEXEXTRACT with several groups spills.');
        return m.length === 2 ? (m[1] ?? '') : m[0];
      },
    );
  }

  value(ast: ProcedureAst, state: State) {
    return this.runFunction(ast.args, state, this.metadata('VALUE'), (arg: unknown) => {
      if (arg instanceof CellError) return arg;
      if (typeof arg === 'number' || (arg !== null && typeof arg === 'object'))
        return arg as number;
      if (typeof arg === 'boolean') return arg ? 1 : 0;
      if (typeof arg !== 'string') return new CellError(ErrorType.VALUE);
      if (arg.trim() === '') return 0;
      return (
        valueOfText(arg) ??
        new CellError(ErrorType.VALUE, `VALUE parameter '${arg}' cannot be parsed to number.`)
      );
    });
  }

  indirect(ast: ProcedureAst, state: State) {
    return this.runFunction(ast.args, state, this.metadata('INDIRECT'), (ref: string) => {
      const m = A1_CELL.exec(ref.trim());
      if (!m) return new CellError(ErrorType.REF, `INDIRECT: "${ref}" is not a cell reference.`);
      const graph = (
        this as unknown as {
          dependencyGraph: {
            sheetMapping: { getSheetId(name: string): number | undefined };
            getCellValue(a: Address): unknown;
          };
        }
      ).dependencyGraph;
      let sheet = state.formulaAddress.sheet;
      const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
      if (name !== undefined) {
        const id = graph.sheetMapping.getSheetId(name);
        if (id === undefined) return new CellError(ErrorType.REF, `INDIRECT: no sheet "${name}".`);
        sheet = id;
      }
      const col = columnNumber(m[3] as string) - 1;
      const row = Number(m[4]) - 1;
      return graph.getCellValue({ sheet, row, col }) as number;
    });
  }

  today(ast: ProcedureAst, state: State) {
    return this.runFunction(ast.args, state, this.metadata('TODAY'), () => {
      const w = wallTime(clockState.now(), clockState.timeZone);
      return partsToSerial(w.year, w.month, w.day);
    });
  }

  now(ast: ProcedureAst, state: State) {
    return this.runFunction(ast.args, state, this.metadata('NOW'), () => {
      const w = wallTime(clockState.now(), clockState.timeZone);
      return partsToSerial(w.year, w.month, w.day, w.hour, w.minute, w.second);
    });
  }
}

let registered = false;

export function registerSheetsFunctions(): void {
  if (registered) return;
  for (const id of ['TODAY', 'NOW', 'VALUE']) HyperFormula.unregisterFunction(id);
  HyperFormula.registerFunctionPlugin(SheetsPlugin as never, {
    enGB: {
      AVERAGEIFS: 'AVERAGEIFS',
      ISDATE: 'ISDATE',
      REGEXMATCH: 'REGEXMATCH',
      REGEXREPLACE: 'REGEXREPLACE',
      REGEXEXTRACT: 'REGEXEXTRACT',
      INDIRECT: 'INDIRECT',
      VALUE: 'VALUE',
      TODAY: 'TODAY',
      NOW: 'NOW',
    },
  });
  HyperFormula.registerFunctionPlugin(SparklinePlugin as never, {
    enGB: { SPARKLINE: 'SPARKLINE' },
  });
  registered = true;
}

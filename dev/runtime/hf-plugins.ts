// HyperFormula additions that make it evaluate like Sheets: AVERAGEIFS (HyperFormula lacks it)
// and TODAY/NOW on the runtime's clock instead of the host's. The clock is process-wide state
// set by the formula engine before each operation (everything here is synchronous).
import {
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  CellError,
  ErrorType,
} from 'hyperformula';
import type { ImplementedFunctions, SimpleRangeValue } from 'hyperformula';
import { partsToSerial, wallTime } from './dates';
import { matchesCriterion } from './criteria';

export const clockState = { now: () => Date.now(), timeZone: 'Europe/Amsterdam' };

type Ast = Parameters<FunctionPlugin['evaluateAst']>[0];
type State = Parameters<FunctionPlugin['evaluateAst']>[1];
type ProcedureAst = Ast & { args: Ast[] };

function scalar(v: unknown): unknown {
  if (v !== null && typeof v === 'object' && 'val' in v) return (v as { val: unknown }).val;
  if (typeof v === 'symbol') return '';
  return v;
}

class SheetsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    AVERAGEIFS: {
      method: 'averageifs',
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NOERROR },
      ],
      repeatLastArgs: 2,
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
  for (const id of ['TODAY', 'NOW']) HyperFormula.unregisterFunction(id);
  HyperFormula.registerFunctionPlugin(SheetsPlugin as never, {
    enGB: { AVERAGEIFS: 'AVERAGEIFS', TODAY: 'TODAY', NOW: 'NOW' },
  });
  registered = true;
}

// Whether a written value passes a cell's data validation. Apps Script rejects a write that
// violates a rule with allowInvalid false ("The data you entered in cell B2 violates the data
// validation rules set on this cell."); rules that allow invalid data only warn in the UI.
import type { SheetData } from './sheet-data';
import type { ValidationSpec } from './specs';
import type { Literal } from './values';
import type { Workbook } from './workbook';
import type { GridRange } from './a1';

export function checkValidation(
  spec: ValidationSpec,
  value: Literal,
  workbook: Workbook,
  _sheet: SheetData,
): boolean {
  if (spec.allowInvalid) return true;
  const [a, b] = spec.args;
  const n = typeof value === 'number' ? value : NaN;
  switch (spec.criteria) {
    case 'VALUE_IN_LIST':
      return ((a as unknown[]) ?? []).some((x) => String(x) === String(value));
    case 'VALUE_IN_RANGE': {
      const ref = (a as { range?: GridRange } | undefined)?.range;
      if (!ref) return true;
      const sheet = workbook.sheetById(ref.sheetId);
      if (!sheet) return true;
      for (let r = 0; r < ref.numRows; r++)
        for (let c = 0; c < ref.numCols; c++) {
          const v = workbook.read(sheet, ref.row + r, ref.col + c).value;
          if (v !== undefined && String(v) === String(value)) return true;
        }
      return false;
    }
    case 'NUMBER_BETWEEN':
      return n >= Number(a) && n <= Number(b);
    case 'NUMBER_NOT_BETWEEN':
      return !Number.isNaN(n) && (n < Number(a) || n > Number(b));
    case 'NUMBER_EQUAL_TO':
      return n === Number(a);
    case 'NUMBER_NOT_EQUAL_TO':
      return !Number.isNaN(n) && n !== Number(a);
    case 'NUMBER_GREATER_THAN':
      return n > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n >= Number(a);
    case 'NUMBER_LESS_THAN':
      return n < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n <= Number(a);
    case 'CHECKBOX':
      return a === undefined ? typeof value === 'boolean' : value === a || value === b;
    default:
      return true; // other criteria are recorded but not enforced
  }
}

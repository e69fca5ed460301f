// The data validation of a Range's cells, and its checkboxes. LocalRange delegates to these;
// they change the sheet's cells and return nothing, the Range returns itself.
import { LocalDataValidation, validationFromSpec } from './data-validation';
import { gas, local } from './gas';
import type { LocalRange } from './range';
import type { SheetData } from './sheet-data';
import type { ValidationSpec } from './specs';

/** Sets or clears (undefined: without creating the cell) a cell's data validation. */
function setValidation(
  sheet: SheetData,
  row: number,
  col: number,
  spec: ValidationSpec | undefined,
): void {
  if (spec !== undefined) sheet.touch(row, col).dv = spec;
  else {
    const cell = sheet.cell(row, col);
    if (cell?.dv !== undefined) cell.dv = undefined;
  }
}

/** A rule's own copy of its spec, frozen: cells share it, nobody changes it in place. */
function frozenSpec(rule: unknown): ValidationSpec {
  return Object.freeze(
    structuredClone(local(rule, LocalDataValidation, 'DataValidation').spec),
  ) as ValidationSpec;
}

export function getDataValidations(
  range: LocalRange,
): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
  const sheet = range.alive();
  return range.map((r, c) => {
    const spec = sheet.cell(r, c)?.dv;
    return spec
      ? gas<GoogleAppsScript.Spreadsheet.DataValidation>(validationFromSpec(range.ss, spec))
      : null;
  });
}

export function setDataValidations(
  range: LocalRange,
  rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][],
): void {
  const rows = range.checkMatrix('setDataValidations', rules);
  const sheet = range.alive();
  // One copy per rule, shared by the cells it is set on (specs are never changed in place):
  // a rule set on a whole column of 35,000 rows is cloned once, not 35,000 times.
  const specs = new Map<unknown, ValidationSpec>();
  const specOf = (rule: unknown): ValidationSpec | undefined => {
    if (rule === null || rule === undefined) return undefined;
    let spec = specs.get(rule);
    if (!spec) {
      spec = frozenSpec(rule);
      specs.set(rule, spec);
    }
    return spec;
  };
  rows.forEach((line, i) =>
    line.forEach((rule, j) => setValidation(sheet, range.row + i, range.col + j, specOf(rule))),
  );
}

export function setDataValidation(
  range: LocalRange,
  rule: GoogleAppsScript.Spreadsheet.DataValidation | null,
): void {
  const sheet = range.alive();
  const spec = rule === null || rule === undefined ? undefined : frozenSpec(rule);
  for (let r = range.row; r < range.row + range.numRows; r++)
    for (let c = range.col; c < range.col + range.numCols; c++) setValidation(sheet, r, c, spec);
}

/** Checkbox validation plus FALSE in every cell, as Sheets' insertCheckboxes does. */
export function insertCheckboxes(range: LocalRange): void {
  const sheet = range.alive();
  range.map((r, c) => {
    sheet.touch(r, c).dv = {
      criteria: 'CHECKBOX',
      args: [],
      allowInvalid: false,
      helpText: null,
    };
  });
  range.wb.write(sheet, range.row, range.col, range.fill(false));
}

// A tab as CSV, like Sheets' File › Download › CSV: the displayed values (number formats
// applied), RFC 4180 quoting, rows up to the last one with content.
import type { SheetData } from '../../runtime/sheet-data';
import type { Workbook } from '../../runtime/workbook';
import { displayText } from './sheet-view';

export function csvOf(model: Workbook, sheet: SheetData): string {
  const rows = sheet.lastRow();
  const cols = sheet.lastColumn();
  const lines: string[] = [];
  for (let r = 1; r <= rows; r++) {
    const fields: string[] = [];
    for (let c = 1; c <= cols; c++) {
      const read = model.read(sheet, r, c);
      fields.push(quote(displayText(model, read.value, read.format)));
    }
    lines.push(fields.join(','));
  }
  return lines.join('\r\n') + (lines.length ? '\r\n' : '');
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

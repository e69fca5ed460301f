// CSV files as tabs. A real RFC 4180 parser (quoted fields, "" escapes, commas and newlines
// inside quotes, CRLF). Cells are converted the way Sheets' import converts text to numbers,
// percentages, booleans and dates in the spreadsheet's locale — but text that would become a
// formula ('=...', or '+'/'-' text that is not a number) stays text, so a loose sheet can never
// inject a formula; a leading apostrophe is kept as data.
import type { LocalSpreadsheet } from './spreadsheet';
import { coerceWritten, type Literal } from './values';
import { wallTime } from './dates';

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  while (i < s.length) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += ch === '\r' && s[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw new Error('CSV: a quoted field is not closed.');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function loadCsvAsSheet(
  ss: LocalSpreadsheet,
  name: string,
  csvText: string,
): GoogleAppsScript.Spreadsheet.Sheet {
  const model = ss.model;
  const rows = parseCsv(csvText);
  const width = Math.max(1, ...rows.map((r) => r.length));
  const sheet = model.addSheet(name);
  sheet.maxRows = Math.max(sheet.maxRows, rows.length);
  sheet.maxCols = Math.max(sheet.maxCols, width);
  const year = wallTime(model.clock.now(), model.timeZone).year;
  const cells = rows.map((r) =>
    r.map((text) => {
      if (text === '') return undefined;
      if (text.startsWith("'")) return { v: text as Literal };
      const w = coerceWritten(text, {
        locale: model.locale,
        timeZone: model.timeZone,
        currentFormat: undefined,
        year,
      });
      if (w.kind === 'formula' || w.value === undefined) return { v: text as Literal };
      return w.format ? { v: w.value, nf: w.format } : { v: w.value };
    }),
  );
  model.writeRaw(sheet, 1, 1, cells);
  return ss.sheetOf(sheet);
}

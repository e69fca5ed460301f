// A small CSV reader for unit tests: quoted fields, doubled quotes, commas and line breaks
// inside quotes, CRLF or LF. Lenient where people write CSV by hand: quotes inside an unquoted
// field are kept as typed and protect the commas between them, and an unquoted formula keeps
// the commas inside its parentheses, so =HYPERLINK("http://example.invalid","click me") in
// messy-en.csv stays one cell.
// (Tests only; the local runtime may have its own loader.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  /** Inside literal quotes of an unquoted field: commas do not split. */
  let inner = false;
  /** Parenthesis depth inside an unquoted formula ("=SUM(a,b)"). */
  let depth = 0;
  let i = 0;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  while (i < source.length) {
    const ch = source[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"') {
      if (field === '' && !inner) quoted = true;
      else {
        inner = !inner;
        field += ch;
      }
    } else if (inner && ch !== '\n' && ch !== '\r') {
      field += ch;
    } else if (field.startsWith('=') && (ch === '(' || (ch === ')' && depth > 0))) {
      depth += ch === '(' ? 1 : -1;
      field += ch;
    } else if (ch === ',' && depth > 0) {
      field += ch;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      inner = false;
      depth = 0;
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      inner = false;
      depth = 0;
      if (ch === '\r' && source[i + 1] === '\n') i++;
    } else {
      field += ch;
    }
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Text as Sheets stores it on import: "12" → 12, "8%" → 0.08, "TRUE" → true; other text stays. */
export function sheetsValue(text: string): string | number | boolean {
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) return Number(trimmed);
  const percent = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/.exec(trimmed);
  if (percent) return Number((Number(percent[1]) / 100).toPrecision(15));
  return text;
}

export function asSheetsValues(rows: string[][]): (string | number | boolean)[][] {
  return rows.map((row) => row.map(sheetsValue));
}

/** The number formats Sheets gives those cells: "8%" is shown as a percentage, "0.00%". */
export function sheetsFormats(rows: string[][]): string[][] {
  return rows.map((row) =>
    row.map((text) => (typeof sheetsValue(text) === 'number' && /%\s*$/.test(text) ? '0.00%' : '')),
  );
}

/**
 * The loose sample sheets: test/fixtures holds copies of the team's shared fixtures
 * (../shared/fixtures), so a clone tests on its own; OKR_FIXTURES points elsewhere.
 */
export const FIXTURES_DIR = process.env.OKR_FIXTURES ?? join(__dirname, '..', 'fixtures');

/** A fixture as rows of text. */
export function loadFixture(name: string): string[][] {
  return parseCsv(readFileSync(join(FIXTURES_DIR, name), 'utf8'));
}

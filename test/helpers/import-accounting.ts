// Test oracles for the loose-sheet importer: "nothing is lost" and "valid outline order".
import type { ImportResult } from '../../src/core/import';
import type { OkrItem } from '../../src/core/model';
import { readPeriod } from '../../src/core/import/normalise';

/** A cell's text as a person reads it (dates as ISO days, booleans TRUE/FALSE), trimmed. */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time)
      ? ''
      : new Date(Math.round(time / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
  }
  return String(value).trim();
}

// A leading outline marker ("KR 1.2:", "- ", "Doelstelling:", "1.1 ") or checkbox ("- [x] ",
// "☐ ") that the importer may strip from a title (the type of the item, or its Current for a
// checkbox, says it instead).
const MARKER =
  /^(?:[-•*·–—▪◦○‣⁃>+](?:\s+|$))?(?:(?:\[\s*[xXvV✓✔]?\s*\]|[☐☑☒✓✔✅])(?:\s+|$))?(?:(?:key[\s-]?results?|kernresultaat|objective|doelstelling|doel|initiative|initiatief|task|taak|actie|action|kr|o|i)\s*\d*(?:\.\d+)*\.?\s*[:)\-–—]?\s*|\d+(?:\.\d+)*[.):]?\s+)?/i;

const LEVEL_WORDS = /^(company|bedrijf|team|personal|persoonlijk)$/i;
// Type words as a Type cell may hold them, compared without spaces and punctuation ("O:", "K.R.").
const TYPE_WORDS =
  /^(objectives?|doelstellingen|doelstelling|doel|o|obj|keyresults?|krs?|kernresulta(at|ten)|initiatives?|initiatie(f|ven)|init|tasks?|taa?k(en)?|actie|action|i)$/i;
const KIND_OR_CONFIDENCE =
  /^(increase|toename|decrease|afname|at[\s_-]?least|minimaal|at[\s_-]?most|maximaal|milestone|mijlpaal|roll[\s_-]?up|samengesteld|low|laag|medium|gemiddeld|high|hoog)$/i;

function numbersIn(items: readonly OkrItem[]): Set<number> {
  const numbers = new Set<number>();
  for (const item of items) {
    for (const value of [item.start, item.target, item.current, item.weight]) {
      if (typeof value === 'number') numbers.add(Number(value.toPrecision(12)));
    }
  }
  return numbers;
}

function asNumber(text: string): number | null {
  let t = text.replace(/^[€$£¥]\s*|\s*([€$£¥]|eur|euro|usd)$/gi, '');
  let scale = 1;
  if (t.endsWith('%')) {
    scale = 100;
    t = t.slice(0, -1).trim();
  }
  if (/^[+-]?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  if (t === '' || !Number.isFinite(Number(t))) return null;
  return Number((Number(t) / scale).toPrecision(12));
}

export interface Missing {
  row: number;
  column: number;
  text: string;
}

/**
 * Every non-empty cell of `rows` is accounted for by `result`: its text appears (case-
 * insensitively) in an item field or notes, a warning, a context line (title, section or
 * heading line), a row placed in an item's notes, an unplaced row or a column header; or
 * it is a title whose leading marker was stripped; or a number, level, period, kind or
 * confidence that an item holds in canonical form. Returns the cells that are not.
 */
export function cellsNotAccountedFor(rows: readonly unknown[], result: ImportResult): Missing[] {
  const parts: string[] = [];
  for (const item of result.items) {
    for (const value of Object.values(item)) parts.push(String(value));
  }
  for (const warning of result.warnings) parts.push(warning.message);
  for (const line of result.context) parts.push(line.message);
  for (const note of result.notes) parts.push(note.text);
  for (const row of result.unplaced) parts.push(row.text);
  for (const column of result.columns) parts.push(column.header);
  const haystack = parts.join('\u0001').toLowerCase();
  const numbers = numbersIn(result.items);
  const levels = new Set(result.items.map((item) => item.level));
  const missing: Missing[] = [];
  rows.forEach((row, r) => {
    if (!Array.isArray(row)) return;
    Array.from(row as unknown[]).forEach((value, c) => {
      const text = textOf(value);
      if (text === '' || accounted(text)) return;
      missing.push({ row: r + 1, column: c + 1, text });
    });
  });
  return missing;

  function accounted(text: string): boolean {
    const lower = text.toLowerCase();
    if (haystack.includes(lower)) return true;
    const stripped = lower.replace(MARKER, '').trim();
    if (stripped !== '' && stripped !== lower && haystack.includes(stripped)) return true;
    const n = asNumber(text);
    if (n !== null && numbers.has(n)) return true;
    if (LEVEL_WORDS.test(text) && levels.size > 0) return true;
    const team = /^(?:team|afdeling)\s*[:\-–]?\s+(.+)$/i.exec(text);
    if (team && haystack.includes((team[1] as string).toLowerCase())) return true;
    if (KIND_OR_CONFIDENCE.test(text)) return true;
    if (TYPE_WORDS.test(text.replace(/[\s_.:-]+/g, '')) && result.items.length > 0) return true;
    const period = readPeriod(text, '2026-Q4').period.toLowerCase();
    if (period !== lower && haystack.includes(period)) return true;
    return false;
  }
}

/** True when nothing is lost (see cellsNotAccountedFor). */
export function everyNonEmptyCellAccountedFor(
  rows: readonly unknown[],
  result: ImportResult,
): boolean {
  return cellsNotAccountedFor(rows, result).length === 0;
}

/**
 * Problems with the outline order: IDs not unique; an objective with a parent; a key result
 * whose parent is not the latest objective above it; an initiative whose parent is not the
 * latest key result above it.
 */
export function outlineProblems(items: readonly OkrItem[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  let objective: OkrItem | null = null;
  let keyResult: OkrItem | null = null;
  for (const item of items) {
    if (item.id === '' || ids.has(item.id)) problems.push(`duplicate or empty ID "${item.id}"`);
    ids.add(item.id);
    if (item.type === 'objective') {
      if (item.parentId !== '') problems.push(`objective ${item.id} has a parent`);
      objective = item;
      keyResult = null;
    } else if (item.type === 'keyResult') {
      if (!objective || item.parentId !== objective.id) {
        problems.push(`key result ${item.id} is not under the objective above it`);
      }
      keyResult = item;
    } else if (!keyResult || item.parentId !== keyResult.id) {
      problems.push(`initiative ${item.id} is not under the key result above it`);
    }
  }
  return problems;
}

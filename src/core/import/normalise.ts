// Cell values turned into model values: numbers (percent text, decimal comma, currency signs),
// milestone words, levels, periods, kinds and confidence, in English or Dutch. Nothing here
// throws: a value that cannot be read comes back as it was typed, with the reason.
import { parseConfidence } from '../confidence';
import { parseKind } from '../kinds';
import type { Cell } from '../model';
import { periodKey, quarterPeriod, tryParsePeriod, yearPeriod, type Quarter } from '../period';
import { parseMilestone, parseNumber, type DecimalMark } from '../values';
import { parseLevel, type Confidence, type KrKind, type Level } from '../vocabulary';

export interface NumberRead {
  /** The number, a milestone state as typed (TRUE, "done", "ja"), or the cell unchanged. */
  value: Cell;
  /** For 'ambiguous': the number the text means under the other decimal mark. */
  otherwise?: number;
  /** The unit the text carried: '%' for "8%", '€' for "€ 40", '' otherwise. */
  unit: string;
  milestone: boolean;
  problem: 'notANumber' | 'ambiguous' | null;
}

/** Percent text divided by 100 without binary noise: "1.8%" → 0.018, not 0.018000000000000002. */
function tidy(n: number): number {
  return Number(n.toPrecision(15));
}

interface TextNumber {
  value: number;
  /** What the text means under the other decimal mark, when that is another number. */
  otherwise: number | null;
}

/**
 * Text read as the spreadsheet reads it (its decimal mark, the formulas' parser): "20.000" is
 * 20000 in a Dutch sheet. Text that only the other mark reads ("2.5%" in a Dutch sheet, "1,5"
 * in an English one) can mean nothing else and is read so; text both marks read differently
 * ("1,500") is read by the sheet's mark and carries the other reading, so the preview says so.
 */
function tryNumber(text: string, mark: DecimalMark): TextNumber | null {
  const read = (m: DecimalMark): number | null => {
    try {
      return parseNumber(text, 'value', m);
    } catch {
      return null;
    }
  };
  const own = read(mark);
  const other = read(mark === '.' ? ',' : '.');
  if (own === null) return other === null ? null : { value: other, otherwise: null };
  return { value: own, otherwise: other !== null && other !== own ? other : null };
}

function isMilestoneWord(text: string): boolean {
  try {
    return parseMilestone(text, 'value') !== null;
  } catch {
    return false;
  }
}

const CURRENCY_BEFORE = /^([€$£¥])\s*(.+)$/;
const CURRENCY_AFTER = /^(.+?)\s*([€$£¥]|eur|euro|usd)$/i;

/** A number column's cell: "8%" → 0.08 (unit %), "1,5" → 1.5, "€ 40" → 40 (unit €), "ja" → milestone. */
export function readNumber(cell: Cell, mark: DecimalMark = '.'): NumberRead {
  if (typeof cell === 'number') return { value: cell, unit: '', milestone: false, problem: null };
  if (typeof cell === 'boolean') return { value: cell, unit: '', milestone: true, problem: null };
  const text = cell.trim();
  if (text === '') return { value: '', unit: '', milestone: false, problem: null };
  const n = tryNumber(text, mark);
  if (n) {
    const percent = text.endsWith('%');
    const exact = (x: number): number => (percent ? tidy(x) : x);
    return {
      value: exact(n.value),
      unit: percent ? '%' : '',
      milestone: false,
      ...(n.otherwise === null
        ? { problem: null }
        : { problem: 'ambiguous', otherwise: exact(n.otherwise) }),
    };
  }
  if (isMilestoneWord(text)) return { value: text, unit: '', milestone: true, problem: null };
  const money = CURRENCY_BEFORE.exec(text) ?? CURRENCY_AFTER.exec(text);
  if (money) {
    const [, a = '', b = ''] = money;
    const before = CURRENCY_BEFORE.test(text);
    const amount = tryNumber(before ? b : a, mark);
    if (amount) {
      const sign = before ? a : b;
      return {
        value: amount.value,
        unit: sign.length === 1 ? sign : '€',
        milestone: false,
        ...(amount.otherwise === null
          ? { problem: null }
          : { problem: 'ambiguous', otherwise: amount.otherwise }),
      };
    }
  }
  return { value: cell, unit: '', milestone: false, problem: 'notANumber' };
}

/** A cell that states a milestone (TRUE/FALSE, done, ja, open …) rather than a quantity. */
export function isMilestoneCell(cell: Cell): boolean {
  if (typeof cell === 'boolean') return true;
  return (
    typeof cell === 'string' &&
    cell.trim() !== '' &&
    tryNumber(cell.trim(), '.') === null &&
    isMilestoneWord(cell)
  );
}

const LEVEL_WORDS: ReadonlyMap<string, Level> = new Map<string, Level>([
  ['organisation', 'company'],
  ['organization', 'company'],
  ['organisatie', 'company'],
  ['org', 'company'],
  ['corporate', 'company'],
  ['bedrijfsniveau', 'company'],
  ['bedrijfsbreed', 'company'],
  ['companywide', 'company'],
  ['companylevel', 'company'],
  ['teamniveau', 'team'],
  ['teamlevel', 'team'],
  ['individual', 'personal'],
  ['individueel', 'personal'],
  ['persoon', 'personal'],
  ['person', 'personal'],
  ['persoonlijkniveau', 'personal'],
  ['personallevel', 'personal'],
]);

const TEAM_NAMED = /^(?:team|afdeling)\s*[:\-–]?\s+(.+)$/i;

export interface LevelRead {
  level: Level | null;
  /** A team named with the level: "Team Marketing" → "Marketing". */
  team: string;
}

/** Results of a pure reader by text: sheets repeat the same few levels and periods endlessly. */
function memo<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size > 10_000) cache.clear();
      value = read(text);
      cache.set(text, value);
    }
    return value;
  };
}

/** Company/Bedrijf, Team (or "Team Marketing"), Personal/Persoonlijk and a few synonyms. */
export const readLevel = memo(readLevelText);

function readLevelText(text: string): LevelRead {
  const known = parseLevel(text.trim());
  if (known) return { level: known, team: '' };
  const word = LEVEL_WORDS.get(text.toLowerCase().replace(/[\s_.-]+/g, ''));
  if (word) return { level: word, team: '' };
  const named = TEAM_NAMED.exec(text.trim());
  if (named) return { level: 'team', team: (named[1] as string).trim() };
  return { level: null, team: '' };
}

export interface PeriodRead {
  /** Canonical '2026' / '2026-Q1'; the text as typed when it is no period; '' when blank. */
  period: string;
  problem: 'malformed' | 'assumed' | null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-\d{2}$/;
const QUARTER_ONLY = /^[QK]([1-4])$/i;
const QUARTER_WORD = /^(?:quarter|kwartaal)\s*([1-4])\s*[-/ ]?\s*(\d{4})$/i;
const YEAR_WORD = /^(?:fy|year|jaar|boekjaar)\s*[-: ]?\s*(\d{4})$/i;

function defaultYear(defaultPeriod: string): number | null {
  return tryParsePeriod(defaultPeriod)?.year ?? null;
}

// Each text read once per default period (today's quarter): no key text built per cell.
const periodByText = new Map<string, Map<string, PeriodRead>>();

/** A period in any accepted spelling → canonical; a date → its quarter; "Q3" → the default year. */
export function readPeriod(cell: Cell, defaultPeriod: string): PeriodRead {
  if (typeof cell !== 'string') return readPeriodCell(cell, defaultPeriod);
  let byText = periodByText.get(defaultPeriod);
  if (byText === undefined) periodByText.set(defaultPeriod, (byText = new Map()));
  let read = byText.get(cell);
  if (read === undefined) {
    if (byText.size > 10_000) byText.clear();
    read = readPeriodCell(cell, defaultPeriod);
    byText.set(cell, read);
  }
  // A copy: the caller may change it.
  return { period: read.period, problem: read.problem };
}

function readPeriodCell(cell: Cell, defaultPeriod: string): PeriodRead {
  const text = typeof cell === 'string' ? cell.trim() : cell;
  if (text === '') return { period: '', problem: null };
  const parsed = tryParsePeriod(text);
  if (parsed) return { period: periodKey(parsed), problem: null };
  const raw = typeof cell === 'string' ? cell.trim() : String(cell);
  let m = ISO_DATE.exec(raw);
  if (m) {
    const quarter = Math.floor((Number(m[2]) - 1) / 3) + 1;
    if (quarter >= 1 && quarter <= 4) {
      return {
        period: periodKey(quarterPeriod(Number(m[1]), quarter as Quarter)),
        problem: 'assumed',
      };
    }
  }
  const year = defaultYear(defaultPeriod);
  if ((m = QUARTER_ONLY.exec(raw)) && year !== null) {
    const q = Number(m[1]) as Quarter;
    return { period: periodKey(quarterPeriod(year, q)), problem: 'assumed' };
  }
  if ((m = QUARTER_WORD.exec(raw))) {
    return {
      period: periodKey(quarterPeriod(Number(m[2]), Number(m[1]) as Quarter)),
      problem: null,
    };
  }
  if ((m = YEAR_WORD.exec(raw)))
    return { period: periodKey(yearPeriod(Number(m[1]))), problem: null };
  return { period: raw, problem: 'malformed' };
}

/**
 * A kind in English or Dutch, null when blank, 'unknown' when it names none — also for text
 * that is only separators ("_", "-"), which parseKind reads as blank: a loose sheet's cell is
 * reported, never dropped.
 */
export function readKind(text: string): KrKind | null | 'unknown' {
  const trimmed = text.trim();
  try {
    return parseKind(trimmed) ?? (trimmed === '' ? null : 'unknown');
  } catch {
    return 'unknown';
  }
}

const CONFIDENCE_WORDS: ReadonlyMap<string, Confidence> = new Map<string, Confidence>([
  ['lo', 'low'],
  ['l', 'low'],
  ['med', 'medium'],
  ['mid', 'medium'],
  ['m', 'medium'],
  ['middel', 'medium'],
  ['gemiddelde', 'medium'],
  ['hi', 'high'],
  ['h', 'high'],
  ['hoge', 'high'],
  ['lage', 'low'],
]);

/** Low/Medium/High, Laag/Gemiddeld/Hoog and abbreviations; null when it names none. */
export function readConfidence(text: string): Confidence | null {
  return parseConfidence(text) ?? CONFIDENCE_WORDS.get(text.trim().toLowerCase()) ?? null;
}

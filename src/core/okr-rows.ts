// Rows of the OKR tab ⇄ OkrItem. Reading is forgiving: words in English or Dutch, any case;
// unknown words and text in number columns are kept and reported, never thrown. Writing turns
// an item into the cells of its row in the sheet's language; user text is protected so Sheets
// can never read it as a formula, number or date (see protectText).
import { NUMBER_COLUMNS, type ColumnKey, type ColumnMap, type InputKey } from './columns';
import { parseConfidence, confidenceName } from './confidence';
import type { Lang } from './i18n';
import { typeOfId } from './ids';
import { kindName, parseKind } from './kinds';
import type { Cell, OkrItem } from './model';
import { formatPeriod, periodKey, tryParsePeriod } from './period';
import { isBlank, parseNumber, type DecimalMark } from './values';
import { CORE_WORDS, type SheetWords } from './word-tables';
import {
  CLOSED_WORDS,
  itemTypeName,
  levelName,
  LEVELS,
  parseItemType,
  parseLevel,
  type ItemType,
  type Level,
} from './vocabulary';

/** An item as read from the OKR tab, with its 1-based sheet row. */
export interface SheetItem extends OkrItem {
  row: number;
  /**
   * A closed row's grade as the sheet holds it (null: none): "Start the next quarter" writes the
   * grade into the row when it closes the period, so later edits do not change it.
   */
  frozenGrade?: number | null;
}

/** A cell the reader could not make sense of (reported by the health check). */
export interface CellIssue {
  row: number;
  id: string;
  column: InputKey;
  value: string;
  kind: 'textInNumber' | 'unknownValue';
}

export interface ReadItems {
  items: SheetItem[];
  issues: CellIssue[];
}

/** The input columns of an item's row, in the order itemCells lists them. */
export const ITEM_CELL_KEYS: readonly InputKey[] = [
  'id',
  'type',
  'title',
  'level',
  'team',
  'owner',
  'period',
  'parentId',
  'alignedTo',
  'kind',
  'start',
  'target',
  'current',
  'unit',
  'weight',
  'confidence',
  'lastCheckIn',
  'notes',
  'sourceId',
  'closed',
];

/** The input columns a row must fill one of to hold an item (people insert blank rows). */
const CONTENT_KEYS = ITEM_CELL_KEYS.filter(
  (k) => k !== 'lastCheckIn' && k !== 'sourceId' && k !== 'closed',
);

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  return String(value);
}

function rawCell(value: unknown): Cell {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value === null || value === undefined) return '';
  return String(value);
}

const CLOSED_TEXT = new RegExp(`^(${CLOSED_WORDS.join('|')})$`, 'i');

/** `parse` remembering its answer per cell value: thousands of rows share a handful of words. */
function perValue<T>(parse: (value: unknown) => T): (value: unknown) => T {
  const known = new Map<unknown, T>();
  return (value) => {
    if (known.has(value)) return known.get(value) as T;
    const parsed = parse(value);
    known.set(value, parsed);
    return parsed;
  };
}

const trimmed = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);

/**
 * The items in `rows` (the tab's values from the row after the header on), skipping rows that
 * hold nothing in our input columns (people insert blank rows). `firstRow` is the 1-based sheet
 * row of rows[0]. Kinds and periods are read with the settings tab's `words` (word-tables.ts),
 * as the sheet's formulas read them.
 */
export function readItems(
  rows: readonly (readonly unknown[])[],
  columns: ColumnMap,
  firstRow: number,
  mark: DecimalMark = '.',
  words: SheetWords = CORE_WORDS,
): ReadItems {
  const items: SheetItem[] = [];
  const issues: CellIssue[] = [];
  const get = (row: readonly unknown[], key: ColumnKey): unknown => {
    const c = columns[key];
    return c === undefined ? '' : row[c];
  };
  const typeOf = perValue(parseItemType);
  const levelOf = perValue(parseLevel);
  const confidenceOf = perValue(parseConfidence);
  const periodOf = perValue((value) => tryParsePeriod(trimmed(value), words.periods));
  // The kind, '' for none, or null when the cell names no kind.
  const kindOf = perValue((value): OkrItem['kind'] | null => {
    try {
      return parseKind(trimmed(value), 'kind', words.kinds) ?? '';
    } catch {
      return null;
    }
  });
  rows.forEach((row, i) => {
    if (CONTENT_KEYS.every((k) => isBlank(get(row, k)))) return;
    const rowNumber = firstRow + i;
    const id = text(get(row, 'id'));
    const parentId = text(get(row, 'parentId'));
    const issue = (column: InputKey, value: unknown, kind: CellIssue['kind']) =>
      issues.push({ row: rowNumber, id, column, value: text(value), kind });

    const rawType = get(row, 'type');
    let type: ItemType | null = typeOf(rawType);
    if (type === null) {
      if (!isBlank(rawType)) issue('type', rawType, 'unknownValue');
      type = typeOfId(id) ?? (parentId ? 'keyResult' : 'objective');
    }
    const rawLevel = get(row, 'level');
    let level: Level | null = levelOf(rawLevel);
    if (level === null) {
      if (!isBlank(rawLevel)) issue('level', rawLevel, 'unknownValue');
      level = 'company';
    }
    const rawPeriod = get(row, 'period');
    const period = periodOf(rawPeriod);
    const rawKind = get(row, 'kind');
    let kind = kindOf(rawKind);
    if (kind === null) {
      issue('kind', rawKind, 'unknownValue');
      kind = '';
    }
    const rawConfidence = get(row, 'confidence');
    const confidence = confidenceOf(rawConfidence);
    if (confidence === null && !isBlank(rawConfidence))
      issue('confidence', rawConfidence, 'unknownValue');
    for (const key of NUMBER_COLUMNS) {
      const v = get(row, key);
      if (typeof v !== 'string' || isBlank(v)) continue;
      if (key === 'current' && (kind === 'milestone' || type === 'initiative')) continue;
      try {
        parseNumber(v, key, mark);
      } catch {
        issue(key, v, 'textInNumber');
      }
    }
    const closedCell = get(row, 'closed');
    const closed =
      closedCell === true ||
      (typeof closedCell === 'string' && CLOSED_TEXT.test(closedCell.trim()));
    const gradeCell = get(row, 'grade');
    const item: SheetItem = {
      row: rowNumber,
      id,
      type,
      level,
      team: text(get(row, 'team')),
      owner: text(get(row, 'owner')),
      period: period ? periodKey(period) : text(rawPeriod),
      parentId,
      alignedTo: text(get(row, 'alignedTo')),
      title: text(get(row, 'title')),
      kind,
      start: rawCell(get(row, 'start')),
      target: rawCell(get(row, 'target')),
      current: rawCell(get(row, 'current')),
      unit: text(get(row, 'unit')),
      weight: rawCell(get(row, 'weight')),
      confidence: confidence ?? '',
      lastCheckIn: text(get(row, 'lastCheckIn')),
      notes: text(get(row, 'notes')),
      sourceId: text(get(row, 'sourceId')),
      closed,
    };
    if (closed) item.frozenGrade = typeof gradeCell === 'number' ? gradeCell : null;
    items.push(item);
  });
  return { items, issues };
}

/**
 * An item placed on a row, every field written out in readItems' order: items from an import
 * (built field by field) then share one object shape with items read from the sheet, which
 * keeps the loops over tens of thousands of them (computeViews) fast.
 */
export function placedItem(
  item: OkrItem & { frozenGrade?: number | null },
  row: number,
): SheetItem {
  return {
    row,
    id: item.id,
    type: item.type,
    level: item.level,
    team: item.team,
    owner: item.owner,
    period: item.period,
    parentId: item.parentId,
    alignedTo: item.alignedTo,
    title: item.title,
    kind: item.kind,
    start: item.start,
    target: item.target,
    current: item.current,
    unit: item.unit,
    weight: item.weight,
    confidence: item.confidence,
    lastCheckIn: item.lastCheckIn,
    notes: item.notes,
    sourceId: item.sourceId,
    closed: item.closed,
    ...(item.frozenGrade !== undefined ? { frozenGrade: item.frozenGrade } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

/**
 * User text as it must be written with setValues: prefixed with an apostrophe, which Sheets
 * takes as "this is text" and does not store. So "=IMPORTXML(…)", "+31 6 1234", "2026",
 * "45%", "TRUE" and "3/4" all stay exactly the text that was typed. Empty text stays empty.
 */
export function protectText(value: string): string {
  return value === '' ? '' : "'" + value;
}

/** A number cell as written: numbers and booleans as they are, text protected. */
export function protectCell(value: Cell): Cell {
  return typeof value === 'string' ? protectText(value) : value;
}

// Tens of thousands of rows share a handful of periods: each text is parsed once.
const periodCells = { en: new Map<string, string>(), nl: new Map<string, string>() };

/** A period's cell in `lang` (protected text); periods are people's text, so at most 1,000 kept. */
function periodCell(period: string, lang: Lang): string {
  const known = periodCells[lang].get(period);
  if (known !== undefined) return known;
  const parsed = tryParsePeriod(period);
  const out = protectText(parsed ? formatPeriod(parsed, lang) : period);
  if (periodCells[lang].size < 1000) periodCells[lang].set(period, out);
  return out;
}

/**
 * `name` as a protected cell, looked up once per word and language: every row of a tab repeats
 * the same few types, levels, kinds and confidences (a fixed vocabulary).
 */
function cellWords<T extends string>(name: (word: T, lang: Lang) => string) {
  const cells = { en: new Map<T, string>(), nl: new Map<T, string>() };
  return (word: T, lang: Lang): string => {
    let cell = cells[lang].get(word);
    if (cell === undefined) cells[lang].set(word, (cell = protectText(name(word, lang))));
    return cell;
  };
}

const typeCell = cellWords(itemTypeName);
const levelCell = cellWords(levelName);
const kindCell = cellWords(kindName);
const confidenceCell = cellWords(confidenceName);

/**
 * One input cell of an item's row, in the sheet's language, ready for setValues (a whole tab
 * is written cell by cell from this, with no object per row).
 */
export function itemCell(item: OkrItem, key: InputKey, lang: Lang): Cell {
  switch (key) {
    case 'type':
      return typeCell(item.type, lang);
    case 'level':
      return levelCell(item.level, lang);
    // In the sheet's language: 2026-K1 on a Dutch tab (every reader takes both spellings).
    case 'period':
      return periodCell(item.period, lang);
    case 'kind':
      return item.kind ? kindCell(item.kind, lang) : '';
    case 'confidence':
      return item.confidence ? confidenceCell(item.confidence, lang) : '';
    case 'start':
    case 'target':
    case 'current':
    case 'weight':
      return protectCell(item[key]);
    case 'closed':
      return item.closed ? true : '';
    default:
      return protectText(item[key]);
  }
}

/** The input cells of an item's row, in the sheet's language, ready for setValues. */
export function itemCells(item: OkrItem, lang: Lang): Record<InputKey, Cell> {
  const out = {} as Record<InputKey, Cell>;
  for (const key of ITEM_CELL_KEYS) out[key] = itemCell(item, key, lang);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tiers: which roll-up helper columns a row's formulas use (see columns.ts)

/** Level rank: company 0, team 1, personal 2 (a higher rank is a lower level). */
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

/**
 * The tier of an item for the roll-up formulas: an objective's own level; a key result's
 * objective's level (its own when the objective is missing); an initiative's key result's tier.
 */
export function tierOf(item: OkrItem, byId: ReadonlyMap<string, OkrItem>): Level {
  if (item.type === 'objective') return item.level;
  const parent = byId.get(item.parentId.toUpperCase());
  if (item.type === 'keyResult')
    return parent && parent.type === 'objective' ? parent.level : item.level;
  return parent && parent.type === 'keyResult' ? tierOf(parent, byId) : item.level;
}

/** Items by upper-cased ID (the first row wins when an ID is duplicated). */
export function indexById<T extends OkrItem>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const key = item.id.toUpperCase();
    if (key && !map.has(key)) map.set(key, item);
  }
  return map;
}

// Header detection: which row is the header, and which OKR field each column holds. Header
// names are matched in English and Dutch, ignoring case, accents, spaces, punctuation and text
// in parentheses ("Owner (e-mail)" is Owner).
import { columnLetter } from '../a1';
import type { Grid } from './cells';
import { readMarker } from './markers';
import type { ColumnField } from './types';

/** Rows searched for the header (title and blank rows may sit above it). */
export const HEADER_SCAN_ROWS = 10;

const SYNONYMS: ReadonlyArray<readonly [ColumnField, readonly string[]]> = [
  ['id', ['id', 'nr', 'nummer', 'number', 'code', 'ref', 'okrid']],
  ['type', ['type', 'itemtype', 'typeitem', 'soortitem']],
  ['level', ['level', 'niveau', 'tier']],
  ['team', ['team', 'afdeling', 'department', 'dept', 'groep', 'group']],
  [
    'owner',
    ['owner', 'eigenaar', 'who', 'wie', 'verantwoordelijke', 'responsible', 'assignee', 'trekker'],
  ],
  [
    'period',
    ['quarter', 'period', 'periode', 'kwartaal', 'jaar', 'year', 'cycle', 'cyclus', 'timeframe'],
  ],
  ['objectiveTitle', ['objective', 'doelstelling', 'doel', 'objectief']],
  ['keyResultTitle', ['keyresult', 'kr', 'kernresultaat', 'kernresultaten', 'resultaat']],
  [
    'initiativeTitle',
    [
      'initiative',
      'initiatief',
      'initiatieven',
      'task',
      'taak',
      'taken',
      'actie',
      'action',
      'project',
    ],
  ],
  [
    'start',
    ['start', 'baseline', 'startwaarde', 'begin', 'beginwaarde', 'nulmeting', 'from', 'van'],
  ],
  ['target', ['target', 'goal', 'doelwaarde', 'streefwaarde', 'targetwaarde', 'to', 'naar']],
  ['current', ['current', 'actual', 'huidigewaarde', 'huidig', 'actueel', 'stand', 'realisatie']],
  ['unit', ['unit', 'eenheid', 'uom']],
  ['weight', ['weight', 'gewicht', 'weging']],
  ['confidence', ['confidence', 'vertrouwen', 'zekerheid']],
  ['kind', ['kind', 'typemeting', 'soort', 'meettype', 'measuretype', 'direction', 'richting']],
  ['lastCheckIn', ['lastcheckin', 'laatstecheckin', 'lastupdate', 'laatsteupdate', 'updated']],
  [
    'notes',
    ['notes', 'note', 'opmerkingen', 'opmerking', 'toelichting', 'comments', 'comment', 'remarks'],
  ],
  [
    'title',
    ['description', 'omschrijving', 'beschrijving', 'title', 'titel', 'name', 'naam', 'okr'],
  ],
];

/** Words that may follow a header name without changing it: "Target value", "Startwaarde". */
const SUFFIXES = ['value', 'waarde', 's', 'en', 'es', 'name', 'naam', 'text', 'tekst'];

const FIELD_BY_KEY: ReadonlyMap<string, ColumnField> = new Map(
  SYNONYMS.flatMap(([field, names]) => names.map((name) => [name, field] as const)),
);

/** "Key Result (%)" → "keyresult"; "Huidige waarde" → "huidigewaarde"; "Éénheid" → "eenheid". */
export function headerKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The field a header names, or null. */
export function matchHeader(text: string): ColumnField | null {
  const raw = text.trim();
  if (raw === '#') return 'id';
  const key = headerKey(raw);
  if (key === '') return null;
  const exact = FIELD_BY_KEY.get(key);
  if (exact) return exact;
  for (const suffix of SUFFIXES) {
    if (key.length > suffix.length + 1 && key.endsWith(suffix)) {
      const field = FIELD_BY_KEY.get(key.slice(0, -suffix.length));
      if (field) return field;
    }
  }
  return null;
}

const TITLE_FIELDS: ReadonlySet<ColumnField> = new Set<ColumnField>([
  'objectiveTitle',
  'keyResultTitle',
  'initiativeTitle',
  'title',
]);

export function isTitleField(field: ColumnField): boolean {
  return TITLE_FIELDS.has(field);
}

/** A column of the loose sheet and what it holds. */
export interface Column {
  /** 0-based. */
  index: number;
  /** The header text, or "Column C" when the header cell is blank. */
  header: string;
  field: ColumnField;
  /** For notes columns: write "Header: value" (true) or the value alone (a Notes column). */
  labelled: boolean;
}

/** How well a row reads as a header: the number of distinct fields its cells name. */
function headerScore(texts: readonly string[]): { score: number; titles: number; filled: number } {
  const seen = new Set<ColumnField>();
  let titles = 0;
  let filled = 0;
  for (const text of texts) {
    if (text === '') continue;
    filled++;
    const field = matchHeader(text);
    if (!field || seen.has(field)) continue;
    seen.add(field);
    if (isTitleField(field)) titles++;
  }
  return { score: seen.size, titles, filled };
}

/**
 * The 0-based header row: among the first rows, the one whose cells name the most fields (the
 * first one on a tie). It needs two fields, or a single title field alone on its row, above
 * any marked line (below "Objective: …", a lone "Key results" is a heading, not a header).
 * -1 when no row qualifies.
 */
export function findHeaderRow(grid: Grid): number {
  let best = -1;
  let bestScore = 0;
  let markedAbove = false;
  const limit = Math.min(grid.texts.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const texts = grid.texts[r] ?? [];
    const { score, titles, filled } = headerScore(texts);
    const alone = score === 1 && titles === 1 && filled === 1 && !markedAbove;
    const qualifies = score >= 2 || alone;
    markedAbove ||= texts.some((text) => text !== '' && readMarker(text) !== null);
    if (qualifies && score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The columns under a header row (-1: none, every column is notes). A field named twice keeps
 * its first column; later ones become labelled notes. Blank headers are "Column X".
 */
export function readColumns(
  grid: Grid,
  headerRow: number,
  columnLabel: (letter: string) => string,
): Column[] {
  const header = headerRow >= 0 ? (grid.texts[headerRow] ?? []) : [];
  const columns: Column[] = [];
  const used = new Set<ColumnField>();
  let notesColumn = false;
  for (let c = 0; c < grid.width; c++) {
    const text = header[c] ?? '';
    let field: ColumnField = (text && matchHeader(text)) || 'notes';
    let labelled = true;
    if (field === 'notes') {
      // The first column with a Notes header holds plain notes; any other is "Header: value".
      if (text !== '' && matchHeader(text) === 'notes' && !notesColumn) {
        notesColumn = true;
        labelled = false;
      }
    } else if (used.has(field)) {
      field = 'notes';
    } else {
      used.add(field);
      labelled = false;
    }
    columns.push({ index: c, header: text || columnLabel(columnLetter(c)), field, labelled });
  }
  return columns;
}

// The OKR tab's columns: what each holds, its header in English and Dutch, the other header
// texts it is recognised by, and whether the add-on writes a formula into it. Columns are found
// by header name (either language, any case, spaces and punctuation ignored), never by
// position: people move, insert and rename columns.
//
// Helper columns (role 'helper', hidden on the sheet) carry the pieces the formulas are built
// of: a row's inputs as numbers, its period's days, and the roll-up chain (below). See
// src/server/formulas.ts for the formulas themselves.
import type { Lang } from './i18n';
import { widthForText } from './labels';

export type InputKey =
  | 'id'
  | 'type'
  | 'title'
  | 'level'
  | 'team'
  | 'owner'
  | 'period'
  | 'parentId'
  | 'alignedTo'
  | 'kind'
  | 'start'
  | 'target'
  | 'current'
  | 'unit'
  | 'weight'
  | 'confidence'
  | 'lastCheckIn'
  | 'notes'
  | 'sourceId'
  | 'closed';

export type FormulaKey = 'progress' | 'bar' | 'expected' | 'status' | 'grade';

/**
 * Hidden helper columns:
 * - kindKey: the Kind cell normalised (lower case, no spaces, hyphens or underscores);
 * - startNum / targetNum / currentNum: Start, Target and Current of a key result as numbers
 *   (TRUE/FALSE as 1/0, text through VALUE; blank start 0, blank target #N/A, blank current
 *   blank), so the progress formula names each once instead of spelling the conversion out;
 * - doneNum: a milestone's Current as 1 (done) or 0 (open), by the settings tab's word table;
 * - span: target − start of an increase, decrease or auto key result, #N/A when the target is
 *   not on the kind's side of the start (an increase needs target > start, a decrease
 *   target < start); it reads no Current, so a check-in does not recompute it;
 * - linear: (current − start) / span, between 0 and 1: the progress of those kinds;
 * - periodKey: the Period without separators, upper case;
 * - periodYear / periodSpelling: its year, and the rest with the year written # (the spelling
 *   the settings tab's period table is looked up by);
 * - periodStart / periodEnd: the first day of the period and of the period after it (date
 *   serials; blank when the period is not a year or quarter), for expected progress and for
 *   the summary tabs, which find a row's period by them (every row has the period helpers,
 *   initiatives too);
 * - rollWeight: the weight an objective or key result counts with (blank → 1);
 * - chainWP / chainW / chainN / chainValued: the roll-up chain (src/server/formulas-chain.ts).
 *   On a key result or initiative: Σ weight × progress, Σ weight, the number of rows and of rows
 *   with a progress, from this row to the last of its siblings (same Parent); on an objective
 *   the same over the objectives aligned to the same key result. Each row reads its own cells and
 *   the next sibling's chain cells only, so one edit changes a handful of cells;
 * - linkCount: on an objective, the rows whose Parent is its ID; on a roll-up key result, the
 *   objectives aligned to it (COUNTIFS over columns no check-in changes): the chain is complete
 *   when its length equals this count, else Progress shows ⚠ until Repair relinks it.
 */
export type HelperKey =
  | 'kindKey'
  | 'startNum'
  | 'targetNum'
  | 'currentNum'
  | 'doneNum'
  | 'span'
  | 'linear'
  | 'periodKey'
  | 'periodYear'
  | 'periodSpelling'
  | 'periodStart'
  | 'periodEnd'
  | 'rollWeight'
  | 'chainWP'
  | 'chainW'
  | 'chainN'
  | 'chainValued'
  | 'linkCount';

export type ColumnKey = InputKey | FormulaKey | HelperKey;

export type ColumnRole = 'input' | 'formula' | 'helper';

/** How a column's cells are formatted and validated. */
export type ColumnFormat =
  | 'text'
  | 'number'
  | 'percent'
  | 'date'
  | 'level'
  | 'type'
  | 'kind'
  | 'confidence'
  | 'status'
  | 'boolean'
  /** An in-cell chart (SPARKLINE): the cell shows a drawing, not a value. */
  | 'chart';

export interface ColumnDef {
  readonly key: ColumnKey;
  readonly role: ColumnRole;
  readonly header: { readonly en: string; readonly nl: string };
  /** Other header texts this column is recognised by (besides both headers). */
  readonly synonyms: readonly string[];
  readonly format: ColumnFormat;
  /** Width in pixels on a fresh tab: wide enough for the header in either language. */
  readonly width: number;
}

/** `width`, or more when a header in English or Dutch needs more to show whole. */
function fitHeaders(width: number, header: { en: string; nl: string }): number {
  return widthForText([header.en, header.nl], width);
}

function col(
  key: ColumnKey,
  role: ColumnRole,
  en: string,
  nl: string,
  format: ColumnFormat,
  width: number,
  synonyms: string[] = [],
): ColumnDef {
  // Helper columns are hidden: their width is never seen.
  const shown = role === 'helper' ? width : fitHeaders(width, { en, nl });
  return { key, role, header: { en, nl }, synonyms, format, width: shown };
}

/** Every column of the OKR tab, in the order a fresh tab has them. */
export const OKR_COLUMNS: readonly ColumnDef[] = [
  col('id', 'input', 'ID', 'ID', 'text', 60, ['code', 'key']),
  col('type', 'input', 'Type', 'Type', 'type', 110, ['item type', 'soort item']),
  col('title', 'input', 'Title', 'Titel', 'text', 380, [
    'name',
    'naam',
    'description',
    'omschrijving',
  ]),
  col('level', 'input', 'Level', 'Niveau', 'level', 100),
  col('team', 'input', 'Team', 'Team', 'text', 100, ['afdeling', 'department']),
  col('owner', 'input', 'Owner', 'Eigenaar', 'text', 130, ['who', 'wie', 'verantwoordelijke']),
  col('period', 'input', 'Period', 'Periode', 'text', 80, ['quarter', 'kwartaal', 'year', 'jaar']),
  col('parentId', 'input', 'Parent', 'Hoort bij', 'text', 80, ['parent id', 'belongs to', 'ouder']),
  col('alignedTo', 'input', 'Aligned to', 'Draagt bij aan', 'text', 90, [
    'alignment',
    'aligns to',
    'afgestemd op',
    'bijdrage aan',
  ]),
  col('kind', 'input', 'Kind', 'Soort', 'kind', 100, ['kr kind', 'measure', 'meetwijze']),
  col('start', 'input', 'Start', 'Start', 'number', 70, ['baseline', 'startwaarde', 'begin']),
  col('target', 'input', 'Target', 'Doel', 'number', 70, ['goal', 'doelwaarde']),
  col('current', 'input', 'Current', 'Huidig', 'number', 70, [
    'actual',
    'huidige waarde',
    'value',
    'waarde',
  ]),
  col('unit', 'input', 'Unit', 'Eenheid', 'text', 70),
  col('weight', 'input', 'Weight', 'Gewicht', 'number', 60),
  col('progress', 'formula', 'Progress', 'Voortgang', 'percent', 80),
  // Optional (OPTIONAL_COLUMNS): a tab of an earlier version works without it; Repair adds it.
  col('bar', 'formula', 'Progress bar', 'Voortgangsbalk', 'chart', 110),
  col('expected', 'formula', 'Expected', 'Verwacht', 'percent', 80, ['expected progress']),
  col('status', 'formula', 'Status', 'Status', 'status', 100),
  col('confidence', 'input', 'Confidence', 'Vertrouwen', 'confidence', 90),
  col('grade', 'formula', 'Grade', 'Score', 'number', 60, ['cijfer']),
  col('lastCheckIn', 'input', 'Last check-in', 'Laatste check-in', 'date', 100, [
    'last checkin',
    'laatste checkin',
  ]),
  col('notes', 'input', 'Notes', 'Notities', 'text', 240, ['note', 'notitie', 'opmerkingen']),
  col('sourceId', 'input', 'Continued from', 'Vervolg van', 'text', 90, ['source', 'bron']),
  col('closed', 'input', 'Closed', 'Afgesloten', 'boolean', 70),
  col('kindKey', 'helper', 'calc: kind', 'reken: soort', 'text', 60),
  col('startNum', 'helper', 'calc: start', 'reken: start', 'number', 60),
  col('targetNum', 'helper', 'calc: target', 'reken: doel', 'number', 60),
  col('currentNum', 'helper', 'calc: current', 'reken: huidig', 'number', 60),
  col('doneNum', 'helper', 'calc: done', 'reken: klaar', 'number', 60),
  col('span', 'helper', 'calc: span', 'reken: bereik', 'number', 60),
  col('linear', 'helper', 'calc: linear progress', 'reken: lineaire voortgang', 'number', 60),
  col('periodKey', 'helper', 'calc: period', 'reken: periode', 'text', 60),
  col('periodYear', 'helper', 'calc: period year', 'reken: periode jaar', 'text', 60),
  col('periodSpelling', 'helper', 'calc: period spelling', 'reken: periode spelling', 'text', 60),
  col('periodStart', 'helper', 'calc: period start', 'reken: periode begin', 'number', 60),
  col('periodEnd', 'helper', 'calc: period end', 'reken: periode einde', 'number', 60),
  col('rollWeight', 'helper', 'calc: weight', 'reken: gewicht', 'number', 60),
  // The chain columns take the place of the roll-up columns of earlier versions (their headers
  // are synonyms), so Repair rewrites those columns instead of leaving stale formulas behind.
  col('chainWP', 'helper', 'calc: sum w×p', 'reken: som g×v', 'number', 60, [
    'calc: KR w×p',
    'reken: KR g×v',
  ]),
  col('chainW', 'helper', 'calc: sum weight', 'reken: som gewicht', 'number', 60, [
    'calc: team roll-up w×p',
    'reken: team samengesteld g×v',
  ]),
  col('chainN', 'helper', 'calc: rows', 'reken: rijen', 'number', 60, [
    'calc: company roll-up w×p',
    'reken: bedrijf samengesteld g×v',
  ]),
  col(
    'chainValued',
    'helper',
    'calc: rows with progress',
    'reken: rijen met voortgang',
    'number',
    60,
    ['calc: personal objective w×p', 'reken: persoonlijk doel g×v'],
  ),
  col('linkCount', 'helper', 'calc: rows to add up', 'reken: op te tellen rijen', 'number', 60, [
    'calc: team objective w×p',
    'reken: team doel g×v',
  ]),
];

/**
 * Columns a tab may lack while every action keeps working (nothing else reads them): the add-on
 * writes their formulas where the column is, and Repair adds the column at the end of a tab of
 * an earlier version.
 */
export const OPTIONAL_COLUMNS: readonly ColumnKey[] = ['bar'];

export const COLUMN_BY_KEY: Readonly<Record<ColumnKey, ColumnDef>> = Object.fromEntries(
  OKR_COLUMNS.map((c) => [c.key, c]),
) as Record<ColumnKey, ColumnDef>;

/** Columns without which the add-on cannot read the tab (Repair adds them back). */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ['id', 'type', 'title', 'parentId'];

/** Number columns: text typed into them is reported by the health check. */
export const NUMBER_COLUMNS: readonly InputKey[] = ['start', 'target', 'current', 'weight'];

/** Header text normalised for matching: lower case, letters and digits only. */
export function normaliseHeader(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  return String(value)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/×/g, 'x')
    .replace(/[^a-z0-9]+/g, '');
}

const KEY_BY_HEADER: ReadonlyMap<string, ColumnKey> = (() => {
  const map = new Map<string, ColumnKey>();
  // Headers first, so a header of one column always wins over a synonym of another.
  for (const c of OKR_COLUMNS) {
    map.set(normaliseHeader(c.header.en), c.key);
    map.set(normaliseHeader(c.header.nl), c.key);
  }
  for (const c of OKR_COLUMNS) {
    for (const s of c.synonyms) {
      const k = normaliseHeader(s);
      if (!map.has(k)) map.set(k, c.key);
    }
  }
  return map;
})();

/** The column a header cell names, or null. */
export function columnForHeader(value: unknown): ColumnKey | null {
  return KEY_BY_HEADER.get(normaliseHeader(value)) ?? null;
}

/** 0-based column index per key; keys without a column are absent. */
export type ColumnMap = Partial<Record<ColumnKey, number>>;

export interface HeaderMatch {
  /** 0-based index of the header row among the rows given. */
  headerRow: number;
  columns: ColumnMap;
  /** Our columns that were not found. */
  missing: ColumnKey[];
  /** Columns whose header names none of ours (people's own columns): 0-based indexes. */
  extra: number[];
}

/**
 * Finds the header row (the first of the first `scan` rows that names at least three of our
 * columns) and maps each of our columns to its index. When a header appears twice, the first
 * one counts. Returns null when no row looks like our header.
 */
export function matchHeader(rows: readonly (readonly unknown[])[], scan = 5): HeaderMatch | null {
  for (let r = 0; r < Math.min(scan, rows.length); r++) {
    const row = rows[r] ?? [];
    const columns: ColumnMap = {};
    const extra: number[] = [];
    let found = 0;
    row.forEach((cell, c) => {
      const key = columnForHeader(cell);
      if (key !== null && columns[key] === undefined) {
        columns[key] = c;
        found++;
      } else {
        extra.push(c);
      }
    });
    if (found >= 3) {
      const missing = OKR_COLUMNS.map((d) => d.key).filter((k) => columns[k] === undefined);
      return { headerRow: r, columns, missing, extra };
    }
  }
  return null;
}

/** The header cells of a fresh tab in `lang`. */
export function freshHeader(lang: Lang): string[] {
  return OKR_COLUMNS.map((c) => c.header[lang]);
}

/** The column map of a fresh tab. */
export function freshColumnMap(): ColumnMap {
  const map: ColumnMap = {};
  OKR_COLUMNS.forEach((c, i) => (map[c.key] = i));
  return map;
}

// ---------------------------------------------------------------------------------------------
// The check-ins tab and the settings tab.

export type CheckInKey = 'timestamp' | 'keyResultId' | 'value' | 'confidence' | 'note' | 'who';

export interface CheckInColumnDef {
  readonly key: CheckInKey;
  readonly header: { readonly en: string; readonly nl: string };
  readonly synonyms: readonly string[];
  readonly width: number;
}

export const CHECKIN_COLUMNS: readonly CheckInColumnDef[] = (
  [
    {
      key: 'timestamp',
      header: { en: 'Timestamp', nl: 'Tijdstip' },
      synonyms: ['date', 'datum', 'when'],
      width: 150,
    },
    {
      key: 'keyResultId',
      header: { en: 'Key result ID', nl: 'Kernresultaat-ID' },
      synonyms: ['id', 'kr', 'key result'],
      width: 110,
    },
    {
      key: 'value',
      header: { en: 'Value', nl: 'Waarde' },
      synonyms: ['current', 'huidig'],
      width: 80,
    },
    { key: 'confidence', header: { en: 'Confidence', nl: 'Vertrouwen' }, synonyms: [], width: 100 },
    {
      key: 'note',
      header: { en: 'Note', nl: 'Notitie' },
      synonyms: ['notes', 'notities', 'comment'],
      width: 300,
    },
    { key: 'who', header: { en: 'Who', nl: 'Wie' }, synonyms: ['by', 'door', 'user'], width: 180 },
  ] satisfies CheckInColumnDef[]
).map((c) => ({ ...c, width: fitHeaders(c.width, c.header) }));

export type CheckInColumnMap = Partial<Record<CheckInKey, number>>;

/** Maps the check-ins tab's header row (row 1) to column indexes. */
export function matchCheckInHeader(row: readonly unknown[]): CheckInColumnMap {
  const map: CheckInColumnMap = {};
  const lookup = new Map<string, CheckInKey>();
  for (const c of CHECKIN_COLUMNS) {
    lookup.set(normaliseHeader(c.header.en), c.key);
    lookup.set(normaliseHeader(c.header.nl), c.key);
  }
  for (const c of CHECKIN_COLUMNS)
    for (const s of c.synonyms)
      if (!lookup.has(normaliseHeader(s))) lookup.set(normaliseHeader(s), c.key);
  row.forEach((cell, i) => {
    const key = lookup.get(normaliseHeader(cell));
    if (key && map[key] === undefined) map[key] = i;
  });
  return map;
}

/** Developer metadata: the key on each tab the add-on owns, and its values. */
export const TAB_METADATA_KEY = 'okr-sheets.tab';
export type TabRole = 'okr' | 'checkins' | 'settings';
/** Developer metadata on the OKR tab: the ID high-water marks, JSON {"O":3,"KR":9,"I":4}. */
export const IDS_METADATA_KEY = 'okr-sheets.ids';
/** Developer metadata on the OKR tab: the day each quarter was closed, JSON {"2026-Q2":"2026-06-30"}. */
export const CLOSED_METADATA_KEY = 'okr-sheets.closed';

/** Default tab names per language (people may rename them; metadata finds them). */
export const TAB_NAMES: Readonly<Record<TabRole, { en: string; nl: string }>> = {
  okr: { en: 'OKRs', nl: "OKR's" },
  checkins: { en: 'Check-ins', nl: 'Check-ins' },
  settings: { en: 'OKR settings', nl: 'OKR-instellingen' },
};

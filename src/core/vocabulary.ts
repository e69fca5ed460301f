// The add-on's vocabulary, in one place: the codes of levels, item types, kinds, confidences,
// statuses and grade colours with the English and Dutch words a cell may hold for them, the
// done and open words of a milestone, the grade bands and the default status thresholds. The
// core's parsers, the sheet's formulas and formats, the summaries, the server's validation and
// the sidebar all derive from these tables (test/unit/vocabulary-guard.test.ts fails on a copy
// anywhere else). Colours live in palette.ts, field lengths in limits.ts.
import { t, type Lang } from './i18n';

export type Level = 'company' | 'team' | 'personal';
export type ItemType = 'objective' | 'keyResult' | 'initiative';
export type KrKind = 'increase' | 'decrease' | 'atLeast' | 'atMost' | 'milestone' | 'rollup';
export type Confidence = 'low' | 'medium' | 'high';
export type StatusCode = 'noCheckIn' | 'achieved' | 'onTrack' | 'atRisk' | 'offTrack';
export type GradeColor = 'green' | 'yellow' | 'red';
/** How bad a health finding is. */
export type Severity = 'error' | 'warning';

/** Ratios of progress to expected progress: r ≥ onTrack → On track, r ≥ atRisk → At risk. */
export interface StatusThresholds {
  /** r = progress / expected at or above this is On track (default 0.9). */
  readonly onTrack: number;
  /** r at or above this (and below onTrack) is At risk (default 0.7). */
  readonly atRisk: number;
}

export const DEFAULT_THRESHOLDS: StatusThresholds = { onTrack: 0.9, atRisk: 0.7 };

/** In the order the sheet's dropdowns, the summaries and the sidebar list them. */
export const LEVELS: readonly Level[] = ['company', 'team', 'personal'];
export const ITEM_TYPES: readonly ItemType[] = ['objective', 'keyResult', 'initiative'];
export const KR_KINDS: readonly KrKind[] = [
  'increase',
  'decrease',
  'atLeast',
  'atMost',
  'milestone',
  'rollup',
];
export const CONFIDENCES: readonly Confidence[] = ['low', 'medium', 'high'];
export const STATUSES: readonly StatusCode[] = [
  'onTrack',
  'atRisk',
  'offTrack',
  'noCheckIn',
  'achieved',
];
/**
 * Status words earlier versions wrote (Dutch "Uit koers", now "Niet op koers"): a tab whose
 * formulas still write them until Repair is counted and coloured all the same.
 */
export const FORMER_STATUS_WORDS: Readonly<Partial<Record<StatusCode, readonly string[]>>> = {
  offTrack: ['Uit koers'],
};

export const GRADE_COLOR_CODES: readonly GradeColor[] = ['green', 'yellow', 'red'];

/**
 * The lowest grade of each colour (Google's practice): 0.7 and up green, 0.4 to 0.6 yellow,
 * below 0.4 red. Grades are tenths, so a band starts at a whole number of tenths.
 */
export const GRADE_BANDS: Readonly<Record<GradeColor, number>> = {
  green: 0.7,
  yellow: 0.4,
  red: 0,
};

/** The colour of a grade (a score in tenths, 0–1). */
export function gradeColorOf(score: number): GradeColor {
  // Compared in tenths: 0.7 is 7 tenths whatever floating point makes of the score.
  const tenths = Math.round(score * 10);
  for (const color of GRADE_COLOR_CODES) {
    if (tenths >= Math.round(GRADE_BANDS[color] * 10)) return color;
  }
  return 'red';
}

// Words a cell may hold, normalised: lower case, without spaces, hyphens and underscores, so
// "At least", "at-least", "AtLeast" and "ROLL UP" all match. The sheet's formulas normalise a
// Kind cell the same way (formulas.ts kindKeyFormula) and compare it with these words.
export const KIND_WORDS: Readonly<Record<KrKind, readonly string[]>> = {
  increase: ['increase', 'toename'],
  decrease: ['decrease', 'afname'],
  atLeast: ['atleast', 'minimaal'],
  atMost: ['atmost', 'maximaal'],
  milestone: ['milestone', 'mijlpaal'],
  rollup: ['rollup', 'samengesteld'],
};

export const LEVEL_WORDS: Readonly<Record<Level, readonly string[]>> = {
  company: ['company', 'bedrijf'],
  team: ['team'],
  personal: ['personal', 'persoonlijk'],
};

export const ITEM_TYPE_WORDS: Readonly<Record<ItemType, readonly string[]>> = {
  objective: ['objective', 'doelstelling'],
  keyResult: ['keyresult', 'kr', 'kernresultaat'],
  initiative: ['initiative', 'initiatief'],
};

/** Confidence words, lower case and trimmed. */
export const CONFIDENCE_WORDS: Readonly<Record<Confidence, readonly string[]>> = {
  low: ['low', 'laag'],
  medium: ['medium', 'gemiddeld'],
  high: ['high', 'hoog'],
};

/**
 * A milestone or initiative that is done or open, as text (lower case, trimmed): the core
 * (values.ts milestoneState), the sheet's progress formulas and the summary's count of done
 * initiatives read the same words. TRUE/FALSE and the numbers 1/0 count too.
 */
export const DONE_WORDS: readonly string[] = [
  'done',
  'yes',
  'ja',
  'klaar',
  'gereed',
  'true',
  'waar',
  '1',
];
export const OPEN_WORDS: readonly string[] = ['no', 'nee', 'open', 'false', 'onwaar', '0'];

/**
 * A row marked closed in the Closed column, as text (lower case, trimmed), in both languages;
 * TRUE counts too. The core (okr-rows.ts) and the closed look of the OKR tab (the conditional
 * format rule in src/server/formatting.ts) read the same words.
 */
export const CLOSED_WORDS: readonly string[] = [
  'true',
  'yes',
  'ja',
  'waar',
  'closed',
  'afgesloten',
  'x',
  '1',
];

/** The done and open words to suggest to a person, in their language. */
export const MILESTONE_HINT: Readonly<Record<Lang, readonly string[]>> = {
  en: ['done', 'yes', 'open', 'no'],
  nl: ['klaar', 'ja', 'open', 'nee'],
};

/** word → code, from one of the tables above. */
export function byWord<C extends string>(
  table: Readonly<Record<C, readonly string[]>>,
): ReadonlyMap<string, C> {
  const map = new Map<string, C>();
  for (const code of Object.keys(table) as C[]) for (const w of table[code]) map.set(w, code);
  return map;
}

const SEPARATORS = /[\s_-]+/g;

/** A cell's text as the word tables hold it: lower case, no spaces, hyphens or underscores. */
export function normaliseWord(value: unknown): string | null {
  return typeof value === 'string' ? value.toLowerCase().replace(SEPARATORS, '') : null;
}

const LEVEL_BY_NAME = byWord(LEVEL_WORDS);
const TYPE_BY_NAME = byWord(ITEM_TYPE_WORDS);

/** The level named by a cell value (any case, EN or NL), or null when blank or unknown. */
export function parseLevel(value: unknown): Level | null {
  const key = normaliseWord(value);
  return key === null ? null : (LEVEL_BY_NAME.get(key) ?? null);
}

/** The item type named by a cell value ("Key result", "key-result", "Kernresultaat", "KR"). */
export function parseItemType(value: unknown): ItemType | null {
  const key = normaliseWord(value);
  return key === null ? null : (TYPE_BY_NAME.get(key) ?? null);
}

export function levelName(level: Level, lang: Lang): string {
  return t(lang, `level.${level}`);
}

export function itemTypeName(type: ItemType, lang: Lang): string {
  return t(lang, `type.${type}`);
}

// Levels (Company / Team / Personal) and item types (Objective / Key result / Initiative),
// read from English or Dutch names and shown in the user's language.
import { t, type Lang } from './i18n';

export type Level = 'company' | 'team' | 'personal';
export type ItemType = 'objective' | 'keyResult' | 'initiative';

export const LEVELS: readonly Level[] = ['company', 'team', 'personal'];
export const ITEM_TYPES: readonly ItemType[] = ['objective', 'keyResult', 'initiative'];

const SEPARATORS = /[\s_-]+/g;

function normalise(value: unknown): string | null {
  return typeof value === 'string' ? value.toLowerCase().replace(SEPARATORS, '') : null;
}

const LEVEL_BY_NAME: ReadonlyMap<string, Level> = new Map<string, Level>([
  ['company', 'company'],
  ['bedrijf', 'company'],
  ['team', 'team'],
  ['personal', 'personal'],
  ['persoonlijk', 'personal'],
]);

const TYPE_BY_NAME: ReadonlyMap<string, ItemType> = new Map<string, ItemType>([
  ['objective', 'objective'],
  ['doelstelling', 'objective'],
  ['keyresult', 'keyResult'],
  ['kr', 'keyResult'],
  ['kernresultaat', 'keyResult'],
  ['initiative', 'initiative'],
  ['initiatief', 'initiative'],
]);

/** The level named by a cell value (any case, EN or NL), or null when blank or unknown. */
export function parseLevel(value: unknown): Level | null {
  const key = normalise(value);
  return key === null ? null : (LEVEL_BY_NAME.get(key) ?? null);
}

/** The item type named by a cell value ("Key result", "key-result", "Kernresultaat", "KR"). */
export function parseItemType(value: unknown): ItemType | null {
  const key = normalise(value);
  return key === null ? null : (TYPE_BY_NAME.get(key) ?? null);
}

export function levelName(level: Level, lang: Lang): string {
  return t(lang, `level.${level}`);
}

export function itemTypeName(type: ItemType, lang: Lang): string {
  return t(lang, `type.${type}`);
}

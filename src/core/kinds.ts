// Kinds of key result, read case-insensitively from English or Dutch names.
import { OkrError, quoteValue } from './errors';
import { t, type Lang } from './i18n';

export type KrKind = 'increase' | 'decrease' | 'atLeast' | 'atMost' | 'milestone' | 'rollup';

export const KR_KINDS: readonly KrKind[] = [
  'increase',
  'decrease',
  'atLeast',
  'atMost',
  'milestone',
  'rollup',
];

// Keys are normalised: lower case, without spaces, hyphens and underscores. So "At least",
// "at-least", "atleast", "atLeast", "Roll-up", "rollup" and "ROLL UP" all match.
export const KIND_BY_NAME: ReadonlyMap<string, KrKind> = new Map<string, KrKind>([
  ['increase', 'increase'],
  ['toename', 'increase'],
  ['decrease', 'decrease'],
  ['afname', 'decrease'],
  ['atleast', 'atLeast'],
  ['minimaal', 'atLeast'],
  ['atmost', 'atMost'],
  ['maximaal', 'atMost'],
  ['milestone', 'milestone'],
  ['mijlpaal', 'milestone'],
  ['rollup', 'rollup'],
  ['samengesteld', 'rollup'],
]);

const SEPARATORS = /[\s_-]+/g;

/**
 * The kind named by a cell value, or null when blank (auto: increase or decrease from start and
 * target). Unknown text throws an OkrError naming `arg` and quoting the value.
 */
export function parseKind(value: unknown, arg = 'kind'): KrKind | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') {
    const exact = KIND_BY_NAME.get(value);
    if (exact) return exact;
    const key = value.toLowerCase().replace(SEPARATORS, '');
    if (key === '') return null;
    const kind = KIND_BY_NAME.get(key);
    if (kind) return kind;
  }
  throw new OkrError('error.unknownKind', { arg, value: quoteValue(value) });
}

/** The display name of a kind: "At least" / "Minimaal". */
export function kindName(kind: KrKind, lang: Lang): string {
  return t(lang, `kind.${kind}`);
}

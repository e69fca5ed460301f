// Kinds of key result, read case-insensitively from English or Dutch names.
import { OkrError, quoteValue } from './errors';
import { t, type Lang } from './i18n';
import { byWord, KIND_WORDS, normaliseWord, type KrKind } from './vocabulary';

// Words are normalised (vocabulary.ts normaliseWord): "At least", "at-least", "atleast",
// "atLeast", "Roll-up", "rollup" and "ROLL UP" all match.
export const KIND_BY_NAME = byWord(KIND_WORDS);

/**
 * The kind named by a cell value, or null when blank (auto: increase or decrease from start and
 * target). Unknown text throws an OkrError naming `arg` and quoting the value. `words` are the
 * kind words of the sheet's settings tab (word-tables.ts), the core's by default.
 */
export function parseKind(
  value: unknown,
  arg = 'kind',
  words: ReadonlyMap<string, KrKind> = KIND_BY_NAME,
): KrKind | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') {
    const key = normaliseWord(value) as string;
    if (key === '') return null;
    const kind = words.get(key);
    if (kind) return kind;
  }
  throw new OkrError('error.unknownKind', { arg, value: quoteValue(value) });
}

/** The display name of a kind: "At least" / "Minimaal". */
export function kindName(kind: KrKind, lang: Lang): string {
  return t(lang, `kind.${kind}`);
}

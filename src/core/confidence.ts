// Confidence set at a check-in: shown beside the status, never mixed into progress.
import { t, type Lang } from './i18n';
import { byWord, CONFIDENCE_WORDS, type Confidence } from './vocabulary';

const CONFIDENCE_BY_NAME = byWord(CONFIDENCE_WORDS);

/** Low/Medium/High or Laag/Gemiddeld/Hoog (any case), or null when blank or unknown. */
export function parseConfidence(value: unknown): Confidence | null {
  if (typeof value !== 'string') return null;
  return CONFIDENCE_BY_NAME.get(value.trim().toLowerCase()) ?? null;
}

/** "Medium" / "Gemiddeld". */
export function confidenceName(value: Confidence, lang: Lang): string {
  return t(lang, `confidence.${value}`);
}

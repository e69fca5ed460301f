// Status of a key result or objective from its progress and the expected progress (pace).
import { OkrError } from './errors';
import { t, type Lang } from './i18n';
import { DEFAULT_THRESHOLDS, type StatusCode, type StatusThresholds } from './vocabulary';

// p / e is computed in floating point: 0.63 / 0.7 must count as exactly 0.9.
const EPSILON = 1e-9;

/** Throws an OkrError unless 0 ≤ atRisk ≤ onTrack (both finite). */
export function validateThresholds(thresholds: StatusThresholds): void {
  const { onTrack, atRisk } = thresholds;
  if (!(Number.isFinite(onTrack) && Number.isFinite(atRisk) && atRisk >= 0 && atRisk <= onTrack)) {
    throw new OkrError('error.badThresholds', { onTrack, atRisk });
  }
}

/**
 * progress blank → noCheckIn; progress ≥ 1 → achieved; expected ≤ 0 → onTrack; otherwise
 * r = progress / expected: r ≥ onTrack → onTrack, r ≥ atRisk → atRisk, else offTrack.
 */
export function status(
  progress: number | null,
  expected: number,
  thresholds: StatusThresholds = DEFAULT_THRESHOLDS,
): StatusCode {
  if (progress === null) return 'noCheckIn';
  if (progress >= 1) return 'achieved';
  if (expected <= 0) return 'onTrack';
  const ratio = progress / expected;
  if (ratio >= thresholds.onTrack - EPSILON) return 'onTrack';
  if (ratio >= thresholds.atRisk - EPSILON) return 'atRisk';
  return 'offTrack';
}

/** "On track" / "Op koers". */
export function statusName(value: StatusCode, lang: Lang): string {
  return t(lang, `status.${value}`);
}

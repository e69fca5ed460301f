// The end-of-period grade (Google's practice): progress rounded to one decimal, coloured
// green (≥ 0.7), yellow (0.4–0.6) or red (< 0.4).
import { t, type Lang } from './i18n';

export type GradeColor = 'green' | 'yellow' | 'red';

export interface Grade {
  /** Progress rounded to one decimal, 0–1. */
  readonly score: number;
  readonly color: GradeColor;
}

/** The grade of a progress in [0, 1] (values outside are clamped), or null when blank. */
export function grade(progress: number | null): Grade | null {
  if (progress === null) return null;
  const p = progress <= 0 ? 0 : progress >= 1 ? 1 : progress;
  // Half up; the tiny nudge keeps 0.35 (3.4999… after × 10) rounding to 0.4.
  const tenths = Math.round(p * 10 + 1e-9);
  return { score: tenths / 10, color: tenths >= 7 ? 'green' : tenths >= 4 ? 'yellow' : 'red' };
}

/** "green" / "groen". */
export function gradeColorName(color: GradeColor, lang: Lang): string {
  return t(lang, `grade.${color}`);
}

// The end-of-period grade (Google's practice): progress rounded to one decimal, coloured by the
// grade bands of vocabulary.ts (green from 0.7, yellow from 0.4, red below).
import { t, type Lang } from './i18n';
import { gradeColorOf, type GradeColor } from './vocabulary';

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
  const score = Math.round(p * 10 + 1e-9) / 10;
  return { score, color: gradeColorOf(score) };
}

/** "green" / "groen". */
export function gradeColorName(color: GradeColor, lang: Lang): string {
  return t(lang, `grade.${color}`);
}

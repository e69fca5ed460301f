// The add-on's colours, one table for every place that shows a status, a grade or a level: the
// OKR tab's conditional formats and objective rows' tints, the summary tables and the summary
// charts. `fill` is the light cell background, `strong` the chart series colour of the same hue.
// No other file of src/ writes a colour (test/unit/vocabulary-guard.test.ts).
import type { GradeColor, Level, StatusCode } from './vocabulary';

export interface Swatch {
  readonly fill: string;
  readonly strong: string;
}

export const STATUS_COLORS: Readonly<Record<StatusCode, Swatch>> = {
  onTrack: { fill: '#d9f0e0', strong: '#34a853' },
  atRisk: { fill: '#fdefc3', strong: '#f9ab00' },
  offTrack: { fill: '#f9d6d2', strong: '#d93025' },
  noCheckIn: { fill: '#eceff1', strong: '#9aa0a6' },
  achieved: { fill: '#c8e6c9', strong: '#137333' },
};

export const GRADE_COLORS: Readonly<Record<GradeColor, Swatch>> = {
  green: { fill: '#d9f0e0', strong: '#34a853' },
  yellow: { fill: '#fdefc3', strong: '#f9ab00' },
  red: { fill: '#f9d6d2', strong: '#d93025' },
};

export const LEVEL_COLORS: Readonly<Record<Level, Swatch>> = {
  company: { fill: '#e8f0fe', strong: '#1a73e8' },
  team: { fill: '#f3e8fd', strong: '#9334e6' },
  personal: { fill: '#e4f7fb', strong: '#12a4af' },
};

/** The series colour of "expected progress" lines and bars. */
export const EXPECTED_COLOR = '#80868b';
/** Header rows of the add-on's tables. */
export const HEADER_FILL = '#f1f3f4';
/** The OKR tab's Progress column: a colour scale from 0 to 1. */
export const PROGRESS_GRADIENT = { from: '#ffffff', to: '#57bb8a' } as const;

// The add-on's colours, one table for every place that shows a status, a grade or a level: the
// OKR tab's conditional formats and objective rows' tints, the summary tables and the summary
// charts, and the sidebar's chips and progress bars. `fill` is the light cell background, `strong`
// the chart series and bar colour of the same hue, `ink` the text colour on `fill` (contrast at
// least 4.5:1, WCAG 1.4.3). No other file of src/ writes a status, grade or level colour
// (test/unit/vocabulary-guard.test.ts).
import type { GradeColor, Level, Severity, StatusCode } from './vocabulary';

export interface Swatch {
  readonly fill: string;
  readonly strong: string;
  readonly ink: string;
}

export const STATUS_COLORS: Readonly<Record<StatusCode, Swatch>> = {
  onTrack: { fill: '#d9f0e0', strong: '#34a853', ink: '#0d652d' },
  atRisk: { fill: '#fdefc3', strong: '#f9ab00', ink: '#7a4400' },
  offTrack: { fill: '#f9d6d2', strong: '#d93025', ink: '#a50e0e' },
  noCheckIn: { fill: '#eceff1', strong: '#9aa0a6', ink: '#5f6368' },
  achieved: { fill: '#c8e6c9', strong: '#137333', ink: '#0d652d' },
};

export const GRADE_COLORS: Readonly<Record<GradeColor, Swatch>> = {
  green: { fill: '#d9f0e0', strong: '#34a853', ink: '#0d652d' },
  yellow: { fill: '#fdefc3', strong: '#f9ab00', ink: '#7a4400' },
  red: { fill: '#f9d6d2', strong: '#d93025', ink: '#a50e0e' },
};

export const LEVEL_COLORS: Readonly<Record<Level, Swatch>> = {
  company: { fill: '#e8f0fe', strong: '#1a73e8', ink: '#174ea6' },
  team: { fill: '#f3e8fd', strong: '#9334e6', ink: '#681da8' },
  personal: { fill: '#e4f7fb', strong: '#12a4af', ink: '#00606a' },
};

/** Health findings: an error looks like Off track, a warning like At risk. */
export const SEVERITY_COLORS: Readonly<Record<Severity, Swatch>> = {
  error: STATUS_COLORS.offTrack,
  warning: STATUS_COLORS.atRisk,
};

/** The series colour of "expected progress" lines and bars. */
export const EXPECTED_COLOR = '#80868b';
/** The text of a closed row on the OKR tab (the closed look): grey. */
export const CLOSED_INK = '#80868b';
/** Header rows of the add-on's tables. */
export const HEADER_FILL = '#f1f3f4';
/** The OKR tab's Progress column: a colour scale from 0 to 1. */
export const PROGRESS_GRADIENT = { from: '#ffffff', to: '#57bb8a' } as const;
/** A check-in that is due: the OKR tab's stale Last check-in cells and the sidebar's Due chip. */
export const CHECK_IN_DUE: Swatch = STATUS_COLORS.atRisk;

import {
  DEFAULT_THRESHOLDS,
  OkrError,
  grade,
  gradeColorName,
  status,
  statusName,
  STATUSES,
  validateThresholds,
} from '../../src/core';

describe('status', () => {
  test('blank progress → No check-in; ≥ 1 → Achieved; expected 0 → On track', () => {
    expect(status(null, 0.5)).toBe('noCheckIn');
    expect(status(1, 0.5)).toBe('achieved');
    expect(status(1, 0)).toBe('achieved');
    expect(status(0, 0)).toBe('onTrack');
    expect(status(0.2, 0)).toBe('onTrack');
  });
  test('threshold boundaries (r = progress / expected)', () => {
    expect(status(0.45, 0.5)).toBe('onTrack'); // r = 0.9 exactly
    expect(status(0.63, 0.7)).toBe('onTrack'); // 0.8999999… in floating point
    expect(status(0.27, 0.3)).toBe('onTrack');
    expect(status(0.449, 0.5)).toBe('atRisk');
    expect(status(0.35, 0.5)).toBe('atRisk'); // r = 0.7
    expect(status(0.21, 0.3)).toBe('atRisk');
    expect(status(0.349, 0.5)).toBe('offTrack');
    expect(status(0, 0.5)).toBe('offTrack');
    expect(status(0.99, 1)).toBe('onTrack');
    expect(status(0.6, 0.5)).toBe('onTrack');
  });
  test('custom thresholds', () => {
    const strict = { onTrack: 1, atRisk: 0.8 };
    expect(status(0.45, 0.5, strict)).toBe('atRisk');
    expect(status(0.5, 0.5, strict)).toBe('onTrack');
    expect(status(0.39, 0.5, strict)).toBe('offTrack');
    expect(() => validateThresholds(DEFAULT_THRESHOLDS)).not.toThrow();
    expect(() => validateThresholds({ onTrack: 0.5, atRisk: 0.7 })).toThrow(OkrError);
    expect(() => validateThresholds({ onTrack: 0.5, atRisk: -1 })).toThrow(OkrError);
  });
  test('names, in the order the summaries list them', () => {
    expect(STATUSES.map((s) => statusName(s, 'en'))).toEqual([
      'On track',
      'At risk',
      'Off track',
      'No check-in',
      'Achieved',
    ]);
    expect(STATUSES.map((s) => statusName(s, 'nl'))).toEqual([
      'Op koers',
      'Risico',
      'Niet op koers',
      'Geen check-in',
      'Behaald',
    ]);
  });
});

describe('grade', () => {
  test.each([
    [0, 0, 'red'],
    [0.34, 0.3, 'red'],
    [0.349, 0.3, 'red'],
    [0.35, 0.4, 'yellow'],
    [0.4, 0.4, 'yellow'],
    [0.5, 0.5, 'yellow'],
    [0.6, 0.6, 'yellow'],
    [0.649, 0.6, 'yellow'],
    [0.65, 0.7, 'green'],
    [0.7, 0.7, 'green'],
    [0.15, 0.2, 'red'],
    [0.45, 0.5, 'yellow'],
    [0.55, 0.6, 'yellow'],
    [0.95, 1, 'green'],
    [1, 1, 'green'],
    [1.4, 1, 'green'],
    [-0.2, 0, 'red'],
  ])('%p → %p %p', (progress, score, color) => {
    expect(grade(progress)).toEqual({ score, color });
  });
  test('blank → null; colour names', () => {
    expect(grade(null)).toBeNull();
    expect(gradeColorName('green', 'nl')).toBe('groen');
    expect(gradeColorName('yellow', 'en')).toBe('yellow');
    expect(gradeColorName('red', 'nl')).toBe('rood');
  });
});

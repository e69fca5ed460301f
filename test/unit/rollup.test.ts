import { OkrError, weightedMean, weightedRollup } from '../../src/core';

describe('weightedRollup', () => {
  test('Σ w·p / Σ w', () => {
    expect(weightedRollup([0.5, 1], [1, 3])).toBe(0.875);
    expect(weightedRollup([0.2, 0.4, 0.6])).toBeCloseTo(0.4, 15);
  });
  test('blank progress counts 0, blank weight is 1', () => {
    expect(weightedRollup([1, null])).toBe(0.5);
    expect(weightedRollup([1, undefined], [null, undefined])).toBe(0.5);
    expect(weightedRollup([1, 0.5], [null, 1])).toBe(0.75);
  });
  test('blank while no counted item has progress (no check-in yet), then blanks count 0', () => {
    expect(weightedRollup([null, null])).toBeNull();
    expect(weightedRollup([null, undefined], [2, 1])).toBeNull();
    expect(weightedRollup([0.5, null], [0, 1])).toBeNull();
    expect(weightedRollup([0, null])).toBe(0);
  });
  test('weight 0 leaves an item out', () => {
    expect(weightedRollup([1, 0], [1, 0])).toBe(1);
    expect(weightedRollup([1, null], [1, 0])).toBe(1);
  });
  test('no items or Σ w = 0 → blank', () => {
    expect(weightedRollup([])).toBeNull();
    expect(weightedRollup([0.5, 0.7], [0, 0])).toBeNull();
  });
  test('negative weight is an error', () => {
    expect(() => weightedRollup([0.5], [-1])).toThrow(OkrError);
    expect(() => weightedRollup([0.5], [-1])).toThrow(
      'weight -1 is negative: use a positive weight, or 0 to leave the item out',
    );
  });
  test('weights must match', () => {
    expect(() => weightedRollup([0.5, 1], [1])).toThrow(OkrError);
  });
  test('never a hair outside [min, max]', () => {
    expect(weightedRollup([0.3, 0.3, 0.3], [0.1, 0.7, 0.2])).toBe(0.3);
  });
});

describe('weightedMean (summaries)', () => {
  test('blank values are left out, not counted as 0', () => {
    expect(weightedMean([1, null])).toBe(1);
    expect(weightedMean([0.5, null, 1], [1, 5, 1])).toBe(0.75);
    expect(weightedMean([null, null])).toBeNull();
    expect(weightedMean([])).toBeNull();
  });
});

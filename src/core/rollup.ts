// Weighted roll-up: objective progress from its key results (and a roll-up key result from
// the objectives aligned to it), and the weighted mean used by summaries.
import { OkrError } from './errors';

type Values = ArrayLike<number | null | undefined>;

function accumulate(
  values: Values,
  weights: Values | undefined,
  blankCountsAsZero: boolean,
): number | null {
  if (weights !== undefined && weights.length !== values.length) {
    throw new OkrError('error.shapeMismatch', {
      arg: 'weights',
      shape: String(weights.length),
      other: 'progress',
      otherShape: String(values.length),
    });
  }
  let sumW = 0;
  let sumWP = 0;
  let min = Infinity;
  let max = -Infinity;
  let valued = false;
  for (let i = 0; i < values.length; i++) {
    const raw = weights === undefined ? null : weights[i];
    const w = raw === null || raw === undefined ? 1 : raw;
    if (!(w >= 0) || !Number.isFinite(w)) {
      throw new OkrError('error.negativeWeight', { arg: 'weight', value: w });
    }
    const v = values[i];
    let p: number;
    if (v === null || v === undefined) {
      if (!blankCountsAsZero) continue;
      p = 0;
    } else {
      p = v;
      if (w !== 0) valued = true;
    }
    if (w === 0) continue;
    sumW += w;
    sumWP += w * p;
    if (p < min) min = p;
    if (p > max) max = p;
  }
  if (sumW === 0 || !valued) return null;
  const mean = sumWP / sumW;
  // Floating point may step a hair outside [min, max] (0.3 · 3 / 3); the mean never does.
  return mean < min ? min : mean > max ? max : mean;
}

/**
 * Objective progress: Σ wᵢ·pᵢ / Σ wᵢ. A blank weight is 1; a weight of 0 leaves the item out;
 * a negative weight throws an OkrError. While no counted item has a progress yet the result is
 * null (blank: no check-in, no grade); from then on a blank progress counts as 0. No items, or
 * Σ w = 0 → null. `weights`, when given, must have the same length as `progress`.
 * A key result of kind roll-up uses this over the progress of the objectives aligned to it.
 */
export function weightedRollup(progress: Values, weights?: Values): number | null {
  return accumulate(progress, weights, true);
}

/**
 * The weighted mean for summaries (team, level, period progress over objectives): like
 * weightedRollup, but blank values (objectives without progress) are left out instead of
 * counting as 0.
 */
export function weightedMean(values: Values, weights?: Values): number | null {
  return accumulate(values, weights, false);
}

// Property-based tests of the OKR rules' invariants (ARCHITECTURE.md, "The OKR rules").
import fc from 'fast-check';
import {
  expectedProgress,
  grade,
  keyResultProgress,
  periodEnd,
  periodStart,
  quarterPeriod,
  status,
  weightedMean,
  weightedRollup,
  yearPeriod,
  type Period,
  type Quarter,
} from '../../src/core';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const fraction = fc.double({ min: 0, max: 1, noNaN: true });
// 0 (left out) or a weight well above underflow, so scaling never turns a weight into 0.
const weight = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1000, noNaN: true }));
const period: fc.Arbitrary<Period> = fc.oneof(
  fc.integer({ min: 1900, max: 2200 }).map(yearPeriod),
  fc
    .tuple(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 4 }))
    .map(([y, q]) => quarterPeriod(y, q as Quarter)),
);

describe('key result progress', () => {
  test('is in [0, 1] or blank, for every kind that computes', () => {
    fc.assert(
      fc.property(
        finite,
        finite,
        fc.option(finite, { nil: '' }),
        fc.constantFrom(undefined, 'at least', 'at most'),
        (start, target, current, kind) => {
          fc.pre(kind !== undefined || start !== target);
          const p = keyResultProgress(start, target, current, kind);
          if (current === '') return p === null;
          return p !== null && p >= 0 && p <= 1 && !Object.is(p, -0);
        },
      ),
    );
  });

  test('increase and decrease are mirror images', () => {
    fc.assert(
      fc.property(finite, finite, finite, (start, target, current) => {
        fc.pre(target > start);
        const up = keyResultProgress(start, target, current, 'increase');
        const down = keyResultProgress(-start, -target, -current, 'decrease');
        return up === down;
      }),
    );
  });

  test('auto kind equals the explicit kind that agrees with start and target', () => {
    fc.assert(
      fc.property(finite, finite, finite, (start, target, current) => {
        fc.pre(start !== target);
        const kind = target > start ? 'increase' : 'decrease';
        return (
          keyResultProgress(start, target, current) ===
          keyResultProgress(start, target, current, kind)
        );
      }),
    );
  });

  test('is monotone in current for an increase', () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, (start, target, a, b) => {
        fc.pre(target > start);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return (
          (keyResultProgress(start, target, lo) as number) <=
          (keyResultProgress(start, target, hi) as number)
        );
      }),
    );
  });
});

describe('roll-up', () => {
  const items = fc.array(fc.tuple(fc.option(fraction, { nil: null }), weight), {
    minLength: 1,
    maxLength: 12,
  });

  test('lies between the min and max of its inputs (blank counts 0)', () => {
    fc.assert(
      fc.property(items, (rows) => {
        const p = rows.map((r) => r[0]);
        const w = rows.map((r) => r[1]);
        const result = weightedRollup(p, w);
        const counted = rows.filter((r) => r[1] > 0).map((r) => r[0] ?? 0);
        // Blank while no counted item has progress (no check-in yet).
        if (!rows.some((r) => r[1] > 0 && r[0] !== null)) return result === null;
        return result !== null && result >= Math.min(...counted) && result <= Math.max(...counted);
      }),
    );
  });

  test('is invariant under scaling all weights', () => {
    fc.assert(
      fc.property(items, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (rows, k) => {
        const p = rows.map((r) => r[0]);
        const w = rows.map((r) => r[1]);
        const a = weightedRollup(p, w);
        const b = weightedRollup(
          p,
          w.map((x) => x * k),
        );
        if (a === null) return b === null;
        return b !== null && Math.abs(a - b) <= 1e-9;
      }),
    );
  });

  test('with equal weights is the plain mean; weightedMean skips blanks', () => {
    fc.assert(
      fc.property(fc.array(fraction, { minLength: 1, maxLength: 12 }), (p) => {
        const mean = p.reduce((s, x) => s + x, 0) / p.length;
        const r = weightedRollup(p) as number;
        const m = weightedMean([...p, null]) as number;
        return Math.abs(r - mean) <= 1e-12 && Math.abs(m - mean) <= 1e-12;
      }),
    );
  });
});

describe('pace, status and grade', () => {
  test("a period's expected progress is monotone in the date and within [0, 1]", () => {
    fc.assert(
      fc.property(period, fc.integer({ min: -400, max: 400 }), fc.nat(400), (p, offset, step) => {
        const a = periodStart(p) + offset;
        const ea = expectedProgress(p, a);
        const eb = expectedProgress(p, a + step);
        return ea >= 0 && eb <= 1 && ea <= eb;
      }),
    );
  });

  test('expected progress is 0 at the start and 1 at the (exclusive) end', () => {
    fc.assert(
      fc.property(period, (p) => {
        return expectedProgress(p, periodStart(p)) === 0 && expectedProgress(p, periodEnd(p)) === 1;
      }),
    );
  });

  test('status never improves when progress drops', () => {
    const rank = { achieved: 4, onTrack: 3, atRisk: 2, offTrack: 1, noCheckIn: 0 } as const;
    fc.assert(
      fc.property(fraction, fraction, fraction, (a, b, expected) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return rank[status(lo, expected)] <= rank[status(hi, expected)];
      }),
    );
  });

  test('grade is within 0.05 of the progress and its colour follows the score', () => {
    fc.assert(
      fc.property(fraction, (p) => {
        const g = grade(p);
        if (g === null) return false;
        const color = g.score >= 0.7 ? 'green' : g.score >= 0.4 ? 'yellow' : 'red';
        return Math.abs(g.score - p) <= 0.05 + 1e-9 && g.color === color;
      }),
    );
  });
});

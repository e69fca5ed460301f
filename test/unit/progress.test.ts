import { OkrError, keyResultProgress, resolveKind } from '../../src/core';

function errorOf(fn: () => unknown): OkrError {
  try {
    fn();
  } catch (err) {
    if (err instanceof OkrError) return err;
    throw err;
  }
  throw new Error('expected an OkrError');
}

describe('keyResultProgress: the examples of the OKR semantics', () => {
  test.each([
    [0, 100, 30, undefined, 0.3],
    [10, 0, 4, undefined, 0.6],
    [50, 100, 120, undefined, 1],
    [50, 100, 20, undefined, 0],
    [2.5, 1.8, 1.6, undefined, 1], // churn: lower is better
    [0, 30, '', undefined, null],
    [0, 1, true, 'milestone', 1],
  ])('(%p, %p, %p, %p) → %p', (start, target, current, kind, expected) => {
    expect(keyResultProgress(start, target, current, kind)).toBe(expected);
  });
});

describe('keyResultProgress: increase and decrease', () => {
  test('blank start counts as 0', () => {
    expect(keyResultProgress('', 100, 25)).toBe(0.25);
    expect(keyResultProgress(null, 100, 25)).toBe(0.25);
    expect(keyResultProgress(undefined, 100, 25)).toBe(0.25);
  });
  test('blank current is blank, never 0', () => {
    for (const blank of ['', '   ', null, undefined]) {
      expect(keyResultProgress(0, 100, blank)).toBeNull();
      expect(keyResultProgress(0, 100, blank, 'at least')).toBeNull();
      expect(keyResultProgress(0, 100, blank, 'milestone')).toBeNull();
    }
  });
  test('text numbers and percentages', () => {
    expect(keyResultProgress('0%', '100%', '45%')).toBeCloseTo(0.45, 12);
    expect(keyResultProgress(' 0 ', ' 2 ', ' 1.5 ')).toBe(0.75);
    expect(keyResultProgress(0, 2, '1,5', '', ',')).toBe(0.75);
  });
  test('clamps to [0, 1] and never returns -0', () => {
    expect(keyResultProgress(0, 100, -50)).toBe(0);
    expect(keyResultProgress(0, 100, 500)).toBe(1);
    expect(Object.is(keyResultProgress(10, 0, 10), 0)).toBe(true);
  });
  test('explicit kinds that agree with start and target', () => {
    expect(keyResultProgress(0, 100, 30, 'increase')).toBe(0.3);
    expect(keyResultProgress(0, 100, 30, 'Toename')).toBe(0.3);
    expect(keyResultProgress(10, 0, 4, 'decrease')).toBe(0.6);
    expect(keyResultProgress(10, 0, 4, 'AFNAME')).toBe(0.6);
  });
  test('an explicit kind that contradicts start and target is an error naming the fix', () => {
    const inc = errorOf(() => keyResultProgress(10, 0, 4, 'increase'));
    expect(inc.code).toBe('error.increaseNeedsHigherTarget');
    expect(inc.message).toContain('"decrease"');
    const dec = errorOf(() => keyResultProgress(0, 10, 4, 'decrease'));
    expect(dec.code).toBe('error.decreaseNeedsLowerTarget');
    expect(dec.render('nl')).toContain('"toename"');
    expect(() => keyResultProgress(5, 5, 4, 'increase')).toThrow(OkrError);
  });
  test('start = target without kind names the fix (at least / at most)', () => {
    const err = errorOf(() => keyResultProgress(5, 5, 4));
    expect(err.code).toBe('error.startEqualsTarget');
    expect(err.message).toMatch(/"at least" or "at most"/);
    expect(err.render('nl')).toMatch(/"minimaal" of "maximaal"/);
  });
  test('missing target', () => {
    expect(errorOf(() => keyResultProgress(0, '', 4)).code).toBe('error.targetMissing');
    expect(errorOf(() => keyResultProgress(0, null, 4, 'at least')).code).toBe(
      'error.targetMissing',
    );
  });
  test('errors name the argument and quote the value', () => {
    const err = errorOf(() => keyResultProgress(0, 100, 'lots'));
    expect(err.params).toEqual({ arg: 'current', value: 'lots' });
    expect(err.message).toBe('current must be a number or a percentage, not "lots"');
    expect(errorOf(() => keyResultProgress('abc', 100, 5)).message).toContain('start');
    expect(errorOf(() => keyResultProgress(0, 'x', 5)).message).toContain('target');
    expect(errorOf(() => keyResultProgress(0, 100, 5, 'sideways')).message).toBe(
      'kind "sideways" is unknown: use increase, decrease, at least, at most, milestone or roll-up, or leave it blank',
    );
  });
});

describe('keyResultProgress: at least / at most', () => {
  test('at least: 1 when current ≥ target, start ignored', () => {
    expect(keyResultProgress(5, 5, 5, 'at least')).toBe(1);
    expect(keyResultProgress('junk is ignored', 5, 6, 'minimaal')).toBe(1);
    expect(keyResultProgress(0, 5, 4.99, 'at-least')).toBe(0);
    expect(keyResultProgress(0, 5, 5, 'atleast')).toBe(1);
  });
  test('at most: 1 when current ≤ target', () => {
    expect(keyResultProgress(0, 2, 2, 'at most')).toBe(1);
    expect(keyResultProgress(0, 2, 1, 'Maximaal')).toBe(1);
    expect(keyResultProgress(0, 2, 2.01, 'AT MOST')).toBe(0);
  });
});

describe('keyResultProgress: milestone', () => {
  test.each([true, 1, 'done', 'DONE', 'yes', 'Ja', 'klaar', 'gereed', ' Gereed ', 'TRUE', 'waar'])(
    '%p → 1',
    (current) => expect(keyResultProgress('', '', current, 'mijlpaal')).toBe(1),
  );
  test.each([false, 0, 'no', 'NO', 'nee', 'open', 'Open', 'FALSE', 'onwaar'])('%p → 0', (current) =>
    expect(keyResultProgress('', '', current, 'Milestone')).toBe(0),
  );
  test('other values are an error that quotes them', () => {
    const err = errorOf(() => keyResultProgress('', '', 'half', 'milestone'));
    expect(err.code).toBe('error.milestoneValue');
    expect(err.message).toContain('"half"');
    expect(() => keyResultProgress('', '', 0.5, 'milestone')).toThrow(OkrError);
  });
});

describe('keyResultProgress: roll-up', () => {
  test('current holds the rolled-up progress of the aligned objectives', () => {
    expect(keyResultProgress('', '', 0.4, 'roll-up')).toBe(0.4);
    expect(keyResultProgress('', '', '40%', 'samengesteld')).toBe(0.4);
    expect(keyResultProgress('', '', '', 'rollup')).toBeNull();
    expect(errorOf(() => keyResultProgress('', '', 40, 'rollup')).code).toBe(
      'error.progressOutOfRange',
    );
  });
});

describe('resolveKind', () => {
  test('auto picks the direction from start and target', () => {
    expect(resolveKind(0, 10, null)).toBe('increase');
    expect(resolveKind(10, 0, null)).toBe('decrease');
    expect(resolveKind(3, 3, 'atLeast')).toBe('atLeast');
    expect(() => resolveKind(3, 3, null)).toThrow(OkrError);
  });
});

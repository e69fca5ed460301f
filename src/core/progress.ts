// Key result progress per kind (ARCHITECTURE.md, "The OKR rules and where each lives").
import { OkrError } from './errors';
import { parseKind } from './kinds';
import { KR_KINDS, type KrKind } from './vocabulary';
import { parseMilestone, parseNumber, parseProgress, type DecimalMark } from './values';
import { CORE_WORDS, type SheetWords } from './word-tables';

/**
 * The kind that applies to a numeric key result: an explicit increase/decrease must agree with
 * start and target; no kind (null) means increase when target > start and decrease when
 * target < start. start = target without kind "at least"/"at most" is an error that names the
 * fix. Other explicit kinds are returned as they are.
 */
export function resolveKind(start: number, target: number, kind: KrKind | null): KrKind {
  if (kind === null) {
    if (target > start) return 'increase';
    if (target < start) return 'decrease';
    throw new OkrError('error.startEqualsTarget', { value: start });
  }
  if (kind === 'increase' && !(target > start)) {
    throw new OkrError('error.increaseNeedsHigherTarget', { start, target });
  }
  if (kind === 'decrease' && !(target < start)) {
    throw new OkrError('error.decreaseNeedsLowerTarget', { start, target });
  }
  return kind;
}

function requireTarget(target: unknown, mark: DecimalMark): number {
  const t = parseNumber(target, 'target', mark);
  if (t === null) throw new OkrError('error.targetMissing');
  return t;
}

/**
 * Progress of a key result in [0, 1], or null for "no check-in yet". Arguments are raw cell
 * values (numbers, text such as "45%" or " 1.5 ", booleans, blanks); `kind` is a KrKind or
 * any English/Dutch kind name, blank for auto. Throws OkrError (naming the argument and quoting
 * the value) when the inputs do not make sense.
 *
 * - current blank → null, whatever the other arguments are.
 * - increase / decrease (or auto): (current − start) / (target − start) clamped to [0, 1];
 *   start blank → 0.
 * - at least: 1 when current ≥ target, else 0; at most: 1 when current ≤ target, else 0 (start
 *   is ignored).
 * - milestone: done/yes/ja/klaar/gereed/TRUE/1 → 1, open/no/nee/FALSE/0 → 0 (start and target
 *   are ignored).
 * - roll-up: the progress comes from the objectives aligned to the key result, rolled up with
 *   the same formula as an objective (see rollup.ts: weightedRollup). `current` then holds that
 *   rolled-up progress (0–1 or "45%", e.g. the result of OKR_ROLLUP over the aligned
 *   objectives); it is returned as it is, start and target are ignored.
 * Text is read under the sheet's decimal `mark` (values.ts), kind and milestone words with the
 * settings tab's `words` (word-tables.ts).
 */
export function keyResultProgress(
  start: unknown,
  target: unknown,
  current: unknown,
  kind?: unknown,
  mark: DecimalMark = '.',
  words: SheetWords = CORE_WORDS,
): number | null {
  // A row's kind is read once, with the sheet's words (okr-rows.ts): a code stays that code.
  const explicit = KR_KINDS.includes(kind as KrKind)
    ? (kind as KrKind)
    : parseKind(kind, 'kind', words.kinds);
  switch (explicit) {
    case 'milestone':
      return parseMilestone(current, 'current', words.done);
    case 'rollup':
      return parseProgress(current, 'current', mark);
    case 'atLeast':
    case 'atMost': {
      const c = parseNumber(current, 'current', mark);
      if (c === null) return null;
      const t = requireTarget(target, mark);
      return (explicit === 'atLeast' ? c >= t : c <= t) ? 1 : 0;
    }
    default: {
      const c = parseNumber(current, 'current', mark);
      if (c === null) return null;
      const s = parseNumber(start, 'start', mark) ?? 0;
      const t = requireTarget(target, mark);
      resolveKind(s, t, explicit);
      const p = (c - s) / (t - s);
      return p <= 0 ? 0 : p >= 1 ? 1 : p;
    }
  }
}

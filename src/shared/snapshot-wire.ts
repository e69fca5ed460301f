// The sidebar's side of the snapshot: the server sends every row as it read it (SnapshotWire);
// here each row gets its numbers (progress, expected, status, grade, initiatives done) from
// computeViews, the same code the server uses for summaries and roll-over and that the parity
// test holds to the sheet's own formulas. `today` and the thresholds come with the snapshot, so
// the numbers are the sheet's, whatever the browser's clock says.
import { parseIsoDate } from '../core/dates';
import { computeViews } from '../core/snapshot';
import { decimalMarkOf, isDone } from '../core/values';
import { wordsFromLists, type WordLists } from '../core/word-tables';
import type { Received, Snapshot, SnapshotWire } from './rpc';

/** The snapshot with every row's numbers worked out. */
export function expandSnapshot(wire: SnapshotWire): Snapshot {
  const today = parseIsoDate(wire.today);
  if (today === null) throw new Error(`The snapshot's date "${wire.today}" is not a date.`);
  return {
    ...wire,
    items: computeViews(
      wire.items,
      today,
      wire.thresholds,
      wire.lang,
      decimalMarkOf(wire.locale),
      wordsFromLists(wire.words),
    ),
  };
}

/** Whether a milestone's or initiative's value is done, by the snapshot's milestone words. */
export function doneBy(snapshot: { words: WordLists }): (value: unknown) => boolean {
  const words = wordsFromLists(snapshot.words).done;
  return (value) => isDone(value, words);
}

function isSnapshotWire(value: unknown): value is SnapshotWire {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as SnapshotWire).items) &&
    typeof (value as SnapshotWire).today === 'string' &&
    typeof (value as SnapshotWire).thresholds === 'object'
  );
}

/** A server answer as the sidebar uses it: a snapshot, or an answer carrying one, expanded. */
export function receive<T>(answer: T): Received<T> {
  if (isSnapshotWire(answer)) return expandSnapshot(answer) as Received<T>;
  if (typeof answer === 'object' && answer !== null && 'snapshot' in answer) {
    const snapshot = (answer as { snapshot: unknown }).snapshot;
    if (isSnapshotWire(snapshot))
      return { ...answer, snapshot: expandSnapshot(snapshot) } as Received<T>;
  }
  return answer as Received<T>;
}

// Check-ins whose key result no longer exists: logged under an ID that is on no row of the OKR
// tab (its ID cleared or changed, after which Repair gave the row a new one). The log holds no
// titles, so the likely match is told by what the log itself says: the key result whose Current
// and Last check-in are the orphans' newest value and day, and which has no check-in of its own
// in the log. Only a single such key result is a match; the health check offers it and Repair
// reconnects the check-ins to it (src/server/checkin-log.ts).
import type { CheckIn, OkrItem } from './model';

export interface OrphanCheckIns {
  /** The ID the check-ins are logged under, as logged. */
  id: string;
  count: number;
  /** The likely key result's ID ('' when none, or more than one, fits). */
  match: string;
  /** The match's row on the OKR tab (0 when there is no match). */
  row: number;
}

const sameValue = (a: unknown, b: unknown): boolean =>
  a === b || (String(a).trim() !== '' && String(a).trim() === String(b).trim());

/** The orphaned groups of the log (`log` newest first, as readCheckIns returns it). */
export function orphanCheckIns(
  items: readonly (OkrItem & { row: number })[],
  log: readonly CheckIn[],
): OrphanCheckIns[] {
  // The logged IDs some row has, found by looking each row's ID up among the logged ones (no
  // set of every row's ID: a tab has tens of thousands of rows).
  const logged = new Set(log.map((c) => c.keyResultId.trim().toUpperCase()));
  const known = new Set<string>();
  for (const item of items) {
    const id = item.id.trim().toUpperCase();
    if (id !== '' && logged.has(id)) known.add(id);
  }
  const groups = new Map<string, CheckIn[]>();
  for (const c of log) {
    const key = c.keyResultId.trim().toUpperCase();
    if (known.has(key)) continue;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  // The candidates: key results without a logged check-in, by their Last check-in day (one
  // pass over the rows, not one per orphaned group).
  const unlogged = new Map<string, (OkrItem & { row: number })[]>();
  if (groups.size > 0)
    for (const item of items) {
      if (item.type !== 'keyResult' || logged.has(item.id.trim().toUpperCase())) continue;
      const onDay = unlogged.get(item.lastCheckIn);
      if (onDay) onDay.push(item);
      else unlogged.set(item.lastCheckIn, [item]);
    }
  const taken = new Set<string>();
  const out: OrphanCheckIns[] = [];
  for (const group of groups.values()) {
    // Newest first, and lines of the same second in the log's order (a stable sort): the newest
    // is the last line logged at the latest time.
    const latest = (group[0] as CheckIn).timestamp;
    const same = group.filter((c) => c.timestamp === latest);
    const newest = same[same.length - 1] as CheckIn;
    const day = newest.timestamp.slice(0, 10);
    const fits = (unlogged.get(day) ?? []).filter((i) => sameValue(i.current, newest.value));
    const only = fits.length === 1 ? (fits[0] as OkrItem & { row: number }) : null;
    const match = only && !taken.has(only.id) ? only : null;
    if (match) taken.add(match.id);
    out.push({
      id: newest.keyResultId,
      count: group.length,
      match: match?.id ?? '',
      row: match?.row ?? 0,
    });
  }
  return out;
}

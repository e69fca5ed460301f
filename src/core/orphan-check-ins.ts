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
  const known = new Set(items.map((i) => i.id.trim().toUpperCase()).filter((id) => id !== ''));
  const groups = new Map<string, CheckIn[]>();
  for (const c of log) {
    const key = c.keyResultId.trim().toUpperCase();
    if (known.has(key)) continue;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const logged = new Set(log.map((c) => c.keyResultId.trim().toUpperCase()));
  const taken = new Set<string>();
  const out: OrphanCheckIns[] = [];
  for (const group of groups.values()) {
    // Newest first, and lines of the same second in the log's order (a stable sort): the newest
    // is the last line logged at the latest time.
    const latest = (group[0] as CheckIn).timestamp;
    const same = group.filter((c) => c.timestamp === latest);
    const newest = same[same.length - 1] as CheckIn;
    const day = newest.timestamp.slice(0, 10);
    const fits = items.filter(
      (i) =>
        i.type === 'keyResult' &&
        !logged.has(i.id.trim().toUpperCase()) &&
        i.lastCheckIn === day &&
        sameValue(i.current, newest.value),
    );
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

// The weekly check-in rule, in one place: a key result is due for a check-in when it was never
// checked in, or when its last check-in is older than the check-in interval (a setting on the
// settings tab, DEFAULT_CHECK_IN_DAYS when missing). "Older than" is strict: with 7 days, a key
// result checked in exactly a week ago is not yet due, one checked in 8 days ago is. The OKR
// tab's conditional format on Last check-in (src/server/formatting.ts) states the same rule as
// TODAY()-cell>interval; the parity test holds the two together. "My check-ins" lists a
// person's open key results of the current period with the due ones first.
import { parseIsoDate } from './dates';
import { runsIn } from './running';

/** The check-in interval when the settings tab has none (or a bad one), in days. */
export const DEFAULT_CHECK_IN_DAYS = 7;
/** The longest interval a settings tab may give; more is read as the default. */
export const MAX_CHECK_IN_DAYS = 366;

/** A settings cell's interval: a whole number of days from 1 to MAX_CHECK_IN_DAYS, else null. */
export function parseCheckInDays(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) return null;
  return value >= 1 && value <= MAX_CHECK_IN_DAYS ? value : null;
}

/**
 * True when a last check-in (a date serial, possibly with a time of day) is older than
 * `intervalDays` on the day `todaySerial`: today − last > interval.
 */
export function isStaleCheckIn(
  lastSerial: number,
  todaySerial: number,
  intervalDays: number,
): boolean {
  return todaySerial - lastSerial > intervalDays;
}

/** True when a key result needs a check-in: never checked in, or its last one is stale. */
export function isCheckInDue(lastCheckIn: string, todayIso: string, intervalDays: number): boolean {
  const last = parseIsoDate(lastCheckIn.slice(0, 10));
  const today = parseIsoDate(todayIso);
  if (last === null || today === null) return true;
  return isStaleCheckIn(last, today, intervalDays);
}

/** What "My check-ins" needs of a row. */
export interface CheckInCandidate {
  id: string;
  parentId: string;
  type: string;
  closed: boolean;
  owner: string;
  period: string;
  lastCheckIn: string;
  row: number;
}

/** Owner names compare as people type them: any case, surrounding spaces ignored. */
export function sameOwner(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase() && a.trim() !== '';
}

/**
 * The open key results `owner` owns that run in `period` (the quarter's own and its year's),
 * and those without an owner of their own under an objective `owner` owns (`viaObjective`: the
 * objective's owner answers for them until someone else is named), each with whether it is due;
 * due ones first, then in row order.
 */
export function myCheckIns<T extends CheckInCandidate>(
  items: readonly T[],
  owner: string,
  period: string,
  todayIso: string,
  intervalDays: number,
): { item: T; due: boolean; viaObjective: boolean }[] {
  const owners = new Map<string, string>();
  for (const i of items) if (i.type === 'objective') owners.set(i.id.toUpperCase(), i.owner);
  const viaObjective = (i: T) =>
    i.owner.trim() === '' && sameOwner(owners.get(i.parentId.toUpperCase()) ?? '', owner);
  return items
    .filter(
      (i) =>
        i.type === 'keyResult' &&
        !i.closed &&
        (sameOwner(i.owner, owner) || viaObjective(i)) &&
        runsIn(i.period, period),
    )
    .map((item) => ({
      item,
      due: isCheckInDue(item.lastCheckIn, todayIso, intervalDays),
      viaObjective: viaObjective(item),
    }))
    .sort((a, b) => Number(b.due) - Number(a.due) || a.item.row - b.item.row);
}

/**
 * The owner name to pre-select for a person: the one they picked (when it is still an owner),
 * else the owner written as their e-mail address, else none.
 */
export function preselectOwner(owners: readonly string[], picked: string, email: string): string {
  const chosen = owners.find((o) => sameOwner(o, picked));
  if (chosen) return chosen;
  return owners.find((o) => sameOwner(o, email)) ?? '';
}

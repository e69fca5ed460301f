// What needs attention in the weekly OKR meeting, in one place: an open key result that is at
// risk or off track, or that is due for a check-in (check-in-due.ts) while its period runs and
// is not achieved yet. A roll-up is never checked in itself: only its status counts.
import { isCheckInDue } from './check-in-due';
import { parseIsoDate } from './dates';
import { periodContains, tryParsePeriod } from './period';
import type { StatusCode } from './vocabulary';

/** What the rule needs of a row. */
export interface AttentionCandidate {
  type: string;
  kind: string;
  closed: boolean;
  period: string;
  status: StatusCode | '';
  lastCheckIn: string;
}

/**
 * True when an open key result that is not achieved (nor a roll-up) is due for a check-in on
 * `todayIso`, while its period runs.
 */
export function dueForCheckIn(
  kr: AttentionCandidate,
  todayIso: string,
  intervalDays: number,
): boolean {
  if (kr.type !== 'keyResult' || kr.closed || kr.status === 'achieved') return false;
  if (kr.kind === 'rollup') return false;
  const period = tryParsePeriod(kr.period);
  const today = parseIsoDate(todayIso);
  // Checked in while its period runs: before, nothing to report; after, it is to be closed.
  if (period && today !== null && !periodContains(period, today)) return false;
  return isCheckInDue(kr.lastCheckIn, todayIso, intervalDays);
}

/** True when the key result needs attention on `todayIso` with a check-in interval in days. */
export function needsAttention(
  kr: AttentionCandidate,
  todayIso: string,
  intervalDays: number,
): boolean {
  if (kr.type !== 'keyResult' || kr.closed) return false;
  if (kr.status === 'atRisk' || kr.status === 'offTrack') return true;
  return dueForCheckIn(kr, todayIso, intervalDays);
}

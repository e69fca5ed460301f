// A time budget for the long actions. Apps Script stops an execution after 6 minutes (30 for
// some Workspace accounts) without running any catch or finally: a write phase cut short would
// leave a half-written tab behind. So the long actions (Structure, Set up/Repair, Build summary,
// Start the next quarter) take the time when they start, and refuse to begin writing when the
// reading and computing have already used so much that the writes might not finish. They then
// throw a UserError in the person's language; nothing has been written at that point.
import type { Lang } from '../core/i18n';
import { userError } from './errors';

/**
 * The write phase may start only before this much time has passed since the action began (of
 * the 6 minutes Apps Script allows a consumer account's execution).
 */
export const WRITE_PHASE_DEADLINE_MS = 4 * 60 * 1000;

export interface Deadline {
  /** Throws err.timeBudget when it is too late to start writing. */
  beforeWriting(lang: Lang): void;
  elapsedMs(): number;
}

/** Starts the clock of an action (call it first thing in the server entry). */
export function startDeadline(): Deadline {
  const started = Date.now();
  const elapsedMs = () => Date.now() - started;
  return {
    elapsedMs,
    beforeWriting(lang: Lang): void {
      const elapsed = elapsedMs();
      if (elapsed > WRITE_PHASE_DEADLINE_MS)
        throw userError(lang, 'err.timeBudget', { seconds: Math.round(elapsed / 1000) });
    },
  };
}

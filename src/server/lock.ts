// Every write holds the document lock: two people (or a person and a sidebar) changing the OKR
// tab at once are serialised. A timeout changes nothing and says so in the user's language;
// so does the lack of a document lock (null outside a containing document,
// developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()) and any
// other failure to take it (its own reason, not a timeout).
import type { Lang } from '../core/i18n';
import { userError } from './errors';

export const LOCK_WAIT_MS = 20000;

export function withDocumentLock<T>(lang: Lang, action: () => T): T {
  const lock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
  if (!lock) throw userError(lang, 'err.noDocumentLock');
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    // Apps Script's own words: "Lock timeout: another process was holding the lock for too long."
    if (/time(d)?\s*out/i.test(reason)) throw userError(lang, 'err.lockTimeout');
    throw userError(lang, 'err.lockFailed', { reason });
  }
  try {
    const result = action();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}

// Every write holds the document lock: two people (or a person and a sidebar) changing the OKR
// tab at once are serialised. A timeout changes nothing and says so in the user's language.
import type { Lang } from '../core/i18n';
import { userError } from './errors';

export const LOCK_WAIT_MS = 20000;

export function withDocumentLock<T>(lang: Lang, action: () => T): T {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch {
    throw userError(lang, 'err.lockTimeout');
  }
  try {
    const result = action();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}

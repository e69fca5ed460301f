// LockService. Locks are held per execution (one add-on instance = one execution); the
// document lock lives in the workbook, so two add-ons loaded on one spreadsheet contend for
// it. The vm is synchronous, so waiting means advancing the fake clock: tryLock/waitLock with
// another holder advance the clock by the timeout (or until the other holder's scripted
// release) and then fail or succeed. Tests simulate another execution with
// addon.lock.holdDocumentLockByOther(forMs?) and addon.lock.releaseOther().
import { service, type Accounting } from './accounting';
import type { Clock } from './clock';
import { gas } from './gas';

export type LockKind = 'document' | 'script' | 'user';

export interface LockSlot {
  holder: string | null;
  until: number | null; // when another holder lets go on its own; null = holds until released
  /** A service error the next waitLock/tryLock throws instead of taking the lock (tests). */
  failure?: string | null;
}

export type LockTable = Record<LockKind, LockSlot>;

export function newLockTable(): LockTable {
  return {
    document: { holder: null, until: null },
    script: { holder: null, until: null },
    user: { holder: null, until: null },
  };
}

export const OTHER = 'another execution';

export class LocalLock implements Pick<
  GoogleAppsScript.Lock.Lock,
  'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'
> {
  constructor(
    private readonly slot: () => LockSlot,
    private readonly me: string,
    private readonly clock: () => Clock,
  ) {}

  private acquire(timeoutInMillis: number): boolean {
    const slot = this.slot();
    if (slot.failure) {
      const message = slot.failure;
      slot.failure = null;
      throw new Error(message);
    }
    const clock = this.clock();
    if (slot.holder === this.me) return true;
    if (slot.holder !== null) {
      if (slot.until !== null && slot.until <= clock.now() + timeoutInMillis) {
        clock.advance(slot.until - clock.now());
      } else {
        clock.advance(timeoutInMillis);
        return false;
      }
    }
    slot.holder = this.me;
    slot.until = null;
    return true;
  }

  tryLock(timeoutInMillis: number): boolean {
    return this.acquire(Math.max(0, Number(timeoutInMillis) || 0));
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.acquire(Math.max(0, Number(timeoutInMillis) || 0)))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    const slot = this.slot();
    if (slot.holder === this.me) {
      slot.holder = null;
      slot.until = null;
    }
  }
  hasLock(): boolean {
    return this.slot().holder === this.me;
  }
}

/** Test-side control of the locks an add-on instance sees. */
export class LockControl {
  constructor(
    private readonly tables: () => Record<LockKind, LockSlot>,
    private readonly clock: () => Clock,
    readonly me: string,
  ) {}
  private hold(kind: LockKind, forMs?: number): void {
    const slot = this.tables()[kind];
    if (slot.holder !== null && slot.holder !== OTHER)
      throw new Error(`The ${kind} lock is held by ${slot.holder}.`);
    slot.holder = OTHER;
    slot.until = forMs === undefined ? null : this.clock().now() + forMs;
  }
  holdDocumentLockByOther(forMs?: number): void {
    this.hold('document', forMs);
  }
  holdScriptLockByOther(forMs?: number): void {
    this.hold('script', forMs);
  }
  holdUserLockByOther(forMs?: number): void {
    this.hold('user', forMs);
  }
  /** The next attempt to take the document lock fails with this service error (not a timeout). */
  failDocumentLock(message: string): void {
    this.tables().document.failure = message;
  }
  releaseOther(): void {
    for (const slot of Object.values(this.tables()))
      if (slot.holder === OTHER) {
        slot.holder = null;
        slot.until = null;
      }
  }
  holder(kind: LockKind): string | null {
    return this.tables()[kind].holder;
  }
  /** Apps Script releases an execution's locks when it ends; the loader calls this after each call. */
  releaseMine(): void {
    for (const slot of Object.values(this.tables()))
      if (slot.holder === this.me) {
        slot.holder = null;
        slot.until = null;
      }
  }
}

export function lockService(
  tables: () => Record<LockKind, LockSlot>,
  me: string,
  clock: () => Clock,
  accounting: Accounting,
  container = true,
): GoogleAppsScript.Lock.LockService {
  const make = (kind: LockKind) =>
    gas<GoogleAppsScript.Lock.Lock>(
      service(new LocalLock(() => tables()[kind], me, clock), 'Lock', accounting),
    );
  return gas(
    service(
      {
        // null outside a containing document
        // (developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
        getDocumentLock: () => (container ? make('document') : null),
        getScriptLock: () => make('script'),
        getUserLock: () => make('user'),
      },
      'LockService',
      accounting,
    ),
  );
}

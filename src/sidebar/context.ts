// What every view gets from the app shell: the current snapshot, the formatter for its locale,
// a way to run a server call (busy state, errors) and to move between views.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ItemType } from '../core/model';
import type { Snapshot } from '../shared/rpc';
import type { Formatter } from './format';
import type { Lang, MessageKey, Params } from './strings';

export type Route =
  | { view: 'mine' }
  | { view: 'overview'; /** Show this period (objectives just written). */ period?: string }
  | { view: 'add'; type?: ItemType; parentId?: string }
  | { view: 'edit'; id?: string }
  | { view: 'checkIn'; id?: string }
  | { view: 'health' }
  | { view: 'period' };

export interface App {
  snapshot: Snapshot;
  lang: Lang;
  fmt: Formatter;
  /**
   * Whether a milestone's or an initiative's value is done, by the milestone words of the
   * sheet's settings tab (the snapshot's words), as the sheet's formulas read it.
   */
  done(value: unknown): boolean;
  /** True while a server call started by `run` is in flight. */
  busy: boolean;
  tr(key: MessageKey, params?: Params): string;
  /**
   * Runs a server call: marks the app busy, shows a failure as a localized error with what to
   * do, and resolves to undefined when it failed.
   */
  run<T>(action: () => Promise<T>): Promise<T | undefined>;
  /** Takes away the server's last confirmation (a new error makes it stale). */
  clearNotice(): void;
  /** Re-renders from a fresh snapshot and shows the server's confirmation, if any. */
  apply(snapshot: Snapshot, message?: string): void;
  go(route: Route): void;
}

export const AppContext = createContext<App | null>(null);

export function useApp(): App {
  const app = useContext(AppContext);
  if (!app) throw new Error('useApp outside AppContext');
  return app;
}

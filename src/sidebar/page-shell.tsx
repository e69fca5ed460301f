// What every page of the add-on (the sidebar, the alignment map) does the same way: it boots
// with one getSnapshot call, keeps the page's language and title in step with the snapshot,
// builds the App its views use (busy state, errors, the server's confirmation), and shows the
// boot screen (loading, or why loading failed) until the first snapshot is there.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Snapshot } from '../shared/rpc';
import { doneBy } from '../shared/snapshot-wire';
import { call } from './client';
import type { App, Route } from './context';
import { createFormatter } from './format';
import { guessLang } from './page-lang';
import { ProblemBox, describe, type Problem } from './problem';
import { t, type Lang, type MessageKey, type Params } from './strings';

export interface Page {
  /** The App for the views; null until the first snapshot arrived. */
  app: App | null;
  lang: Lang;
  setSnapshot(snapshot: Snapshot): void;
  /** Why the first snapshot could not be loaded (with a retry). */
  bootError: Problem | null;
  /** The last failed call's problem, shown until dismissed or the next call. */
  problem: Problem | null;
  setProblem(problem: Problem | null): void;
  /** The server's last confirmation. */
  notice: string;
  setNotice(notice: string): void;
}

export interface PageOptions {
  /** The page's title (document.title), in the person's language. */
  title: MessageKey;
  /** Called with the first snapshot. */
  onBoot?: (snapshot: Snapshot) => void;
  /** Moves to another view (the sidebar); a page of one view leaves it out. */
  go?: (route: Route) => void;
}

export function usePage(options: PageOptions): Page {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [bootError, setBootError] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(0);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState('');
  const lang: Lang = snapshot?.lang ?? guessLang();
  const latest = useRef(options);
  latest.current = options;

  function boot() {
    setBootError(null);
    call('getSnapshot', {}).then(
      (snap) => {
        setSnapshot(snap);
        latest.current.onBoot?.(snap);
      },
      (err) => setBootError({ ...describe(lang, err), retry: boot }),
    );
  }
  useEffect(boot, []);

  // Before the browser paints: the page's language changes together with its text (screen
  // readers pronounce the new words in the new language; useEffect left a frame in between).
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, options.title);
  }, [lang]);

  const app = useMemo<App | null>(() => {
    if (!snapshot) return null;
    return {
      snapshot,
      lang: snapshot.lang,
      fmt: createFormatter(snapshot.locale, snapshot.lang),
      done: doneBy(snapshot),
      busy: busy > 0,
      tr: (key: MessageKey, params?: Params) => t(snapshot.lang, key, params),
      async run<T>(action: () => Promise<T>): Promise<T | undefined> {
        const focused = document.activeElement as HTMLElement | null;
        setBusy((n) => n + 1);
        setProblem(null);
        setNotice('');
        try {
          return await action();
        } catch (err) {
          setProblem(describe(snapshot.lang, err));
          return undefined;
        } finally {
          setBusy((n) => n - 1);
          // Disabled buttons drop the focus; give it back to where the person was.
          setTimeout(() => {
            if (focused?.isConnected && document.activeElement === document.body) focused.focus();
          }, 0);
        }
      },
      clearNotice: () => setNotice(''),
      apply(next: Snapshot, message?: string) {
        setSnapshot(next);
        if (message) setNotice(message);
      },
      go(route: Route) {
        setProblem(null);
        setNotice('');
        latest.current.go?.(route);
      },
    };
  }, [snapshot, busy]);

  return { app, lang, setSnapshot, bootError, problem, setProblem, notice, setNotice };
}

/** The page before its first snapshot: loading, or why loading failed and a retry. */
export function BootScreen({
  lang,
  title,
  error,
}: {
  lang: Lang;
  title: MessageKey;
  error: Problem | null;
}) {
  return (
    <main class="boot" aria-busy={!error}>
      <h1 class="sr-only">{t(lang, title)}</h1>
      {error ? (
        <ProblemBox
          lang={lang}
          problem={{ ...error, message: `${t(lang, 'loadFailed')} ${error.message}` }}
        />
      ) : (
        <p class="loading" role="status">
          <span class="spinner" aria-hidden="true" />
          {t(lang, 'loading')}
        </p>
      )}
    </main>
  );
}

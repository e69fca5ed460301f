// The alignment map: a wide dialog beside the sheet (showAlignmentMap opens it modeless) that
// shows how team and personal objectives align to company and annual objectives, as a tree with
// each node's progress and status. One getSnapshot call, the numbers worked out by the same
// core code as the sidebar's (the client's receive → computeViews); the tree by
// src/core/alignment.ts. Choosing a node selects its row in the sheet (selectItem).
import { render } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Snapshot } from '../shared/rpc';
import { doneBy } from '../shared/snapshot-wire';
import { call } from './client';
import { AppContext, type App } from './context';
import { createFormatter } from './format';
import { ProblemBox, describe, type Problem } from './problem';
import { guessLang } from './page-lang';
import { t, type MessageKey, type Params } from './strings';
import { AlignmentMap } from './views/AlignmentMap';
import './sidebar.css';
import './alignment.css';

function MapShell() {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(0);
  const [notice, setNotice] = useState('');
  const lang = snapshot?.lang ?? guessLang();

  function boot() {
    setProblem(null);
    call('getSnapshot', {}).then(setSnapshot, (err) =>
      setProblem({ ...describe(lang, err), retry: boot }),
    );
  }
  useEffect(boot, []);

  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'alignmentTitle');
  }, [lang]);

  const app = useMemo<App | null>(() => {
    if (!snapshot) return null;
    const tr = (key: MessageKey, params?: Params) => t(snapshot.lang, key, params);
    return {
      snapshot,
      lang: snapshot.lang,
      fmt: createFormatter(snapshot.locale, snapshot.lang),
      done: doneBy(snapshot),
      busy: busy > 0,
      tr,
      async run<T>(action: () => Promise<T>): Promise<T | undefined> {
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
        }
      },
      clearNotice: () => setNotice(''),
      apply(next: Snapshot, message?: string) {
        setSnapshot(next);
        if (message) setNotice(message);
      },
      // One view only.
      go() {},
    };
  }, [snapshot, busy]);

  if (!app) {
    return (
      <main class="boot" aria-busy={!problem}>
        <h1 class="sr-only">{t(lang, 'alignmentTitle')}</h1>
        {problem ? (
          <ProblemBox
            lang={lang}
            problem={{ ...problem, message: `${t(lang, 'loadFailed')} ${problem.message}` }}
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

  return (
    <AppContext.Provider value={app}>
      <main class="alignment" aria-busy={app.busy}>
        <h1 class="alignment-title">{app.tr('alignmentTitle')}</h1>
        <p class="alignment-intro">{app.tr('alignmentIntro')}</p>
        <div class="messages">
          {problem && (
            <ProblemBox lang={lang} problem={problem} onDismiss={() => setProblem(null)} />
          )}
          <div class="notice" role="status">
            {notice}
          </div>
        </div>
        <AlignmentMap onSelected={(row) => setNotice(app.tr('rowSelected', { row }))} />
      </main>
    </AppContext.Provider>
  );
}

const root = document.getElementById('app');
if (root) render(<MapShell />, root);

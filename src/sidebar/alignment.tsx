// The alignment map: a wide dialog beside the sheet (showAlignmentMap opens it modeless) that
// shows how team and personal objectives align to company and annual objectives, as a tree with
// each node's progress and status. One getSnapshot call, the numbers worked out by the same
// core code as the sidebar's (the client's receive → computeViews); the tree by
// src/core/alignment.ts. Choosing a node selects its row in the sheet (selectItem).
import { render } from 'preact';
import { AppContext } from './context';
import { BootScreen, usePage } from './page-shell';
import { ProblemBox } from './problem';
import { AlignmentMap } from './views/AlignmentMap';
import './sidebar.css';
import './alignment.css';

function MapShell() {
  const { app, lang, problem, setProblem, notice, setNotice, bootError } = usePage({
    title: 'alignmentTitle',
  });
  if (!app) return <BootScreen lang={lang} title="alignmentTitle" error={bootError} />;

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

// The preview page: a menu bar (File, and the add-on's menu as its onOpen built it), a formula
// bar, the grid of the active tab, the tabs, and the add-on's sidebar (the real built HTML in
// an iframe) beside the grid. Every change goes to the local runtime on the server, which
// answers with the workbook as it now is.
import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AnswerView, MenuView, QuestionView, WorkbookView } from '../view';
import { api, columnLetters, getState } from './api';
import { HtmlDialog, QuestionModal } from './dialogs';
import { Grid, type Selection } from './grid';
// The page's styles, in cascade order (later rules win where selectors tie).
import './frame.css';
import './grid.css';
import './sidebar.css';
import './dialogs.css';

declare global {
  interface Window {
    __okrRpc?: (name: string, argJson: string) => Promise<string>;
  }
}

interface Pending {
  question: QuestionView;
  resolve(answer: AnswerView): void;
}

type Dialog = { index: number; title: string; width: number | null; height: number | null };

function Menu({
  menu,
  open,
  onOpen,
  onRun,
  disabled,
}: {
  menu: { title: string; items: (MenuView['items'][number] | { caption: string; run(): void })[] };
  open: boolean;
  onOpen(open: boolean): void;
  onRun(item: { caption: string; functionName?: string; run?(): void }): void;
  disabled: boolean;
}) {
  return (
    <div class="menu">
      <button
        type="button"
        class={`menu-button${open ? ' open' : ''}`}
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={disabled}
        onClick={() => onOpen(!open)}
      >
        {menu.title}
      </button>
      {open ? (
        <ul class="menu-list" role="menu" aria-label={menu.title}>
          {menu.items.map((item, i) =>
            item === null ? (
              <li key={i} role="separator" class="menu-separator" />
            ) : (
              <li key={i} role="none">
                <button type="button" role="menuitem" onClick={() => onRun(item)}>
                  {item.caption}
                </button>
              </li>
            ),
          )}
        </ul>
      ) : null}
    </div>
  );
}

function App() {
  const [view, setView] = useState<WorkbookView | null>(null);
  const [error, setError] = useState('');
  const [sel, setSel] = useState<Selection>({ row: 1, col: 1, numRows: 1, numCols: 1 });
  const [reveal, setReveal] = useState(0);
  const [editing, setEditing] = useState<{ row: number; col: number; text: string } | null>(null);
  const [barText, setBarText] = useState<string | null>(null);
  const [openMenu, setOpenMenu] = useState(-1);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [toasts, setToasts] = useState<{ id: number; title: string; message: string }[]>([]);
  const [sidebarOpen, setSidebarOpen] = useState(true);
  const lastSelection = useRef('');
  const toastId = useRef(0);
  const viewRef = useRef<WorkbookView | null>(null);
  const editingRef = useRef<{ row: number; col: number; text: string } | null>(null);
  editingRef.current = editing;

  /** Takes a new view from the server: follows the add-on's selection, shows toasts. */
  const accept = useCallback((next: WorkbookView) => {
    const prev = viewRef.current;
    viewRef.current = next;
    setView(next);
    const selKey = JSON.stringify(next.selection);
    const s = next.selection;
    if (s && s.sheetId === next.sheet.id && selKey !== lastSelection.current) {
      setSel({ row: s.row, col: s.col, numRows: s.numRows, numCols: s.numCols });
      setReveal((n) => n + 1);
    } else if (prev && prev.sheet.id !== next.sheet.id) {
      setSel({ row: 1, col: 1, numRows: 1, numCols: 1 });
    }
    lastSelection.current = selKey;
    if (prev && next.sidebarShown !== prev.sidebarShown) setSidebarOpen(true);
    for (const t of next.toasts) {
      const id = ++toastId.current;
      setToasts((list) => [...list, { id, ...t }]);
      setTimeout(() => setToasts((list) => list.filter((x) => x.id !== id)), 6000);
    }
  }, []);

  const ask = useCallback(
    (question: QuestionView) =>
      new Promise<AnswerView>((resolve) => setPending({ question, resolve })),
    [],
  );

  const guard = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      try {
        await work();
      } catch (err) {
        await ask({
          kind: 'alert',
          title: 'Preview',
          prompt: err instanceof Error ? err.message : String(err),
          buttons: 'OK',
        });
      } finally {
        setBusy(false);
      }
    },
    [ask],
  );

  useEffect(() => {
    getState().then(accept, (err: Error) => setError(err.message));
    // The sidebar's google.script.run goes through here; the grid then shows the result.
    window.__okrRpc = async (name, argJson) => {
      const out = await api.rpc(name, argJson);
      accept(await getState());
      return out;
    };
  }, [accept]);

  if (error) return <p class="fatal">The preview server did not answer: {error}</p>;
  if (!view) return <p class="loading">Loading the workbook…</p>;
  const sheet = view.sheet;
  const cellAt = (row: number, col: number) =>
    sheet.cells.find(([r, c]) => r === row && c === col)?.[2];
  const current = cellAt(sel.row, sel.col);
  const currentText = current?.f ?? current?.e ?? '';

  const select = (row: number, col: number) => {
    setSel({ row, col, numRows: 1, numCols: 1 });
    setBarText(null);
    setReveal((n) => n + 1);
    lastSelection.current = JSON.stringify({
      sheetId: sheet.id,
      row,
      col,
      numRows: 1,
      numCols: 1,
    });
    api.select(sheet.id, row, col).catch(() => undefined);
  };

  const write = (row: number, col: number, text: string) =>
    guard(async () => {
      const out = await api.cell(sheet.id, row, col, text);
      accept(out.view);
      if (out.error)
        await ask({
          kind: 'alert',
          title: 'There was a problem',
          prompt: out.error,
          buttons: 'OK',
        });
    });

  const commit = (move: 'down' | 'right' | 'none') => {
    const edit = editingRef.current;
    if (!edit) return;
    editingRef.current = null; // the editor's blur after Enter must not write again
    const { row, col, text } = edit;
    setEditing(null);
    const original = cellAt(row, col);
    if (text !== (original?.f ?? original?.e ?? '')) void write(row, col, text);
    if (move === 'down') select(Math.min(row + 1, sheet.rows), col);
    if (move === 'right') select(row, Math.min(col + 1, sheet.cols));
    (document.querySelector('.grid-scroller') as HTMLElement | null)?.focus();
  };

  const runMenu = (functionName: string) =>
    guard(async () => {
      const answers: AnswerView[] = [];
      for (;;) {
        const out = await api.menu(functionName, answers);
        if (out.status === 'ask') {
          answers.push(await ask(out.question));
          continue;
        }
        accept(out.view);
        for (const alert of out.alerts) await ask(alert);
        if (out.error)
          await ask({
            kind: 'alert',
            title: 'Script error',
            prompt: out.error,
            buttons: 'OK',
          });
        const shown = out.dialogs[out.dialogs.length - 1];
        if (shown) setDialog(shown);
        return;
      }
    });

  const fileMenu = {
    title: 'File',
    items: [
      {
        caption: 'Save the workbook as JSON',
        run: () => window.location.assign('/download/workbook.json'),
      },
      {
        caption: `Download this tab as CSV (${sheet.name})`,
        run: () => window.location.assign(`/download/csv?sheet=${sheet.id}`),
      },
    ],
  };
  const menus = [fileMenu, ...view.menus];

  return (
    <div
      class={`app${busy ? ' busy' : ''}`}
      onMouseDown={(e) => {
        if (openMenu >= 0 && !(e.target as HTMLElement).closest('.menu')) setOpenMenu(-1);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && openMenu >= 0) setOpenMenu(-1);
      }}
    >
      <header class="topbar">
        <div class="title">
          <strong>{view.name}</strong>
          <span class="meta">
            local preview · {view.locale} · today {view.today}
          </span>
        </div>
        <nav class="menubar" aria-label="Menus">
          {menus.map((m, i) => (
            <Menu
              key={m.title}
              menu={m}
              open={openMenu === i}
              disabled={busy}
              onOpen={(o) => setOpenMenu(o ? i : -1)}
              onRun={(item) => {
                setOpenMenu(-1);
                if ('run' in item && item.run) item.run();
                else if ('functionName' in item && item.functionName)
                  void runMenu(item.functionName);
              }}
            />
          ))}
        </nav>
      </header>
      <div class="formula-bar">
        <span class="cell-name" aria-label="Selected cell">
          {columnLetters(sel.col)}
          {sel.row}
        </span>
        <span class="fx" aria-hidden="true">
          fx
        </span>
        <input
          aria-label="Formula bar"
          value={barText ?? currentText}
          onInput={(e) => setBarText((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && barText !== null) {
              const text = barText;
              setBarText(null);
              void write(sel.row, sel.col, text);
            } else if (e.key === 'Escape') setBarText(null);
          }}
        />
      </div>
      <main class="workspace">
        <section class="sheet-area" aria-label="Workbook">
          <Grid
            sheet={sheet}
            selection={sel}
            editing={editing}
            reveal={reveal}
            onSelect={select}
            onEdit={(row, col, text) => {
              setSel({ row, col, numRows: 1, numCols: 1 });
              setEditing({ row, col, text });
            }}
            onEditText={(text) => setEditing((e) => (e ? { ...e, text } : e))}
            onCommit={commit}
            onCancel={() => setEditing(null)}
            onClear={(row, col) => void write(row, col, '')}
            onToggleGroup={(row, depth) =>
              void guard(async () => accept(await api.group(sheet.id, row, depth)))
            }
          />
          <nav class="tabs" aria-label="Tabs">
            {view.tabs
              .filter((t) => !t.hidden)
              .map((t) => (
                <button
                  key={t.id}
                  type="button"
                  class={`tab${t.id === sheet.id ? ' active' : ''}`}
                  aria-current={t.id === sheet.id ? 'page' : undefined}
                  style={t.color ? { borderBottomColor: t.color } : undefined}
                  onClick={() => void guard(async () => accept(await api.tab(t.id)))}
                >
                  {t.name}
                </button>
              ))}
          </nav>
        </section>
        {view.sidebar >= 0 && sidebarOpen ? (
          <aside class="sidebar" aria-label={view.sidebarTitle || 'Sidebar'}>
            <div class="sidebar-head">
              <h2>{view.sidebarTitle}</h2>
              <button
                type="button"
                class="icon"
                aria-label="Close the sidebar"
                onClick={() => setSidebarOpen(false)}
              >
                ×
              </button>
            </div>
            <iframe
              key={view.sidebarShown}
              title={view.sidebarTitle || 'Sidebar'}
              src={`/dialog/${view.sidebar}?shown=${view.sidebarShown}`}
            />
          </aside>
        ) : null}
      </main>
      <div class="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} class="toast">
            {t.title ? <strong>{t.title}</strong> : null}
            <span>{t.message}</span>
          </div>
        ))}
      </div>
      {dialog ? <HtmlDialog {...dialog} onClose={() => setDialog(null)} /> : null}
      {pending ? (
        <QuestionModal
          question={pending.question}
          onAnswer={(a) => {
            setPending(null);
            pending.resolve(a);
          }}
        />
      ) : null}
    </div>
  );
}

render(<App />, document.getElementById('preview')!);

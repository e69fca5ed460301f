// The OKR sidebar: the app shell (bootstrap with one getSnapshot call, language, navigation,
// busy and error states) around the views in ./views.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HealthFinding } from '../shared/rpc';
import { call } from './client';
import { ProblemBox } from './problem';
import { AppContext, type Route } from './context';
import { defaultFilters, type Filters } from './options';
import { BootScreen, usePage } from './page-shell';
import { t, type Lang, type MessageKey } from './strings';
import { CheckIn } from './views/CheckIn';
import { Health } from './views/Health';
import { ItemForm } from './views/ItemForm';
import { MyCheckIns } from './views/MyCheckIns';
import { Overview } from './views/Overview';
import { Period } from './views/Period';
import { SetUp } from './views/SetUp';
import './sidebar.css';

const NAV: { view: Route['view']; key: MessageKey }[] = [
  { view: 'mine', key: 'navMine' },
  { view: 'overview', key: 'navOverview' },
  { view: 'add', key: 'navAdd' },
  { view: 'checkIn', key: 'navCheckIn' },
  { view: 'health', key: 'navHealth' },
  { view: 'period', key: 'navPeriod' },
];

function Shell() {
  // The first view of a set-up workbook with key results: the weekly ritual (My check-ins).
  const [route, setRoute] = useState<Route>({ view: 'mine' });
  const [routeKey, setRouteKey] = useState(0);
  const [filters, setFilters] = useState<Filters | null>(null);
  const [findings, setFindings] = useState<HealthFinding[] | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  const { app, lang, setSnapshot, bootError, problem, setProblem, notice } = usePage({
    title: 'appTitle',
    onBoot(snap) {
      // Nothing to check in yet (a workbook just set up empty): the overview, to add OKRs.
      if (!snap.items.some((i) => i.type === 'keyResult')) setRoute({ view: 'overview' });
      setFilters((f) => f ?? defaultFilters(snap.currentQuarter));
    },
    go(next) {
      setRoute(next);
      setRouteKey((k) => k + 1);
      const period = next.view === 'overview' ? next.period : undefined;
      if (period !== undefined) {
        setFilters((f) => ({ ...(f ?? defaultFilters(period)), period }));
      }
    },
  });
  const snapshot = app?.snapshot;

  // Moving to another view puts the focus on its heading, so keyboard and screen-reader users
  // land where the content is.
  useEffect(() => {
    if (routeKey === 0) return;
    const heading = mainRef.current?.querySelector<HTMLElement>('h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [routeKey]);

  if (!snapshot || !app) return <BootScreen lang={lang} title="appTitle" error={bootError} />;

  async function switchLanguage(next: Lang) {
    const snap = await app!.run(() => call('setLanguage', { lang: next }));
    if (snap) setSnapshot(snap);
  }

  const activeFilters = filters ?? defaultFilters(snapshot.currentQuarter);
  const editItem =
    route.view === 'edit' ? snapshot.items.find((i) => i.id === route.id) : undefined;

  return (
    <AppContext.Provider value={app}>
      <header class="top">
        {/* The sidebar's title bar (Sheets', set by showSidebar) already shows the name. */}
        <h1 class="sr-only">{t(lang, 'appTitle')}</h1>
        <label class="sr-only" for="lang-switch">
          {t(lang, 'language')}
        </label>
        <select
          id="lang-switch"
          class="lang-switch"
          value={lang}
          disabled={app.busy}
          onChange={(e) => void switchLanguage(e.currentTarget.value as Lang)}
        >
          <option value="en" lang="en">
            English
          </option>
          <option value="nl" lang="nl">
            Nederlands
          </option>
        </select>
      </header>
      {snapshot.ready && (
        <nav class="tabs" aria-label={t(lang, 'views')}>
          {NAV.map((n) => {
            const current = route.view === n.view || (n.view === 'add' && route.view === 'edit');
            return (
              <button
                key={n.view}
                type="button"
                class={`tab${current ? ' tab-current' : ''}`}
                aria-current={current ? 'page' : undefined}
                onClick={() => app.go({ view: n.view } as Route)}
              >
                {route.view === 'edit' && n.view === 'add' ? t(lang, 'navEdit') : t(lang, n.key)}
              </button>
            );
          })}
        </nav>
      )}
      <div class={`busy-bar${app.busy ? ' busy-on' : ''}`} aria-hidden="true" />
      <main ref={mainRef} aria-busy={app.busy}>
        <div class="messages">
          {problem && (
            <ProblemBox lang={lang} problem={problem} onDismiss={() => setProblem(null)} />
          )}
          <div class="notice" role="status">
            {notice}
          </div>
          {app.busy && (
            <span class="sr-only" role="status">
              {t(lang, 'working')}
            </span>
          )}
        </div>
        {!snapshot.ready ? (
          <SetUp />
        ) : route.view === 'mine' ? (
          <MyCheckIns />
        ) : route.view === 'overview' ? (
          <Overview filters={activeFilters} setFilters={setFilters} />
        ) : route.view === 'add' ? (
          <ItemForm
            key={`add-${routeKey}`}
            mode="add"
            initialType={route.type}
            initialParent={route.parentId}
            defaultPeriod={activeFilters.period || snapshot.currentQuarter}
          />
        ) : route.view === 'edit' ? (
          editItem ? (
            <ItemForm
              key={`edit-${editItem.id}-${routeKey}`}
              mode="edit"
              item={editItem}
              defaultPeriod={editItem.period}
            />
          ) : (
            <p class="empty">{t(lang, 'chooseItemToEdit')}</p>
          )
        ) : route.view === 'checkIn' ? (
          <CheckIn key={`ci-${routeKey}`} initialId={route.id} />
        ) : route.view === 'health' ? (
          <Health findings={findings} setFindings={setFindings} />
        ) : (
          <Period initialPeriod={activeFilters.period} />
        )}
      </main>
    </AppContext.Provider>
  );
}

const root = document.getElementById('app');
if (root) render(<Shell />, root);

// Period actions: build the summary of a period, and start the next quarter (close a quarter,
// grade it, and continue the items people tick). Servers that do not offer these yet answer
// with an error the shell shows as "not available yet".
import { useState } from 'preact/hooks';
import type { RolloverCandidate, RolloverListing } from '../../shared/rpc';
import { call } from '../client';
import { Button, Field, GradeChip } from '../components';
import { useApp } from '../context';
import { levelName, typeName } from '../format';
import { isQuarter } from '../options';
import { coreT } from '../strings';

export function Period({ initialPeriod }: { initialPeriod: string }) {
  const app = useApp();
  const { snapshot, tr, fmt, lang } = app;
  const [period, setPeriod] = useState(initialPeriod || snapshot.currentQuarter);
  const [listing, setListing] = useState<RolloverListing | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [summaryMessage, setSummaryMessage] = useState('');

  async function buildSummary() {
    setSummaryMessage('');
    const result = await app.run(() => call('buildSummary', { period }));
    if (result) setSummaryMessage(result.message);
  }

  async function list() {
    const result = await app.run(() => call('listRollover', { period }));
    if (!result) return;
    setListing(result);
    // Unfinished work continues by default (the core's `suggested`); achieved items stay behind.
    setChosen(new Set(result.items.filter((c) => c.suggested).map((c) => c.id)));
  }

  async function start() {
    const result = await app.run(() => call('startNextQuarter', { period, ids: [...chosen] }));
    if (!result) return;
    app.apply(result.snapshot, result.message);
    setListing(null);
  }

  // An item continues only under its parent's copy: ticking one ticks its parents, unticking
  // one unticks what is below it.
  function toggle(c: RolloverCandidate, on: boolean) {
    const items = listing?.items ?? [];
    const byId = new Map(items.map((i) => [i.id, i]));
    const next = new Set(chosen);
    if (on) {
      for (let i: RolloverCandidate | undefined = c; i; i = byId.get(i.parentId)) next.add(i.id);
    } else {
      const drop = [c.id];
      while (drop.length > 0) {
        const id = drop.pop() as string;
        next.delete(id);
        drop.push(...items.filter((i) => i.parentId === id && next.has(i.id)).map((i) => i.id));
      }
    }
    setChosen(next);
  }

  return (
    <section aria-labelledby="period-title">
      <h2 id="period-title" class="view-title">
        {tr('periodTitle')}
      </h2>
      <Field id="pa-period" label={tr('fieldPeriod')}>
        <select
          id="pa-period"
          value={period}
          onChange={(e) => {
            setPeriod(e.currentTarget.value);
            setListing(null);
            setSummaryMessage('');
          }}
        >
          {snapshot.periods.map((p) => (
            <option key={p} value={p}>
              {fmt.period(p)}
            </option>
          ))}
        </select>
      </Field>

      <h3 class="sub-title">{tr('summaryTitle')}</h3>
      <p class="hint">{tr('summaryIntro')}</p>
      <div class="view-actions">
        <Button kind="secondary" onClick={buildSummary}>
          {tr('summaryBuild')}
        </Button>
      </div>
      {summaryMessage && (
        <p class="notice-inline" role="status">
          {summaryMessage}
        </p>
      )}

      <h3 class="sub-title">{tr('rolloverTitle')}</h3>
      {!isQuarter(period) ? (
        <p class="hint">{tr('rolloverQuarterOnly')}</p>
      ) : (
        <>
          <p class="hint">{tr('rolloverIntro', { period: fmt.period(period) })}</p>
          {listing === null ? (
            <div class="view-actions">
              <Button kind="secondary" onClick={list}>
                {tr('rolloverList')}
              </Button>
            </div>
          ) : listing.closed ? (
            <ClosedQuarter listing={listing} />
          ) : listing.items.length === 0 ? (
            <p class="hint">{tr('rolloverNone')}</p>
          ) : (
            <fieldset class="candidates">
              <legend class="sr-only">{tr('rolloverTitle')}</legend>
              {listing.items.map((c) => (
                <div key={c.id} class={`candidate candidate-${c.type}`}>
                  <input
                    type="checkbox"
                    id={`ro-${c.id}`}
                    checked={chosen.has(c.id)}
                    onChange={(e) => toggle(c, e.currentTarget.checked)}
                  />
                  <label for={`ro-${c.id}`}>
                    <span class="item-id">{c.id}</span> {c.title}
                    <span class="candidate-meta">
                      {typeName(lang, c.type)} · {levelName(lang, c.level)}
                      {c.type !== 'initiative' && <> · {fmt.percent(c.progress)}</>}
                      <GradeChip grade={c.grade} color={c.gradeColor} />
                    </span>
                  </label>
                </div>
              ))}
            </fieldset>
          )}
          {!listing?.closed && (
            <div class="view-actions">
              <Button kind="primary" onClick={start} disabled={listing === null}>
                {tr('rolloverStart')}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** A quarter closed before: when, and what was carried over (each item with its copy's ID). */
function ClosedQuarter({ listing }: { listing: RolloverListing }) {
  const { fmt, lang } = useApp();
  const period = fmt.period(listing.period);
  const next = fmt.period(listing.next);
  return (
    <div class="closed-quarter" role="status">
      <p>
        {listing.closedOn
          ? coreT(lang, 'rollover.closedOn', { period, date: fmt.date(listing.closedOn) })
          : coreT(lang, 'rollover.closed', { period })}
      </p>
      {listing.items.length === 0 ? (
        <p class="hint">{coreT(lang, 'rollover.carriedNone', { next })}</p>
      ) : (
        <>
          <h4 class="list-title">
            {coreT(lang, 'rollover.carried', { next, count: listing.items.length })}
          </h4>
          <ul class="plain-list carried">
            {listing.items.map((c) => (
              <li key={c.id} class={`candidate-${c.type}`}>
                <span class="item-id">{c.id}</span> → <span class="item-id">{c.copyId}</span>{' '}
                {c.title}
                <span class="candidate-meta">{typeName(lang, c.type)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

// Period actions: build the summary of a period, and start the next quarter (close a quarter,
// grade it, and continue the items people tick). Servers that do not offer these yet answer
// with an error the shell shows as "not available yet".
import { useState } from 'preact/hooks';
import type { RolloverCandidate } from '../../shared/rpc';
import { call } from '../client';
import { Button, Field, GradeChip } from '../components';
import { useApp } from '../context';
import { levelName, typeName } from '../format';
import { isQuarter } from '../options';

export function Period({ initialPeriod }: { initialPeriod: string }) {
  const app = useApp();
  const { snapshot, tr, fmt, lang } = app;
  const [period, setPeriod] = useState(initialPeriod || snapshot.currentQuarter);
  const [candidates, setCandidates] = useState<RolloverCandidate[] | null>(null);
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
    setCandidates(result);
    // Unfinished work continues by default; achieved items stay behind.
    setChosen(new Set(result.filter((c) => c.progress === '' || c.progress < 1).map((c) => c.id)));
  }

  async function start() {
    const result = await app.run(() => call('startNextQuarter', { period, ids: [...chosen] }));
    if (!result) return;
    app.apply(result.snapshot, result.message);
    setCandidates(null);
  }

  function toggle(id: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
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
            setCandidates(null);
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
          {candidates === null ? (
            <div class="view-actions">
              <Button kind="secondary" onClick={list}>
                {tr('rolloverList')}
              </Button>
            </div>
          ) : candidates.length === 0 ? (
            <p class="hint">{tr('rolloverNone')}</p>
          ) : (
            <fieldset class="candidates">
              <legend class="sr-only">{tr('rolloverTitle')}</legend>
              {candidates.map((c) => (
                <div key={c.id} class="candidate">
                  <input
                    type="checkbox"
                    id={`ro-${c.id}`}
                    checked={chosen.has(c.id)}
                    onChange={(e) => toggle(c.id, e.currentTarget.checked)}
                  />
                  <label for={`ro-${c.id}`}>
                    <span class="item-id">{c.id}</span> {c.title}
                    <span class="candidate-meta">
                      {typeName(lang, c.type)} · {levelName(lang, c.level)} ·{' '}
                      {fmt.percent(c.progress)}
                      <GradeChip grade={c.grade} color={c.gradeColor} />
                    </span>
                  </label>
                </div>
              ))}
            </fieldset>
          )}
          <div class="view-actions">
            <Button kind="primary" onClick={start} disabled={candidates === null}>
              {tr('rolloverStart')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

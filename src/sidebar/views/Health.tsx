// Health: runs the health check and lists its findings, each with its fix and "go to row".
import { useState } from 'preact/hooks';
import type { HealthFinding } from '../../shared/rpc';
import { call } from '../client';
import { Button, SeverityChip } from '../components';
import { useApp } from '../context';

export function Health({
  findings,
  setFindings,
}: {
  findings: HealthFinding[] | null;
  setFindings: (f: HealthFinding[] | null) => void;
}) {
  const app = useApp();
  const { tr } = app;
  const [ran, setRan] = useState(findings !== null);

  async function runCheck() {
    const result = await app.run(() => call('runHealthCheck', {}));
    if (!result) return;
    setFindings(result);
    setRan(true);
  }

  async function repair() {
    const result = await app.run(() => call('repairSheet', {}));
    if (!result) return;
    app.apply(result.snapshot, result.message);
    await runCheck();
  }

  return (
    <section aria-labelledby="health-title">
      <h2 id="health-title" class="view-title">
        {tr('healthTitle')}
      </h2>
      <p class="hint">{tr('healthIntro')}</p>
      <div class="view-actions">
        <Button kind="primary" onClick={runCheck}>
          {tr('healthRun')}
        </Button>
        {/* Always offered: a person may want formats and dropdowns laid again. */}
        <Button kind="secondary" onClick={repair}>
          {tr('healthRepair')}
        </Button>
      </div>
      {ran && findings && (
        <div role="status">
          <p class="result-count">
            {findings.length === 0
              ? tr('healthNone')
              : tr('healthCount', { count: findings.length })}
          </p>
        </div>
      )}
      {findings && findings.length > 0 && (
        <ul class="findings">
          {findings.map((f, i) => (
            <li key={`${f.rule}-${f.id}-${i}`} class={`finding finding-${f.severity}`}>
              <div class="finding-head">
                <SeverityChip severity={f.severity} />
                {f.id && <span class="item-id">{f.id}</span>}
              </div>
              <p class="finding-message">{f.message}</p>
              {f.fix && (
                <p class="finding-fix">
                  <span class="fix-label">{tr('fixLabel')}</span> {f.fix}
                </p>
              )}
              {f.row > 0 && (
                <button
                  type="button"
                  class="btn btn-text btn-small"
                  disabled={app.busy}
                  onClick={() => void app.run(() => call('selectRow', { row: f.row }))}
                >
                  {tr('goToRow', { row: f.row })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

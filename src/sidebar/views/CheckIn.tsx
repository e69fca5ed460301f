// Check in: pick a key result (prefilled with its last value and confidence), set the new
// value, confidence and a note; below, the key result's history of check-ins.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FIELD_LIMITS } from '../../core/limits';
import type { CheckIn as CheckInRow, ItemView } from '../../core/model';
import { call } from '../client';
import {
  Button,
  ConfidenceSelect,
  Field,
  ProgressBar,
  StatusChip,
  describedBy,
} from '../components';
import { useApp } from '../context';
import { inputText, isPercentUnit, readInUnit } from '../../core/units';
import type { DecimalMark } from '../../core/values';
import type { Confidence } from '../../core/vocabulary';
import { confidenceName } from '../format';

/** The value field's text: a number in the key result's unit with the sheet's decimal mark. */
function valueText(value: unknown, unit: string, mark: DecimalMark): string {
  if (typeof value === 'number') return inputText(value, unit, mark);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return typeof value === 'string' ? value : '';
}

export function CheckIn({ initialId }: { initialId?: string | undefined }) {
  const app = useApp();
  const { snapshot, tr, lang, fmt } = app;
  const krs = useMemo(
    () =>
      snapshot.items
        .filter((i) => i.type === 'keyResult' && !i.closed && i.kind !== 'rollup')
        .sort((a, b) => a.row - b.row),
    [snapshot.items],
  );
  const objectives = snapshot.items.filter((i) => i.type === 'objective');
  const [id, setId] = useState(
    initialId && krs.some((k) => k.id === initialId) ? initialId : (krs[0]?.id ?? ''),
  );
  const kr: ItemView | undefined = krs.find((k) => k.id === id);
  const milestone = kr?.kind === 'milestone';
  /** The value field's first text: the key result's last value, in its unit. */
  const prefill = (k: ItemView | undefined): string =>
    !k
      ? ''
      : k.kind === 'milestone'
        ? app.done(k.current)
          ? 'yes'
          : 'no'
        : valueText(k.current, k.unit, fmt.mark);
  // Pre-filled in the render that shows the key result (not in an effect after it), so the
  // field is never seen empty first.
  const [value, setValue] = useState(() => prefill(kr));
  const [confidence, setConfidence] = useState<Confidence | ''>(kr?.confidence ?? '');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [history, setHistory] = useState<CheckInRow[] | null>(null);
  const [historyError, setHistoryError] = useState('');
  const valueRef = useRef<HTMLInputElement>(null);

  /** Another key result picked: its last value and confidence, a fresh note. */
  function pick(next: string) {
    const k = krs.find((i) => i.id === next);
    setId(next);
    setValue(prefill(k));
    setConfidence(k?.confidence ?? '');
    setNote('');
    setError('');
  }

  function loadHistory(krId: string) {
    setHistory(null);
    setHistoryError('');
    call('getCheckIns', { id: krId }).then(
      (rows) => setHistory([...rows].sort((a, b) => b.timestamp.localeCompare(a.timestamp))),
      (err: Error) => setHistoryError(err.message),
    );
  }
  useEffect(() => {
    if (id) loadHistory(id);
  }, [id]);

  if (!kr) {
    return (
      <section aria-labelledby="checkin-title">
        <h2 id="checkin-title" class="view-title">
          {tr('checkInTitle')}
        </h2>
        <p class="empty">{tr('noKeyResults')}</p>
      </section>
    );
  }

  async function submit(ev: Event) {
    ev.preventDefault();
    if (!kr) return;
    let sent: string | number | boolean;
    if (milestone) sent = value === 'yes';
    else {
      const text = value.trim();
      if (!text) {
        setError(tr('errValueRequired'));
        valueRef.current?.focus();
        return;
      }
      const n = readInUnit(text, kr.unit, fmt.mark);
      if (n === null) {
        setError(tr('errNumber', { example: fmt.number(1.5) }));
        valueRef.current?.focus();
        return;
      }
      sent = n;
    }
    setError('');
    const result = await app.run(() =>
      call('checkIn', { id: kr.id, value: sent, confidence, note: note.trim() }),
    );
    if (!result) return;
    app.apply(result.snapshot, result.message);
    setNote('');
    loadHistory(kr.id);
  }

  const valueLabel = kr.unit ? tr('fieldValueUnit', { unit: kr.unit }) : tr('fieldValue');
  // "From 2.5% to 1.8%" for a percentage; "From 0 to 100 customers" for other units.
  const percent = isPercentUnit(kr.unit);
  const inRange = (v: unknown) => (percent ? fmt.inUnit(v, kr.unit) : fmt.number(v));
  return (
    <section aria-labelledby="checkin-title">
      <h2 id="checkin-title" class="view-title">
        {tr('checkInTitle')}
      </h2>
      <form onSubmit={submit} noValidate>
        <Field id="ci-kr" label={tr('fieldKeyResult')}>
          <select id="ci-kr" value={id} onChange={(e) => pick(e.currentTarget.value)}>
            {objectives
              .filter((o) => krs.some((k) => k.parentId === o.id))
              .map((o) => (
                <optgroup key={o.id} label={`${o.id} · ${o.title}`}>
                  {krs
                    .filter((k) => k.parentId === o.id)
                    .map((k) => (
                      <option key={k.id} value={k.id}>
                        {`${k.id} · ${k.title}`}
                      </option>
                    ))}
                </optgroup>
              ))}
            {krs
              .filter((k) => !objectives.some((o) => o.id === k.parentId))
              .map((k) => (
                <option key={k.id} value={k.id}>
                  {`${k.id} · ${k.title}`}
                </option>
              ))}
          </select>
        </Field>
        <div class="kr-summary" data-id={kr.id}>
          <div class="item-head">
            <span class="kr-range">
              {milestone
                ? ''
                : tr('startTarget', {
                    start: inRange(kr.start === '' ? 0 : kr.start),
                    target: inRange(kr.target),
                  })}
              {kr.unit && !milestone && !percent ? ` ${kr.unit}` : ''}
            </span>
            <StatusChip status={kr.status} />
          </div>
          <ProgressBar progress={kr.progress} expected={kr.expected} status={kr.status} />
        </div>
        {milestone ? (
          <Field id="ci-value" label={tr('fieldMilestone')}>
            <select id="ci-value" value={value} onChange={(e) => setValue(e.currentTarget.value)}>
              <option value="no">{tr('open')}</option>
              <option value="yes">{tr('done')}</option>
            </select>
          </Field>
        ) : (
          <Field id="ci-value" label={valueLabel} error={error}>
            <input
              {...describedBy('ci-value', error)}
              ref={valueRef}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={value}
              onInput={(e) => setValue(e.currentTarget.value)}
            />
          </Field>
        )}
        <Field id="ci-confidence" label={tr('fieldConfidence')}>
          <ConfidenceSelect id="ci-confidence" value={confidence} onChange={setConfidence} />
        </Field>
        <Field id="ci-note" label={tr('fieldNote')}>
          <textarea
            id="ci-note"
            rows={2}
            maxLength={FIELD_LIMITS.note}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </Field>
        <div class="view-actions">
          <Button kind="primary" type="submit">
            {tr('checkInButton')}
          </Button>
        </div>
      </form>

      <h3 class="sub-title">{tr('history')}</h3>
      {historyError ? (
        <p class="field-error">{historyError}</p>
      ) : history === null ? (
        <p class="hint" role="status">
          {tr('historyLoading')}
        </p>
      ) : history.length === 0 ? (
        <p class="hint">{tr('historyEmpty')}</p>
      ) : (
        <ol class="history">
          {history.map((h, i) => (
            <li key={`${h.timestamp}-${i}`}>
              <div class="history-head">
                <span class="history-value">
                  {milestone
                    ? app.done(h.value)
                      ? tr('done')
                      : tr('open')
                    : fmt.inUnit(h.value, kr.unit)}
                </span>
                <span class="history-date">{fmt.dateTime(h.timestamp)}</span>
              </div>
              {(h.confidence || h.who) && (
                <div class="item-meta">
                  {h.confidence && (
                    <span>
                      {tr('confidenceShort', { value: confidenceName(lang, h.confidence) })}
                    </span>
                  )}
                  {h.who && <span>{h.who}</span>}
                </div>
              )}
              {h.note && <p class="history-note">{h.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

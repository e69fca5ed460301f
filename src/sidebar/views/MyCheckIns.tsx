// My check-ins: the weekly ritual in one screen. The person picks once which owner they are
// (remembered per user on the server; pre-selected from their e-mail when an Owner cell holds
// it); every open key result of that owner in the current quarter (and its year) is listed with
// its last value pre-filled in its unit, progress and the expected marker, confidence and a
// note. Key results not checked in for longer than the interval (the settings tab's) are due
// and come first (src/core/check-in-due.ts). Save sends the changed entries in one call,
// checkInMany: all are saved or none, and a refused entry is named.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { myCheckIns, preselectOwner } from '../../core/check-in-due';
import { FIELD_LIMITS } from '../../core/limits';
import type { ItemView } from '../../core/model';
import { inputText, readInUnit } from '../../core/units';
import { isDone as milestoneDone, type DecimalMark } from '../../core/values';
import type { Confidence } from '../../core/vocabulary';
import type { CheckInRequest } from '../../shared/rpc';
import { call } from '../client';
import {
  Button,
  ConfidenceSelect,
  DueChip,
  Field,
  ProgressBar,
  StatusChip,
  describedBy,
} from '../components';
import { useApp } from '../context';

interface Draft {
  value: string;
  confidence: Confidence | '';
  note: string;
}

/** The value field's first text: the last value in the key result's unit. */
function firstValue(kr: ItemView, mark: DecimalMark): string {
  if (kr.kind === 'milestone') return milestoneDone(kr.current) ? 'yes' : 'no';
  if (typeof kr.current === 'number') return inputText(kr.current, kr.unit, mark);
  return typeof kr.current === 'string' ? kr.current : '';
}

function draftOf(kr: ItemView, mark: DecimalMark): Draft {
  return { value: firstValue(kr, mark), confidence: kr.confidence, note: '' };
}

function changed(kr: ItemView, d: Draft, mark: DecimalMark): boolean {
  return (
    d.value.trim() !== firstValue(kr, mark) ||
    d.confidence !== kr.confidence ||
    d.note.trim() !== ''
  );
}

export function MyCheckIns() {
  const app = useApp();
  const { snapshot, tr, fmt } = app;
  const [owner, setOwner] = useState(() =>
    preselectOwner(snapshot.owners, snapshot.me.owner, snapshot.me.email),
  );
  const list = useMemo(
    () =>
      myCheckIns(
        snapshot.items.filter((i) => i.kind !== 'rollup'),
        owner,
        snapshot.currentQuarter,
        snapshot.today,
        snapshot.checkInDays,
      ),
    [snapshot, owner],
  );
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');
  const formRef = useRef<HTMLFormElement>(null);

  // Every fresh snapshot (a save, another view's change) starts from the sheet's values.
  useEffect(() => {
    const next: Record<string, Draft> = {};
    for (const { item } of list) next[item.id] = draftOf(item, fmt.mark);
    setDrafts(next);
    setErrors({});
    setFormError('');
  }, [list]);

  async function pick(next: string) {
    setOwner(next);
    await app.run(() => call('setMyOwner', { owner: next }));
  }

  function edit(id: string, patch: Partial<Draft>) {
    setDrafts((d) => ({ ...d, [id]: { ...(d[id] as Draft), ...patch } }));
  }

  async function save(ev: Event) {
    ev.preventDefault();
    const entries: CheckInRequest[] = [];
    const found: Record<string, string> = {};
    for (const { item } of list) {
      const d = drafts[item.id];
      if (!d || !changed(item, d, fmt.mark)) continue;
      let value: string | number | boolean;
      if (item.kind === 'milestone') value = d.value === 'yes';
      else {
        const text = d.value.trim();
        const n = text === '' ? null : readInUnit(text, item.unit, fmt.mark);
        if (text === '') found[item.id] = tr('errValueRequired');
        else if (n === null) found[item.id] = tr('errNumber', { example: fmt.number(1.5) });
        value = n ?? text;
      }
      entries.push({ id: item.id, value, confidence: d.confidence, note: d.note.trim() });
    }
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      setFormError(tr('mineFix', { count: Object.keys(found).length }));
      formRef.current?.querySelector<HTMLElement>(`#mine-value-${CSS.escape(first)}`)?.focus();
      return;
    }
    if (entries.length === 0) {
      setFormError(tr('mineNothingChanged'));
      return;
    }
    setFormError('');
    const result = await app.run(() => call('checkInMany', { entries }));
    if (result) app.apply(result.snapshot, result.message);
  }

  const due = list.filter((e) => e.due).length;
  return (
    <section aria-labelledby="mine-title">
      <h2 id="mine-title" class="view-title">
        {tr('mineTitle')}
      </h2>
      <Field id="mine-owner" label={tr('mineOwner')} hint={tr('mineOwnerHint')}>
        <select
          {...describedBy('mine-owner', undefined, tr('mineOwnerHint'))}
          value={owner}
          onChange={(e) => void pick(e.currentTarget.value)}
        >
          <option value="">{tr('mineChooseOwner')}</option>
          {snapshot.owners.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </Field>
      {!owner ? (
        <p class="empty">{tr('mineNoOwner')}</p>
      ) : list.length === 0 ? (
        <p class="empty">
          {tr('mineNone', { owner, period: fmt.period(snapshot.currentQuarter) })}
        </p>
      ) : (
        <form ref={formRef} onSubmit={save} noValidate>
          <p class="hint mine-summary" role="status">
            {tr('mineSummary', {
              count: list.length,
              due,
              period: fmt.period(snapshot.currentQuarter),
              days: snapshot.checkInDays,
            })}
          </p>
          <ul class="mine-list">
            {list.map(({ item, due: isDue, viaObjective }) => {
              const d = drafts[item.id] ?? draftOf(item, fmt.mark);
              const error = errors[item.id];
              const valueId = `mine-value-${item.id}`;
              const label = item.unit
                ? tr('fieldValueUnit', { unit: item.unit })
                : tr('fieldValue');
              return (
                <li key={item.id} class={`mine-kr${isDue ? ' mine-due' : ''}`} data-id={item.id}>
                  <div class="item-head">
                    <span class="item-title">
                      <span class="item-id">{item.id}</span> {item.title}
                    </span>
                    {isDue && <DueChip />}
                    <StatusChip status={item.status} />
                  </div>
                  <ProgressBar
                    progress={item.progress}
                    expected={item.expected}
                    status={item.status}
                  />
                  <p class="item-meta">
                    {item.lastCheckIn
                      ? tr('mineLast', { date: fmt.date(item.lastCheckIn) })
                      : tr('mineNever')}
                  </p>
                  {viaObjective && (
                    <p class="item-meta mine-via">
                      {tr('mineViaObjective', { id: item.parentId })}
                    </p>
                  )}
                  {item.kind === 'milestone' ? (
                    <Field id={valueId} label={tr('fieldMilestone')}>
                      <select
                        id={valueId}
                        value={d.value}
                        onChange={(e) => edit(item.id, { value: e.currentTarget.value })}
                      >
                        <option value="no">{tr('open')}</option>
                        <option value="yes">{tr('done')}</option>
                      </select>
                    </Field>
                  ) : (
                    <Field id={valueId} label={label} error={error}>
                      <input
                        {...describedBy(valueId, error)}
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        value={d.value}
                        onInput={(e) => edit(item.id, { value: e.currentTarget.value })}
                      />
                    </Field>
                  )}
                  <Field id={`mine-confidence-${item.id}`} label={tr('fieldConfidence')}>
                    <ConfidenceSelect
                      id={`mine-confidence-${item.id}`}
                      value={d.confidence}
                      onChange={(confidence) => edit(item.id, { confidence })}
                    />
                  </Field>
                  <Field id={`mine-note-${item.id}`} label={tr('fieldNote')}>
                    <textarea
                      id={`mine-note-${item.id}`}
                      rows={1}
                      maxLength={FIELD_LIMITS.note}
                      value={d.note}
                      onInput={(e) => edit(item.id, { note: e.currentTarget.value })}
                    />
                  </Field>
                </li>
              );
            })}
          </ul>
          {formError && (
            <p class="field-error" role="alert">
              {formError}
            </p>
          )}
          <div class="view-actions">
            <Button kind="primary" type="submit">
              {tr('mineSave')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

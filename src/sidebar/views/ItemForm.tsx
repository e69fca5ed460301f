// Add and edit: objective, key result (kind, start, target, unit, weight) and initiative. The
// parent and alignment pickers only offer valid choices (see options.ts); the form's data, its
// checks and the request it sends are item-form.ts; the server validates again.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { parseIsoDate } from '../../core/dates';
import { periodChoices } from '../../core/period';
import type { ItemView } from '../../core/model';
import { ITEM_TYPES, type ItemType } from '../../core/vocabulary';
import { PARENT_TYPE } from '../../core/hierarchy';
import { call } from '../client';
import { Button, CheckField, Field, describedBy } from '../components';
import { useApp } from '../context';
import { levelName, typeName } from '../format';
import {
  blankForm,
  formOfItem,
  nextForm,
  typedErrors,
  updateRequest,
  validateForm,
  withType,
  type FormErrors,
  type FormState,
} from '../item-form';
import { alignmentChoices, parentChoices } from '../options';
import { DeleteItem, KeyResultFields, ObjectiveFields } from './ItemFormParts';

export function ItemForm({
  mode,
  item,
  initialType,
  initialParent,
  defaultPeriod,
}: {
  mode: 'add' | 'edit';
  item?: ItemView | undefined;
  initialType?: ItemType | undefined;
  initialParent?: string | undefined;
  defaultPeriod: string;
}) {
  const app = useApp();
  const { snapshot, tr, lang, fmt } = app;
  const [form, setForm] = useState<FormState>(() =>
    item
      ? formOfItem(item, fmt, app.done)
      : blankForm(initialType ?? 'objective', initialParent ?? '', defaultPeriod),
  );
  const [errors, setErrors] = useState<FormErrors>({});
  const [confirmDelete, setConfirmDelete] = useState(false);
  /** The last key result added here: a new initiative most likely belongs to it. */
  const [lastKr, setLastKr] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const set = (patch: Partial<FormState>) => {
    setForm((f) => ({ ...f, ...patch }));
    // What Submit said about a field goes once the field is changed; the typed checks below
    // judge it again.
    setErrors((e) => {
      const kept = { ...e };
      for (const key of Object.keys(patch)) delete kept[key as keyof FormState];
      return kept;
    });
  };
  // Each field checked as it is typed (limits from core/limits.ts), the message next to it.
  const typed = useMemo(() => typedErrors(form, fmt, tr), [form, fmt, tr]);
  const shown: FormErrors = { ...errors, ...typed };
  const problems = Object.keys(shown).sort().join(' ');
  // A new error makes an earlier confirmation ("Added …") stale: it goes.
  useEffect(() => {
    if (problems) app.clearNotice();
  }, [problems]);

  // The current and next four quarters, this year and the next, and the sheet's own periods
  // (the item's own period too, whatever it is).
  const periods = useMemo(() => {
    const today = parseIsoDate(snapshot.today) ?? 0;
    const choices = periodChoices(today, snapshot.periods);
    return form.period && !choices.includes(form.period) ? [...choices, form.period] : choices;
  }, [snapshot.today, snapshot.periods, form.period]);
  const isObjective = form.type === 'objective';
  const isKr = form.type === 'keyResult';
  const parents = useMemo(
    () => (isObjective ? [] : parentChoices(snapshot.items, form.type as 'keyResult')),
    [snapshot.items, form.type],
  );
  const alignments = useMemo(
    () =>
      isObjective
        ? alignmentChoices(snapshot.items, {
            id: item?.id ?? '',
            level: form.level,
            period: form.period,
          })
        : [],
    [snapshot.items, form.type, form.level, form.period, item?.id],
  );
  const parent = snapshot.items.find((i) => i.id === form.parentId);
  const byId = (id: string) => snapshot.items.find((i) => i.id === id);
  const parentLabel = (p: ItemView) => {
    const up = p.type === 'keyResult' ? byId(p.parentId) : undefined;
    return `${p.id} · ${p.title}${up ? ` (${up.id})` : ''}`;
  };

  async function submit(ev: Event) {
    ev.preventDefault();
    const { errors: e, input } = validateForm(form, parent, fmt, tr);
    setErrors(e);
    if (!input) {
      const first = Object.keys(e)[0];
      if (first) formRef.current?.querySelector<HTMLElement>(`#fld-${first}`)?.focus();
      return;
    }
    if (mode === 'add') {
      const result = await app.run(() => call('addItem', input));
      if (!result) return;
      app.apply(result.snapshot, result.message);
      if (form.type === 'keyResult') setLastKr(result.id);
      setForm((f) => nextForm(f, result.id));
      formRef.current?.querySelector<HTMLElement>('#fld-title')?.focus();
      return;
    }
    if (!item) return;
    // One call, a new parent included: the server moves the rows under one lock.
    const result = await app.run(() => call('updateItem', updateRequest(item.id, input)));
    if (!result) return;
    app.apply(result.snapshot, result.message);
    app.go({ view: 'overview' });
  }

  const a = (key: keyof FormState) => describedBy(`fld-${key}`, shown[key]);

  return (
    <section aria-labelledby="form-title">
      <h2 id="form-title" class="view-title">
        {mode === 'add' ? tr('formAddTitle') : tr('formEditTitle', { id: item?.id ?? '' })}
      </h2>
      <form ref={formRef} onSubmit={submit} noValidate>
        {mode === 'add' && (
          <Field id="fld-type" label={tr('fieldType')}>
            <select
              id="fld-type"
              value={form.type}
              onChange={(e) => {
                const type = e.currentTarget.value as ItemType;
                const fallback = type === 'initiative' ? lastKr : '';
                setForm((f) => withType(f, type, snapshot.items, fallback));
                setErrors({});
              }}
            >
              {ITEM_TYPES.map((ty) => (
                <option key={ty} value={ty}>
                  {typeName(lang, ty)}
                </option>
              ))}
            </select>
          </Field>
        )}

        {!isObjective && (
          <Field
            id="fld-parentId"
            label={isKr ? tr('fieldParentObjective') : tr('fieldParentKr')}
            error={shown.parentId}
            hint={
              parents.length === 0
                ? tr('noParents', {
                    type: typeName(lang, PARENT_TYPE[form.type] ?? 'objective').toLowerCase(),
                  })
                : isKr
                  ? tr('inheritsFromParent')
                  : undefined
            }
          >
            <select
              {...describedBy(
                'fld-parentId',
                shown.parentId,
                parents.length === 0 || isKr ? 'hint' : undefined,
              )}
              value={form.parentId}
              onChange={(e) => set({ parentId: e.currentTarget.value })}
            >
              <option value="">{tr('choose')}</option>
              {parents.map((p) => (
                <option key={p.id} value={p.id}>
                  {parentLabel(p)}
                </option>
              ))}
            </select>
          </Field>
        )}

        <Field id="fld-title" label={tr('fieldTitle')} error={shown.title}>
          <textarea
            {...a('title')}
            rows={2}
            value={form.title}
            onInput={(e) => set({ title: e.currentTarget.value })}
          />
        </Field>

        {isObjective && <ObjectiveFields form={form} shown={shown} set={set} periods={periods} />}

        <Field id="fld-owner" label={tr('fieldOwner')} error={shown.owner}>
          <input
            {...a('owner')}
            type="text"
            list="owners-list"
            autoComplete="off"
            value={form.owner}
            onInput={(e) => set({ owner: e.currentTarget.value })}
          />
          <datalist id="owners-list">
            {snapshot.owners.map((owner) => (
              <option key={owner} value={owner} />
            ))}
          </datalist>
        </Field>

        {form.type === 'initiative' && (
          <CheckField id="fld-done" checked={form.done} onChange={(v) => set({ done: v })}>
            {tr('done')}
          </CheckField>
        )}

        {isObjective && (
          <Field id="fld-alignedTo" label={tr('fieldAlignedTo')}>
            <select
              id="fld-alignedTo"
              value={form.alignedTo}
              onChange={(e) => set({ alignedTo: e.currentTarget.value })}
            >
              <option value="">{tr('noAlignment')}</option>
              {alignments.map((c) => (
                <option key={c.id} value={c.id}>
                  {`${c.id} · ${c.title} (${levelName(lang, c.level)}, ${fmt.period(c.period)})`}
                </option>
              ))}
            </select>
          </Field>
        )}

        {isKr && <KeyResultFields form={form} shown={shown} set={set} />}

        <Field id="fld-notes" label={tr('fieldNotes')} error={shown.notes}>
          <textarea
            {...a('notes')}
            rows={2}
            value={form.notes}
            onInput={(e) => set({ notes: e.currentTarget.value })}
          />
        </Field>

        <div class="view-actions">
          <Button kind="primary" type="submit">
            {mode === 'add' ? tr('add') : tr('save')}
          </Button>
          <Button kind="secondary" onClick={() => app.go({ view: 'overview' })}>
            {tr('cancel')}
          </Button>
          {mode === 'edit' && !confirmDelete && (
            <Button kind="danger-text" onClick={() => setConfirmDelete(true)}>
              {tr('delete')}
            </Button>
          )}
        </div>
        {mode === 'edit' && confirmDelete && item && (
          <DeleteItem item={item} onCancel={() => setConfirmDelete(false)} />
        )}
      </form>
    </section>
  );
}

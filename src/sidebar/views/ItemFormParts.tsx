// The parts of the Add/Edit form (ItemForm.tsx) that belong to one type of item: an
// objective's level, period and team; a key result's kind, start, target, unit and weight;
// and the confirmation before an item (and what is below it) is deleted.
import { useEffect, useRef } from 'preact/hooks';
import type { ItemView } from '../../core/model';
import { descendantsOf } from '../../core/hierarchy';
import { KR_KINDS, LEVELS, type KrKind, type Level } from '../../core/vocabulary';
import { call } from '../client';
import { Button, Field, describedBy } from '../components';
import { useApp } from '../context';
import { kindName, levelName } from '../format';
import { needsStartTarget, type FormErrors, type FormState } from '../item-form';

interface FieldsProps {
  form: FormState;
  /** The message shown next to each field (typed checks and Submit's). */
  shown: FormErrors;
  set: (patch: Partial<FormState>) => void;
}

/** An objective's level, period and (below company level) team. */
export function ObjectiveFields({
  form,
  shown,
  set,
  periods,
}: FieldsProps & { periods: string[] }) {
  const { snapshot, tr, lang, fmt } = useApp();
  const a = (key: keyof FormState) => describedBy(`fld-${key}`, shown[key]);
  return (
    <>
      <div class="field-pair">
        <Field id="fld-level" label={tr('fieldLevel')}>
          <select
            id="fld-level"
            value={form.level}
            onChange={(e) => set({ level: e.currentTarget.value as Level, alignedTo: '' })}
          >
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {levelName(lang, l)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="fld-period" label={tr('fieldPeriod')}>
          <select
            id="fld-period"
            value={form.period}
            onChange={(e) => set({ period: e.currentTarget.value, alignedTo: '' })}
          >
            {periods.map((p) => (
              <option key={p} value={p}>
                {fmt.period(p)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {form.level !== 'company' && (
        <Field id="fld-team" label={tr('fieldTeam')} error={shown.team}>
          <input
            {...a('team')}
            type="text"
            list="teams-list"
            autoComplete="off"
            value={form.team}
            onInput={(e) => set({ team: e.currentTarget.value })}
          />
          <datalist id="teams-list">
            {snapshot.teams.map((team) => (
              <option key={team} value={team} />
            ))}
          </datalist>
        </Field>
      )}
    </>
  );
}

/** A key result's kind, start and target (when its kind measures from one to the other), unit and weight. */
export function KeyResultFields({ form, shown, set }: FieldsProps) {
  const { tr, lang } = useApp();
  const a = (key: keyof FormState) => describedBy(`fld-${key}`, shown[key]);
  return (
    <>
      <Field id="fld-kind" label={tr('fieldKind')} error={shown.kind}>
        <select
          {...a('kind')}
          value={form.kind}
          onChange={(e) => set({ kind: e.currentTarget.value as KrKind | '' })}
        >
          <option value="">{tr('kindAuto')}</option>
          {KR_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindName(lang, k)}
            </option>
          ))}
        </select>
      </Field>
      {needsStartTarget(form) && (
        <div class="field-pair">
          <Field id="fld-start" label={tr('fieldStart')} error={shown.start}>
            <input
              {...a('start')}
              type="text"
              inputMode="decimal"
              value={form.start}
              onInput={(e) => set({ start: e.currentTarget.value })}
            />
          </Field>
          <Field id="fld-target" label={tr('fieldTarget')} error={shown.target}>
            <input
              {...a('target')}
              type="text"
              inputMode="decimal"
              value={form.target}
              onInput={(e) => set({ target: e.currentTarget.value })}
            />
          </Field>
        </div>
      )}
      <div class="field-pair">
        <Field id="fld-unit" label={tr('fieldUnit')} error={shown.unit}>
          <input
            {...a('unit')}
            type="text"
            value={form.unit}
            onInput={(e) => set({ unit: e.currentTarget.value })}
          />
        </Field>
        <Field id="fld-weight" label={tr('fieldWeight')} error={shown.weight}>
          <input
            {...a('weight')}
            type="text"
            inputMode="decimal"
            placeholder="1"
            value={form.weight}
            onInput={(e) => set({ weight: e.currentTarget.value })}
          />
        </Field>
      </div>
    </>
  );
}

/** Asks before deleting `item`, and says how many items below it go too. */
export function DeleteItem({ item, onCancel }: { item: ItemView; onCancel: () => void }) {
  const app = useApp();
  const { snapshot, tr } = app;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.querySelector<HTMLElement>('button')?.focus(), []);
  const descendants = descendantsOf(snapshot.items, item.id).length;

  async function remove() {
    const withChildren = descendants > 0;
    const result = await app.run(() => call('deleteItem', { id: item.id, withChildren }));
    if (!result) return;
    app.apply(result.snapshot, result.message);
    app.go({ view: 'overview' });
  }

  return (
    <div class="confirm" role="group" aria-labelledby="confirm-delete" ref={ref}>
      <p id="confirm-delete">{tr('deleteConfirm', { title: item.title })}</p>
      {descendants > 0 && <p>{tr('deleteWithChildren', { count: descendants })}</p>}
      <Button kind="danger" onClick={remove}>
        {tr('deleteYes')}
      </Button>
      <Button kind="text" onClick={onCancel}>
        {tr('cancel')}
      </Button>
    </div>
  );
}

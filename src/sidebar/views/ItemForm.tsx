// Add and edit: objective, key result (kind, start, target, unit, weight) and initiative. The
// parent and alignment pickers only offer valid choices (see options.ts); input is checked
// here for good feedback, and the server validates it again.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FIELD_LIMITS } from '../../core/limits';
import type { Cell, ItemInput, ItemView } from '../../core/model';
import {
  ITEM_TYPES,
  KR_KINDS,
  LEVELS,
  type ItemType,
  type KrKind,
  type Level,
} from '../../core/vocabulary';
import type { MutationResult, Received } from '../../shared/rpc';
import { call } from '../client';
import { Button, Field, describedBy } from '../components';
import { useApp } from '../context';
import { kindName, levelName, typeName } from '../format';
import { alignmentChoices, countDescendants, parentChoices } from '../options';
import { inputText, readInUnit } from '../../core/units';
import { isDone } from '../../core/values';

interface FormState {
  type: ItemType;
  title: string;
  level: Level;
  team: string;
  owner: string;
  period: string;
  parentId: string;
  alignedTo: string;
  kind: KrKind | '';
  start: string;
  target: string;
  unit: string;
  weight: string;
  notes: string;
  /** Initiatives: done or open. */
  done: boolean;
}

type Errors = Partial<Record<keyof FormState, string>>;

function cellText(value: Cell, toText: (n: number) => string): string {
  if (typeof value === 'number') return toText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

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
  // Start and target in the key result's unit (2.5 for 2.5%), the weight as it is.
  const plain = (n: number) => inputText(n, '', fmt.mark);
  const inUnit = (n: number) => inputText(n, item?.unit ?? '', fmt.mark);
  const [form, setForm] = useState<FormState>(() =>
    item
      ? {
          type: item.type,
          title: item.title,
          level: item.level,
          team: item.team,
          owner: item.owner,
          period: item.period,
          parentId: item.parentId,
          alignedTo: item.alignedTo,
          kind: item.kind,
          start: cellText(item.start, inUnit),
          target: cellText(item.target, inUnit),
          unit: item.unit,
          weight: cellText(item.weight, plain),
          notes: item.notes,
          done: isDone(item.current),
        }
      : {
          type: initialType ?? 'objective',
          title: '',
          level: 'company',
          team: '',
          owner: '',
          period: defaultPeriod,
          parentId: initialParent ?? '',
          alignedTo: '',
          kind: '',
          start: '',
          target: '',
          unit: '',
          weight: '',
          notes: '',
          done: false,
        },
  );
  const [errors, setErrors] = useState<Errors>({});
  const [confirmDelete, setConfirmDelete] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirmDelete) confirmRef.current?.querySelector<HTMLElement>('button')?.focus();
  }, [confirmDelete]);
  /** The last key result added here: a new initiative most likely belongs to it. */
  const [lastKr, setLastKr] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const set = (patch: Partial<FormState>) => setForm((f) => ({ ...f, ...patch }));

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
  const numberExample = fmt.number(1.5);
  const needsStartTarget = isKr && form.kind !== 'milestone' && form.kind !== 'rollup';

  function validate(): { errors: Errors; input?: ItemInput } {
    const e: Errors = {};
    const title = form.title.trim();
    if (!title) e.title = tr('errTitleRequired');
    else if (title.length > FIELD_LIMITS.title)
      e.title = tr('errTitleTooLong', { max: FIELD_LIMITS.title });
    if (!isObjective && !form.parentId) e.parentId = tr('errParentRequired');
    if (isObjective && form.level !== 'company' && !form.team.trim())
      e.team = tr('errTeamRequired');
    if (isObjective && form.level === 'personal' && !form.owner.trim())
      e.owner = tr('errOwnerRequired');
    const num = (key: 'start' | 'target' | 'weight'): number | '' => {
      const text = form[key].trim();
      if (!text) return '';
      const n = key === 'weight' ? fmt.parseNumber(text) : readInUnit(text, form.unit, fmt.mark);
      if (n === null) {
        e[key] = tr('errNumber', { example: numberExample });
        return '';
      }
      return n;
    };
    const input: ItemInput = {
      type: form.type,
      title,
      owner: form.owner.trim(),
      notes: form.notes.trim(),
    };
    if (isObjective) {
      Object.assign(input, {
        level: form.level,
        team: form.level === 'company' ? '' : form.team.trim(),
        period: form.period,
        alignedTo: form.alignedTo,
      });
    } else {
      input.parentId = form.parentId;
      if (parent)
        Object.assign(input, { level: parent.level, team: parent.team, period: parent.period });
    }
    if (form.type === 'initiative') input.current = form.done;
    if (isKr) {
      const start = needsStartTarget ? num('start') : '';
      const target = needsStartTarget ? num('target') : '';
      const weight = num('weight');
      if (needsStartTarget && target === '' && !e.target) e.target = tr('errTargetRequired');
      if (form.kind === '' && start !== '' && target !== '' && start === target)
        e.kind = tr('errStartEqualsTarget');
      if (typeof weight === 'number' && weight < 0) e.weight = tr('errWeightNegative');
      Object.assign(input, { kind: form.kind, start, target, weight, unit: form.unit.trim() });
    }
    return Object.keys(e).length ? { errors: e } : { errors: e, input };
  }

  async function submit(ev: Event) {
    ev.preventDefault();
    const { errors: e, input } = validate();
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
      // Keep going the way the method works: an objective gets its key results next, a key
      // result its siblings; initiatives keep their key result.
      if (form.type === 'objective') {
        setForm((f) => ({
          ...f,
          type: 'keyResult',
          title: '',
          parentId: result.id,
          kind: '',
          start: '',
          target: '',
          unit: '',
          weight: '',
          notes: '',
        }));
      } else {
        if (form.type === 'keyResult') setLastKr(result.id);
        setForm((f) => ({
          ...f,
          title: '',
          start: '',
          target: '',
          unit: '',
          weight: '',
          kind: '',
          notes: '',
        }));
      }
      formRef.current?.querySelector<HTMLElement>('#fld-title')?.focus();
      return;
    }
    if (!item) return;
    const { type: _type, ...changes } = input;
    let last: Received<MutationResult> | undefined;
    if (!isObjective && form.parentId !== item.parentId) {
      last = await app.run(() => call('moveItem', { id: item.id, parentId: form.parentId }));
      if (!last) return;
    }
    const updated = await app.run(() => call('updateItem', { id: item.id, changes }));
    last = updated ?? last;
    if (last) app.apply(last.snapshot, last.message);
    if (updated) app.go({ view: 'overview' });
  }

  async function remove() {
    if (!item) return;
    const withChildren = countDescendants(snapshot.items, item.id) > 0;
    const result = await app.run(() => call('deleteItem', { id: item.id, withChildren }));
    if (!result) return;
    app.apply(result.snapshot, result.message);
    app.go({ view: 'overview' });
  }

  const a = (key: keyof FormState) => describedBy(`fld-${key}`, errors[key]);
  const descendants = item ? countDescendants(snapshot.items, item.id) : 0;

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
                const keep = snapshot.items.find((i) => i.id === form.parentId);
                const parentType = type === 'keyResult' ? 'objective' : 'keyResult';
                const fallback = type === 'initiative' ? lastKr : '';
                set({ type, parentId: keep?.type === parentType ? keep.id : fallback });
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
            error={errors.parentId}
            hint={
              parents.length === 0
                ? tr('noParents', {
                    type: typeName(lang, isKr ? 'objective' : 'keyResult').toLowerCase(),
                  })
                : isKr
                  ? tr('inheritsFromParent')
                  : undefined
            }
          >
            <select
              {...describedBy(
                'fld-parentId',
                errors.parentId,
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

        <Field id="fld-title" label={tr('fieldTitle')} error={errors.title}>
          <textarea
            {...a('title')}
            rows={2}
            maxLength={FIELD_LIMITS.title}
            value={form.title}
            onInput={(e) => set({ title: e.currentTarget.value })}
          />
        </Field>

        {isObjective && (
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
                  {snapshot.periods.map((p) => (
                    <option key={p} value={p}>
                      {fmt.period(p)}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            {form.level !== 'company' && (
              <Field id="fld-team" label={tr('fieldTeam')} error={errors.team}>
                <input
                  {...a('team')}
                  type="text"
                  list="teams-list"
                  autoComplete="off"
                  maxLength={FIELD_LIMITS.team}
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
        )}

        <Field id="fld-owner" label={tr('fieldOwner')} error={errors.owner}>
          <input
            {...a('owner')}
            type="text"
            list="owners-list"
            autoComplete="off"
            maxLength={FIELD_LIMITS.owner}
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
          <div class="check-field">
            <input
              id="fld-done"
              type="checkbox"
              checked={form.done}
              onChange={(e) => set({ done: e.currentTarget.checked })}
            />
            <label for="fld-done">{tr('done')}</label>
          </div>
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

        {isKr && (
          <>
            <Field id="fld-kind" label={tr('fieldKind')} error={errors.kind}>
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
            {needsStartTarget && (
              <div class="field-pair">
                <Field id="fld-start" label={tr('fieldStart')} error={errors.start}>
                  <input
                    {...a('start')}
                    type="text"
                    inputMode="decimal"
                    value={form.start}
                    onInput={(e) => set({ start: e.currentTarget.value })}
                  />
                </Field>
                <Field id="fld-target" label={tr('fieldTarget')} error={errors.target}>
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
              <Field id="fld-unit" label={tr('fieldUnit')}>
                <input
                  id="fld-unit"
                  type="text"
                  maxLength={FIELD_LIMITS.unit}
                  value={form.unit}
                  onInput={(e) => set({ unit: e.currentTarget.value })}
                />
              </Field>
              <Field id="fld-weight" label={tr('fieldWeight')} error={errors.weight}>
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
        )}

        <Field id="fld-notes" label={tr('fieldNotes')}>
          <textarea
            id="fld-notes"
            rows={2}
            maxLength={FIELD_LIMITS.notes}
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
          <div class="confirm" role="group" aria-labelledby="confirm-delete" ref={confirmRef}>
            <p id="confirm-delete">{tr('deleteConfirm', { title: item.title })}</p>
            {descendants > 0 && <p>{tr('deleteWithChildren', { count: descendants })}</p>}
            <Button kind="danger" onClick={remove}>
              {tr('deleteYes')}
            </Button>
            <Button kind="text" onClick={() => setConfirmDelete(false)}>
              {tr('cancel')}
            </Button>
          </div>
        )}
      </form>
    </section>
  );
}

// The Add and Edit form as data, without the DOM: an item as the form shows it, the form
// checked for good feedback (the server checks again), and the one request a submit makes.
// An edit that changes the parent is one updateItem call: the server moves the rows and
// cascades level, team and period under one lock (src/server/items.ts).
import { PARENT_TYPE, inheritedFrom } from '../core/hierarchy';
import { FIELD_LIMITS } from '../core/limits';
import type { Cell, ItemInput, ItemType, ItemView, KrKind, Level } from '../core/model';
import { inputText, readInUnit } from '../core/units';
import type { UpdateRequest } from '../shared/rpc';
import type { Formatter } from './format';
import type { MessageKey, Params } from './strings';

export interface FormState {
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

export type FormErrors = Partial<Record<keyof FormState, string>>;

function cellText(value: Cell, toText: (n: number) => string): string {
  if (typeof value === 'number') return toText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

/**
 * An item as the edit form shows it: start and target in its unit (2.5 for 2.5%); `done` reads
 * an initiative's state by the sheet's words (App.done).
 */
export function formOfItem(
  item: ItemView,
  fmt: Pick<Formatter, 'mark'>,
  done: (value: unknown) => boolean,
): FormState {
  const plain = (n: number) => inputText(n, '', fmt.mark);
  const inUnit = (n: number) => inputText(n, item.unit, fmt.mark);
  return {
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
    done: done(item.current),
  };
}

/** A blank add form. */
export function blankForm(type: ItemType, parentId: string, period: string): FormState {
  return {
    type,
    title: '',
    level: 'company',
    team: '',
    owner: '',
    period,
    parentId,
    alignedTo: '',
    kind: '',
    start: '',
    target: '',
    unit: '',
    weight: '',
    notes: '',
    done: false,
  };
}

/** The add form after adding `addedId`: the next item the method suggests, fields cleared. */
export function nextForm(form: FormState, addedId: string): FormState {
  const cleared = {
    title: '',
    kind: '' as const,
    start: '',
    target: '',
    unit: '',
    weight: '',
    notes: '',
  };
  // An objective gets its key results next, a key result its siblings; initiatives keep their
  // key result.
  if (form.type === 'objective')
    return { ...form, ...cleared, type: 'keyResult', parentId: addedId };
  return { ...form, ...cleared };
}

/** The form with another type: it keeps a parent that fits the new type, else `fallback`. */
export function withType(
  form: FormState,
  type: ItemType,
  items: readonly ItemView[],
  fallback: string,
): FormState {
  const keep = items.find((i) => i.id === form.parentId);
  const parentType = PARENT_TYPE[type];
  return { ...form, type, parentId: parentType && keep?.type === parentType ? keep.id : fallback };
}

/** Whether a key result of this kind is measured from a start to a target. */
export function needsStartTarget(form: Pick<FormState, 'type' | 'kind'>): boolean {
  return form.type === 'keyResult' && form.kind !== 'milestone' && form.kind !== 'rollup';
}

type Translate = (key: MessageKey, params?: Params) => string;

/** The text fields of the form and their limits (core/limits.ts, the server's too). */
const TEXT_LIMITS = {
  title: FIELD_LIMITS.title,
  team: FIELD_LIMITS.team,
  owner: FIELD_LIMITS.owner,
  unit: FIELD_LIMITS.unit,
  notes: FIELD_LIMITS.notes,
} as const;

/**
 * What is wrong with the fields as they are typed, before Submit: a text over its limit, a
 * number that is none, a negative weight. Blank required fields are left to Submit (a new form
 * would otherwise open full of errors).
 */
export function typedErrors(
  form: FormState,
  fmt: Pick<Formatter, 'mark' | 'parseNumber' | 'number'>,
  tr: Translate,
): FormErrors {
  const e: FormErrors = {};
  for (const key of Object.keys(TEXT_LIMITS) as (keyof typeof TEXT_LIMITS)[]) {
    if (key === 'team' && form.type === 'objective' && form.level === 'company') continue;
    const count = form[key].trim().length;
    if (count > TEXT_LIMITS[key]) e[key] = tr('errTooLong', { max: TEXT_LIMITS[key], count });
  }
  if (form.type !== 'keyResult') return e;
  for (const key of ['start', 'target', 'weight'] as const) {
    if (key !== 'weight' && !needsStartTarget(form)) continue;
    const text = form[key].trim();
    if (!text) continue;
    const n = key === 'weight' ? fmt.parseNumber(text) : readInUnit(text, form.unit, fmt.mark);
    if (n === null) e[key] = tr('errNumber', { example: fmt.number(1.5) });
    else if (key === 'weight' && n < 0) e.weight = tr('errWeightNegative');
  }
  return e;
}

/**
 * Checks the form; on success the item as the server takes it. A key result or initiative
 * takes its level and period (a key result also its team) from `parent`.
 */
export function validateForm(
  form: FormState,
  parent: ItemView | undefined,
  fmt: Pick<Formatter, 'mark' | 'parseNumber' | 'number'>,
  tr: Translate,
): { errors: FormErrors; input?: ItemInput } {
  const e: FormErrors = typedErrors(form, fmt, tr);
  const isObjective = form.type === 'objective';
  const title = form.title.trim();
  if (!title) e.title = tr('errTitleRequired');
  if (!isObjective && !form.parentId) e.parentId = tr('errParentRequired');
  if (isObjective && form.level !== 'company' && !form.team.trim()) e.team = tr('errTeamRequired');
  if (isObjective && form.level === 'personal' && !form.owner.trim())
    e.owner = tr('errOwnerRequired');
  const num = (key: 'start' | 'target' | 'weight'): number | '' => {
    const text = form[key].trim();
    if (!text) return '';
    const n = key === 'weight' ? fmt.parseNumber(text) : readInUnit(text, form.unit, fmt.mark);
    return n ?? ''; // not a number: typedErrors said so
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
    // What a child takes from its parent (core/hierarchy.ts); an initiative keeps its own team.
    if (parent)
      Object.assign(
        input,
        inheritedFrom(parent, { type: form.type, team: form.team || parent.team }),
      );
  }
  if (form.type === 'initiative') input.current = form.done;
  if (form.type === 'keyResult') {
    const measured = needsStartTarget(form);
    const start = measured ? num('start') : '';
    const target = measured ? num('target') : '';
    const weight = num('weight');
    if (measured && target === '' && !e.target) e.target = tr('errTargetRequired');
    if (form.kind === '' && start !== '' && target !== '' && start === target)
      e.kind = tr('errStartEqualsTarget');
    Object.assign(input, { kind: form.kind, start, target, weight, unit: form.unit.trim() });
  }
  return Object.keys(e).length ? { errors: e } : { errors: e, input };
}

/** The one request an edit makes: every field, a new parent included. */
export function updateRequest(id: string, input: ItemInput): UpdateRequest {
  const { type: _type, ...changes } = input;
  return { id, changes };
}

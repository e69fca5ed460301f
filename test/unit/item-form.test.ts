// The sidebar's Add/Edit form as data (src/sidebar/item-form.ts): an item shown in the form
// and read back gives the same item; the checks name the fields at fault; an edit is one
// updateItem request, a new parent included.
import { emptyItem, type ItemView } from '../../src/core/model';
import { FIELD_LIMITS } from '../../src/core/limits';
import { isDone } from '../../src/core/values';
import { createFormatter } from '../../src/sidebar/format';
import {
  blankForm,
  formOfItem,
  nextForm,
  typedErrors,
  updateRequest,
  validateForm,
  withType,
} from '../../src/sidebar/item-form';
import { t } from '../../src/sidebar/strings';

function view(p: Partial<ItemView> & Pick<ItemView, 'id' | 'type'>): ItemView {
  return {
    ...emptyItem(p.type, p.id),
    period: '2026-Q1',
    row: 2,
    progress: '',
    expected: '',
    status: '',
    grade: '',
    gradeColor: '',
    initiativesDone: 0,
    initiativesTotal: 0,
    ...p,
  } as ItemView;
}

const nl = createFormatter('nl_NL', 'nl');
const tr = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t('en', key, params);

const o1 = view({ id: 'O-1', type: 'objective', level: 'team', team: 'Sales', title: 'Grow' });
const o2 = view({ id: 'O-2', type: 'objective', level: 'company', period: '2026-Q2' });
const kr = view({
  id: 'KR-1',
  type: 'keyResult',
  parentId: 'O-1',
  title: 'Conversion up',
  start: 0.025,
  target: 0.04,
  unit: '%',
  weight: 2,
  level: 'team',
  team: 'Sales',
});

test('a key result shown in the form reads back as the same item (Dutch decimal comma)', () => {
  const form = formOfItem(kr, nl, isDone);
  expect([form.start, form.target, form.weight]).toEqual(['2,5', '4', '2']);
  const { errors, input } = validateForm(form, o1, nl, tr);
  expect(errors).toEqual({});
  expect(input).toMatchObject({
    type: 'keyResult',
    parentId: 'O-1',
    title: 'Conversion up',
    start: 0.025,
    target: 0.04,
    weight: 2,
    unit: '%',
    level: 'team',
    team: 'Sales',
    period: '2026-Q1',
  });
});

test('an edit that changes the parent is one updateItem request with the new parent and its level, team and period', () => {
  const form = { ...formOfItem(kr, nl, isDone), parentId: 'O-2' };
  const { input } = validateForm(form, o2, nl, tr);
  const req = updateRequest('KR-1', input!);
  expect(req.id).toBe('KR-1');
  expect(req.changes).toMatchObject({
    parentId: 'O-2',
    level: 'company',
    team: '',
    period: '2026-Q2',
  });
  expect(req.changes).not.toHaveProperty('type');
});

test("an initiative keeps its own team when edited; a new one takes its key result's", () => {
  const own = view({ id: 'I-1', type: 'initiative', parentId: 'KR-1', title: 'Do', team: 'Ops' });
  expect(validateForm(formOfItem(own, nl, isDone), kr, nl, tr).input).toMatchObject({
    team: 'Ops',
  });
  const fresh = { ...blankForm('initiative', 'KR-1', '2026-Q1'), title: 'Do' };
  expect(validateForm(fresh, kr, nl, tr).input).toMatchObject({ team: 'Sales', level: 'team' });
});

test('the checks name the fields at fault', () => {
  const form = { ...blankForm('keyResult', '', '2026-Q1'), target: 'lots', weight: '-1' };
  const { errors, input } = validateForm(form, undefined, nl, tr);
  expect(input).toBeUndefined();
  expect(Object.keys(errors).sort()).toEqual(['parentId', 'target', 'title', 'weight']);
  const team = validateForm(
    { ...blankForm('objective', '', '2026-Q1'), title: 'X', level: 'team' },
    undefined,
    nl,
    tr,
  );
  expect(Object.keys(team.errors)).toEqual(['team']);
});

test('after adding, an objective is followed by its key results; a changed type keeps a parent that fits', () => {
  const added = nextForm({ ...blankForm('objective', '', '2026-Q1'), title: 'New' }, 'O-9');
  expect([added.type, added.parentId, added.title]).toEqual(['keyResult', 'O-9', '']);
  const items = [o1, kr];
  expect(withType(blankForm('keyResult', 'O-1', ''), 'initiative', items, 'KR-1').parentId).toBe(
    'KR-1',
  );
  expect(withType(blankForm('initiative', 'KR-1', ''), 'initiative', items, '').parentId).toBe(
    'KR-1',
  );
  expect(withType(blankForm('keyResult', 'O-1', ''), 'keyResult', items, '').parentId).toBe('O-1');
  expect(withType(blankForm('keyResult', 'O-1', ''), 'objective', items, '').parentId).toBe('');
});

describe('typedErrors: each field as it is typed, before Submit', () => {
  const trNl = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) =>
    t('nl', key, params);
  const blank = blankForm('keyResult', 'O-1', '2026-Q1');

  test('a text over its limit (core/limits.ts) is named at its field, with the count', () => {
    for (const key of ['title', 'unit', 'owner', 'notes'] as const) {
      const max = FIELD_LIMITS[key];
      expect(typedErrors({ ...blank, [key]: 'x'.repeat(max) }, nl, tr)[key]).toBeUndefined();
      const e = typedErrors({ ...blank, [key]: 'x'.repeat(max + 3) }, nl, tr);
      expect(Object.keys(e)).toEqual([key]);
      expect(e[key]).toBe(`At most ${max} characters; this is ${max + 3}. Shorten it.`);
      expect(typedErrors({ ...blank, [key]: 'x'.repeat(max + 3) }, nl, trNl)[key]).toBe(
        `Hoogstens ${max} tekens; dit zijn er ${max + 3}. Maak het korter.`,
      );
    }
  });

  test('a number that is none and a negative weight, but no "required" on a fresh form', () => {
    expect(typedErrors(blank, nl, tr)).toEqual({});
    const e = typedErrors({ ...blank, start: 'abc', target: '4', weight: '-1' }, nl, tr);
    expect(Object.keys(e).sort()).toEqual(['start', 'weight']);
    // Submit says the same, and adds what is missing.
    const submitted = validateForm({ ...blank, start: 'abc', weight: '-1' }, o1, nl, tr).errors;
    expect(submitted).toMatchObject({ start: e.start, weight: e.weight });
    expect(Object.keys(submitted).sort()).toEqual(['start', 'target', 'title', 'weight']);
  });

  test("a company objective's hidden team is not judged", () => {
    const o = { ...blankForm('objective', '', '2026'), team: 'x'.repeat(FIELD_LIMITS.team + 1) };
    expect(typedErrors(o, nl, tr)).toEqual({});
    expect(typedErrors({ ...o, level: 'team' }, nl, tr).team).toBeDefined();
  });
});

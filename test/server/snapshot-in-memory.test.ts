// setUp, addItem and deleteItem answer with a snapshot built from the tab in memory (the rows
// written; the new row placed and the rows below it moved down; the deleted rows gone and the
// rows below moved up, cleared alignments included) instead of reading the tab again: it must be
// exactly what a fresh read of the workbook shows, wherever the rows are and whatever was typed.
import type { ItemInput } from '../../src/core/model';
import type { MutationResult } from '../../src/shared/rpc';
import { call, fresh, snapshot } from './workbook-helpers';

const CASES: [string, ItemInput][] = [
  [
    'a key result in the middle',
    { type: 'keyResult', parentId: 'O-1', title: 'Middle', target: 5 },
  ],
  [
    'a key result with text numbers and spaces around the title',
    { type: 'keyResult', parentId: 'O-2', title: '  Spaced out  ', start: '10%', target: '40%' },
  ],
  ['an initiative under a key result', { type: 'initiative', parentId: 'KR-1', title: 'Do it' }],
  [
    'an objective at the top level',
    { type: 'objective', title: 'New direction', level: 'team', team: 'Ops' },
  ],
  [
    'a key result of the last objective (the row goes at the end)',
    { type: 'keyResult', parentId: 'LAST', title: 'At the end', target: 3, unit: 'deals' },
  ],
  [
    'a milestone with a note, owner and period of its own',
    {
      type: 'keyResult',
      parentId: 'O-1',
      title: 'Launch',
      kind: 'milestone',
      owner: 'Ann',
      period: '2026-Q2',
      notes: 'first line\nsecond',
    },
  ],
];

describe('addItem: the answer is what a fresh read shows', () => {
  for (const locale of ['en_US', 'nl_NL'])
    test.each(CASES)(`${locale}: %s`, (_name, input) => {
      const { addon } = fresh({ locale });
      call(addon, 'setUp', { example: true });
      let req = input;
      if (input.parentId === 'LAST') {
        const objectives = snapshot(addon).items.filter((i) => i.type === 'objective');
        req = { ...input, parentId: objectives[objectives.length - 1]!.id };
      }
      const answer = call<MutationResult>(addon, 'addItem', req);
      expect(answer.snapshot.items.find((i) => i.id === answer.id)).toBeDefined();
      expect(answer.snapshot).toEqual(snapshot(addon));
    });
});

describe('deleteItem: the answer is what a fresh read shows', () => {
  const DELETES: [string, (ids: string[]) => { id: string; withChildren?: boolean }][] = [
    [
      'a key result in the middle, with its initiatives',
      () => ({ id: 'KR-2', withChildren: true }),
    ],
    ['an initiative', (ids) => ({ id: ids.find((i) => i.startsWith('I-'))! })],
    ['the first objective with everything below it', () => ({ id: 'O-1', withChildren: true })],
    [
      'the last objective with everything below it',
      (ids) => ({
        id: ids.filter((i) => i.startsWith('O-')).pop()!,
        withChildren: true,
      }),
    ],
  ];
  for (const locale of ['en_US', 'nl_NL'])
    test.each(DELETES)(`${locale}: %s`, (_name, pick) => {
      const { addon } = fresh({ locale });
      call(addon, 'setUp', { example: true });
      const before = snapshot(addon).items;
      const req = pick(before.map((i) => i.id));
      const answer = call<MutationResult>(addon, 'deleteItem', req);
      expect(answer.snapshot.items.length).toBeLessThan(before.length);
      expect(answer.snapshot).toEqual(snapshot(addon));
    });

  test('an objective others are aligned to: the cleared alignments are in the answer', () => {
    const { addon } = fresh();
    call(addon, 'setUp', { example: true });
    const aligned = snapshot(addon).items.find((i) => i.alignedTo);
    expect(aligned).toBeDefined();
    const answer = call<MutationResult>(addon, 'deleteItem', {
      id: aligned!.alignedTo,
      withChildren: true,
    });
    expect(answer.snapshot.items.find((i) => i.id === aligned!.id)?.alignedTo).toBe('');
    expect(answer.snapshot).toEqual(snapshot(addon));
  });
});

describe('setUp: the answer is what a fresh read shows', () => {
  for (const locale of ['en_US', 'nl_NL'])
    test.each([true, false])(`${locale}, example %s`, (example) => {
      const { addon } = fresh({ locale });
      const answer = call<MutationResult>(addon, 'setUp', { example });
      expect(answer.snapshot.ready).toBe(true);
      expect(answer.snapshot.items.length > 0).toBe(example);
      expect(answer.snapshot).toEqual(snapshot(addon));
    });
});

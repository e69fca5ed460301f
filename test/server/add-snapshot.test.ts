// addItem answers with a snapshot built from the tab in memory (the new row placed, the rows
// below it moved down) instead of reading 35,000 rows again: it must be exactly what a fresh
// read of the workbook shows, wherever the row goes and whatever was typed.
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

// The alignment map's tree (src/core/alignment.ts): objectives under what they align to, through
// the key result they contribute to; roots by level; periods; cycles cut; every objective once.
import fc from 'fast-check';
import { alignmentTree, type AlignableItem, type AlignmentNode } from '../../src/core/alignment';
import type { ItemType, Level } from '../../src/core/vocabulary';

let row = 1;
function item(
  id: string,
  type: ItemType,
  level: Level,
  more: Partial<AlignableItem> = {},
): AlignableItem {
  return { id, type, level, period: '2026-Q1', parentId: '', alignedTo: '', row: ++row, ...more };
}

/** The tree as text: "O-1(3)[KR-1[O-2(0)]]" (objectives below in brackets). */
function shape(nodes: AlignmentNode<AlignableItem>[]): string {
  return nodes
    .map((n) => {
      const count = n.item.type === 'objective' ? `(${n.objectives})` : '';
      const kids = n.children.length ? `[${shape(n.children)}]` : '';
      return `${n.item.id}${count}${kids}`;
    })
    .join(' ');
}

const example = () => {
  row = 1;
  return [
    item('O-1', 'objective', 'company'),
    item('KR-1', 'keyResult', 'company', { parentId: 'O-1' }),
    item('KR-2', 'keyResult', 'company', { parentId: 'O-1' }),
    item('O-2', 'objective', 'team', { alignedTo: 'KR-1' }),
    item('KR-3', 'keyResult', 'team', { parentId: 'O-2' }),
    item('O-3', 'objective', 'team', { alignedTo: 'o-1' }),
    item('O-4', 'objective', 'personal', { alignedTo: 'KR-3' }),
    item('O-5', 'objective', 'team', { alignedTo: 'KR-1' }),
    item('O-6', 'objective', 'team'),
    item('O-7', 'objective', 'company', { period: '2026' }),
    item('O-8', 'objective', 'company', { alignedTo: 'O-7' }),
    item('O-9', 'objective', 'company', { period: '2026-Q2', alignedTo: 'O-7' }),
    item('I-1', 'initiative', 'team', { parentId: 'KR-3' }),
  ];
};

test('objectives hang under the key result or objective they align to; roots company first', () => {
  expect(shape(alignmentTree(example(), '2026-Q1'))).toBe(
    'O-1(4)[KR-1[O-2(1)[KR-3[O-4(0)]] O-5(0)] O-3(0)] O-7(1)[O-8(0)] O-6(0)',
  );
});

test('a period shows its own objectives and the annual ones; every period shows all', () => {
  expect(shape(alignmentTree(example(), '2026-Q2'))).toBe('O-7(1)[O-9(0)]');
  const all = alignmentTree(example());
  expect(shape(all)).toBe(
    'O-1(4)[KR-1[O-2(1)[KR-3[O-4(0)]] O-5(0)] O-3(0)] O-7(2)[O-8(0) O-9(0)] O-6(0)',
  );
});

test('an objective aligned to an item out of view, missing, or not an objective is a root', () => {
  row = 1;
  const items = [
    item('O-1', 'objective', 'company', { period: '2025-Q4' }),
    item('O-2', 'objective', 'team', { alignedTo: 'O-1' }),
    item('O-3', 'objective', 'team', { alignedTo: 'X-404' }),
    item('I-1', 'initiative', 'company'),
    item('O-4', 'objective', 'personal', { alignedTo: 'I-1' }),
    item('O-5', 'objective', 'personal', { alignedTo: 'O-5' }),
  ];
  expect(shape(alignmentTree(items, '2026-Q1'))).toBe('O-2(0) O-3(0) O-4(0) O-5(0)');
});

test('a cycle of alignments is cut: each objective appears once', () => {
  row = 1;
  const items = [
    item('O-1', 'objective', 'team', { alignedTo: 'KR-2' }),
    item('KR-1', 'keyResult', 'team', { parentId: 'O-1' }),
    item('O-2', 'objective', 'team', { alignedTo: 'KR-1' }),
    item('KR-2', 'keyResult', 'team', { parentId: 'O-2' }),
  ];
  expect(shape(alignmentTree(items))).toBe('O-1(1)[KR-1[O-2(0)]]');
});

test('property: every objective in view appears once, under what it aligns to unless cut', () => {
  const arb = fc.array(
    fc.record({
      type: fc.constantFrom<ItemType>('objective', 'keyResult', 'initiative'),
      level: fc.constantFrom<Level>('company', 'team', 'personal'),
      period: fc.constantFrom('2026', '2026-Q1', '2026-Q2', ''),
      parent: fc.nat(40),
      aligned: fc.option(fc.nat(40), { nil: undefined }),
    }),
    { maxLength: 40 },
  );
  fc.assert(
    fc.property(arb, fc.constantFrom('', '2026-Q1', '2026'), (specs, period) => {
      const items: AlignableItem[] = specs.map((s, i) => ({
        id: `X-${i}`,
        type: s.type,
        level: s.level,
        period: s.period,
        parentId: `X-${s.parent}`,
        alignedTo: s.aligned === undefined ? '' : `X-${s.aligned}`,
        row: i + 2,
      }));
      const roots = alignmentTree(items, period);
      const seen: string[] = [];
      const visit = (n: AlignmentNode<AlignableItem>, parent?: AlignmentNode<AlignableItem>) => {
        let below = 0;
        if (n.item.type === 'objective') {
          seen.push(n.item.id);
          // Under the objective it aligns to, or under the key result it aligns to.
          if (parent) expect(n.item.alignedTo).not.toBe('');
          if (parent?.item.type === 'objective') expect(n.item.alignedTo).toBe(parent.item.id);
          if (parent?.item.type === 'keyResult') expect(n.item.alignedTo).toBe(parent.item.id);
        } else {
          expect(n.item.type).toBe('keyResult');
          expect(n.children.length).toBeGreaterThan(0);
          expect(parent && n.item.parentId).toBe(parent?.item.id);
        }
        for (const c of n.children) below += visit(c, n) + (c.item.type === 'objective' ? 1 : 0);
        expect(n.objectives).toBe(below);
        return below;
      };
      for (const r of roots) {
        expect(r.item.type).toBe('objective');
        visit(r);
      }
      const inView = items
        .filter((i) => i.type === 'objective')
        .filter((i) => period === '' || i.period === period || period.startsWith(i.period + '-'))
        .filter((i) => i.period !== '' || period === '');
      expect(seen.sort()).toEqual(inView.map((i) => i.id).sort());
    }),
  );
});

// The alignment map's bench figure runs (its time is printed by npm run bench, never asserted).
import { benchAlignmentTree, formatAlignmentTree } from '../../dev/bench/alignment-tree';

test('builds the tree for generated objectives and reports a figure', () => {
  const r = benchAlignmentTree(50, 2);
  expect(r).toMatchObject({ objectives: 50, runs: 2 });
  expect(formatAlignmentTree([r])).toMatch(/^Alignment map tree over 50 objectives: [\d.]+ ms CPU/);
});

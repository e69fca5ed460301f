// The alignment map's cost in the browser: building the tree (src/core/alignment.ts) for N
// objectives of three levels (a company objective per 25, a team objective per 5 aligned to a
// company key result, the rest personal, aligned to a team key result), three key results each.
// CPU time, best of `runs`; the figure npm run bench prints at 500 and 5,000 objectives.
import { alignmentTree, type AlignableItem } from '../../src/core/alignment';

export interface AlignmentTreeResult {
  objectives: number;
  cpuMs: number;
  runs: number;
}

function items(objectives: number): AlignableItem[] {
  const out: AlignableItem[] = [];
  let row = 1;
  let company = '';
  let team = '';
  for (let o = 1; o <= objectives; o++) {
    const level = o % 25 === 1 ? 'company' : o % 5 === 1 ? 'team' : 'personal';
    const alignedTo = level === 'company' ? '' : level === 'team' ? company : team;
    out.push({
      id: `O-${o}`,
      type: 'objective',
      level,
      period: '2026-Q1',
      parentId: '',
      alignedTo,
      row: ++row,
    });
    for (let k = 1; k <= 3; k++) {
      const id = `KR-${o}-${k}`;
      out.push({
        id,
        type: 'keyResult',
        level,
        period: '2026-Q1',
        parentId: `O-${o}`,
        alignedTo: '',
        row: ++row,
      });
      if (k === 1 && level === 'company') company = id;
      if (k === 1 && level === 'team') team = id;
    }
  }
  return out;
}

export function benchAlignmentTree(objectives: number, runs = 5): AlignmentTreeResult {
  const all = items(objectives);
  alignmentTree(all, '2026-Q1'); // warm up
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    const roots = alignmentTree(all, '2026-Q1');
    const used = process.cpuUsage(t0);
    best = Math.min(best, (used.user + used.system) / 1000);
    if (roots.length === 0) throw new Error('alignment tree: no roots');
  }
  return { objectives, cpuMs: Math.round(best * 100) / 100, runs };
}

export function formatAlignmentTree(results: readonly AlignmentTreeResult[]): string {
  return results
    .map(
      (r) =>
        `Alignment map tree over ${r.objectives} objectives: ${r.cpuMs.toFixed(2)} ms CPU (best of ${r.runs}).`,
    )
    .join('\n');
}

// Last touches once every row is read: periods (objectives without one get the default,
// key results and initiatives their parent's) and the kind of each key result that did not
// name one (milestone, increase or decrease, read from its values).
import { formatPeriod, tryParsePeriod } from '../period';
import type { KrKind, OkrItem } from '../model';
import { isMilestoneCell, readNumber } from './normalise';
import type { Report } from './report';
import type { Draft, Tree } from './tree';

function numberOf(cell: OkrItem['start']): number | null {
  const read = readNumber(cell);
  return typeof read.value === 'number' ? read.value : null;
}

/** The kind a key result's values imply; '' when they say nothing (auto). */
export function inferKind(item: OkrItem): KrKind | '' {
  const target = numberOf(item.target);
  if (isMilestoneCell(item.current) || isMilestoneCell(item.target)) {
    const plainTarget = item.target === '' || isMilestoneCell(item.target) || target === 1;
    if (plainTarget) return 'milestone';
  }
  if (target === null) return '';
  const start = item.start === '' ? 0 : numberOf(item.start);
  if (start === null || start === target) return '';
  return target > start ? 'increase' : 'decrease';
}

function settle(draft: Draft, period: string): void {
  if (draft.item.period === '') draft.item.period = period;
  if (draft.item.type === 'keyResult' && draft.item.kind === '')
    draft.item.kind = inferKind(draft.item);
  for (const child of draft.children) settle(child, draft.item.period);
}

export function finishTree(tree: Tree, defaultPeriod: string, report: Report): void {
  let defaulted = 0;
  for (const objective of tree.objectives) {
    if (objective.item.period === '' && defaultPeriod !== '') defaulted++;
    settle(objective, defaultPeriod);
  }
  if (defaulted > 0) {
    const parsed = tryParsePeriod(defaultPeriod);
    const period = parsed ? formatPeriod(parsed, report.lang) : defaultPeriod;
    report.warn(0, 'import.periodDefaulted', { count: defaulted, period });
  }
}

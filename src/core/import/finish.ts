// Last touches once every row is read: periods (objectives without one get the default,
// key results and initiatives their parent's), the kind of each key result that did not
// name one (milestone, increase or decrease, read from its values), and a warning where a
// title speaks of percentages but the values are plain fractions (the unit is not guessed).
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

/** A key result whose title names a percentage while its values are fractions without unit. */
function percentInTitle(item: OkrItem): boolean {
  if (item.unit !== '' || !item.title.includes('%')) return false;
  const values = [item.start, item.target, item.current].map(numberOf);
  return values.some((v) => v !== null && v !== 0 && Math.abs(v) < 1);
}

function settle(draft: Draft, period: string, report: Report): void {
  if (draft.item.period === '') draft.item.period = period;
  if (draft.item.type === 'keyResult') {
    if (draft.item.kind === '') draft.item.kind = inferKind(draft.item);
    if (percentInTitle(draft.item)) {
      const values = [draft.item.start, draft.item.target, draft.item.current];
      report.warn(draft.row, 'import.percentNotGuessed', {
        title: draft.item.title,
        values: values.filter((v) => v !== '').join(' / '),
      });
    }
  }
  for (const child of draft.children) settle(child, draft.item.period, report);
}

export function finishTree(tree: Tree, defaultPeriod: string, report: Report): void {
  let defaulted = 0;
  for (const objective of tree.objectives) {
    if (objective.item.period === '' && defaultPeriod !== '') defaulted++;
    settle(objective, defaultPeriod, report);
  }
  if (defaulted > 0) {
    const parsed = tryParsePeriod(defaultPeriod);
    const period = parsed ? formatPeriod(parsed, report.lang) : defaultPeriod;
    report.warn(0, 'import.periodDefaulted', { count: defaulted, period });
  }
}

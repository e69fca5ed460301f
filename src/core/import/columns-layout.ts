// Layout 1: separate columns for objective, key result and initiative. Covers both
//  - flat tables that repeat the objective (and key result) on every row: rows are grouped by
//    objective title + level + team + period (+ owner for personal objectives), key results
//    by title within their objective;
//  - sheets where a blank means "same as above": a row with only an objective starts it, rows
//    below with a blank objective belong to it, and blank owner/team inherit from the row above
//    within the same objective (never the owner: a person is named, not assumed).
// Section lines ("Team: Sales") and headings ("Initiatives:" in the key result column, with the
// initiatives below it as bullets in that column) are read by lines.ts.
import { titleKey } from './cells';
import {
  fillInitiativeState,
  fillMeasures,
  fillPlace,
  finishRow,
  inferLevel,
  peekPlace,
  type FillContext,
} from './fields';
import { headingParent, readStructureLine, type Heading } from './lines';
import { isNoteLine, readCheckboxTitle, readMarker } from './markers';
import type { RowView } from './row';
import { childTitled, type Draft, type Tree } from './tree';

function objectiveKey(title: string, row: RowView, ctx: FillContext): string {
  const place = peekPlace(row, ctx.scope);
  const level = place.level ?? inferLevel(place.team);
  const owner = level === 'personal' ? place.owner.toLowerCase() : '';
  return [titleKey(title), level, place.team.toLowerCase(), place.period, owner].join('\u0000');
}

/** A row with no title: more about the item on the row right above, or (after a gap) unplaced. */
export function readContinuation(
  ctx: FillContext,
  row: RowView,
  previous: Draft | null,
): Draft | null {
  if (previous) {
    ctx.report.note(row.number, previous.item.title, row.allText());
    finishRow(row, previous, []);
    return previous;
  }
  ctx.report.unplace(row.number, row.allText());
  row.useAll();
  return null;
}

export function readColumnsLayout(ctx: FillContext, rows: Iterable<RowView>, tree: Tree): void {
  const { report } = ctx;
  const objectiveByKey = new Map<string, Draft>();
  let objective: Draft | null = null;
  let keyResult: Draft | null = null;
  /** The item of the row above within the current objective (for "same as above"). */
  let above: Draft | null = null;
  /** The item of the previous row, null after a blank row. */
  let previous: Draft | null = null;
  let heading: Heading | null = null;

  for (const row of rows) {
    if (row.isBlank()) {
      previous = null;
      continue;
    }
    const line = readStructureLine(ctx, row);
    if (line) {
      if (line !== 'section') heading = line;
      previous = null;
      continue;
    }
    const o = row.text('objectiveTitle');
    if (o) heading = null;
    let k = row.text('keyResultTitle');
    let i = row.text('initiativeTitle');
    // Under an "Initiatives:" heading, the key result column lists initiatives.
    const listed = heading?.type === 'initiative' && !o && k !== '' && i === '';
    if (listed) [i, k] = [k, ''];
    if (!o && !k && !i) {
      previous = readContinuation(ctx, row, previous);
      continue;
    }
    if (o && !k && !i && isNoteLine(o)) {
      report.unplace(row.number, row.allText());
      row.useAll();
      previous = null;
      continue;
    }

    const touched: Draft[] = [];
    if (o) {
      row.use('objectiveTitle');
      const key = objectiveKey(o, row, ctx);
      let found = objectiveByKey.get(key);
      if (!found) {
        found = tree.add('objective', o, row.number, null);
        objectiveByKey.set(key, found);
        fillPlace(ctx, row, found, null);
      } else if (!k && !i) {
        fillPlace(ctx, row, found, null);
      }
      if (found !== objective) {
        objective = found;
        keyResult = null;
        above = found;
      }
      touched.push(found);
    }
    if (!objective) {
      report.warn(row.number, k ? 'import.krWithoutObjective' : 'import.initiativeWithoutKr', {
        title: k || i,
      });
      report.unplace(row.number, row.allText());
      row.useAll();
      previous = null;
      continue;
    }

    let deepest: Draft = objective;
    if (k) {
      row.use('keyResultTitle');
      let kr = childTitled(objective, k);
      if (!kr) kr = tree.add('keyResult', k, row.number, objective);
      if (kr.fresh || !i) fillPlace(ctx, row, kr, above);
      fillMeasures(ctx, row, kr);
      keyResult = kr;
      above = kr;
      touched.push(kr);
      deepest = kr;
    }
    if (i) {
      if (listed && heading) keyResult = headingParent(ctx, heading, keyResult);
      if (!keyResult) {
        report.warn(row.number, 'import.initiativeWithoutKr', { title: i });
        report.unplace(row.number, row.leftovers().join(' | '));
        row.useAll();
        finishRow(row, deepest, touched);
        previous = null;
        continue;
      }
      const titleField = listed ? 'keyResultTitle' : 'initiativeTitle';
      row.use(titleField);
      // "- [x] Write the script": the box is the initiative's state, the rest its title.
      const checkbox = readCheckboxTitle(i);
      const box = checkbox?.rest ? checkbox : null;
      const marker = listed && !box ? readMarker(i) : null;
      const title = box?.rest ?? (marker?.bare && marker.rest ? marker.rest : i);
      let initiative = childTitled(keyResult, title);
      if (initiative && k) {
        // A flat table listing the same initiative twice: one item; differences go to notes.
        report.warn(row.number, 'import.duplicateRow', { title });
      } else {
        initiative = tree.add('initiative', title, row.number, keyResult);
      }
      fillPlace(ctx, row, initiative, above);
      if (!k) fillInitiativeState(ctx, row, initiative, titleField, box?.done);
      else if (box && initiative.fresh) initiative.item.current = box.done;
      above = initiative;
      touched.push(initiative);
      deepest = initiative;
    }
    finishRow(row, deepest, touched);
    previous = deepest;
  }
}

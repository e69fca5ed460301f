// Layout 2: an outline in one description column. Each line says what it is by a marker
// ("Objective:", "KR:", "- " …, see markers.ts), by a numbered scheme (inline "KR1.2" or in an
// ID column), or by a Type column. Unmarked lines are read from what the sheet does mark: when
// objectives carry no marker but key results do, an unmarked line is an objective, and so on;
// a line with numbers (start, target, current) is a key result. A heading line ("Key
// results:", "Initiatives:") says what the bullets and unmarked lines below it are; a section
// line ("Team: Sales") sets the context of the lines below it (lines.ts).
import type { ItemType } from '../model';
import { ITEM_TYPES } from '../vocabulary';
import { readContinuation } from './columns-layout';
import {
  checkboxCell,
  fillInitiativeState,
  fillMeasures,
  fillPlace,
  finishRow,
  type FillContext,
} from './fields';
import { headingParent, readStructureLine, type Heading } from './lines';
import { isNoteLine, parentCode, readIdCode, readMarker, readTypeWord } from './markers';
import type { RowView } from './row';
import type { Draft, Tree } from './tree';

export interface OutlineOptions {
  /** The sheet numbers its lines "1.", "1.1", "1.1.1". */
  plainNumbers: boolean;
  /** The types the sheet marks explicitly somewhere. */
  marked: ReadonlySet<ItemType>;
}

const ORDER = ITEM_TYPES;

function hasMeasures(row: RowView): boolean {
  return row.peek('start') !== null || row.peek('target') !== null || row.peek('current') !== null;
}

/** The type of an unmarked line, or null when it is more text for the line above. */
function unmarkedType(
  row: RowView,
  options: OutlineOptions,
  inObjective: boolean,
): ItemType | null {
  if (hasMeasures(row) && inObjective) return 'keyResult';
  if (options.marked.size === 0) {
    const placed = row.peek('level') !== null || row.peek('period') !== null;
    return placed || !inObjective ? 'objective' : 'keyResult';
  }
  return ORDER.find((type) => !options.marked.has(type)) ?? null;
}

export function readOutlineLayout(
  ctx: FillContext,
  rows: Iterable<RowView>,
  tree: Tree,
  options: OutlineOptions,
): void {
  const { report } = ctx;
  const objectiveByCode = new Map<string, Draft>();
  const keyResultByCode = new Map<string, Draft>();
  let objective: Draft | null = null;
  let keyResult: Draft | null = null;
  let above: Draft | null = null;
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
    const description = row.peek('title');
    const typeCell = row.peek('type');
    const idCell = row.peek('id');

    let type: ItemType | null = typeCell ? readTypeWord(typeCell.text) : null;
    if (type) row.use('type');
    let explicit = type !== null;
    let code = '';
    const idCode = idCell ? readIdCode(idCell.text) : null;
    if (idCode) {
      type = type ?? idCode.type;
      code = idCode.code;
      explicit = true;
    }
    let title = description?.text ?? '';
    const marker = description ? readMarker(description.text, options.plainNumbers) : null;
    if (marker) {
      type = type ?? marker.type;
      title = marker.rest;
      code = code || marker.code;
      explicit ||= !marker.bare;
    }
    if (!type && description && isNoteLine(description.text)) {
      report.unplace(row.number, row.allText());
      row.useAll();
      previous = null;
      continue;
    }
    // Under a heading, bullets are of its type; so are unmarked lines until the first bullet
    // (after bullets, an unmarked line is a remark about the line above).
    if (heading && marker?.bare && !explicit) {
      type = heading.type;
      heading.bullets = true;
    } else if (heading && !type && description && !heading.bullets) type = heading.type;
    else if (!type && description && checkboxCell(row, 'title')) type = 'initiative';
    if (!type && description) type = unmarkedType(row, options, objective !== null);
    if (explicit && type === 'objective' && heading?.type !== 'objective') heading = null;
    if (!type) {
      previous = readContinuation(ctx, row, previous);
      continue;
    }
    row.use('title');
    if (title === '') {
      report.warn(row.number, 'import.emptyTitle', {
        value: description?.text ?? typeCell?.text ?? idCell?.text ?? '',
      });
    }

    let draft: Draft;
    if (type === 'objective') {
      draft = tree.add('objective', title, row.number, null);
      fillPlace(ctx, row, draft, null);
      objective = draft;
      keyResult = null;
      if (code) objectiveByCode.set(code, draft);
    } else if (type === 'keyResult') {
      const byCode = code ? objectiveByCode.get(parentCode(code) ?? '') : undefined;
      const parent: Draft | null = byCode ?? objective;
      if (!parent) {
        report.warn(row.number, 'import.krWithoutObjective', { title: title || row.allText() });
        report.unplace(row.number, row.allText());
        row.useAll();
        previous = null;
        continue;
      }
      draft = tree.add('keyResult', title, row.number, parent);
      fillPlace(ctx, row, draft, parent === objective && above ? above : parent);
      fillMeasures(ctx, row, draft);
      if (marker?.done !== undefined && draft.item.current === '') draft.item.current = marker.done;
      objective = parent;
      keyResult = draft;
      if (code) keyResultByCode.set(code, draft);
    } else {
      const byCode = code ? keyResultByCode.get(parentCode(code) ?? '') : undefined;
      const underHeading = heading?.type === 'initiative' && !explicit;
      const parent: Draft | null =
        byCode ?? (underHeading && heading ? headingParent(ctx, heading, keyResult) : keyResult);
      if (!parent) {
        report.warn(row.number, 'import.initiativeWithoutKr', { title: title || row.allText() });
        report.unplace(row.number, row.allText());
        row.useAll();
        previous = null;
        continue;
      }
      draft = tree.add('initiative', title, row.number, parent);
      fillPlace(ctx, row, draft, parent === keyResult && above ? above : parent);
      fillInitiativeState(ctx, row, draft, 'title', marker?.done);
      keyResult = parent;
      objective = parent.parent;
    }
    above = draft;
    finishRow(row, draft, []);
    previous = draft;
  }
}

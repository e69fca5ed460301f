// Which layout a sheet uses, decided from its columns and the text in them (people are never
// asked): separate objective / key result / initiative columns, or an outline in one column.
import { ITEM_TYPES, type ItemType } from '../vocabulary';
import type { Grid } from './cells';
import type { Column } from './headers';
import { hasPlainNumber, readHeading, readMarker } from './markers';
import type { OutlineOptions } from './outline-layout';

export type Layout =
  | { kind: 'columns' }
  | ({ kind: 'outline'; column: Column; guessed: boolean } & OutlineOptions)
  | { kind: 'none' };

interface ColumnSniff {
  markers: number;
  plainNumbers: number;
  marked: Set<ItemType>;
}

function sniff(grid: Grid, column: Column, firstRow: number): ColumnSniff {
  const result: ColumnSniff = { markers: 0, plainNumbers: 0, marked: new Set() };
  for (let r = firstRow; r < grid.texts.length; r++) {
    const text = grid.texts[r]?.[column.index] ?? '';
    if (text === '') continue;
    const marker = readMarker(text);
    // A heading ("Key results:") marks its type for the lines below it.
    const heading = marker ? null : readHeading(text);
    if (marker || heading) {
      result.markers++;
      result.marked.add(marker ? marker.type : (heading as ItemType));
    } else if (hasPlainNumber(text)) {
      result.plainNumbers++;
    }
  }
  return result;
}

function outline(column: Column, found: ColumnSniff, guessed: boolean): Layout {
  column.field = 'title';
  column.labelled = false;
  const plainNumbers = found.plainNumbers >= 2 && found.plainNumbers >= found.markers;
  const marked = new Set(found.marked);
  if (plainNumbers) ITEM_TYPES.forEach((type) => marked.add(type));
  return { kind: 'outline', column, guessed, plainNumbers, marked };
}

/**
 * The layout, adjusting columns where the sheet says otherwise: a lone "Objective" column full
 * of "KR:" lines is really an outline; a Description column beside Objective holds key results.
 * `firstRow` is the first data row (0-based).
 */
export function chooseLayout(columns: Column[], grid: Grid, firstRow: number): Layout {
  const byField = (field: Column['field']): Column | undefined =>
    columns.find((c) => c.field === field);
  const objective = byField('objectiveTitle');
  const keyResult = byField('keyResultTitle');
  const initiative = byField('initiativeTitle');
  const title = byField('title');
  const separate = [objective, keyResult, initiative].filter((c): c is Column => c !== undefined);

  if (separate.length === 1 && !title) {
    const only = separate[0] as Column;
    const found = sniff(grid, only, firstRow);
    const otherTypes = [...found.marked].some((type) => type !== fieldType(only.field));
    if (otherTypes) return outline(only, found, false);
  }
  if (separate.length > 0) {
    if (title) {
      if (objective && !keyResult) title.field = 'keyResultTitle';
      else if (keyResult && !initiative) title.field = 'initiativeTitle';
      else title.labelled = true;
      if (title.field === 'title') title.field = 'notes';
    }
    return { kind: 'columns' };
  }
  if (title) return outline(title, sniff(grid, title, firstRow), false);

  let best: { column: Column; found: ColumnSniff } | null = null;
  for (const column of columns) {
    const found = sniff(grid, column, firstRow);
    const score = found.markers + found.plainNumbers;
    if (score > 0 && (!best || score > best.found.markers + best.found.plainNumbers)) {
      best = { column, found };
    }
  }
  return best ? outline(best.column, best.found, true) : { kind: 'none' };
}

function fieldType(field: Column['field']): ItemType | null {
  if (field === 'objectiveTitle') return 'objective';
  if (field === 'keyResultTitle') return 'keyResult';
  if (field === 'initiativeTitle') return 'initiative';
  return null;
}

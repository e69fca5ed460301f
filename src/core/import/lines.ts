// Rows inside the data that are structure, not items: section lines ("Team: Sales", "Kwartaal:
// K3 2026") that set the context of the rows below them (context.ts), and heading lines
// ("Initiatives:", "Key results") that say what the lines below them are. Both sit alone on
// their row, in a title column or a column without a field; each is listed in the preview.
import type { ItemType } from '../model';
import { itemTypeName } from '../vocabulary';
import { readContextLine } from './context';
import type { FillContext } from './fields';
import { isTitleField } from './headers';
import { readHeading } from './markers';
import type { RowView } from './row';
import type { Draft } from './tree';

/** The heading in force: the type of the lines below it, and where it stands. */
export interface Heading {
  type: ItemType;
  row: number;
  text: string;
  /** The key result its initiatives were last reported under (one warning per key result). */
  reported: Draft | null;
  /** A bullet was read under it (unmarked lines below are then remarks, not items). */
  bullets: boolean;
}

/**
 * A section line or heading on `row`: read, listed in the report and its cells used. Returns
 * the heading, 'section', or null when the row is neither.
 */
export function readStructureLine(ctx: FillContext, row: RowView): Heading | 'section' | null {
  const filled = row.filled();
  if (filled.length === 0 || filled.length > 2) return null;
  const free = filled.every(
    (f) => isTitleField(f.column.field) || (f.column.field === 'notes' && f.column.labelled),
  );
  if (!free || filled.some((f) => typeof f.cell !== 'string')) return null;
  const texts = filled.map((f) => f.text);
  const type = filled.length === 1 ? readHeading(texts[0] as string) : null;
  if (type) {
    ctx.report.took(row.number, 'import.heading', {
      text: texts[0] as string,
      type: itemTypeName(type, ctx.report.lang),
    });
    row.useAll();
    return { type, row: row.number, text: texts[0] as string, reported: null, bullets: false };
  }
  const facts = readContextLine(texts, ctx.scope.defaultPeriod, false);
  if (facts.length === 0) return null;
  ctx.scope.set(row.number, row.allText(), facts);
  row.useAll();
  return 'section';
}

/**
 * The key result for initiatives listed under an "Initiatives:" heading of an objective: its
 * latest key result. When the objective has several, the preview says which one took them.
 */
export function headingParent(
  ctx: FillContext,
  heading: Heading,
  keyResult: Draft | null,
): Draft | null {
  if (!keyResult || heading.reported === keyResult) return keyResult;
  heading.reported = keyResult;
  const objective = keyResult.parent;
  if (objective && objective.children.length > 1) {
    ctx.report.warn(heading.row, 'import.headingPlaced', {
      text: heading.text,
      objective: objective.item.title,
      keyResult: keyResult.item.title,
    });
  }
  return keyResult;
}

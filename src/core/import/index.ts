// "Structure this sheet": a loose sheet (the 2D array Range.getValues() returns) turned into
// OKR items, with a report of what was found and what could not be placed. Pure and
// deterministic; it never throws: bad input becomes warnings, and every non-empty cell ends up
// in an item (a field or its notes), in a warning, or in `unplaced`.
//
//   cells → header row (headers.ts) → title lines above it read as context (context.ts) →
//   layout (layout.ts) → rows read by the columns layout (columns-layout.ts) or the outline
//   layout (outline-layout.ts), with section and heading lines (lines.ts), into a tree
//   (tree.ts) → periods, kinds and units settled (finish.ts) → items in outline order with IDs.
import type { ColumnMapping } from './types';
import type { ItemType } from '../model';
import { readGrid, type Grid } from './cells';
import { readContextLine, Scope } from './context';
import type { FillContext } from './fields';
import { findHeaderRow, readColumns, type Column } from './headers';
import { readMarker } from './markers';
import { chooseLayout } from './layout';
import { readColumnsLayout } from './columns-layout';
import { finishTree } from './finish';
import { readOutlineLayout } from './outline-layout';
import { Report } from './report';
import { ColumnSet, RowView } from './row';
import { Tree } from './tree';
import type { ImportOptions, ImportResult } from './types';

export type { ImportOptions, ImportResult } from './types';

const PREFIX: Record<ItemType, string> = { objective: 'O', keyResult: 'KR', initiative: 'I' };

/** The caller's nextId, guarded: always a non-empty string not given out before. */
function uniqueIds(nextId: unknown): (type: ItemType) => string {
  const given = new Set<string>();
  const counters: Record<ItemType, number> = { objective: 0, keyResult: 0, initiative: 0 };
  return (type) => {
    if (typeof nextId === 'function') {
      try {
        const id: unknown = nextId(type);
        if (typeof id === 'string' && id !== '' && !given.has(id)) {
          given.add(id);
          return id;
        }
      } catch {
        // fall through to a generated ID
      }
    }
    let id: string;
    do id = `${PREFIX[type]}-import-${++counters[type]}`;
    while (given.has(id));
    given.add(id);
    return id;
  };
}

function* dataRows(grid: Grid, first: number, columns: ColumnSet): Generator<RowView> {
  for (let r = first; r < grid.cells.length; r++) {
    yield new RowView(r + 1, grid.cells[r] ?? [], grid.texts[r] ?? [], columns, (c) =>
      grid.isPercent(r, c),
    );
  }
}

const filledTexts = (grid: Grid, r: number): string[] =>
  (grid.texts[r] ?? []).filter((t) => t !== '');

/**
 * The title lines at the top of the sheet, read as context for every item below them: the rows
 * above the header ("Team OKRs: Q2 2026", "Team: Customer Success"; a row that says nothing of
 * the kind is reported as skipped), or, without a header, the leading rows that read as such
 * lines before the first item. Returns the first data row (0-based).
 */
function readTitleLines(grid: Grid, headerRow: number, scope: Scope, report: Report): number {
  if (headerRow >= 0) {
    for (let r = 0; r < headerRow; r++) {
      const texts = filledTexts(grid, r);
      if (texts.length === 0) continue;
      const facts = readContextLine(texts, scope.defaultPeriod, true);
      if (facts.length > 0) scope.set(r + 1, texts.join(' | '), facts);
      else report.warn(r + 1, 'import.titleRowSkipped', { text: texts.join(' | ') });
    }
    return headerRow + 1;
  }
  let r = 0;
  for (; r < grid.texts.length; r++) {
    const texts = filledTexts(grid, r);
    if (texts.length === 0) continue;
    if (texts.length > 2 || texts.some((t) => readMarker(t) !== null)) break;
    const facts = readContextLine(texts, scope.defaultPeriod, true);
    if (facts.length === 0) break;
    scope.set(r + 1, texts.join(' | '), facts);
  }
  return r;
}

function columnMappings(
  grid: Grid,
  columns: readonly Column[],
  headerRow: number,
): ColumnMapping[] {
  const hasData = columns.map(() => false);
  for (const texts of grid.texts) {
    texts.forEach((text, c) => {
      if (text !== '') hasData[c] = true;
    });
  }
  const header = headerRow >= 0 ? (grid.texts[headerRow] ?? []) : [];
  return columns
    .filter((column) => (header[column.index] ?? '') !== '' || hasData[column.index])
    .map((column) => ({ header: column.header, column: column.index + 1, field: column.field }));
}

function structure(rows: unknown, options: ImportOptions, report: Report): ImportResult {
  const grid = readGrid(rows, options.numberFormats);
  const defaultPeriod = typeof options.defaultPeriod === 'string' ? options.defaultPeriod : '';
  const headerRow = findHeaderRow(grid);
  const columns = readColumns(grid, headerRow, (letter) =>
    report.text('import.column', { letter }),
  );
  const scope = new Scope(defaultPeriod);
  const firstRow = readTitleLines(grid, headerRow, scope, report);
  const hasData = grid.texts.slice(firstRow).some((texts) => texts.some((t) => t !== ''));
  if (headerRow >= 0 && !hasData) report.warn(0, 'import.headerOnly', { row: headerRow + 1 });
  const layout = chooseLayout(columns, grid, firstRow);
  const columnSet = new ColumnSet(columns);
  const decimalMark = options.decimalMark ?? '.';
  const ctx: FillContext = { report, defaultPeriod, scope, decimalMark };
  const tree = new Tree();
  const rowsToRead = dataRows(grid, firstRow, columnSet);
  if (layout.kind === 'columns') {
    readColumnsLayout(ctx, rowsToRead, tree);
  } else if (layout.kind === 'outline') {
    if (layout.guessed) report.warn(0, 'import.outlineColumn', { column: layout.column.header });
    readOutlineLayout(ctx, rowsToRead, tree, layout);
  } else {
    if (hasData || headerRow < 0) report.warn(0, 'import.nothingFound');
    for (const row of rowsToRead) report.unplace(row.number, row.allText());
  }
  finishTree(tree, defaultPeriod, report);
  scope.report(report, tree.drafts());
  const items = tree.finish(uniqueIds(options.nextId));
  const count = (type: ItemType): number => items.filter((item) => item.type === type).length;
  return {
    items,
    objectives: count('objective'),
    keyResults: count('keyResult'),
    initiatives: count('initiative'),
    headerRow: headerRow + 1,
    columns: columnMappings(grid, columns, headerRow),
    warnings: report.warnings,
    context: report.context,
    notes: report.notes,
    unplaced: report.unplaced,
  };
}

/** When something unforeseen goes wrong: nothing structured, every non-empty row listed. */
function fallback(rows: unknown, report: Report, err: unknown): ImportResult {
  const failed = new Report(report.lang);
  const message = err instanceof Error ? err.message : String(err);
  failed.warn(0, 'import.internalError', { message });
  try {
    const grid = readGrid(rows);
    grid.texts.forEach((texts, r) =>
      failed.unplace(r + 1, texts.filter((t) => t !== '').join(' | ')),
    );
  } catch {
    // nothing more can be said about rows that cannot even be read
  }
  return {
    items: [],
    objectives: 0,
    keyResults: 0,
    initiatives: 0,
    headerRow: 0,
    columns: [],
    warnings: failed.warnings,
    context: [],
    notes: [],
    unplaced: failed.unplaced,
  };
}

/**
 * Structures a loose sheet into OKR items (see the file comment). `headerRow` is 1-based (0:
 * none found); warnings carry 1-based rows (0: the whole sheet).
 */
export function structureLooseSheet(rows: unknown[][], options: ImportOptions): ImportResult {
  const lang = options?.lang === 'nl' ? 'nl' : 'en';
  const report = new Report(lang);
  try {
    return structure(rows, options ?? ({} as ImportOptions), report);
  } catch (err) {
    return fallback(rows, report, err);
  }
}

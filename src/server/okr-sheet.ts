// The OKR tab as the actions read it: one batched read (getDataRange().getValues()) turned
// into items by header (columns may be moved, renamed or interleaved with people's own), the
// ID allocator, and whether the add-on's formula columns are all there. Writing is in
// okr-cells.ts (one row's cells) and okr-writer.ts (rows added, laid afresh, deleted).
import {
  COLUMN_BY_KEY,
  IDS_METADATA_KEY,
  OKR_COLUMNS,
  OPTIONAL_COLUMNS,
  REQUIRED_COLUMNS,
  matchHeader,
  type ColumnDef,
  type ColumnMap,
  type HeaderMatch,
} from '../core/columns';
import type { Lang } from '../core/i18n';
import { IdAllocator, parseMarks } from '../core/ids';
import type { OkrItem } from '../core/model';
import type { DecimalMark } from '../core/values';
import { CORE_WORDS, type SheetWords } from '../core/word-tables';
import { readItems, tierOf, type CellIssue, type SheetItem } from '../core/okr-rows';
import { userError } from './errors';
import type { FormulaContext, RowShape } from './formulas';
import { chainShapeOf } from './formulas-chain';
import { dateFormatter, isDate } from './locale';
import { documentVisibility, type Settings } from './tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface OkrTab {
  sheet: Sheet;
  /** 1-based row of the header. */
  headerRow: number;
  header: HeaderMatch;
  columns: ColumnMap;
  /** Number of columns of the data range. */
  width: number;
  /** Last row with content (1-based). */
  lastRow: number;
  items: SheetItem[];
  issues: CellIssue[];
  /** The values of the data range (Dates turned into ISO text in date columns). */
  values: unknown[][];
}

/**
 * Reads the OKR tab in one call; text in number columns is read under the sheet's decimal
 * `mark`. Throws a UserError when required columns are missing (`strict`).
 */
export function readOkrTab(
  sheet: Sheet,
  tz: string,
  lang: Lang,
  strict = true,
  mark: DecimalMark = '.',
  words: SheetWords = CORE_WORDS,
): OkrTab {
  const values = sheet.getDataRange().getValues();
  const matched = matchHeader(values);
  // Rows but no header row at all: nothing can be read or repaired safely (Repair would write a
  // header into a data row); say so instead of naming every column as missing.
  const hasContent = values.some((row) => row.some((v) => v !== '' && v !== null));
  if (!matched && hasContent) throw userError(lang, 'err.noHeader', { sheet: sheet.getName() });
  const header = matched ?? {
    headerRow: 0,
    columns: {},
    missing: OKR_COLUMNS.map((c) => c.key),
    extra: [],
  };
  const missingRequired = REQUIRED_COLUMNS.filter((k) => header.columns[k] === undefined);
  if (strict && missingRequired.length > 0) {
    throw userError(lang, 'err.missingColumns', {
      columns: missingRequired.map((k) => COLUMN_BY_KEY[k].header[lang]).join(', '),
      count: missingRequired.length,
    });
  }
  // Dates in our columns (e.g. a Last check-in typed by hand) become ISO text in the sheet's
  // time zone; people's own columns keep their Dates, so a row written back stays a date.
  const fmt = dateFormatter(tz);
  const ourColumns = Object.values(header.columns) as number[];
  for (const row of values) {
    for (const c of ourColumns) {
      const v = row[c];
      if (isDate(v)) row[c] = fmt(v);
    }
  }
  const body = values.slice(header.headerRow + 1);
  const { items, issues } = readItems(body, header.columns, header.headerRow + 2, mark, words);
  return {
    sheet,
    headerRow: header.headerRow + 1,
    header,
    columns: header.columns,
    width: values[0]?.length ?? 0,
    lastRow: values.length,
    items,
    issues,
    values,
  };
}

/** The ID allocator for this tab: above the metadata's marks and every ID in the sheet. */
export function idAllocator(tab: OkrTab): { ids: IdAllocator; save: () => void } {
  const found = tab.sheet.createDeveloperMetadataFinder().withKey(IDS_METADATA_KEY).find();
  const md = found[0];
  const ids = new IdAllocator(
    parseMarks(md ? md.getValue() : ''),
    tab.items.map((i) => i.id),
  );
  const before = ids.toJSON();
  return {
    ids,
    save: () => {
      const now = ids.toJSON();
      if (md && now === before && md.getValue() === now) return;
      if (md) md.setValue(now);
      else tab.sheet.addDeveloperMetadata(IDS_METADATA_KEY, now, documentVisibility());
    },
  };
}

/** The formula shape of an item's row (its template key), its place in a chain included. */
export function shapeOf(item: OkrItem, byId: ReadonlyMap<string, OkrItem>): RowShape {
  const chain = chainShapeOf(item, byId);
  return {
    type: item.type,
    tier: tierOf(item, byId),
    rollup: item.kind === 'rollup',
    closed: item.closed === true,
    chain: chain.chain,
    counts: chain.counts,
    hasNext: chain.hasNext,
    hasFirst: chain.hasFirst,
  };
}

/**
 * The add-on's formula columns the tab lacks: visible ones (people deleted them) and hidden. The
 * optional ones (OPTIONAL_COLUMNS) are not asked for: Repair adds them.
 */
export function missingFormulaColumns(tab: OkrTab): { visible: ColumnDef[]; hidden: ColumnDef[] } {
  const missing = OKR_COLUMNS.filter(
    (c) =>
      c.role !== 'input' && tab.columns[c.key] === undefined && !OPTIONAL_COLUMNS.includes(c.key),
  );
  return {
    visible: missing.filter((c) => c.role === 'formula'),
    hidden: missing.filter((c) => c.role === 'helper'),
  };
}

/** Every column of the add-on the tab lacks, in the add-on's order: Repair adds them at the end. */
export function columnsRepairAdds(tab: Pick<OkrTab, 'columns'>): ColumnDef[] {
  return OKR_COLUMNS.filter((c) => tab.columns[c.key] === undefined);
}

/**
 * Every formula and helper column must be on the tab before rows are written, or the new
 * formulas would point nowhere: a clear error (use Repair) before anything is written. It names
 * the visible columns people deleted; hidden ones only when nothing else is missing.
 */
export function requireFormulaColumns(tab: OkrTab, lang: Lang): OkrTab {
  const { visible, hidden } = missingFormulaColumns(tab);
  const named = visible.length > 0 ? visible : hidden;
  if (named.length > 0) {
    throw userError(lang, 'err.missingColumns', {
      columns: named.map((c) => c.header[lang]).join(', '),
      count: named.length,
    });
  }
  return tab;
}

export function formulaContext(tab: { columns: ColumnMap }, settings: Settings): FormulaContext {
  return {
    columns: tab.columns,
    lang: settings.lang,
    thresholds: settings.cells,
    mark: settings.mark,
  };
}

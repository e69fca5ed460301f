// "Structure this sheet": reads a loose sheet in one getValues, lets the importer
// (src/core/import) find the columns and the hierarchy, and writes the items to the OKR tab —
// a fresh one, or appended below the items already there (skipping the items already on it,
// unless asked to write them again). The source sheet is never changed.
import { OKR_COLUMNS } from '../core/columns';
import { t } from '../core/i18n';
import { IdAllocator } from '../core/ids';
import { structureLooseSheet, type ImportResult } from '../core/import';
import { withoutExisting } from '../core/import/existing';
import type { Cell } from '../core/model';
import { indexById, placedItem, type SheetItem } from '../core/okr-rows';
import { periodKey, quarterOfSerial } from '../core/period';
import type { StructurePreview, StructureRequest, StructureResult } from '../shared/rpc';
import {
  buildSnapshot,
  ensureSize,
  openContext,
  readTabForWriting,
  run,
  writeFreshOkrTab,
  type Context,
} from './api';
import { setValuesInChunks } from './chunks';
import { userError } from './errors';
import { applyColumnRules, applyRowStyles, formatRows } from './formatting';
import { startDeadline } from './deadline';
import { withDocumentLock } from './lock';
import { dateFormatter, isDate } from './locale';
import { composeRow, formulaContext, idAllocator, readOkrTab } from './okr-sheet';
import { ensureWordTables } from './formulas-words';
import { relinkChains } from './relink';
import { structureErrorDetails } from './structure-report';
import {
  createTab,
  documentVisibility,
  readSettings,
  writeCheckInsHeader,
  writeSettingsTab,
} from './tabs';
import { Validator } from './validate';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function activeSheetName(): string {
  return SpreadsheetApp.getActiveSheet().getName();
}

function sourceSheet(ctx: Context, name: string): Sheet {
  const sheet = ctx.ss.getSheetByName(name);
  if (!sheet) throw userError(ctx.lang, 'err.noSheet', { sheet: name });
  const ours = [ctx.tabs.okr, ctx.tabs.checkins, ctx.tabs.settings].filter(Boolean) as Sheet[];
  if (ours.some((s) => s.getSheetId() === sheet.getSheetId())) {
    throw userError(ctx.lang, 'err.sourceIsOkr', { sheet: name });
  }
  return sheet;
}

/** The loose sheet's values (dates as ISO text) and number formats (a % shows a percentage). */
function looseValues(ctx: Context, sheet: Sheet): { values: unknown[][]; formats: string[][] } {
  const range = sheet.getDataRange();
  const fmt = dateFormatter(ctx.tz);
  const values = range.getValues().map((row) => row.map((v) => (isDate(v) ? fmt(v) : v)));
  return { values, formats: range.getNumberFormats() };
}

function importFrom(ctx: Context, sheetName: string, ids: IdAllocator): ImportResult {
  const sheet = sourceSheet(ctx, sheetName);
  const { values, formats } = looseValues(ctx, sheet);
  return structureLooseSheet(values, {
    lang: ctx.settings.lang,
    defaultPeriod: periodKey(quarterOfSerial(ctx.today.serial)),
    nextId: (type) => ids.next(type),
    decimalMark: ctx.settings.mark,
    numberFormats: formats,
  });
}

/**
 * The sheet to read: `{ sheetName }` (the sidebar's request; empty or absent: the open tab), or
 * just the name, as a script or the command line (`call structureSheet '["Sheet1"]'`) passes it.
 */
function readRequest(
  lang: 'en' | 'nl',
  req: StructureRequest | string,
): { sheetName: string; writeAgain: boolean } {
  const v = new Validator(lang);
  if (typeof req === 'string') {
    return { sheetName: v.text(req, 'sheetName', true), writeAgain: false };
  }
  const body = v.object(req);
  const duplicates =
    body.duplicates === undefined
      ? 'skip'
      : v.oneOf(
          body.duplicates,
          'duplicates',
          DUPLICATES,
          () => null,
          (x) => x,
        );
  const writeAgain = duplicates === 'write';
  // No name (the sidebar's "check the open tab"): the tab the person has open.
  if (body.sheetName === undefined || body.sheetName === '') {
    return { sheetName: activeSheetName(), writeAgain };
  }
  return { sheetName: v.text(body.sheetName, 'sheetName', true), writeAgain };
}

const DUPLICATES = ['skip', 'write'] as const;

export function previewStructure(req: StructureRequest | string): StructurePreview {
  return run((lang) => {
    const { sheetName } = readRequest(lang, req);
    const ctx = openContext();
    const result = importFrom(ctx, sheetName, new IdAllocator({}, []));
    const onTab = ctx.tabs.okr ? readOkrTab(ctx.tabs.okr, ctx.tz, ctx.lang, false).items : [];
    const { existing } = withoutExisting(result.items, onTab);
    const { items: _items, ...summary } = result;
    return { sheetName, ...summary, existing };
  });
}

export function structureSheet(req: StructureRequest | string): StructureResult {
  return run((lang) => {
    const deadline = startDeadline();
    const { sheetName, writeAgain } = readRequest(lang, req);
    const ctx = openContext();
    return withDocumentLock(lang, () => {
      let sheetLang = ctx.settings.lang;
      if (!ctx.tabs.settings) {
        sheetLang = /^nl/i.test(ctx.locale) ? 'nl' : lang;
        ctx.settings = { ...ctx.settings, lang: sheetLang };
      }
      // Read and import first: when there is nothing to structure (or no time left to write
      // it), nothing has been created or changed.
      const tab = ctx.tabs.okr ? readTabForWriting(ctx) : undefined;
      const allocated = tab ? idAllocator(tab) : { ids: new IdAllocator({}, []), save: () => {} };
      const result = importFrom(ctx, sheetName, allocated.ids);
      if (result.items.length === 0) {
        throw userError(lang, 'err.nothingFound', {
          sheet: sheetName,
          details: structureErrorDetails(result, lang),
        });
      }
      const fresh = withoutExisting(result.items, tab ? tab.items : []);
      const items = writeAgain ? result.items : fresh.items;
      const skipped = writeAgain ? 0 : fresh.existing;
      const { items: _items, ...summary } = result;
      if (items.length === 0) {
        // Everything is on the OKR tab already: nothing is written.
        return {
          sheetName,
          ...summary,
          existing: fresh.existing,
          skipped,
          okrSheetName: tab ? tab.sheet.getName() : '',
          message: t(lang, 'done.structuredNothingNew', { count: skipped }),
          snapshot: buildSnapshot(ctx, tab ? { sheet: tab.sheet, items: tab.items } : undefined),
        };
      }
      deadline.beforeWriting(lang);
      if (!ctx.tabs.settings) {
        const settings = createTab(ctx.ss, 'settings', sheetLang);
        writeSettingsTab(settings, sheetLang);
        ctx.tabs.settings = settings;
        ctx.settings = readSettings(settings, sheetLang, ctx.settings.mark);
      } else ensureWordTables(ctx.ss, ctx.tabs.settings, ctx.settings.lang);
      if (!ctx.tabs.checkins) {
        const log = createTab(ctx.ss, 'checkins', sheetLang);
        writeCheckInsHeader(log, sheetLang);
        ctx.tabs.checkins = log;
      }
      let okrSheet: Sheet;
      // The tab's items as written, for the answer's snapshot (no second read of the tab).
      let written: SheetItem[];
      if (!tab) {
        okrSheet = createTab(ctx.ss, 'okr', sheetLang);
        ctx.tabs.okr = okrSheet;
        written = writeFreshOkrTab(ctx, okrSheet, items);
        okrSheet.addDeveloperMetadata(
          'okr-sheets.ids',
          allocated.ids.toJSON(),
          documentVisibility(),
        );
      } else {
        okrSheet = tab.sheet;
        const first = tab.lastRow + 1;
        const width = Math.max(
          tab.width,
          ...Object.values(tab.columns).map((c) => (c as number) + 1),
        );
        const fctx = formulaContext(tab, ctx.settings);
        const placed: SheetItem[] = items.map((item, i) => placedItem(item, first + i));
        const byId = indexById([...tab.items, ...placed]);
        const rows: Cell[][] = placed.map((item) => composeRow(item, item.row, width, fctx, byId));
        const needed = first + rows.length - 1;
        ensureSize(okrSheet, needed, width);
        setValuesInChunks(okrSheet, first, 1, rows);
        relinkChains({ ...tab, items: [...tab.items, ...placed] }, fctx);
        applyRowStyles(okrSheet, tab.columns, first - 1, needed, width, placed);
        applyColumnRules(
          okrSheet,
          tab.columns,
          tab.headerRow,
          formatRows(needed, tab.headerRow),
          ctx.settings.lang,
        );
        allocated.save();
        written = [...tab.items, ...placed];
      }
      const count = (type: string): number => items.filter((i) => i.type === type).length;
      const message =
        t(lang, 'done.structured', {
          sheet: okrSheet.getName(),
          objectives: count('objective'),
          keyResults: count('keyResult'),
          initiatives: count('initiative'),
        }) + (skipped > 0 ? ' ' + t(lang, 'done.structuredSkipped', { count: skipped }) : '');
      return {
        sheetName,
        ...summary,
        existing: fresh.existing,
        skipped,
        okrSheetName: okrSheet.getName(),
        message,
        snapshot: buildSnapshot(ctx, { sheet: okrSheet, items: written }),
      };
    });
  });
}

/** Exposed for tests: the number of columns of a fresh OKR tab. */
export const FRESH_WIDTH = OKR_COLUMNS.length;

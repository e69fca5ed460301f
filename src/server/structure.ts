// "Structure this sheet": reads a loose sheet in one getValues, lets the importer
// (src/core/import) find the columns and the hierarchy, and writes the items to the OKR tab —
// a fresh one, or appended below the items already there (skipping the items already on it,
// unless asked to write them again). The source sheet is never changed.
import { t, type Lang } from './i18n';
import { IdAllocator } from '../core/ids';
import { structureLooseSheet, type ImportResult } from '../core/import';
import { withoutExisting } from '../core/import/existing';
import type { SheetItem } from '../core/okr-rows';
import { periodKey, quarterOfSerial } from '../core/period';
import type { StructurePreview, StructureRequest, StructureResult } from '../shared/rpc';
import { buildSnapshot } from './answer';
import { userError } from './errors';
import { applyColumnRules, formatRows } from './formatting';
import { dateFormatter, isDate } from './locale';
import { formulaContext, idAllocator } from './okr-sheet';
import { appendItems, writeFreshOkrTab } from './okr-writer';
import { relinkChains } from './relink';
import { readTabForWriting } from './repair';
import { readTab, serve, type Context } from './session';
import { structureErrorDetails } from './structure-report';
import { createTab, documentVisibility, ensureSideTabs, newSheetLang } from './tabs';
import type { Validator } from './validate';

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
  // Changed in place: the read is ours, and a copy of a large loose sheet costs its size again.
  const values = range.getValues();
  for (const row of values)
    for (let c = 0; c < row.length; c++) if (isDate(row[c])) row[c] = fmt(row[c] as Date);
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
  v: Validator,
  req: StructureRequest | string,
): { sheetName: string; writeAgain: boolean } {
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
  return serve(req, (s) => {
    const { sheetName } = readRequest(s.v, req);
    const ctx = s.context();
    const result = importFrom(ctx, sheetName, new IdAllocator({}, []));
    const onTab = ctx.tabs.okr ? readTab(ctx, false).items : [];
    const { existing } = withoutExisting(result.items, onTab);
    const { items: _items, ...summary } = result;
    return { sheetName, ...summary, existing };
  });
}

export function structureSheet(req: StructureRequest | string): StructureResult {
  return serve(req, (s) => {
    const { lang, deadline } = s;
    const { sheetName, writeAgain } = readRequest(s.v, req);
    return s.locked((ctx) => {
      const sheetLang: Lang = ctx.tabs.settings ? ctx.settings.lang : newSheetLang(ctx);
      ctx.settings = { ...ctx.settings, lang: sheetLang };
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
          periods: [],
          message: t(lang, 'done.structuredNothingNew', { count: skipped }),
          snapshot: buildSnapshot(ctx, tab ? { sheet: tab.sheet, items: tab.items } : undefined),
        };
      }
      deadline.beforeWriting(lang);
      ensureSideTabs(ctx, sheetLang);
      let okrSheet: Sheet;
      // The tab's items as written, for the answer's snapshot (no second read of the tab).
      let written: SheetItem[];
      if (!tab) {
        okrSheet = createTab(ctx.ss, 'okr', sheetLang);
        ctx.tabs.okr = okrSheet;
        written = writeFreshOkrTab(ctx.settings, okrSheet, items);
        okrSheet.addDeveloperMetadata(
          'okr-sheets.ids',
          allocated.ids.toJSON(),
          documentVisibility(),
        );
      } else {
        okrSheet = tab.sheet;
        appendItems(tab, items, ctx.settings, false);
        relinkChains(tab, formulaContext(tab, ctx.settings));
        applyColumnRules(
          okrSheet,
          tab.columns,
          tab.headerRow,
          formatRows(tab.lastRow, tab.headerRow),
          ctx.settings,
        );
        allocated.save();
        written = tab.items;
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
        periods: [...new Set(items.filter((i) => i.type === 'objective').map((i) => i.period))],
        message,
        snapshot: buildSnapshot(ctx, { sheet: okrSheet, items: written }),
      };
    });
  });
}

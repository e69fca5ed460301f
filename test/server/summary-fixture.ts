// A workbook for the summary and roll-over tests, written the way the add-on writes it: the OKR
// tab (header, input cells, the workbook's row formulas), the check-ins log and the settings tab,
// each with its developer metadata. Until Set up is a global, this stands in for it.
import { createSpreadsheet, loadAddon, type LocalAddon } from '../../dev/runtime';
import {
  CHECKIN_COLUMNS,
  TAB_METADATA_KEY,
  TAB_NAMES,
  freshColumnMap,
  freshHeader,
} from '../../src/core/columns';
import type { Lang } from '../../src/core/i18n';
import type { CheckIn, OkrItem } from '../../src/core/model';
import { indexById, itemCells, tierOf } from '../../src/core/okr-rows';
import { rowFormulas } from '../../src/server/formulas';
import { chainShapeOf, rowSlots } from '../../src/server/formulas-chain';
import { ensureWordTables } from '../../src/server/formulas-words';
import { t } from '../../src/server/i18n';
import { decimalMarkOf } from '../../src/core/values';

export interface Fixture {
  addon: LocalAddon;
  okrName: string;
}

export function workbook(
  items: OkrItem[],
  checkIns: CheckIn[],
  opts: { lang?: Lang; today?: string } = {},
): Fixture {
  const lang = opts.lang ?? 'en';
  const ss = createSpreadsheet({ locale: lang === 'nl' ? 'nl_NL' : 'en_US' });
  const okrName = TAB_NAMES.okr[lang];
  const settings = ss.insertSheet(TAB_NAMES.settings[lang]);
  settings.getRange(1, 1, 4, 2).setValues([
    ['Setting', 'Value'],
    [t(lang, 'settings.language'), "'" + lang],
    [t(lang, 'settings.onTrack'), 0.9],
    [t(lang, 'settings.atRisk'), 0.7],
  ]);
  settings.addDeveloperMetadata(TAB_METADATA_KEY, 'settings');
  const okr = ss.insertSheet(okrName);
  okr.addDeveloperMetadata(TAB_METADATA_KEY, 'okr');
  const header = freshHeader(lang);
  const columns = freshColumnMap();
  const placed = items.map((item, i) => ({ ...item, row: i + 2 }));
  const byId = indexById(placed);
  ensureWordTables(
    ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
    settings as unknown as GoogleAppsScript.Spreadsheet.Sheet,
    lang,
  );
  const ctx = {
    columns,
    lang,
    thresholds: { sheetName: settings.getName(), onTrackRow: 3, atRiskRow: 4, column: 1 },
    mark: decimalMarkOf(ss.getSpreadsheetLocale()),
  };
  const rows: unknown[][] = [header];
  placed.forEach((item) => {
    const row: unknown[] = header.map(() => '');
    for (const [k, v] of Object.entries(itemCells(item, lang))) {
      const c = (columns as Record<string, number>)[k];
      if (c !== undefined) row[c] = v;
    }
    const shape = {
      type: item.type,
      tier: tierOf(item, byId),
      rollup: item.kind === 'rollup',
      ...chainShapeOf(item, byId),
    };
    const f = rowFormulas(shape, rowSlots(item, byId), ctx);
    for (const [k, v] of Object.entries(f)) {
      const c = (columns as Record<string, number>)[k];
      if (c !== undefined) row[c] = v;
    }
    rows.push(row);
  });
  if (header.length > okr.getMaxColumns())
    okr.insertColumnsAfter(okr.getMaxColumns(), header.length - okr.getMaxColumns());
  if (rows.length > okr.getMaxRows())
    okr.insertRowsAfter(okr.getMaxRows(), rows.length - okr.getMaxRows());
  okr.getRange(1, 1, rows.length, header.length).setValues(rows);
  const log = ss.insertSheet(TAB_NAMES.checkins[lang]);
  log.addDeveloperMetadata(TAB_METADATA_KEY, 'checkins');
  const logRows: unknown[][] = [CHECKIN_COLUMNS.map((c) => c.header[lang])];
  for (const c of checkIns)
    logRows.push([
      c.timestamp.replace('T', ' '),
      c.keyResultId,
      c.value,
      c.confidence,
      c.note,
      c.who,
    ]);
  if (logRows.length > log.getMaxRows())
    log.insertRowsAfter(log.getMaxRows(), logRows.length - log.getMaxRows());
  log.getRange(1, 1, logRows.length, logRows[0]!.length).setValues(logRows);
  const addon = loadAddon({ spreadsheet: ss, today: opts.today ?? '2026-02-15', userLocale: lang });
  return { addon, okrName };
}

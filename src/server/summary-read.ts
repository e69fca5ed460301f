// What a summary and a roll-over need from the workbook, in one batched read per tab: the OKR
// tab's items with src/core's numbers (ItemView), its column map and name, the check-ins log,
// the language and today. Tabs are found by developer metadata (columns.ts TAB_METADATA_KEY).
// The OKR tab is read by the workbook's adapter (okr-sheet.ts readOkrTab) and its numbers come
// from src/core/snapshot.ts computeViews with the thresholds of the settings tab.
import { matchCheckInHeader, type ColumnMap } from '../core/columns';
import { OkrError } from '../core/errors';
import type { Lang } from '../core/i18n';
import type { CheckIn, ItemView } from '../core/model';
import { computeViews } from '../core/snapshot';
import { decimalMarkOf } from '../core/values';
import { parseConfidence } from '../core/confidence';
import { dateFormatter, isDate, today, userLang } from './locale';
import { readOkrTab, type OkrTab } from './okr-sheet';
import { findTabs, readSettings, type Settings } from './tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface WorkbookData {
  lang: Lang;
  /** Today as a date serial and as ISO text, in the spreadsheet's time zone. */
  today: number;
  todayIso: string;
  okrSheetName: string;
  /** The OKR tab as the workbook's adapter read it (sheet, header, columns, values). */
  tab: OkrTab;
  /** 0-based column indexes of the OKR tab. */
  columns: ColumnMap;
  settings: Settings;
  items: ItemView[];
  checkIns: CheckIn[];
}

/** Language and today only (for prompts), without reading the tabs. */
export function readContext(ss: Spreadsheet): { lang: Lang; today: number; todayIso: string } {
  const d = today(ss);
  return { lang: userLang(), today: d.serial, todayIso: d.iso };
}

function cellsAsText(
  rows: unknown[][],
  toIso: (d: Date, withTime?: boolean) => string,
  withTime: boolean,
): unknown[][] {
  return rows.map((row) => row.map((v) => (isDate(v) ? toIso(v, withTime) : v)));
}

/** Reads the OKR tab and the check-ins log; throws when there is no OKR tab. */
export function readWorkbook(ss: Spreadsheet): WorkbookData {
  const { lang, today: serial, todayIso } = readContext(ss);
  const tabs = findTabs(ss);
  const mark = decimalMarkOf(ss.getSpreadsheetLocale());
  const settings = readSettings(tabs.settings, lang, mark);
  const okr = tabs.okr;
  if (!okr) throw new OkrError('summary.noOkrTab');
  const tz = ss.getSpreadsheetTimeZone();
  const toIso = dateFormatter(tz);
  const tab = readOkrTab(okr, tz, lang, true, mark);
  const views = computeViews(tab.items, serial, settings.thresholds, lang, mark);

  const checkIns: CheckIn[] = [];
  if (tabs.checkins) {
    const rows = cellsAsText(tabs.checkins.getDataRange().getValues(), toIso, true);
    const map = matchCheckInHeader(rows[0] ?? []);
    const get = (row: unknown[], k: keyof typeof map) =>
      map[k] === undefined ? '' : row[map[k] as number];
    for (const row of rows.slice(1)) {
      const id = String(get(row, 'keyResultId') ?? '').trim();
      if (!id) continue;
      const value = get(row, 'value');
      checkIns.push({
        timestamp: String(get(row, 'timestamp') ?? '').replace(' ', 'T'),
        keyResultId: id,
        value:
          typeof value === 'number' || typeof value === 'boolean' ? value : String(value ?? ''),
        confidence: parseConfidence(get(row, 'confidence')) ?? '',
        note: String(get(row, 'note') ?? ''),
        who: String(get(row, 'who') ?? ''),
      });
    }
  }
  return {
    lang,
    today: serial,
    todayIso,
    okrSheetName: okr.getName(),
    tab,
    columns: tab.columns,
    settings,
    items: views,
    checkIns,
  };
}

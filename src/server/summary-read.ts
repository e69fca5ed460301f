// What a summary and a roll-over need from the workbook: the OKR tab's items with src/core's
// numbers (ItemView: computeViews with the settings tab's thresholds), its column map and name,
// and the check-ins log (checkin-log.ts), all from the action's context (session.ts).
import type { ColumnMap } from '../core/columns';
import { OkrError } from '../core/errors';
import { summaryMessages } from '../core/messages/summary';
import type { Lang } from '../core/i18n';
import type { CheckIn, ItemView } from '../core/model';
import { computeViews } from '../core/snapshot';
import { readCheckIns } from './checkin-log';
import type { OkrTab } from './okr-sheet';
import { readTab, type Context } from './session';
import type { Settings } from './tabs';

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

/** Reads the OKR tab and the check-ins log; throws when there is no OKR tab. */
export function readWorkbook(ctx: Context): WorkbookData {
  if (!ctx.tabs.okr) throw new OkrError('summary.noOkrTab', {}, summaryMessages);
  const { settings } = ctx;
  const tab = readTab(ctx);
  const views = computeViews(
    tab.items,
    ctx.today.serial,
    settings.thresholds,
    ctx.lang,
    settings.mark,
    settings.words,
  );
  return {
    lang: ctx.lang,
    today: ctx.today.serial,
    todayIso: ctx.today.iso,
    okrSheetName: tab.sheet.getName(),
    tab,
    columns: tab.columns,
    settings,
    items: views,
    checkIns: readCheckIns(ctx),
  };
}

// What the sidebar shows and where the sheet looks: the snapshot, the row of an item selected
// in the sidebar, and the person's language.
import { quoteValue } from '../core/errors';
import { t, type Lang } from './i18n';
import type { SnapshotWire } from '../shared/rpc';
import { buildSnapshot } from './answer';
import { userError } from './errors';
import { findItem } from './items';
import { setUserLang } from './locale';
import { readTab, requireOkr, serve } from './session';

export function getSnapshot(req?: Record<string, never>): SnapshotWire {
  return serve(req, (s) => buildSnapshot(s.context()));
}

/** Selects an item's row on the OKR tab. */
export function selectItem(req: { id: string }): void {
  serve(req, (s) => {
    const id = s.v.id(s.body().id, 'id', true);
    const ctx = s.context();
    const tab = readTab(ctx);
    const item = findItem(ctx, tab, id);
    ctx.ss.setActiveSheet(tab.sheet);
    tab.sheet.getRange(item.row, 1, 1, Math.max(tab.width, 1)).activate();
  });
}

/**
 * Selects a row of the OKR tab by its number: a health finding's "Go to row", also for a row
 * without an ID or one of two rows with the same ID. A row below the tab's end is refused.
 */
export function selectRow(req: { row: number }): void {
  serve(req, (s) => {
    const row = s.v.row(s.body().row);
    const ctx = s.context();
    const sheet = requireOkr(ctx);
    const last = sheet.getLastRow();
    if (row > last) throw userError(s.lang, 'err.rowGone', { row, last });
    ctx.ss.setActiveSheet(sheet);
    sheet.getRange(row, 1, 1, Math.max(sheet.getLastColumn(), 1)).activate();
  });
}

/** Saves the person's language (user property) and answers the snapshot in it. */
export function setLanguage(req: { lang: Lang }): SnapshotWire {
  return serve(req, (s) => {
    const chosen = s.body().lang;
    if (chosen !== 'en' && chosen !== 'nl') {
      throw userError(s.lang, 'err.notAllowed', {
        field: t(s.lang, 'field.lang'),
        value: quoteValue(chosen),
        allowed: 'en, nl',
      });
    }
    setUserLang(chosen);
    return buildSnapshot(s.context(), undefined, chosen);
  });
}

import { t } from './i18n';
import { localeLang } from './locale';

/**
 * Builds the add-on menu: its items are the actions' names (src/core/messages/names.ts), the
 * same the sidebar shows. Works in AuthMode.NONE: touches only the UI service.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  // The locale only: Session.getActiveUserLocale needs no authorisation (AuthMode.NONE).
  const lang = localeLang();
  ui.createAddonMenu()
    .addItem(t(lang, 'name.sidebar'), 'showSidebar')
    .addItem(t(lang, 'name.alignment'), 'showAlignmentMap')
    .addItem(t(lang, 'name.setUp'), 'menuSetUp')
    .addItem(t(lang, 'name.structure'), 'menuStructureSheet')
    .addItem(t(lang, 'name.health'), 'menuHealthCheck')
    .addItem(t(lang, 'name.repair'), 'menuRepair')
    .addSeparator()
    .addItem(t(lang, 'name.summary'), 'buildSummaryFromMenu')
    .addItem(t(lang, 'name.nextQuarter'), 'startNextQuarterFromMenu')
    .addToUi();
}

/** Runs when the add-on is installed: builds the menu straight away. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

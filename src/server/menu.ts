import { t } from './i18n';
import { localeLang } from './locale';

/** Builds the add-on menu. Works in AuthMode.NONE: touches only the UI service. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  // The locale only: Session.getActiveUserLocale needs no authorisation (AuthMode.NONE).
  const lang = localeLang();
  ui.createAddonMenu()
    .addItem(t(lang, 'menu.sidebar'), 'showSidebar')
    .addItem(t(lang, 'menu.alignment'), 'showAlignmentMap')
    .addItem(t(lang, 'menu.setUp'), 'menuSetUp')
    .addItem(t(lang, 'menu.structure'), 'menuStructureSheet')
    .addItem(t(lang, 'menu.health'), 'menuHealthCheck')
    .addItem(t(lang, 'menu.repair'), 'menuRepair')
    .addSeparator()
    .addItem(t(lang, 'menu.summary'), 'buildSummaryFromMenu')
    .addItem(t(lang, 'menu.nextQuarter'), 'startNextQuarterFromMenu')
    .addToUi();
}

/** Runs when the add-on is installed: builds the menu straight away. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

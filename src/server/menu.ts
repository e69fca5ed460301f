import { langFromLocale, t, type Lang } from '../core/i18n';

/**
 * The menu's language from the user's locale. Session.getActiveUserLocale needs no
 * authorisation, but should it ever be refused (AuthMode.NONE), the menu falls back to English.
 */
function menuLang(): Lang {
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

/** Builds the add-on menu. Works in AuthMode.NONE: touches only the UI service. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  const lang = menuLang();
  ui.createAddonMenu()
    .addItem(t(lang, 'menu.sidebar'), 'showSidebar')
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

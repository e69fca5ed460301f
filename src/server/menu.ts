/** Builds the add-on menu. Works in AuthMode.NONE: touches only the UI service. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  ui.createAddonMenu().addItem('Show OKR sidebar', 'showSidebar').addToUi();
}

/** Runs when the add-on is installed: builds the menu straight away. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

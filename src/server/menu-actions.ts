// Menu actions: the same work as the sidebar's API, with results shown in alerts, prompts and
// toasts. Each catches errors and shows them in the person's language instead of a stack trace.
import { t } from './i18n';
import { runHealthCheck } from './health-check';
import { userLang } from './locale';
import { serve, type Session } from './session';
import { repairSheet } from './repair';
import { setUp } from './set-up';
import { activeSheetName, previewStructure, structureSheet } from './structure';
import { previewDetails, unplacedDetails } from './structure-report';

/**
 * A menu action: the same session as the sidebar's calls (serve), with its questions and
 * answers in dialogs; an error is shown in an alert, in the person's language.
 */
export function menuAction(action: (ui: GoogleAppsScript.Base.Ui, s: Session) => void): void {
  const ui = SpreadsheetApp.getUi();
  try {
    serve(undefined, (s) => action(ui, s));
  } catch (err) {
    ui.alert(err instanceof Error ? err.message : String(err));
  }
}

/** The page's language as built (src/sidebar/sidebar.html). */
const BUILT_LANG = '<html lang="en">';

/**
 * Opens the sidebar (src/sidebar/sidebar.html, built into dist/sidebar.html) in the person's
 * language from its first paint: the page's lang attribute says it, so "Loading…" is already in
 * their words (and read out in their language) before the first answer arrives.
 */
export function showSidebar(): void {
  const lang = userLang();
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(t(lang, 'name.appTitle'));
  // HtmlOutput.setContent replaces the page (developers.google.com/apps-script/reference/html/html-output#setContent(String));
  // a plain text replacement, since a template's scriptlets could clash with the bundled script.
  html.setContent(html.getContent().replace(BUILT_LANG, `<html lang="${lang}">`));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** The alignment map's size in pixels: wide enough for a tree four levels deep. */
const ALIGNMENT_WIDTH = 960;
const ALIGNMENT_HEIGHT = 640;

/**
 * Opens the alignment map (src/sidebar/alignment.html, built into dist/alignment.html): a wide
 * dialog that stays open beside the sheet (modeless), so a click on a node can select its row.
 * From the menu (no argument) and from the sidebar's overview ({}).
 */
export function showAlignmentMap(req?: Record<string, never>): void {
  serve(req ?? {}, (s) => {
    s.body();
    const html = HtmlService.createHtmlOutputFromFile('alignment')
      .setWidth(ALIGNMENT_WIDTH)
      .setHeight(ALIGNMENT_HEIGHT);
    html.setContent(html.getContent().replace(BUILT_LANG, `<html lang="${s.lang}">`));
    SpreadsheetApp.getUi().showModelessDialog(html, t(s.lang, 'name.alignment'));
  });
}

export function menuSetUp(): void {
  menuAction((ui, s) => {
    const { lang } = s;
    if (s.context().tabs.okr) {
      // Already set up: an example would not be written, so nothing is asked; Set up says that
      // it repairs (setUp does, on a workbook already set up) and does so.
      const go = ui.alert(t(lang, 'name.setUp'), t(lang, 'prompt.setUpRepairs'), ui.ButtonSet.OK);
      if (go !== ui.Button.OK) return;
      SpreadsheetApp.getActiveSpreadsheet().toast(setUp({ example: false }).message);
      return;
    }
    const answer = ui.alert(
      t(lang, 'name.setUp'),
      t(lang, 'prompt.setUpExample'),
      ui.ButtonSet.YES_NO_CANCEL,
    );
    if (answer === ui.Button.CANCEL || answer === ui.Button.CLOSE) return;
    const result = setUp({ example: answer === ui.Button.YES });
    SpreadsheetApp.getActiveSpreadsheet().toast(result.message);
  });
}

export function menuStructureSheet(): void {
  menuAction((ui, { lang }) => {
    const sheetName = activeSheetName();
    const preview = previewStructure({ sheetName });
    const question = t(lang, 'prompt.structure', {
      sheet: sheetName,
      objectives: preview.objectives,
      keyResults: preview.keyResults,
      initiatives: preview.initiatives,
      warnings: preview.warnings.length,
      notes: preview.notes.length,
      unplaced: preview.unplaced.length,
    });
    const details = previewDetails(preview, lang);
    const ask = details ? `${question}\n\n${details}` : question;
    if (ui.alert(t(lang, 'name.structure'), ask, ui.ButtonSet.OK_CANCEL) !== ui.Button.OK) return;
    // Items already on the OKR tab are skipped unless the person says to write them again.
    let duplicates: 'skip' | 'write' = 'skip';
    if (preview.existing > 0) {
      const again = ui.alert(
        t(lang, 'name.structure'),
        t(lang, 'prompt.structureDuplicates', { count: preview.existing }),
        ui.ButtonSet.YES_NO_CANCEL,
      );
      if (again === ui.Button.CANCEL || again === ui.Button.CLOSE) return;
      if (again === ui.Button.YES) duplicates = 'write';
    }
    const result = structureSheet({ sheetName, duplicates });
    // Rows that could not be placed are only in this report: show them again after writing.
    const unplaced = unplacedDetails(result, lang);
    ui.alert(unplaced ? `${result.message}\n\n${unplaced}` : result.message);
  });
}

export function menuHealthCheck(): void {
  menuAction((ui, { lang }) => {
    const findings = runHealthCheck({});
    if (findings.length === 0) {
      ui.alert(t(lang, 'done.healthy'));
      return;
    }
    const lines = findings.slice(0, 15).map((f) => `• ${f.message} → ${f.fix}`);
    if (findings.length > 15) lines.push('…');
    ui.alert(t(lang, 'done.findings', { count: findings.length }) + '\n\n' + lines.join('\n'));
  });
}

export function menuRepair(): void {
  menuAction((ui) => {
    const result = repairSheet({});
    ui.alert(result.message);
  });
}

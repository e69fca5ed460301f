// The add-on's tabs, found by developer metadata (key okr-sheets.tab = okr | checkins |
// settings), so people can rename and move them. One finder call finds all three. The side
// tabs (settings, check-ins) are created here and nowhere else, in the sheet's language.
import { CHECKIN_COLUMNS, TAB_METADATA_KEY, TAB_NAMES, type TabRole } from '../core/columns';
import { langFromLocale } from '../core/i18n';
import { t, type Lang } from './i18n';
import { DEFAULT_CHECK_IN_DAYS, parseCheckInDays } from '../core/check-in-due';
import { DEFAULT_THRESHOLDS, type StatusThresholds } from '../core/vocabulary';
import type { DecimalMark } from '../core/values';
import type { ThresholdCells } from './formulas';
import { ensureWordTables } from './formulas-words';
import { CORE_WORDS, readWordTables, type SheetWords, type WordProblem } from '../core/word-tables';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type Tabs = Partial<Record<TabRole, Sheet>>;

export function findTabs(ss: Spreadsheet): Tabs {
  const tabs: Tabs = {};
  const found = ss.createDeveloperMetadataFinder().withKey(TAB_METADATA_KEY).find();
  for (const md of found) {
    const role = md.getValue() as TabRole | null;
    if (role !== 'okr' && role !== 'checkins' && role !== 'settings') continue;
    if (tabs[role]) continue;
    const sheet = md.getLocation().getSheet();
    if (sheet) tabs[role] = sheet;
  }
  return tabs;
}

/** A tab name not yet taken: "OKRs", else "OKRs (2)" … */
function freeName(ss: Spreadsheet, base: string): string {
  const taken = new Set(ss.getSheets().map((s) => s.getName()));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base} (${i})`)) return `${base} (${i})`;
}

/**
 * The visibility of every developer metadata the add-on adds: DOCUMENT, so that another
 * deployment of the add-on (a test deployment, the Marketplace one) finds the tabs and marks a
 * first one laid; PROJECT metadata is seen only by the project that wrote it
 * (developers.google.com/apps-script/reference/spreadsheet/developer-metadata-visibility).
 */
export function documentVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
  return SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT;
}

/** Inserts a tab with our metadata. */
export function createTab(ss: Spreadsheet, role: TabRole, lang: Lang, name?: string): Sheet {
  const sheet = ss.insertSheet(freeName(ss, name ?? TAB_NAMES[role][lang]));
  sheet.addDeveloperMetadata(TAB_METADATA_KEY, role, documentVisibility());
  return sheet;
}

// ---------------------------------------------------------------------------------------------
// Settings tab: A = setting, B = value, C = explanation. Rows are found by their label in
// either language (people may reorder them); formulas point at the value cells. To the right,
// the word tables the formulas look words up in (formulas-words.ts).

export interface Settings {
  lang: Lang;
  thresholds: StatusThresholds;
  cells: ThresholdCells;
  /** The spreadsheet locale's decimal mark: how formulas and the core read text numbers. */
  mark: DecimalMark;
  /** The words of the tab's word tables, as the formulas look them up (core/word-tables.ts). */
  words: SheetWords;
  /** Rows of those tables that neither the formulas nor the core can use (health check). */
  wordProblems: WordProblem[];
  /** Days without a check-in after which a key result is due (core/check-in-due.ts). */
  checkInDays: number;
  /** 1-based row of the check-in interval on the settings tab (its value in column B); 0: none. */
  checkInDaysRow: number;
  /** The last row with a label in column A: the settings' list ends there. */
  lastSettingRow: number;
}

const SETTING_KEYS = ['language', 'onTrack', 'atRisk', 'checkInDays'] as const;
type SettingKey = (typeof SETTING_KEYS)[number];

function labelKey(value: unknown): SettingKey | null {
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase();
  for (const key of SETTING_KEYS) {
    for (const lang of ['en', 'nl'] as const) {
      if (t(lang, `settings.${key}`).toLowerCase() === v) return key;
    }
  }
  return null;
}

function writeSettingsTab(sheet: Sheet, lang: Lang): void {
  const rows = [
    [
      t(lang, 'settings.header.setting'),
      t(lang, 'settings.header.value'),
      t(lang, 'settings.header.explanation'),
    ],
    [t(lang, 'settings.language'), "'" + lang, t(lang, 'settings.language.help')],
    [t(lang, 'settings.onTrack'), DEFAULT_THRESHOLDS.onTrack, t(lang, 'settings.onTrack.help')],
    [t(lang, 'settings.atRisk'), DEFAULT_THRESHOLDS.atRisk, t(lang, 'settings.atRisk.help')],
    checkInDaysRow(lang),
  ];
  sheet.getRange(1, 1, rows.length, 3).setValues(rows);
  sheet.getRange(1, 1, 1, 3).setFontWeight('bold');
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(1, 200);
  sheet.setColumnWidth(3, 520);
  ensureWordTables(sheet.getParent(), sheet, lang);
}

function checkInDaysRow(lang: Lang): (string | number)[] {
  return [
    t(lang, 'settings.checkInDays'),
    DEFAULT_CHECK_IN_DAYS,
    t(lang, 'settings.checkInDays.help'),
  ];
}

/**
 * A settings tab of an earlier version has no check-in interval: its row is added below the
 * last setting (one write; readSettings found where the list ends), so the stale-check-in rule
 * has a cell to follow.
 */
function ensureCheckInDaysRow(sheet: Sheet, settings: Settings): void {
  if (settings.checkInDaysRow > 0) return;
  const row = settings.lastSettingRow + 1;
  sheet.getRange(row, 1, 1, 3).setValues([checkInDaysRow(settings.lang)]);
  settings.checkInDaysRow = row;
  settings.checkInDays = DEFAULT_CHECK_IN_DAYS;
  settings.lastSettingRow = row;
}

/** Reads the settings tab in one call; missing or bad values fall back to the defaults. */
export function readSettings(
  sheet: Sheet | undefined,
  fallbackLang: Lang,
  mark: DecimalMark,
): Settings {
  const thresholds = { onTrack: DEFAULT_THRESHOLDS.onTrack, atRisk: DEFAULT_THRESHOLDS.atRisk };
  const settings: Settings = {
    lang: fallbackLang,
    thresholds,
    cells: { sheetName: sheet ? sheet.getName() : '', onTrackRow: 3, atRiskRow: 4, column: 1 },
    mark,
    words: CORE_WORDS,
    wordProblems: [],
    checkInDays: DEFAULT_CHECK_IN_DAYS,
    checkInDaysRow: 0,
    lastSettingRow: 0,
  };
  if (!sheet) return settings;
  const values = sheet.getDataRange().getValues();
  const words = readWordTables(values);
  settings.words = words.words;
  settings.wordProblems = words.problems;
  values.forEach((row, i) => {
    if (String(row[0] ?? '').trim() !== '') settings.lastSettingRow = i + 1;
    const key = labelKey(row[0]);
    const value = row[1];
    if (key === 'language') {
      const v = String(value).trim().toLowerCase();
      if (v === 'en' || v === 'nl') settings.lang = v;
    } else if (key === 'onTrack' || key === 'atRisk') {
      if (typeof value === 'number' && Number.isFinite(value)) thresholds[key] = value;
      if (key === 'onTrack') settings.cells.onTrackRow = i + 1;
      else settings.cells.atRiskRow = i + 1;
    } else if (key === 'checkInDays') {
      settings.checkInDays = parseCheckInDays(value) ?? DEFAULT_CHECK_IN_DAYS;
      settings.checkInDaysRow = i + 1;
    }
  });
  return settings;
}

// ---------------------------------------------------------------------------------------------
// Check-ins tab

function writeCheckInsHeader(sheet: Sheet, lang: Lang): void {
  const header = CHECKIN_COLUMNS.map((c) => c.header[lang]);
  sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  CHECKIN_COLUMNS.forEach((c, i) => sheet.setColumnWidth(i + 1, c.width));
}

// ---------------------------------------------------------------------------------------------
// The side tabs

/**
 * The language of a sheet being set up: Dutch when the spreadsheet's locale is Dutch (the
 * core's rule, langFromLocale), else the person's own language.
 */
export function newSheetLang(ctx: { locale: string; lang: Lang }): Lang {
  return langFromLocale(ctx.locale) === 'nl' ? 'nl' : ctx.lang;
}

/** What ensureSideTabs completes: an action's context (session.ts). */
interface Workbook {
  ss: Spreadsheet;
  tabs: Tabs;
  settings: Settings;
}

/** Creates the settings and check-ins tabs a workbook lacks, in `sheetLang`. */
export function ensureSideTabs(ctx: Workbook, sheetLang: Lang): void {
  if (!ctx.tabs.settings) {
    const sheet = createTab(ctx.ss, 'settings', sheetLang);
    writeSettingsTab(sheet, sheetLang);
    ctx.tabs.settings = sheet;
    ctx.settings = readSettings(sheet, sheetLang, ctx.settings.mark);
  } else {
    ensureWordTables(ctx.ss, ctx.tabs.settings, ctx.settings.lang);
    ensureCheckInDaysRow(ctx.tabs.settings, ctx.settings);
  }
  if (!ctx.tabs.checkins) {
    const sheet = createTab(ctx.ss, 'checkins', sheetLang);
    writeCheckInsHeader(sheet, sheetLang);
    ctx.tabs.checkins = sheet;
  }
}

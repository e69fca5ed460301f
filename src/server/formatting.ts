// The look of the OKR tab, applied in batches: one call per column property or per 2D block,
// never per row. Frozen header; objective rows bold and tinted per level by conditional
// formatting (so a row typed or retyped by hand looks right at once); titles in the plain
// number format (no '"    "@' indent: a format with @ is text, where Sheets may keep an
// apostrophe written to protect text as a visible character); dropdowns for level, type, kind and
// confidence; number validation; percent formats where a key result's unit is %; status and
// grade colours and progress bands by conditional formatting; formula columns protected with
// a warning; helper columns hidden.
import { OKR_COLUMNS, type ColumnKey, type ColumnMap } from '../core/columns';
import { confidenceName } from '../core/confidence';
import { t } from './i18n';
import { kindName } from '../core/kinds';
import type { SheetItem } from '../core/okr-rows';
import {
  CLOSED_INK,
  GRADE_COLORS,
  HEADER_FILL,
  LEVEL_COLORS,
  PROGRESS_GRADIENT,
  STATUS_COLORS,
} from '../core/palette';
import {
  CLOSED_WORDS,
  CONFIDENCES,
  GRADE_BANDS,
  ITEM_TYPES,
  itemTypeName,
  KR_KINDS,
  levelName,
  LEVELS,
  STATUSES,
  FORMER_STATUS_WORDS,
} from '../core/vocabulary';
import { FORMULA_COLUMNS, columnLetter } from './formulas';
import { staleCheckInRule } from './stale-check-ins';
import type { Settings } from './tabs';

/** What the column rules need of the settings: the sheet's language, where the interval is. */
type RuleSettings = Pick<Settings, 'lang' | 'checkInDaysRow'> & {
  cells: Pick<Settings['cells'], 'sheetName'>;
};

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const PROTECTION_DESCRIPTION = 'okr-sheets: formulas (edit the input columns instead)';

// Not '@' nor any format with @ (text): there a leading apostrophe would be kept as a character.
const TITLE_FORMAT = '0.###############';
/** The plain number format of Start, Target and Current (shows a number as General does). */
export const NUMBER_FORMAT = '0.###############';
const PERCENT_FORMAT = '0.0%';

/** Rows to format below the header: the data plus a margin, so rows typed below look right. */
export function formatRows(lastRow: number, headerRow: number): number {
  return Math.max(lastRow - headerRow, 0) + 200;
}

/** Header text, frozen row, widths and hidden helper columns: once per tab and on Repair. */
export function applyHeaderLayout(
  sheet: Sheet,
  columns: ColumnMap,
  headerRow: number,
  fresh: boolean,
): void {
  const width = Math.max(...Object.values(columns).map((c) => (c as number) + 1));
  const header = sheet.getRange(headerRow, 1, 1, width);
  header.setFontWeight('bold').setBackground(HEADER_FILL);
  sheet.setFrozenRows(headerRow);
  if (fresh) {
    sheet.setColumnWidths(1, OKR_COLUMNS.length, 80);
    for (const def of OKR_COLUMNS) {
      const c = columns[def.key];
      if (c !== undefined && def.width !== 80) sheet.setColumnWidth(c + 1, def.width);
    }
  }
  for (const def of OKR_COLUMNS) {
    const c = columns[def.key];
    if (def.role === 'helper' && c !== undefined) sheet.hideColumns(c + 1);
  }
}

/**
 * Per-row formats: titles in the plain format (replacing the indent of earlier versions);
 * start/target/current as percent where the unit is
 * %. The block first gets the plain look in single-value calls (not needed on a `freshSheet`):
 * tabs of earlier versions carry objective rows bold and tinted by hand-set formats, which
 * Sheets also copies into rows inserted below them; objective rows now get that look from
 * conditional formatting (rowLookRules). Then the title and number columns get one column of
 * formats each. A constant number of calls whatever the number of rows.
 */
export function applyRowStyles(
  sheet: Sheet,
  columns: ColumnMap,
  headerRow: number,
  lastRow: number,
  width: number,
  items: readonly SheetItem[],
  freshSheet = false,
): void {
  const n = lastRow - headerRow;
  if (n <= 0 || width <= 0) return;
  const first = headerRow + 1;
  const byRow = new Map<number, SheetItem>();
  for (const item of items) if (item.row >= first && item.row <= lastRow) byRow.set(item.row, item);
  if (!freshSheet) {
    // A new sheet is plain already; elsewhere rows may carry an old look (or Sheets copied
    // an objective row's look into inserted rows).
    const block = sheet.getRange(first, 1, n, width);
    block.setFontWeight('normal');
    block.setBackground(null);
  }
  // Shared one-cell rows: tens of thousands of rows, a handful of formats.
  const percentRow = [PERCENT_FORMAT];
  const numberRow = [NUMBER_FORMAT];
  const numbers: string[][] = [];
  for (let r = first; r <= lastRow; r++) {
    const item = byRow.get(r);
    numbers.push(item?.unit === '%' ? percentRow : numberRow);
  }
  if (columns.title !== undefined)
    sheet.getRange(first, columns.title + 1, n, 1).setNumberFormat(TITLE_FORMAT);
  for (const key of ['start', 'target', 'current'] as const) {
    const c = columns[key];
    if (c !== undefined) sheet.getRange(first, c + 1, n, 1).setNumberFormats(numbers);
  }
}

/** `cell` (e.g. $B2) holds one of `words`, as Sheets compares text: any case, spaces trimmed. */
function anyWord(cell: string, words: readonly string[]): string {
  const unique = [...new Set(words)];
  return `OR(${unique.map((w) => `TRIM(${cell})="${w.replace(/"/g, '""')}"`).join(',')})`;
}

/** Both languages' names of a type or level: a tab may hold either. */
const OBJECTIVE_WORDS = (['en', 'nl'] as const).map((l) => itemTypeName('objective', l));

/** Whether a conditional format formula is one of rowLookRules' (to replace, not duplicate). */
export function isRowLookFormula(formula: unknown): boolean {
  return (
    typeof formula === 'string' &&
    OBJECTIVE_WORDS.every((w) => formula.includes(`)="${w}"`)) &&
    /^=(AND\()?OR\(TRIM\(\$[A-Z]+\d+\)=/.test(formula)
  );
}

/**
 * Holds when `cell` (e.g. $W2) marks its row closed, as src/core/okr-rows.ts reads it: TRUE,
 * or one of CLOSED_WORDS as text (any case, spaces trimmed); a number or FALSE is open.
 */
export function closedFormula(cell: string): string {
  return `IF(ISLOGICAL(${cell}),${cell},IF(ISTEXT(${cell}),${anyWord(cell, CLOSED_WORDS)},FALSE))`;
}

/** Whether a conditional format formula is one of the closed look's (rowLookRules). */
function isClosedLookFormula(formula: unknown): boolean {
  return (
    typeof formula === 'string' &&
    formula.startsWith('=AND(IF(ISLOGICAL(') &&
    CLOSED_WORDS.every((w) => formula.includes(`)="${w}"`))
  );
}

/**
 * Objective rows bold and tinted per level, over the whole block (its first row `row`): one
 * rule per level (bold and its tint), then one for objectives of no known level (bold).
 * Conditional formatting rather than formats set per row: a row typed, retyped or sorted by
 * hand looks right at once, and a tab of thousands of objectives costs four rules instead of a
 * format on every cell.
 */
function rowLookRules(
  columns: ColumnMap,
  block: GoogleAppsScript.Spreadsheet.Range,
  row: number,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  if (columns.type === undefined) return [];
  const typeCell = `$${columnLetter(columns.type)}${row}`;
  const isObjective = anyWord(typeCell, OBJECTIVE_WORDS);
  // In Sheets the first rule that holds gives a cell its whole format, so a closed row's rules
  // come first and carry the objective's bold and tint as well as the grey text.
  const closed =
    columns.closed === undefined ? null : closedFormula(`$${columnLetter(columns.closed)}${row}`);
  const rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  const add = (conditions: string[], bold: boolean, fill: string | null, grey: boolean) => {
    const rule = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(
      conditions.length === 1 ? `=${conditions[0]}` : `=AND(${conditions.join(',')})`,
    );
    if (bold) rule.setBold(true);
    if (fill) rule.setBackground(fill);
    if (grey) rule.setFontColor(CLOSED_INK);
    rules.push(rule.setRanges([block]).build());
  };
  const looks = (pre: string[], grey: boolean) => {
    if (columns.level !== undefined) {
      const levelCell = `$${columnLetter(columns.level)}${row}`;
      for (const level of LEVELS) {
        const names = (['en', 'nl'] as const).map((l) => levelName(level, l));
        add([...pre, isObjective, anyWord(levelCell, names)], true, LEVEL_COLORS[level].fill, grey);
      }
    }
    add([...pre, isObjective], true, null, grey);
  };
  if (closed) {
    looks([closed], true);
    add([closed, 'TRUE'], false, null, true); // any other closed row: grey text
  }
  looks([], false);
  return rules;
}

/**
 * The column rules (dropdowns, colours, objective rows' look) must reach `lastRow`. They are laid
 * over the rows plus a margin (formatRows); rows written below that margin (a large roll-over)
 * would be plain, and tabs set up before objective rows got their look from rules have no such
 * rule. Either way the column rules are laid again. Our row-look rules come last, so the check
 * usually reads one rule.
 */
export function ensureColumnRules(
  sheet: Sheet,
  columns: ColumnMap,
  headerRow: number,
  lastRow: number,
  settings: RuleSettings,
): void {
  const rules = sheet.getConditionalFormatRules();
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i] as GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
    const condition = rule.getBooleanCondition();
    if (!condition || !isRowLookFormula(condition.getCriteriaValues()[0])) continue;
    const range = rule.getRanges()[0];
    if (range && range.getLastRow() >= lastRow) return;
    break;
  }
  applyColumnRules(sheet, columns, headerRow, formatRows(lastRow, headerRow), settings);
}

function listRule(values: string[], help: string): GoogleAppsScript.Spreadsheet.DataValidation {
  return SpreadsheetApp.newDataValidation()
    .requireValueInList(values, true)
    .setAllowInvalid(true)
    .setHelpText(help)
    .build();
}

/**
 * Dropdowns, number validation, column number formats, conditional formats and protections
 * over the data rows (header + 1 … header + rows). Calls: a constant number per column.
 */
export function applyColumnRules(
  sheet: Sheet,
  columns: ColumnMap,
  headerRow: number,
  rows: number,
  settings: RuleSettings,
): void {
  const lang = settings.lang;
  // The margin below the rows is real: a tab that ends at its last row grows by it, so rows
  // added at the end are inserted inside every rule (which then grows with them) rather than at
  // its edge, where a rule does not grow (as in Sheets).
  rows = Math.max(1, rows);
  const maxRows = sheet.getMaxRows();
  if (maxRows < headerRow + rows) sheet.insertRowsAfter(maxRows, headerRow + rows - maxRows);
  const range = (key: ColumnKey) => {
    const c = columns[key];
    return c === undefined ? null : sheet.getRange(headerRow + 1, c + 1, rows, 1);
  };
  const lists: [ColumnKey, string[]][] = [
    ['level', LEVELS.map((l) => levelName(l, lang))],
    ['type', ITEM_TYPES.map((x) => itemTypeName(x, lang))],
    ['kind', KR_KINDS.map((k) => kindName(k, lang))],
    ['confidence', CONFIDENCES.map((c) => confidenceName(c, lang))],
  ];
  for (const [key, values] of lists) {
    range(key)?.setDataValidation(listRule(values, values.join(', ')));
  }
  const numberRule = SpreadsheetApp.newDataValidation()
    .requireNumberBetween(-1e15, 1e15)
    .setAllowInvalid(true)
    .setHelpText(t(lang, 'fix.textInNumber'))
    .build();
  range('start')?.setDataValidation(numberRule);
  range('target')?.setDataValidation(numberRule);
  range('weight')?.setDataValidation(
    SpreadsheetApp.newDataValidation()
      .requireNumberGreaterThanOrEqualTo(0)
      .setAllowInvalid(true)
      .setHelpText(t(lang, 'fix.negativeWeight'))
      .build(),
  );
  range('progress')?.setNumberFormat('0%');
  range('expected')?.setNumberFormat('0%');
  range('grade')?.setNumberFormat('0.0');

  // Conditional formats: replace ours, keep people's own rules on other ranges.
  const ours = new Set(
    (['status', 'grade', 'progress', 'lastCheckIn'] as ColumnKey[])
      .map((k) => columns[k])
      .filter((c): c is number => c !== undefined),
  );
  const kept = sheet.getConditionalFormatRules().filter((rule) => {
    const ranges = rule.getRanges();
    if (ranges.some((r) => r.getNumColumns() === 1 && ours.has(r.getColumn() - 1))) return false;
    // Our row looks span the block; only those rules' formulas need reading.
    const wide = ranges.some((r) => r.getNumColumns() > 1);
    if (!wide) return true;
    const formula = rule.getBooleanCondition()?.getCriteriaValues()[0];
    return !isRowLookFormula(formula) && !isClosedLookFormula(formula);
  });
  const rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  const status = range('status');
  if (status) {
    for (const s of STATUSES) {
      const words = new Set([t('en', `status.${s}`), t('nl', `status.${s}`)]);
      for (const word of [...words, ...(FORMER_STATUS_WORDS[s] ?? [])]) {
        rules.push(
          SpreadsheetApp.newConditionalFormatRule()
            .whenTextEqualTo(word)
            .setBackground(STATUS_COLORS[s].fill)
            .setRanges([status])
            .build(),
        );
      }
    }
  }
  const grade = range('grade');
  if (grade) {
    const g = columns.grade as number;
    const cell = `$${columnLetter(g)}${headerRow + 1}`;
    const { green, yellow } = GRADE_BANDS;
    const bands: [string, string][] = [
      [`=AND(ISNUMBER(${cell}),${cell}>=${green})`, GRADE_COLORS.green.fill],
      [`=AND(ISNUMBER(${cell}),${cell}>=${yellow},${cell}<${green})`, GRADE_COLORS.yellow.fill],
      [`=AND(ISNUMBER(${cell}),${cell}<${yellow})`, GRADE_COLORS.red.fill],
    ];
    for (const [formula, colour] of bands) {
      rules.push(
        SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied(formula)
          .setBackground(colour)
          .setRanges([grade])
          .build(),
      );
    }
  }
  const progress = range('progress');
  if (progress) {
    rules.push(
      SpreadsheetApp.newConditionalFormatRule()
        .setGradientMinpointWithValue(
          PROGRESS_GRADIENT.from,
          SpreadsheetApp.InterpolationType.NUMBER,
          '0',
        )
        .setGradientMaxpointWithValue(
          PROGRESS_GRADIENT.to,
          SpreadsheetApp.InterpolationType.NUMBER,
          '1',
        )
        .setRanges([progress])
        .build(),
    );
  }
  const stale = staleCheckInRule(columns, range('lastCheckIn'), headerRow + 1, {
    sheetName: settings.cells.sheetName,
    row: settings.checkInDaysRow,
  });
  if (stale) rules.push(stale);
  // After the column rules: a status, grade or progress colour shows over the row's tint.
  const width = Math.max(...Object.values(columns).map((c) => (c as number) + 1));
  const block = sheet.getRange(headerRow + 1, 1, rows, width);
  rules.push(...rowLookRules(columns, block, headerRow + 1));
  sheet.setConditionalFormatRules([...kept, ...rules]);

  // Protect the formula columns with a warning (people may still override on purpose).
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (p.getDescription() === PROTECTION_DESCRIPTION) p.remove();
  }
  const formulaCols = FORMULA_COLUMNS.map((k) => columns[k])
    .filter((c): c is number => c !== undefined)
    .sort((a, b) => a - b);
  let i = 0;
  while (i < formulaCols.length) {
    let j = i;
    while (j + 1 < formulaCols.length && formulaCols[j + 1] === (formulaCols[j] as number) + 1) j++;
    const start = formulaCols[i] as number;
    sheet
      .getRange(headerRow + 1, start + 1, rows, j - i + 1)
      .protect()
      .setDescription(PROTECTION_DESCRIPTION)
      .setWarningOnly(true);
    i = j + 1;
  }
}

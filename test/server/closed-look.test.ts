// The closed look of the OKR tab: a closed row's text is grey (a conditional format rule keyed on
// the Closed column, so collaborators without the add-on see it too), closed objectives keep
// their bold and level tint. The rules are evaluated by the workbook's own formula engine, per
// cell the first rule that holds, as Sheets does (dev/preview/app/conditional.ts).
import { conditionalStyles } from '../../dev/preview/app/conditional';
import type { SheetData } from '../../dev/runtime/sheet-data';
import { LEVEL_COLORS, CLOSED_INK } from '../../src/core/palette';
import { call, fresh, okrRows, snapshot, tab } from './workbook-helpers';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function looks(ss: ReturnType<typeof fresh>['ss'], sheet: Sheet) {
  const data = (sheet as unknown as { data: SheetData }).data;
  return conditionalStyles(ss.model, data, sheet.getMaxRows(), sheet.getMaxColumns());
}

function column(sheet: Sheet, header: string): number {
  return sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.indexOf(header) + 1;
}

test('a row is grey exactly when the core reads it as closed (TRUE or a closed word, either language)', () => {
  const { ss, addon } = fresh({ today: '2026-05-20' });
  call(addon, 'setUp', { example: true });
  const okr = tab(ss, 'okr');
  const row = okrRows(ss).find((r) => r.id === 'KR-3')!._row;
  const closedCol = column(okr, 'Closed');
  const titleCol = column(okr, 'Title');
  const cases: [unknown, boolean][] = [
    [true, true],
    [false, false],
    ['closed', true],
    [' Afgesloten ', true],
    ['X', true],
    ['waar', true],
    ['1', false], // Sheets reads a typed 1 as the number 1: open, in the core and the rule alike
    [1, false],
    [0, false],
    ['nee', false],
    ['open', false],
    ['', false],
  ];
  const seen = cases.map(([value]) => {
    okr.getRange(row, closedCol).setValue(value);
    const core = snapshot(addon).items.find((i) => i.id === 'KR-3')!.closed;
    const grey = looks(ss, okr).at(row, titleCol)?.color === CLOSED_INK;
    return [value, core, grey];
  });
  expect(seen).toEqual(cases.map(([value, closed]) => [value, closed, closed]));
});

describe.each([
  ['en_US', 'en'],
  ['nl_NL', 'nl'],
])('after a quarter is closed (%s)', (locale, lang) => {
  test('its rows are grey, objectives still bold and tinted; open rows are not grey', () => {
    const { ss, addon } = fresh({ locale, userLocale: lang, today: '2026-05-20' });
    call(addon, 'setUp', { example: true });
    call(addon, 'startNextQuarter', { period: '2026-Q2', ids: ['O-2', 'KR-3'] });
    const okr = tab(ss, 'okr');
    const title = column(okr, lang === 'en' ? 'Title' : 'Titel');
    const cf = looks(ss, okr);
    const rows = okrRows(ss);
    const at = (id: string) => cf.at(rows.find((r) => r.id === id)!._row, title);
    expect(at('KR-3')).toEqual({ color: CLOSED_INK });
    expect(at('I-3')).toEqual({ color: CLOSED_INK });
    expect(at('O-2')).toEqual({
      bold: true,
      background: LEVEL_COLORS.team.fill,
      color: CLOSED_INK,
    });
    // Open rows: the annual objective and the copies in the next quarter.
    expect(at('O-1')).toEqual({ bold: true, background: LEVEL_COLORS.company.fill });
    expect(at('KR-1')).toBeUndefined();
    const copy = rows.find((r) => r.sourceId === 'KR-3')!;
    expect(cf.at(copy._row, title)).toBeUndefined();
    // Repair lays the rules again without doubling them.
    const count = okr.getConditionalFormatRules().length;
    call(addon, 'repairSheet', {});
    expect(okr.getConditionalFormatRules()).toHaveLength(count);
  });
});

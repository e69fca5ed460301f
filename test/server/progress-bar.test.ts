// The Progress bar column: a SPARKLINE bar per objective and key result (Sheets draws it without
// the add-on), its length the row's progress and its colour the palette's for the row's status,
// in the sheet's language. Written by Set up and Repair; a tab of an earlier version without the
// column keeps working, and Repair adds it.
import { COLUMN_BY_KEY, matchHeader, type ColumnKey } from '../../src/core/columns';
import { STATUS_COLORS } from '../../src/core/palette';
import { STATUSES, type StatusCode } from '../../src/core/vocabulary';
import { t } from '../../src/core/i18n';
import type { MutationResult } from '../../src/shared/rpc';
import type { LocalSpreadsheet } from '../../dev/runtime';
import { barExtents } from '../../dev/runtime/sparkline';
import { call, fresh, measuredCheckIn, okrRows, tab } from './workbook-helpers';

function columnOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, key: ColumnKey): number | undefined {
  const c = matchHeader(sheet.getDataRange().getValues())?.columns[key];
  return c === undefined ? undefined : c + 1;
}

/** The bar the runtime draws in a row's Progress bar cell. */
function barAt(ss: LocalSpreadsheet, row: number) {
  const sheet = tab(ss, 'okr');
  const col = columnOf(sheet, 'bar')!;
  const data = ss.model.sheets.find((s) => s.name === sheet.getName())!;
  return ss.model.read(data, row, col).sparkline;
}

function statusCode(word: unknown, lang: 'en' | 'nl'): StatusCode | undefined {
  return STATUSES.find((s) => t(lang, `status.${s}`) === word);
}

describe.each(['en', 'nl'] as const)('a fresh tab (%s)', (lang) => {
  const locale = lang === 'nl' ? 'nl_NL' : 'en_US';

  test('has the Progress bar next to Progress, a bar per row with progress, coloured by status', () => {
    const { ss, addon } = fresh({ locale, today: '2026-02-15' });
    call<MutationResult>(addon, 'setUp', { example: true });
    const sheet = tab(ss, 'okr');
    const progress = columnOf(sheet, 'progress')!;
    expect(columnOf(sheet, 'bar')).toBe(progress + 1);
    expect(sheet.getRange(1, progress + 1).getValue()).toBe(COLUMN_BY_KEY.bar.header[lang]);
    // Check in so that rows have progress at several statuses.
    for (const [id, value] of [
      ['KR-1', 60],
      ['KR-2', 5],
    ] as const)
      measuredCheckIn(addon, id, value);
    const rows = okrRows(ss);
    let drawn = 0;
    for (const row of rows) {
      const bar = barAt(ss, row._row);
      const formula = sheet.getRange(row._row, progress + 1).getFormula();
      const initiative = row.type === t(lang, 'type.initiative');
      expect({ id: row.id, hasFormula: formula !== '' }).toEqual({
        id: row.id,
        hasFormula: !initiative,
      });
      expect(row.bar).toBe('');
      if (typeof row.progress !== 'number' || row.status === '') {
        expect({ id: row.id, bar }).toEqual({ id: row.id, bar: undefined });
        continue;
      }
      const status = statusCode(row.status, lang)!;
      // getValues gives 15 significant digits, as Sheets does; the bar has the engine's number.
      const extents = barExtents(bar!);
      expect({ id: row.id, colours: extents.map((e) => e.color) }).toEqual({
        id: row.id,
        colours: row.progress > 0 ? [STATUS_COLORS[status].strong] : [],
      });
      if (row.progress > 0) expect(extents[0]!.to).toBeCloseTo(row.progress, 12);
      drawn++;
    }
    expect(drawn).toBeGreaterThan(2);
  });
});

test('the bar follows a check-in: its length and its colour change with the row', () => {
  const { ss, addon } = fresh({ today: '2026-02-15' });
  call<MutationResult>(addon, 'setUp', { example: true });
  const row = (id: string) => okrRows(ss).find((r) => r.id === id)!;
  measuredCheckIn(addon, 'KR-1', 0);
  const before = barAt(ss, row('KR-1')._row)!;
  expect(before.segments[0]!.value).toBe(0);
  measuredCheckIn(addon, 'KR-1', 1000000);
  const after = row('KR-1');
  expect(after.progress).toBe(1);
  expect(barExtents(barAt(ss, after._row)!)).toEqual([
    { from: 0, to: 1, color: STATUS_COLORS.achieved.strong },
  ]);
});

test('a tab of an earlier version without the column keeps working, and Repair adds it', () => {
  const { ss, addon } = fresh({ today: '2026-02-15' });
  call<MutationResult>(addon, 'setUp', { example: true });
  const sheet = tab(ss, 'okr');
  sheet.deleteColumn(columnOf(sheet, 'bar')!);
  expect(columnOf(sheet, 'bar')).toBeUndefined();
  // Actions that write rows work on it and add no column.
  const { result } = measuredCheckIn(addon, 'KR-1', 40);
  expect(result.message).toMatch(/KR-1/);
  call<MutationResult>(addon, 'addItem', {
    type: 'keyResult',
    title: 'Another one',
    parentId: 'O-1',
    target: 10,
  });
  expect(columnOf(sheet, 'bar')).toBeUndefined();
  const health = call<{ rule: string }[]>(addon, 'runHealthCheck', {});
  expect(health.filter((f) => f.rule === 'formulaOverwritten')).toEqual([]);
  // Repair adds it at the end, with a bar in every row that has progress.
  const width = sheet.getLastColumn();
  const repaired = call<MutationResult>(addon, 'repairSheet', {});
  expect(repaired.message).toMatch(/Progress bar/);
  expect(columnOf(sheet, 'bar')).toBe(width + 1);
  const kr1 = okrRows(ss).find((r) => r.id === 'KR-1')!;
  expect(barAt(ss, kr1._row)!.segments[0]!.value).toBe(kr1.progress);
  // Once there, Repair has nothing more to write.
  const again = addon.measure(() => call<MutationResult>(addon, 'repairSheet', {}));
  expect(again.calls['Range.setValues'] ?? 0).toBe(0);
});

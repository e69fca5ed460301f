// "Build summary" on the local runtime, through the built dist/Code.js.
import fc from 'fast-check';
import { parseIsoDate, quarterPeriod, statusName } from '../../src/core';
import type { CheckIn, ItemView } from '../../src/core/model';
import { SUMMARY_STATUSES, summarizePeriod } from '../../src/core/summary';
import { progressOverTime } from '../../src/core/timeseries';
import { itemsFromSpecs, objectiveSpec, viewsOf } from '../unit/okr-sets';
import { workbook } from './summary-fixture';

const asOf = parseIsoDate('2026-02-15') as number;
const Q1 = quarterPeriod(2026, 1);
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function sheets(addon: ReturnType<typeof workbook>['addon']): Sheet[] {
  return addon.spreadsheet.getSheets() as unknown as Sheet[];
}
function values(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}
function rowOf(vals: unknown[][], label: string): number {
  return vals.findIndex((r) => r[0] === label);
}

const specs = fc.sample(
  fc.array(objectiveSpec(['2026-Q1', '2026-Q2']), { minLength: 8, maxLength: 8 }),
  {
    numRuns: 1,
    seed: 42,
  },
)[0]!;
const items = itemsFromSpecs(specs);

describe('buildSummary', () => {
  test('figures on the tab equal src/core; four charts of the right types', () => {
    const { addon } = workbook(items, []);
    const result = addon.call('buildSummary', { period: '2026-Q1' }) as {
      sheetName: string;
      charts: number;
    };
    expect(result.sheetName).toBe('Summary 2026-Q1');
    expect(result.charts).toBe(4);
    const tab = sheets(addon).find((s) => s.getName() === 'Summary 2026-Q1')!;
    const vals = values(tab);
    const views: ItemView[] = viewsOf(items, asOf);
    const s = summarizePeriod(views, Q1, { asOf });
    expect(vals[rowOf(vals, 'Objectives')]?.[1]).toBe(s.objectives);
    expect(vals[rowOf(vals, 'Key results')]?.[1]).toBe(s.keyResults);
    expect(vals[rowOf(vals, 'Initiatives done')]?.[1]).toBe(s.initiativesDone);
    expect(vals[rowOf(vals, 'Expected progress today')]?.[1]).toBeCloseTo(s.expected, 9);
    const avg = vals[rowOf(vals, 'Average progress')]?.[1];
    if (s.progress === null) expect(avg).toBe('');
    else expect(avg).toBeCloseTo(s.progress, 9);
    for (const st of SUMMARY_STATUSES) {
      const r = vals.findIndex(
        (row, i) => i > rowOf(vals, 'Key results by status') && row[0] === statusName(st, 'en'),
      );
      expect(vals[r]?.[1]).toBe(s.krStatus[st]);
    }
    const charts = tab.getCharts();
    expect(charts.map((c) => String(c.getOptions().get('title')))).toEqual([
      'Expected versus actual progress',
      'Key result status per team',
      'Progress per objective',
      'Progress over time per level',
    ]);
    const types = (
      addon.spreadsheet as unknown as {
        model: { sheets: { name: string; charts: { type: string }[] }[] };
      }
    ).model.sheets
      .find((x) => x.name === 'Summary 2026-Q1')!
      .charts.map((c) => c.type);
    expect(types).toEqual(['COLUMN', 'COLUMN', 'BAR', 'LINE']);
  });

  test('refresh twice: same tabs, same charts; a renamed tab is found; other tabs untouched', () => {
    const { addon, okrName } = workbook(items, []);
    addon.call('buildSummary', { period: '2026-Q1' });
    const okrBefore = JSON.stringify(values(sheets(addon).find((s) => s.getName() === okrName)!));
    const names = () => sheets(addon).map((s) => s.getName());
    const first = names();
    const id = () =>
      sheets(addon)
        .find((s) => /Summary 2026-Q1|Our Q1/.test(s.getName()))!
        .getSheetId();
    const firstId = id();
    addon.call('buildSummary', { period: '2026-Q1' });
    expect(names()).toEqual(first);
    expect(id()).toBe(firstId);
    sheets(addon)
      .find((s) => s.getName() === 'Summary 2026-Q1')!
      .setName('Our Q1');
    addon.call('buildSummary', { period: '2026-Q1' });
    const after = names();
    expect(after).toEqual(first.map((n) => (n === 'Summary 2026-Q1' ? 'Our Q1' : n)));
    expect(id()).toBe(firstId);
    expect(
      sheets(addon)
        .find((s) => s.getName() === 'Our Q1')!
        .getCharts(),
    ).toHaveLength(4);
    expect(JSON.stringify(values(sheets(addon).find((s) => s.getName() === okrName)!))).toBe(
      okrBefore,
    );
  });

  test('a refresh keeps the same sheet: ID, place and a renamed name; it is cleared first', () => {
    const { addon, okrName } = workbook(items, []);
    const ss = addon.spreadsheet;
    addon.call('buildSummary', { period: '2026-Q1' });
    const summary = () => sheets(addon).find((s) => s.getName() === 'Q1 for the board')!;
    const built = sheets(addon).find((s) => s.getName() === 'Summary 2026-Q1')!;
    const id = built.getSheetId();
    const first = values(built);
    // The person renames it, moves it to the front, types beside it and colours it.
    built.setName('Q1 for the board');
    ss.setActiveSheet(built);
    ss.moveActiveSheet(1);
    built.getRange('M40').setValue('my note');
    built.getRange('M41').setBackground('#ff0000');
    built.setConditionalFormatRules([
      (addon.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
        .newConditionalFormatRule()
        .whenCellNotEmpty()
        .setBackground('#00ff00')
        .setRanges([built.getRange('N1:N9')])
        .build(),
    ]);
    const names = sheets(addon).map((s) => s.getName());
    const okrBefore = JSON.stringify(values(sheets(addon).find((s) => s.getName() === okrName)!));
    for (let i = 0; i < 2; i++) {
      const result = addon.call('buildSummary', { period: '2026-Q1' }) as { sheetName: string };
      expect(result.sheetName).toBe('Q1 for the board');
      expect(summary().getSheetId()).toBe(id);
      expect(summary().getIndex()).toBe(1);
      expect(sheets(addon).map((s) => s.getName())).toEqual(names);
      expect(summary().getCharts()).toHaveLength(4);
      expect(summary().getConditionalFormatRules()).toHaveLength(0);
      expect(summary().getRange('M40').getValue()).toBe('');
      expect(summary().getRange('M41').getBackground()).toBe('#ffffff');
      expect(values(summary())).toEqual(first);
    }
    expect(JSON.stringify(values(sheets(addon).find((s) => s.getName() === okrName)!))).toBe(
      okrBefore,
    );
  });

  test('a failure leaves the previous version intact and no partial tab', () => {
    const { addon } = workbook(items, []);
    addon.call('buildSummary', { period: '2026-Q1' });
    const names = sheets(addon).map((s) => s.getName());
    expect(() => addon.call('buildSummary', { period: 'next month' })).toThrow(/period/);
    expect(sheets(addon).map((s) => s.getName())).toEqual(names);
  });

  test('six weeks of check-ins give the expected time series on the tab', () => {
    const ci = (id: string, date: string, value: number): CheckIn => ({
      timestamp: `${date}T09:00:00`,
      keyResultId: id,
      value,
      confidence: '',
      note: '',
      who: '',
    });
    const krs = items.filter((i) => i.type === 'keyResult' && i.period === '2026-Q1').slice(0, 3);
    const weeks = [
      '2026-01-02',
      '2026-01-09',
      '2026-01-16',
      '2026-01-23',
      '2026-01-30',
      '2026-02-06',
    ];
    const usable = krs.flatMap((kr, k) => weeks.map((d, w) => ci(kr.id, d, 10 * (w + 1) + k)));
    const { addon } = workbook(items, usable);
    addon.call('buildSummary', { period: '2026-Q1' });
    const vals = values(sheets(addon).find((s) => s.getName() === 'Summary 2026-Q1')!);
    const head = rowOf(vals, 'Week of');
    const series = progressOverTime(items, usable, Q1, asOf);
    expect(series).toHaveLength(7);
    series.forEach((p, i) => {
      const row = vals[head + 1 + i]!;
      for (const [j, level] of (['company', 'team', 'personal'] as const).entries()) {
        const v = p.levels[level];
        if (v === null) expect(row[1 + j]).toBe('');
        else expect(row[1 + j]).toBeCloseTo(v, 9);
      }
    });
  });

  test('Dutch: "Samenvatting 2026-K1"', () => {
    const { addon } = workbook(items, [], { lang: 'nl' });
    const result = addon.call('buildSummary', { period: '2026-K1' }) as { sheetName: string };
    expect(result.sheetName).toBe('Samenvatting 2026-K1');
    const vals = values(sheets(addon).find((s) => s.getName() === 'Samenvatting 2026-K1')!);
    const s = summarizePeriod(viewsOf(items, asOf), Q1, { asOf });
    expect(vals[rowOf(vals, 'Doelstellingen')]?.[1]).toBe(s.objectives);
  });

  test('a summary tab an earlier version named "Overzicht 2026-K1" is found by its metadata and refreshed in place', () => {
    const { addon } = workbook(items, [], { lang: 'nl' });
    // As the earlier version left it: the tab under its old name, tagged with the period.
    const ss = addon.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const old = ss.insertSheet('Overzicht 2026-K1');
    old.getRange(1, 1).setValue('OKR-overzicht 2026-K1');
    old.addDeveloperMetadata(
      'okr-sheets.summary',
      '2026-Q1',
      (addon.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
        .DeveloperMetadataVisibility.DOCUMENT,
    );
    const before = sheets(addon).length;
    const result = addon.call('buildSummary', { period: '2026-K1' }) as { sheetName: string };
    expect(result.sheetName).toBe('Overzicht 2026-K1');
    expect(sheets(addon)).toHaveLength(before);
    expect(sheets(addon).some((s) => s.getName() === 'Samenvatting 2026-K1')).toBe(false);
    const vals = values(old);
    expect(vals[0]![0]).toBe('OKR-samenvatting 2026-K1');
    expect(old.getSheetId()).toBe(ss.getSheetByName('Overzicht 2026-K1')!.getSheetId());
  });

  test('service calls do not grow with rows (50 vs 500 objectives)', () => {
    const sized = (n: number) =>
      itemsFromSpecs(
        Array.from({ length: n }, (_, i) => ({
          level: (['company', 'team', 'personal'] as const)[i % 3]!,
          team: ['Sales', 'Ops'][i % 2]!,
          owner: 'Ann',
          period: '2026-Q1',
          weight: '' as const,
          krs: [
            {
              start: 0,
              target: 100,
              current: i % 100,
              weight: '' as const,
              lastCheckIn: '2026-02-01',
              initiatives: [true],
            },
          ],
        })),
      );
    const count = (n: number) => {
      const { addon } = workbook(sized(n), []);
      const { calls } = addon.measure(() => addon.call('buildSummary', { period: '2026-Q1' }));
      return Object.values(calls).reduce((a, b) => a + b, 0);
    };
    const small = count(50);
    const large = count(500);
    expect(Math.abs(large - small)).toBeLessThanOrEqual(2);
  });
});

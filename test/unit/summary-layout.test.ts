// The summary tab's layout: its live formulas, evaluated by HyperFormula over an OKR tab, give
// src/core's numbers; the charts sit beside the tables with the right types and ranges.
import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { freshColumnMap, freshHeader } from '../../src/core/columns';
import { parseIsoDate, quarterPeriod, statusName, yearPeriod } from '../../src/core';
import { itemCells } from '../../src/core/okr-rows';
import { periodEnd, periodStart, tryParsePeriod } from '../../src/core/period';
import { SUMMARY_STATUSES, expectedMean, summarizePeriod } from '../../src/core/summary';
import { itemsRunningIn } from '../../src/core/running';
import { shortenLabel, widthForText } from '../../src/core/labels';
import { progressOverTime } from '../../src/core/timeseries';
import type { ItemView } from '../../src/core/model';
import type { Lang } from '../../src/core/i18n';
import { summaryLayout, TABLE_WIDTH, CHART_COLUMN } from '../../src/server/summary-layout';
import { itemsFromSpecs, objectiveSpec, viewsOf } from './okr-sets';

const asOf = parseIsoDate('2026-02-15') as number;
const Q1 = quarterPeriod(2026, 1);

function okrRows(views: ItemView[], lang: Lang): unknown[][] {
  const map = freshColumnMap();
  const header = freshHeader(lang);
  const rows: unknown[][] = [header];
  for (const v of views) {
    const row: unknown[] = header.map(() => null);
    const cells = itemCells(v, lang) as Record<string, unknown>;
    for (const [k, c] of Object.entries(cells)) {
      const i = (map as Record<string, number>)[k];
      if (i !== undefined)
        row[i] = typeof c === 'string' && c.startsWith("'") ? c.slice(1) : c === '' ? null : c;
    }
    row[map.progress as number] = v.progress === '' ? null : v.progress;
    row[map.expected as number] = v.expected === '' ? null : v.expected;
    row[map.status as number] = v.status ? statusName(v.status, lang) : null;
    // The period's helper cells as the OKR tab's formulas give them (the parity tests hold those
    // formulas to tryParsePeriod): its first day and the first day after it.
    const period = tryParsePeriod(v.period);
    row[map.periodStart as number] = period ? periodStart(period) : null;
    row[map.periodEnd as number] = period ? periodEnd(period) : null;
    rows.push(row);
  }
  return rows;
}

function evaluate(views: ItemView[], lang: Lang, okrName: string) {
  const summary = summarizePeriod(views, Q1, { asOf });
  const layout = summaryLayout({
    lang,
    period: Q1,
    summary,
    series: progressOverTime(views, [], Q1, asOf),
    okrSheetName: okrName,
    columns: freshColumnMap(),
    today: '2026-02-15',
  });
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', useArrayArithmetic: true });
  hf.addSheet(okrName);
  hf.addSheet('S');
  hf.setSheetContent(hf.getSheetId(okrName) as number, okrRows(views, lang) as never);
  const cells = layout.values.map((row) =>
    row.map((c) => (typeof c === 'string' && c.startsWith("'") ? c.slice(1) : c === '' ? null : c)),
  );
  hf.setSheetContent(hf.getSheetId('S') as number, cells as never);
  const values = hf.getSheetValues(hf.getSheetId('S') as number) as unknown[][];
  const at = (row: number, col: number) => values[row - 1]?.[col - 1];
  return { summary, layout, at };
}

const blankAsNull = (v: unknown) => (v === '' || v === undefined ? null : v);

describe('summary layout: live formulas equal src/core', () => {
  test.each<[Lang, string]>([
    ['en', 'OKRs'],
    ['nl', "OKR's"],
  ])('generated OKR sets (%s, tab %s)', (lang, okrName) => {
    fc.assert(
      // With annual objectives of 2026: they run in 2026-Q1 (src/core/running.ts).
      fc.property(
        fc.array(objectiveSpec(['2026-Q1', '2026-Q2', '2026']), { maxLength: 12 }),
        (specs) => {
          const views = viewsOf(itemsFromSpecs(specs), asOf);
          const { summary, layout, at } = evaluate(views, lang, okrName);
          const h = layout.sections.headline!.row;
          expect(at(h, 2)).toBe(summary.objectives);
          expect(at(h + 1, 2)).toBe(summary.keyResults);
          expect(at(h + 2, 2)).toBe(summary.initiativesDone);
          expect(at(h + 3, 2)).toBe(summary.initiatives);
          const mean = blankAsNull(at(h + 4, 2));
          if (summary.progress === null) expect(mean).toBeNull();
          else expect(mean).toBeCloseTo(summary.progress, 9);
          const lv = layout.sections.levels!.row;
          const today = at(h + 5, 2) as number;
          const objectives = itemsRunningIn(views, '2026-Q1').filter((v) => v.type === 'objective');
          summary.levels.forEach((l, i) => {
            expect(at(lv + 1 + i, 2)).toBe(l.objectives);
            expect(at(lv + 1 + i, 3)).toBe(l.keyResults);
            const p = blankAsNull(at(lv + 1 + i, 4));
            if (l.progress === null) expect(p).toBeNull();
            else expect(p).toBeCloseTo(l.progress, 9);
            // The level's objectives' own expected, else the period's: TODAY() is the real
            // day here, so that fallback is the headline's "expected today" as evaluated.
            const own = objectives.filter((o) => o.level === l.level);
            expect(at(lv + 1 + i, 5)).toBeCloseTo(expectedMean(own, today), 9);
            expect(l.expected).toBe(expectedMean(own, summary.expected));
          });
          expect(at(lv + 4, 5)).toBeCloseTo(expectedMean(objectives, today), 9);
          expect(summary.objectivesExpected).toBe(expectedMean(objectives, summary.expected));
          const st = layout.sections.status!.row;
          SUMMARY_STATUSES.forEach((s, i) => {
            expect(at(st + 1 + i, 2)).toBe(summary.krStatus[s]);
            expect(at(st + 1 + i, 3)).toBeCloseTo(summary.krShare[s], 9);
          });
          const tm = layout.sections.teams!.row;
          summary.teamStatus.forEach((ts, i) => {
            SUMMARY_STATUSES.forEach((s, j) => expect(at(tm + 1 + i, 2 + j)).toBe(ts.counts[s]));
          });
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('summary layout: charts and shape', () => {
  const views = viewsOf(
    itemsFromSpecs(
      fc.sample(fc.array(objectiveSpec(['2026-Q1']), { minLength: 6, maxLength: 6 }), {
        numRuns: 1,
        seed: 7,
      })[0]!,
    ),
    asOf,
  );
  const { layout } = evaluate(views, 'en', 'OKRs');

  test('four charts of the right types, beside the tables, not overlapping', () => {
    expect(layout.charts.map((c) => [c.key, c.type])).toEqual([
      ['expectedVsActual', 'COLUMN'],
      ['statusPerTeam', 'COLUMN'],
      ['progressPerObjective', 'BAR'],
      ['overTime', 'LINE'],
    ]);
    const rows = layout.charts.map((c) => c.anchor.row);
    for (let i = 1; i < rows.length; i++)
      expect(rows[i]! - rows[i - 1]!).toBeGreaterThanOrEqual(19);
    for (const c of layout.charts) {
      expect(c.anchor.col).toBe(CHART_COLUMN);
      expect(c.anchor.col).toBeGreaterThan(TABLE_WIDTH);
      expect(c.options.title).toBeTruthy();
      expect(c.options['hAxis.title']).toBeTruthy();
      expect(c.options['vAxis.title']).toBeTruthy();
    }
  });

  test('chart ranges are the tables they show', () => {
    const chart = (k: string) => layout.charts.find((c) => c.key === k)!;
    expect(chart('overTime').ranges).toEqual([layout.sections.overTime]);
    expect(chart('statusPerTeam').ranges).toEqual([layout.sections.teams]);
    const obj = layout.sections.objectives!;
    expect(chart('progressPerObjective').ranges).toEqual([
      { row: obj.row, col: 10, numRows: obj.numRows, numCols: 1 },
      { row: obj.row, col: 6, numRows: obj.numRows, numCols: 1 },
    ]);
    // The bars' labels: each objective's title, shortened at its end.
    for (let r = obj.row + 1; r < obj.row + obj.numRows; r++) {
      const title = String(layout.values[r - 1]![3]).replace(/^'/, '');
      const label = String(layout.values[r - 1]![9]).replace(/^'/, '');
      expect(label).toBe(shortenLabel(title, 32));
      expect(label.length).toBeLessThanOrEqual(32);
    }
    expect(chart('overTime').options['vAxis.format']).toBe('percent');
  });

  test.each(['en', 'nl'] as const)(
    'columns are wide enough for their headers and labels (%s)',
    (lang) => {
      const { layout: l } = evaluate(views, lang, 'OKRs');
      const bold = l.fontWeights;
      expect(l.columnWidths).toHaveLength(TABLE_WIDTH);
      l.values.forEach((row, r) => {
        // Header rows (bold with a fill) and the labels of column A below a header.
        const isHeader = bold[r]![0] === 'bold' && l.backgrounds[r]![0] !== null;
        row.forEach((v, c) => {
          const shown = typeof v === 'string' && !v.startsWith('=') ? v.replace(/^'/, '') : '';
          if (!shown || !(isHeader || (c === 0 && l.backgrounds[r]![0] !== null))) return;
          expect([shown, l.columnWidths[c]! >= widthForText([shown])]).toEqual([shown, true]);
        });
      });
      const expected = lang === 'en' ? 'Expected progress today' : 'Verwachte voortgang vandaag';
      expect(l.columnWidths[0]).toBeGreaterThanOrEqual(widthForText([expected]));
    },
  );

  test('every grid is rectangular and the same size', () => {
    const n = layout.values.length;
    for (const grid of [
      layout.values,
      layout.numberFormats,
      layout.fontWeights,
      layout.backgrounds,
    ]) {
      expect(grid).toHaveLength(n);
      for (const row of grid) expect(row).toHaveLength(TABLE_WIDTH);
    }
  });

  test('snapshot sections say so; user text can never become a formula', () => {
    const flat = layout.values.flat().filter((v): v is string => typeof v === 'string');
    expect(
      flat.filter((v) => v.includes('Snapshot of 2026-02-15 — refresh to update')).length,
    ).toBe(3);
    // The team section's counts are live: its marker says so and calls it no snapshot.
    const teamTitle = layout.values[layout.sections.teams!.row - 2]!;
    expect(teamTitle.join(' ')).toContain('Teams as of 2026-02-15; the counts are live');
    expect(teamTitle.join(' ')).not.toContain('Snapshot');
    const evil = viewsOf(
      itemsFromSpecs([
        {
          level: 'company',
          team: '',
          owner: '=IMPORTXML("x")',
          period: '2026-Q1',
          weight: '',
          krs: [],
        },
      ]),
      asOf,
    );
    const l2 = evaluate(evil, 'en', 'OKRs').layout;
    expect(l2.values.flat()).toContain('\'=IMPORTXML("x")');
  });

  test('Dutch tab name and a year summary with the quarters', () => {
    expect(evaluate(views, 'nl', "OKR's").layout.name).toBe('Samenvatting 2026-K1');
    const year = summaryLayout({
      lang: 'en',
      period: yearPeriod(2026),
      summary: summarizePeriod(views, yearPeriod(2026), { asOf }),
      series: [],
      okrSheetName: 'OKRs',
      columns: freshColumnMap(),
      today: '2026-02-15',
    });
    expect(year.name).toBe('Summary 2026');
    expect(year.sections.quarters?.numRows).toBe(5);
    expect(year.charts.map((c) => c.key)).toContain('quarters');
  });
});

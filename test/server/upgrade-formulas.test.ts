// A tab written by an earlier version (roll-up by SUMIFS over whole columns, words and period
// parsing spelt out in every formula; test/fixtures/workbook-before-issue-18.json, written by
// the add-on as it was, with two roll-up key results and a check-in) keeps working, and Repair
// brings it to today's formulas with the same numbers. So does a tab of the version before the
// span and period year / spelling helpers (test/fixtures/workbook-before-shorter-formulas.json:
// the example of Set up with a roll-up, an at-least and an at-most key result added, written by
// the add-on as it was; its per-cell dropdowns left out of the file, Repair lays them again).
import { loadAddon, spreadsheetFromJson } from '../../dev/runtime';
import type { HealthFinding, MutationResult } from '../../src/shared/rpc';
import { call, fixture, okrRows, snapshot, tab } from './workbook-helpers';

const FIGURES = ['id', 'progress', 'expected', 'status', 'grade'] as const;

function load() {
  const ss = spreadsheetFromJson(fixture('workbook-before-issue-18.json'));
  const addon = loadAddon({ spreadsheet: ss, today: '2026-03-01' });
  return { ss, addon };
}

const figures = (ss: ReturnType<typeof load>['ss']) =>
  okrRows(ss).map((r) => FIGURES.map((k) => r[k]));

describe('a tab of the version before the roll-up chain', () => {
  test('computes as src/core does, and Repair rewrites it to the chain with the same numbers', () => {
    const { ss, addon } = load();
    const sheet = tab(ss, 'okr');
    const old = sheet.getDataRange().getFormulas().flat().join('\n');
    expect(old).toContain('SUMIFS(');
    expect(ss.getNamedRanges()).toHaveLength(0);
    const before = figures(ss);
    const core = snapshot(addon).items.filter((v) => v.type !== 'initiative');
    expect(core.some((v) => v.kind === 'rollup' && typeof v.progress === 'number')).toBe(true);
    for (const v of core) {
      const row = before.find((r) => r[0] === v.id)!;
      if (v.progress === '') expect(row[1]).toBe(v.progressError ? '⚠' : '');
      else expect(row[1] as number).toBeCloseTo(v.progress, 9);
    }
    // The health check sends people to Repair: hidden columns of this version are missing.
    const rules = call<HealthFinding[]>(addon, 'runHealthCheck', {}).map((f) => f.rule);
    expect(rules).toContain('outdatedColumns');

    const res = call<MutationResult>(addon, 'repairSheet', {});
    expect(res.message).toMatch(
      /^Repaired: columns Progress bar, calc: done, calc: span, calc: linear progress, calc: period, calc: period year, calc: period spelling added at the end; formulas/,
    );
    const now = sheet.getDataRange().getFormulas().flat().join('\n');
    expect(now).not.toContain('SUMIFS(');
    expect(now).toContain('VLOOKUP(');
    expect(
      ss
        .getNamedRanges()
        .map((n) => n.getName())
        .sort(),
    ).toEqual(['OKR_DONE', 'OKR_KINDS', 'OKR_PERIODS']);
    const after = figures(ss);
    expect(after.map((r) => r[0])).toEqual(before.map((r) => r[0]));
    after.forEach((r, i) =>
      r.forEach((v, k) =>
        typeof v === 'number'
          ? expect(v).toBeCloseTo(before[i]![k] as number, 9)
          : expect(v).toBe(before[i]![k]),
      ),
    );
    // Healthy, and a second Repair finds nothing to do.
    const findings = call<HealthFinding[]>(addon, 'runHealthCheck', {});
    expect(findings.filter((f) => /formula|Columns/.test(f.rule))).toEqual([]);
    expect(call<MutationResult>(addon, 'repairSheet', {}).message).toMatch(
      /^Nothing needed fixing/,
    );
  });

  test('the first change on it upgrades it (Repair once) and relinks what the change needs', () => {
    const { ss, addon } = load();
    call(addon, 'addItem', {
      type: 'keyResult',
      title: 'New',
      parentId: 'O-1',
      target: 10,
      current: 5,
    });
    const formulas = tab(ss, 'okr').getDataRange().getFormulas().flat().join('\n');
    expect(formulas).not.toContain('SUMIFS(');
    const rows = okrRows(ss);
    for (const v of snapshot(addon).items) {
      if (v.type === 'initiative' || v.progress === '') continue;
      expect(rows.find((r) => r.id === v.id)!.progress as number).toBeCloseTo(v.progress, 9);
    }
  });

  test('Set up after the OKR tab was deleted writes the word tables onto the settings tab that lacks them', () => {
    const { ss, addon } = load();
    ss.deleteSheet(tab(ss, 'okr'));
    call(addon, 'setUp', { example: true });
    expect(ss.getNamedRanges()).toHaveLength(3);
    const rows = okrRows(ss);
    for (const v of snapshot(addon).items) {
      if (v.type === 'initiative') continue;
      const cell = rows.find((r) => r.id === v.id)!.progress;
      if (v.progress === '') expect(cell).toBe(v.progressError ? '⚠' : '');
      else expect(cell as number).toBeCloseTo(v.progress, 9);
    }
  });
});

describe('a tab of the version before the span and period year / spelling helpers', () => {
  const FIGURES_AND_DAYS = [...FIGURES, 'periodStart', 'periodEnd'] as const;
  const NEW = ['span', 'periodYear', 'periodSpelling'] as const;
  function loadShorter() {
    const ss = spreadsheetFromJson(fixture('workbook-before-shorter-formulas.json'));
    const addon = loadAddon({ spreadsheet: ss, today: '2026-02-15' });
    const values = () => okrRows(ss).map((r) => FIGURES_AND_DAYS.map((k) => r[k]));
    return { ss, addon, values };
  }

  test('the first change adds the helpers at the end, with the same numbers on every row', () => {
    const { ss, addon, values } = loadShorter();
    const sheet = tab(ss, 'okr');
    const header = () => sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
    expect(header()).not.toContain('calc: span');
    const before = values();
    expect(before.some((r) => typeof r[1] === 'number')).toBe(true);
    call(addon, 'updateItem', { id: 'O-1', changes: { title: 'Renamed' } });
    expect(header().slice(-NEW.length)).toEqual([
      'calc: span',
      'calc: period year',
      'calc: period spelling',
    ]);
    const rows = okrRows(ss);
    const kr = rows.find((r) => r.kind === '' && r.type === 'Key result')!;
    for (const key of NEW) expect(kr[key]).not.toBe('');
    expect(values()).toEqual(before);
    expect(call<MutationResult>(addon, 'repairSheet', {}).message).toMatch(
      /^Nothing needed fixing/,
    );
  });

  test('Repair adds them and rewrites the formulas that use them, numbers unchanged', () => {
    const { addon, values } = loadShorter();
    const before = values();
    const res = call<MutationResult>(addon, 'repairSheet', {});
    expect(res.message).toMatch(
      /^Repaired: columns calc: span, calc: period year, calc: period spelling added at the end; formulas put back on \d+ rows/,
    );
    expect(values()).toEqual(before);
    const findings = call<HealthFinding[]>(addon, 'runHealthCheck', {});
    expect(findings.filter((f) => /formula|Columns/.test(f.rule))).toEqual([]);
  });
});

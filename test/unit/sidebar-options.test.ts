// The sidebar's pickers and tree: only valid parents and alignments are offered, and the
// overview groups level → team → objective → key results → initiatives.
import { emptyItem, type ItemView } from '../../src/core/model';
import { formatPeriod, tryParsePeriod } from '../../src/core/period';
import { descendantsOf } from '../../src/core/hierarchy';
import { LANGS } from '../../src/core/i18n';
import { levelName, statusName, kindName, itemTypeName } from '../../src/core';
import * as sidebarFormat from '../../src/sidebar/format';
import { createFormatter } from '../../src/sidebar/format';
import {
  alignmentChoices,
  buildTree,
  defaultFilters,
  parentChoices,
  periodShowing,
  periodWithin,
} from '../../src/sidebar/options';

let row = 1;
function item(p: Partial<ItemView> & Pick<ItemView, 'id' | 'type'>): ItemView {
  return {
    ...emptyItem(p.type, p.id),
    title: p.id,
    period: '2026-Q1',
    row: ++row,
    progress: '',
    expected: '',
    status: '',
    grade: '',
    gradeColor: '',
    initiativesDone: 0,
    initiativesTotal: 0,
    ...p,
  };
}

const items: ItemView[] = [
  item({ id: 'O-1', type: 'objective', level: 'company', period: '2026' }),
  item({ id: 'KR-1', type: 'keyResult', level: 'company', period: '2026', parentId: 'O-1' }),
  item({ id: 'O-2', type: 'objective', level: 'company', period: '2026-Q1' }),
  item({ id: 'KR-2', type: 'keyResult', level: 'company', period: '2026-Q1', parentId: 'O-2' }),
  item({ id: 'O-3', type: 'objective', level: 'team', team: 'Sales', period: '2026-Q1' }),
  item({ id: 'KR-3', type: 'keyResult', level: 'team', team: 'Sales', parentId: 'O-3' }),
  item({ id: 'I-1', type: 'initiative', level: 'team', team: 'Sales', parentId: 'KR-3' }),
  item({ id: 'O-4', type: 'objective', level: 'company', period: '2026-Q2', closed: true }),
  item({ id: 'O-5', type: 'objective', level: 'personal', team: 'Sales', owner: 'Ann' }),
];

describe('periodWithin', () => {
  it('accepts the same period and the enclosing year, nothing else', () => {
    expect(periodWithin('2026-Q1', '2026-Q1')).toBe(true);
    expect(periodWithin('2026-Q1', '2026')).toBe(true);
    expect(periodWithin('2026', '2026-Q1')).toBe(false);
    expect(periodWithin('2026-Q1', '2026-Q2')).toBe(false);
    expect(periodWithin('2026-Q1', '2025')).toBe(false);
    expect(periodWithin('', '2026')).toBe(false);
  });
});

describe('alignmentChoices', () => {
  const ids = (o: { id: string; level: ItemView['level']; period: string }) =>
    alignmentChoices(items, o).map((c) => c.id);

  it('offers a team objective the company items of its quarter and year', () => {
    expect(ids({ id: '', level: 'team', period: '2026-Q1' })).toEqual([
      'O-1',
      'KR-1',
      'O-2',
      'KR-2',
    ]);
  });

  it('offers a personal objective only team items, never company ones', () => {
    expect(ids({ id: '', level: 'personal', period: '2026-Q1' })).toEqual(['O-3', 'KR-3']);
  });

  it('offers a quarterly company objective only the annual company objective', () => {
    expect(ids({ id: 'O-2', level: 'company', period: '2026-Q1' })).toEqual(['O-1']);
  });

  it('offers an annual company objective nothing', () => {
    expect(ids({ id: 'O-1', level: 'company', period: '2026' })).toEqual([]);
  });
});

describe('parentChoices', () => {
  it('puts key results under open objectives and initiatives under key results', () => {
    expect(parentChoices(items, 'keyResult').map((i) => i.id)).toEqual([
      'O-1',
      'O-2',
      'O-3',
      'O-5',
    ]);
    expect(parentChoices(items, 'initiative').map((i) => i.id)).toEqual(['KR-1', 'KR-2', 'KR-3']);
  });
});

describe('buildTree', () => {
  it('groups a quarter (with the annual items running through it) by level and team', () => {
    const tree = buildTree(items, defaultFilters('2026-Q1'));
    expect(tree.map((g) => g.level)).toEqual(['company', 'team', 'personal']);
    expect(tree[0]!.teams[0]!.objectives.map((n) => n.objective.id)).toEqual(['O-1', 'O-2']);
    const q2 = buildTree(items, defaultFilters('2026-Q2'));
    expect(q2[0]!.teams[0]!.objectives.map((n) => n.objective.id)).toEqual(['O-1', 'O-4']);
    const sales = tree[1]!.teams[0]!;
    expect(sales.team).toBe('Sales');
    expect(sales.objectives[0]!.keyResults[0]!.initiatives.map((i) => i.id)).toEqual(['I-1']);
  });

  it('shows a year with its quarters, and filters by owner', () => {
    const year = buildTree(items, defaultFilters('2026'));
    expect(
      year.flatMap((g) => g.teams.flatMap((t) => t.objectives.map((n) => n.objective.id))),
    ).toEqual(['O-1', 'O-2', 'O-4', 'O-3', 'O-5']);
    const ann = buildTree(items, { ...defaultFilters(''), owner: 'Ann' });
    expect(ann.map((g) => g.level)).toEqual(['personal']);
  });

  it('with "needs attention", keeps only those key results (and their initiatives) under their objective', () => {
    const needs = (kr: ItemView) => kr.id === 'KR-3';
    const tree = buildTree(items, { ...defaultFilters('2026-Q1'), attention: true }, needs);
    const nodes = tree.flatMap((g) => g.teams.flatMap((t) => t.objectives));
    expect(nodes.map((n) => n.objective.id)).toEqual(['O-3']);
    expect(nodes[0]!.keyResults.map((k) => k.keyResult.id)).toEqual(['KR-3']);
    expect(nodes[0]!.keyResults[0]!.initiatives.map((i) => i.id)).toEqual(['I-1']);
    // Off, the rule is not asked: every objective of the period with all its key results.
    const all = buildTree(items, defaultFilters('2026-Q1'), () => false);
    expect(all.flatMap((g) => g.teams.flatMap((t) => t.objectives))).toHaveLength(4);
  });

  it('after Structure, shows the one quarter or year all written objectives run in, else all', () => {
    expect(periodShowing(['2026-Q1'])).toBe('2026-Q1');
    // An annual objective runs through its quarters.
    expect(periodShowing(['2026', '2026-Q1', '2026-Q1'])).toBe('2026-Q1');
    expect(periodShowing(['2026-Q1', '2026-Q2'])).toBe('2026');
    expect(periodShowing(['2026'])).toBe('2026');
    expect(periodShowing(['2026-Q3', '2027'])).toBe('');
    expect(periodShowing(['2026-Q1', 'someday'])).toBe('');
  });

  it('counts descendants for the delete confirmation (core/hierarchy.ts)', () => {
    expect(descendantsOf(items, 'O-3').length).toBe(2);
    expect(descendantsOf(items, 'I-1').length).toBe(0);
  });
});

describe('createFormatter', () => {
  it('reads and writes numbers, percentages and periods per locale', () => {
    const nl = createFormatter('nl_NL', 'nl');
    expect(nl.parseNumber('1.234,5')).toBe(1234.5);
    expect(nl.parseNumber('2,5')).toBe(2.5);
    expect(nl.parseNumber('45%')).toBeCloseTo(0.45);
    expect(nl.parseNumber('abc')).toBeNull();
    expect(nl.percent(0.42)).toMatch(/^42\s?%$/);
    expect(nl.period('2026-Q1')).toBe('2026-K1');
    const en = createFormatter('en_US', 'en');
    expect(en.parseNumber('1,234.5')).toBe(1234.5);
    expect(en.parseNumber(' 1.5 ')).toBe(1.5);
    expect(en.percent('')).toBe('–');
    expect(en.period('2026-Q1')).toBe('2026-Q1');
    expect(en.date('2026-02-10')).toBe('Feb 10, 2026');
    expect(nl.date('2026-02-10')).toBe('10 feb 2026');
    // Dutch words in an American spreadsheet: Dutch month names, American number separators.
    const mixed = createFormatter('en_US', 'nl');
    expect(mixed.date('2026-02-10')).toMatch(/feb/);
    expect(mixed.parseNumber('1.5')).toBe(1.5);
  });
});

describe('the sidebar shows the core vocabulary', () => {
  it('displays periods exactly as the core formats them', () => {
    for (const lang of LANGS) {
      for (const p of ['2025', '2026', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2030-Q4']) {
        expect(sidebarFormat.displayPeriod(p, lang)).toBe(formatPeriod(tryParsePeriod(p)!, lang));
      }
    }
  });

  it('names levels, types, statuses and kinds as the core does', () => {
    for (const lang of LANGS) {
      expect(sidebarFormat.levelName(lang, 'personal')).toBe(levelName('personal', lang));
      expect(sidebarFormat.typeName(lang, 'keyResult')).toBe(itemTypeName('keyResult', lang));
      expect(sidebarFormat.statusName(lang, 'atRisk')).toBe(statusName('atRisk', lang));
      expect(sidebarFormat.kindName(lang, 'atLeast')).toBe(kindName('atLeast', lang));
    }
  });
});

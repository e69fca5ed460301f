// The workbook's pure parts: column schema, IDs, rows ⇄ items, the snapshot's numbers, the
// health rules and the formula builder.
import {
  OKR_COLUMNS,
  columnForHeader,
  freshColumnMap,
  freshHeader,
  matchHeader,
} from '../../src/core/columns';
import { serialFromYmd } from '../../src/core/dates';
import { runHealthRules, taskWord, alignsOneUp } from '../../src/core/health';
import { IdAllocator, parseId, parseMarks } from '../../src/core/ids';
import { emptyItem, type OkrItem } from '../../src/core/model';
import { itemCells, protectText, readItems, type SheetItem } from '../../src/core/okr-rows';
import { computeViews } from '../../src/core/snapshot';
import { DEFAULT_THRESHOLDS } from '../../src/core/vocabulary';
import { columnLetter, quoteSheet, rowFormulas, str } from '../../src/server/formulas';

const today = serialFromYmd(2026, 2, 15);

function items(list: Partial<OkrItem>[]): SheetItem[] {
  return list.map((fields, i) => ({
    ...emptyItem(fields.type ?? 'objective'),
    owner: 'A',
    period: '2026-Q1',
    ...fields,
    row: i + 2,
  }));
}

describe('columns', () => {
  test('headers are recognised in English, Dutch, any case and by synonyms', () => {
    expect(columnForHeader('Title')).toBe('title');
    expect(columnForHeader('titel')).toBe('title');
    expect(columnForHeader('  HOORT BIJ ')).toBe('parentId');
    expect(columnForHeader('Last check-in')).toBe('lastCheckIn');
    expect(columnForHeader('laatste checkin')).toBe('lastCheckIn');
    expect(columnForHeader('Baseline')).toBe('start');
    expect(columnForHeader('My own column')).toBeNull();
  });

  test('every header is unique within a language and maps back to its column', () => {
    for (const lang of ['en', 'nl'] as const) {
      const header = freshHeader(lang);
      expect(new Set(header).size).toBe(header.length);
      const match = matchHeader([header])!;
      expect(match.columns).toEqual(freshColumnMap());
      expect(match.missing).toEqual([]);
    }
  });

  test('moved and extra columns are found by name, below a title row', () => {
    const header = ['Notes', 'My column', 'Title', 'ID', 'Type', 'Parent'];
    const match = matchHeader([['OKRs of the team'], header])!;
    expect(match.headerRow).toBe(1);
    expect(match.columns).toMatchObject({ notes: 0, title: 2, id: 3, type: 4, parentId: 5 });
    expect(match.extra).toEqual([1]);
    expect(match.missing).toContain('progress');
  });

  test('helper columns are the only hidden ones and come last on a fresh tab', () => {
    const roles = OKR_COLUMNS.map((c) => c.role);
    expect(roles.lastIndexOf('input')).toBeLessThan(roles.indexOf('helper'));
  });
});

describe('IDs', () => {
  test('readable, per type, above the marks and every ID in use, never reused', () => {
    const ids = new IdAllocator(parseMarks('{"O":3,"KR":2}'), ['O-1', 'KR-7', 'i-4', 'junk']);
    expect(ids.next('objective')).toBe('O-4');
    expect(ids.next('keyResult')).toBe('KR-8');
    expect(ids.next('initiative')).toBe('I-5');
    expect(JSON.parse(ids.toJSON())).toEqual({ O: 4, KR: 8, I: 5 });
  });

  test('malformed metadata counts as none', () => {
    expect(parseMarks('{oops')).toEqual({});
    expect(parseMarks('{"O":-1,"KR":"x","I":2}')).toEqual({ I: 2 });
    expect(parseId(' kr - 12 ')).toEqual({ prefix: 'KR', n: 12 });
    expect(parseId('X-1')).toBeNull();
  });
});

describe('rows', () => {
  test('user text is always written with an apostrophe, so it stays text', () => {
    expect(protectText('=1+1')).toBe("'=1+1");
    expect(protectText('')).toBe('');
    const cells = itemCells(
      {
        ...emptyItem('keyResult', 'KR-1'),
        title: '+31 6',
        kind: 'atLeast',
        confidence: 'high',
        start: 1,
      },
      'nl',
    );
    expect(cells).toMatchObject({
      title: "'+31 6",
      kind: "'Minimaal",
      confidence: "'Hoog",
      type: "'Kernresultaat",
      start: 1,
    });
  });

  test('reading: both languages, blank rows skipped, bad cells reported not thrown', () => {
    const columns = matchHeader([freshHeader('en')])!.columns;
    const row = (fields: Record<string, unknown>) => {
      const r: unknown[] = freshHeader('en').map(() => '');
      for (const [k, v] of Object.entries(fields)) r[(columns as Record<string, number>)[k]!] = v;
      return r;
    };
    const { items: read, issues } = readItems(
      [
        row({ id: 'O-1', type: 'Doelstelling', title: 'A', level: 'bedrijf', period: '2026-K1' }),
        row({}),
        row({
          id: 'KR-1',
          type: 'kr',
          title: 'B',
          parentId: 'O-1',
          kind: 'sideways',
          current: 'lots',
          level: 'Team',
        }),
      ],
      columns,
      2,
    );
    expect(read.map((i) => [i.id, i.type, i.level, i.period, i.row])).toEqual([
      ['O-1', 'objective', 'company', '2026-Q1', 2],
      ['KR-1', 'keyResult', 'team', '', 4],
    ]);
    expect(issues.map((i) => [i.id, i.column, i.kind])).toEqual([
      ['KR-1', 'kind', 'unknownValue'],
      ['KR-1', 'current', 'textInNumber'],
    ]);
  });
});

describe('snapshot', () => {
  test('objective = weighted roll-up; roll-up KR from lower-level aligned objectives only', () => {
    const views = computeViews(
      items([
        { id: 'O-1', level: 'company' },
        { id: 'KR-1', type: 'keyResult', parentId: 'O-1', kind: 'rollup', level: 'company' },
        {
          id: 'KR-2',
          type: 'keyResult',
          parentId: 'O-1',
          start: 0,
          target: 10,
          current: 5,
          weight: 3,
        },
        { id: 'O-2', level: 'team', alignedTo: 'KR-1' },
        { id: 'KR-3', type: 'keyResult', parentId: 'O-2', start: 0, target: 4, current: 1 },
        { id: 'O-3', level: 'company', alignedTo: 'KR-1' }, // same level: not counted
        { id: 'KR-4', type: 'keyResult', parentId: 'O-3', start: 0, target: 1, current: 1 },
        { id: 'I-1', type: 'initiative', parentId: 'KR-2', current: 'done' },
        { id: 'I-2', type: 'initiative', parentId: 'KR-2' },
      ]),
      today,
      DEFAULT_THRESHOLDS,
    );
    const v = Object.fromEntries(views.map((x) => [x.id, x]));
    expect(v['KR-1']!.progress).toBe(0.25);
    expect(v['O-1']!.progress).toBeCloseTo((0.25 + 3 * 0.5) / 4, 12);
    expect(v['O-1']!.initiativesDone).toBe(1);
    expect(v['O-1']!.initiativesTotal).toBe(2);
    expect(v['I-1']!.progress).toBe('');
    expect(v['O-2']!.expected).toBeCloseTo(45 / 90, 12);
  });

  test('an error gives blank progress with the reason, no status', () => {
    const [o, kr] = computeViews(
      items([
        { id: 'O-1' },
        { id: 'KR-1', type: 'keyResult', parentId: 'O-1', start: 5, target: 5, current: 3 },
      ]),
      today,
      DEFAULT_THRESHOLDS,
    );
    expect(kr!.progress).toBe('');
    expect(kr!.progressError).toMatch(/at least/);
    expect(kr!.status).toBe('');
    // Its only key result has no value (⚠): the objective has no check-in yet.
    expect(o!.progress).toBe('');
  });
});

describe('health rules', () => {
  const opts = { lang: 'en' as const, todaySerial: today, columnName: (k: string) => k };
  const rules = (list: Partial<OkrItem>[]) =>
    runHealthRules(computeViews(items(list), today, DEFAULT_THRESHOLDS), [], opts).map(
      (f) => `${f.rule}:${f.id}`,
    );

  test('task-like words, first or last, English and Dutch', () => {
    expect(taskWord('Launch the new website')).toBe('launch');
    expect(taskWord('Webinar voor accountants organiseren')).toBe('organiseren');
    expect(taskWord('30 paying customers')).toBeNull();
  });

  test('objective with fewer than 2 or more than 5 key results', () => {
    const krs = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `KR-${i + 1}`,
        type: 'keyResult' as const,
        parentId: 'O-1',
        start: 0,
        target: 1,
        lastCheckIn: '2026-02-14',
      }));
    expect(rules([{ id: 'O-1' }, ...krs(1)])).toContain('krCount:O-1');
    expect(rules([{ id: 'O-1' }, ...krs(3)])).not.toContain('krCount:O-1');
    expect(rules([{ id: 'O-1' }, ...krs(6)])).toContain('krCount:O-1');
  });

  test('structure, owner, team, period, weight, alignment, staleness', () => {
    const found = rules([
      { id: 'O-1', owner: '' },
      { id: 'KR-1', type: 'keyResult', parentId: 'O-9', start: 0, target: 1 },
      { id: 'I-1', type: 'initiative', parentId: 'O-1' },
      { id: 'O-2', level: 'team', team: '', period: '2026-Q9', alignedTo: 'KR-77' },
      { id: 'KR-2', type: 'keyResult', parentId: 'O-2', weight: -1, target: '' },
      { id: 'O-3', level: 'personal', team: 'T', alignedTo: 'KR-3' },
      { id: 'KR-3', type: 'keyResult', parentId: 'O-4', start: 0, target: 3 },
      { id: 'O-4', level: 'company' },
    ]);
    for (const expected of [
      'noOwner:O-1',
      'krWithoutObjective:KR-1',
      'initiativeWithoutKr:I-1',
      'noTeam:O-2',
      'periodMalformed:O-2',
      'alignMissing:O-2',
      'negativeWeight:KR-2',
      'notMeasurable:KR-2',
      'alignLevel:O-3',
      'stale:KR-3',
    ]) {
      expect(found).toContain(expected);
    }
  });

  test('one level up, or quarterly to annual within a level', () => {
    expect(
      alignsOneUp(
        { level: 'team', period: '2026-Q1' },
        { level: 'company', period: '2026', type: 'keyResult' },
      ),
    ).toBe(true);
    expect(
      alignsOneUp(
        { level: 'team', period: '2026-Q1' },
        { level: 'team', period: '2026', type: 'objective' },
      ),
    ).toBe(true);
    expect(
      alignsOneUp(
        { level: 'personal', period: '2026-Q1' },
        { level: 'company', period: '2026', type: 'objective' },
      ),
    ).toBe(false);
  });
});

describe('formula builder', () => {
  const ctx = {
    columns: freshColumnMap(),
    lang: 'en' as const,
    thresholds: { sheetName: "Bob's settings", onTrackRow: 3, atRiskRow: 4, column: 1 },
    mark: '.' as const,
  };

  test('quotes sheet names and string literals', () => {
    expect(quoteSheet("Bob's settings")).toBe("'Bob''s settings'");
    expect(str('say "hi"')).toBe('"say ""hi"""');
    const f = rowFormulas({ type: 'keyResult', tier: 'team', rollup: false }, 7, ctx);
    expect(f.status).toContain("'Bob''s settings'!$B$3");
  });

  test('uses only functions both Sheets and HyperFormula know, and no open-ended ranges', () => {
    // Each documented in Google's function list and known to HyperFormula (REGEX* and ISDATE
    // through dev/runtime/hf-plugins.ts, SPARKLINE through dev/runtime/sparkline.ts).
    const allowed = new Set([
      'AND',
      'COUNTIF',
      'COUNTIFS',
      'DATE',
      'EDATE',
      'IF',
      'IFERROR',
      'ISDATE',
      'ISLOGICAL',
      'ISNUMBER',
      'MAX',
      'MIN',
      'NA',
      'REGEXEXTRACT',
      'REGEXMATCH',
      'REGEXREPLACE',
      'ROUND',
      'SPARKLINE',
      'SWITCH',
      'TODAY',
      'TRIM',
      'UNICHAR',
      'UPPER',
      'VALUE',
      'VLOOKUP',
    ]);
    for (const type of ['objective', 'keyResult', 'initiative'] as const) {
      for (const tier of ['company', 'team', 'personal'] as const) {
        for (const rollup of [false, true]) {
          for (const f of Object.values(rowFormulas({ type, tier, rollup }, 12, ctx))) {
            for (const m of f!.matchAll(/([A-Z]+)\(/g)) expect(allowed).toContain(m[1]);
            // One byte per character (⚠ is UNICHAR(9888)): 20,000 progress formulas stay small.
            expect(f).toMatch(/^[\x20-\xff]*$/);
            expect(f).not.toMatch(/\$[A-Z]+\d+:\$[A-Z]+(?!\d)/);
          }
        }
      }
    }
  });

  test('a roll-up key result reads its first aligned objective and a count, never a whole column it feeds', () => {
    const letter = (k: keyof ReturnType<typeof freshColumnMap>) =>
      columnLetter(freshColumnMap()[k]!);
    const company = rowFormulas(
      { type: 'keyResult', tier: 'company', rollup: true, chain: 'parent', hasFirst: true },
      ['5', '0', '9'],
      ctx,
    );
    expect(company.progress).toContain(`$${letter('chainWP')}9`);
    expect(company.progress).toContain(`$${letter('alignedTo')}9=$${letter('id')}5`);
    expect(company.linkCount).toBe(
      `=COUNTIFS($${letter('alignedTo')}:$${letter('alignedTo')},$A5,$${letter('parentId')}:$${letter('parentId')},"")`,
    );
    // Whole columns only of IDs, Parent and Aligned to, which no check-in changes.
    for (const f of Object.values(company))
      for (const m of f!.matchAll(/\$([A-Z]+):\$[A-Z]+/g))
        expect([letter('alignedTo'), letter('parentId')]).toContain(m[1]);
  });
});

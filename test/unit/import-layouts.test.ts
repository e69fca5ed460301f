// "Structure this sheet" on small hand-made sheets, one layout or rule per test.
import { structureLooseSheet, type ImportResult } from '../../src/core/import';
import type { ItemType } from '../../src/core/model';
import { cellsNotAccountedFor, outlineProblems } from '../helpers/import-accounting';

function structure(rows: unknown[][], lang: 'en' | 'nl' = 'en'): ImportResult {
  const counters: Record<ItemType, number> = { objective: 0, keyResult: 0, initiative: 0 };
  const prefix: Record<ItemType, string> = { objective: 'O', keyResult: 'KR', initiative: 'I' };
  const result = structureLooseSheet(rows, {
    lang,
    defaultPeriod: '2026-Q4',
    nextId: (type) => `${prefix[type]}-${++counters[type]}`,
  });
  expect(cellsNotAccountedFor(rows, result)).toEqual([]);
  expect(outlineProblems(result.items)).toEqual([]);
  return result;
}

/** [type, title, parentId] per item. */
function outline(result: ImportResult): [string, string, string][] {
  return result.items.map((i) => [i.type, i.title, i.parentId]);
}

describe('numbered schemes', () => {
  it('reads O1 / KR1.1 / I1.1.1 in one column, with "O1." and "KR 1.1:" variants', () => {
    const result = structure([
      ['Description', 'Target'],
      ['O1. Grow revenue', ''],
      ['KR 1.1: 30 new customers', 30],
      ['I1.1.1 Run a webinar', ''],
      ['O2 Happy customers', ''],
      ['KR2.1 NPS above 50', 50],
      ['KR1.2 Upsell 10 accounts', 10],
      ['I1.2.1 Call the top 20', ''],
    ]);
    expect(outline(result)).toEqual([
      ['objective', 'Grow revenue', ''],
      ['keyResult', '30 new customers', 'O-1'],
      ['initiative', 'Run a webinar', 'KR-1'],
      ['keyResult', 'Upsell 10 accounts', 'O-1'],
      ['initiative', 'Call the top 20', 'KR-2'],
      ['objective', 'Happy customers', ''],
      ['keyResult', 'NPS above 50', 'O-2'],
    ]);
  });

  it('reads the scheme from an ID column and keeps the old ID in the notes', () => {
    const result = structure([
      ['ID', 'Title', 'Owner'],
      ['O1', 'Grow revenue', 'Anna'],
      ['KR1.1', '30 new customers', ''],
      ['I1.1.1', 'Run a webinar', 'Bram'],
    ]);
    expect(outline(result)).toEqual([
      ['objective', 'Grow revenue', ''],
      ['keyResult', '30 new customers', 'O-1'],
      ['initiative', 'Run a webinar', 'KR-1'],
    ]);
    // A blank owner stays blank: a person is never assumed from the row above.
    expect(result.items.map((i) => [i.owner, i.notes])).toEqual([
      ['Anna', 'ID: O1'],
      ['', 'ID: KR1.1'],
      ['Bram', 'ID: I1.1.1'],
    ]);
    expect(result.columns.map((c) => c.field)).toEqual(['id', 'title', 'owner']);
  });

  it('reads plain outline numbers 1. / 1.1 / 1.1.1 when the sheet uses them throughout', () => {
    const result = structure([
      ['Omschrijving'],
      ['1. Meer klanten'],
      ['1.1 30 nieuwe klanten'],
      ['1.1.1 Webinar geven'],
      ['2. Tevreden klanten'],
      ['2.1 NPS boven 50'],
    ]);
    expect(outline(result).map(([type, title]) => [type, title])).toEqual([
      ['objective', 'Meer klanten'],
      ['keyResult', '30 nieuwe klanten'],
      ['initiative', 'Webinar geven'],
      ['objective', 'Tevreden klanten'],
      ['keyResult', 'NPS boven 50'],
    ]);
  });
});

describe('outlines', () => {
  it('reads a Type column', () => {
    const result = structure([
      ['Type', 'Title', 'Start', 'Target', 'Current'],
      ['Objective', 'Grow', '', '', ''],
      ['KR', 'Customers', 0, 30, 12],
      ['Taak', 'Webinar', '', '', 'done'],
    ]);
    expect(outline(result)).toEqual([
      ['objective', 'Grow', ''],
      ['keyResult', 'Customers', 'O-1'],
      ['initiative', 'Webinar', 'KR-1'],
    ]);
    expect(result.items[2]?.current).toBe('done');
  });

  it('reads unmarked objectives above marked key results and bullets', () => {
    const result = structure([
      ['Description', 'Target'],
      ['Grow revenue', ''],
      ['KR: 30 customers', 30],
      ['• Webinar', ''],
      ['* Newsletter', ''],
      ['Happy customers', ''],
      ['Key result: NPS 50', 50],
    ]);
    expect(outline(result).map(([type, title]) => [type, title])).toEqual([
      ['objective', 'Grow revenue'],
      ['keyResult', '30 customers'],
      ['initiative', 'Webinar'],
      ['initiative', 'Newsletter'],
      ['objective', 'Happy customers'],
      ['keyResult', 'NPS 50'],
    ]);
  });

  it('finds the outline column of a sheet without a header', () => {
    const result = structure([
      ['Objective: Grow', 'Anna'],
      ['KR: 30 customers', ''],
      ['- Webinar', ''],
    ]);
    expect(result.headerRow).toBe(0);
    expect(outline(result).map(([type, title]) => [type, title])).toEqual([
      ['objective', 'Grow'],
      ['keyResult', '30 customers'],
      ['initiative', 'Webinar'],
    ]);
    expect(result.items[0]?.notes).toBe('Column B: Anna');
    expect(result.warnings[0]?.message).toBe(
      'No column named Objective, Key result or Description; read Column A as the outline',
    );
  });

  it('reads a lone Objective column full of KR: lines as an outline', () => {
    const result = structure([
      ['Objective', 'Owner'],
      ['Grow', 'Anna'],
      ['KR: 30 customers', ''],
    ]);
    expect(outline(result).map(([type, title]) => [type, title])).toEqual([
      ['objective', 'Grow'],
      ['keyResult', '30 customers'],
    ]);
  });

  it('lists a key result before any objective as unplaced, with a warning; no objective is invented', () => {
    const result = structure([
      ['Description', 'Target'],
      ['KR: 30 customers', 30],
      ['- Webinar', ''],
      ['Objective: Grow', ''],
      ['KR: NPS 50', 50],
    ]);
    expect(outline(result).map(([type, title]) => [type, title])).toEqual([
      ['objective', 'Grow'],
      ['keyResult', 'NPS 50'],
    ]);
    expect(result.unplaced).toEqual([
      { row: 2, text: 'KR: 30 customers | 30' },
      { row: 3, text: '- Webinar' },
    ]);
    expect(result.warnings.map((w) => [w.row, w.message])).toEqual([
      [2, 'Key result "30 customers" has no objective above it; listed as unplaced'],
      [3, 'Initiative "Webinar" has no key result above it; listed as unplaced'],
      [0, '1 objective without a period was set to 2026-Q4'],
    ]);
  });

  it('adds a row without title right below an item to its notes; after a gap it is unplaced', () => {
    const result = structure([
      ['Description', 'Notes'],
      ['Objective: Grow', ''],
      ['', 'talk to finance first'],
      ['', ''],
      ['', 'loose remark'],
    ]);
    expect(result.items[0]?.notes).toBe('talk to finance first');
    expect(result.unplaced).toEqual([{ row: 5, text: 'loose remark' }]);
  });

  it('warns about a marker without a title', () => {
    const result = structure([['Description'], ['Objective: Grow'], ['KR:']]);
    expect(result.items[1]).toMatchObject({ type: 'keyResult', title: '' });
    expect(result.warnings.some((w) => w.row === 3 && w.message.includes('"KR:"'))).toBe(true);
  });
});

describe('separate columns', () => {
  it('merges an initiative listed twice under the same key result in a flat table', () => {
    const rows = [
      ['Objective', 'Key result', 'Initiative', 'Owner'],
      ['Grow', '30 customers', 'Webinar', 'Anna'],
      ['Grow', '30 customers', 'Webinar', 'Anna'],
    ];
    const result = structure(rows);
    expect([result.objectives, result.keyResults, result.initiatives]).toEqual([1, 1, 1]);
    expect(result.warnings[0]).toEqual({
      row: 3,
      message: 'Initiative "Webinar" repeats an earlier row under the same key result; merged',
    });
  });

  it('keeps the first value of a repeated key result and the other one in its notes', () => {
    const result = structure([
      ['Objective', 'Key result', 'Target', 'Initiative'],
      ['Grow', '30 customers', 30, 'Webinar'],
      ['Grow', '30 customers', 35, 'Newsletter'],
    ]);
    const kr = result.items.find((i) => i.type === 'keyResult');
    expect(kr?.target).toBe(30);
    expect(kr?.notes).toBe('Target: 35');
    expect(result.warnings.some((w) => w.row === 3 && w.message.includes('"35"'))).toBe(true);
  });

  it('keeps objectives apart per team, and personal objectives per owner', () => {
    const result = structure([
      ['Level', 'Team', 'Owner', 'Objective', 'Key result'],
      ['Team', 'Sales', 'Bram', 'Grow', 'A'],
      ['Team', 'Product', 'Chen', 'Grow', 'B'],
      ['Team', 'Sales', 'Dewi', 'Grow', 'C'],
      ['Personal', 'Sales', 'Bram', 'Learn', 'D'],
      ['Personal', 'Sales', 'Dewi', 'Learn', 'E'],
    ]);
    expect(outline(result)).toEqual([
      ['objective', 'Grow', ''],
      ['keyResult', 'A', 'O-1'],
      ['keyResult', 'C', 'O-1'],
      ['objective', 'Grow', ''],
      ['keyResult', 'B', 'O-2'],
      ['objective', 'Learn', ''],
      ['keyResult', 'D', 'O-3'],
      ['objective', 'Learn', ''],
      ['keyResult', 'E', 'O-4'],
    ]);
    expect(result.items.find((i) => i.title === 'C')?.owner).toBe('Dewi');
  });

  it('infers the level: team when a team is named, company otherwise', () => {
    const result = structure([
      ['Objective', 'Team'],
      ['Grow', ''],
      ['Sell', 'Sales'],
    ]);
    expect(result.items.map((i) => i.level)).toEqual(['company', 'team']);
  });

  it('lists an initiative without a key result as unplaced', () => {
    const result = structure([
      ['Objective', 'Key result', 'Initiative'],
      ['Grow', '', 'Webinar'],
    ]);
    expect(outline(result)).toEqual([['objective', 'Grow', '']]);
    expect(result.unplaced).toEqual([{ row: 2, text: 'Initiative: Webinar' }]);
  });

  it('puts columns that map to nothing in the notes as "Header: value"', () => {
    const result = structure([
      ['Objective', 'Key result', 'Progress', 'Budget'],
      ['Grow', '30 customers', '40%', '€ 5000'],
    ]);
    expect(result.items[1]?.notes).toBe('Progress: 40%\nBudget: € 5000');
    expect(result.columns.map((c) => c.field)).toEqual([
      'objectiveTitle',
      'keyResultTitle',
      'notes',
      'notes',
    ]);
  });
});

describe('headers', () => {
  it('matches Dutch and English synonyms regardless of case, spaces and punctuation', () => {
    const result = structure([
      [
        'NIVEAU',
        'verantwoordelijke',
        'Jaar:',
        'Doel',
        'Kern-resultaat',
        'Begin',
        'Doel waarde',
        'Stand',
        'Eenheid',
        'Gewicht',
        'Vertrouwen',
        'Soort',
        'Toelichting',
      ],
      [
        'Bedrijf',
        'Anna',
        '2026',
        'Groei',
        '30 klanten',
        0,
        30,
        12,
        'klanten',
        2,
        'Hoog',
        'Toename',
        'x',
      ],
    ]);
    expect(result.columns.map((c) => c.field)).toEqual([
      'level',
      'owner',
      'period',
      'objectiveTitle',
      'keyResultTitle',
      'start',
      'target',
      'current',
      'unit',
      'weight',
      'confidence',
      'kind',
      'notes',
    ]);
    expect(result.items[1]).toMatchObject({
      level: 'company',
      owner: 'Anna',
      period: '2026',
      start: 0,
      target: 30,
      current: 12,
      unit: 'klanten',
      weight: 2,
      confidence: 'high',
      kind: 'increase',
      notes: 'x',
    });
  });

  it('reports every title row above the header, in the user language', () => {
    const result = structure(
      [['OKR 2026'], ['', 'draft', 'v2'], [], ['Doelstelling', 'Kernresultaat'], ['Groei', 'A']],
      'nl',
    );
    expect(result.headerRow).toBe(4);
    expect(result.context).toEqual([
      { row: 1, message: '"OKR 2026": Periode 2026, overgenomen door 2 items eronder' },
    ]);
    expect(result.warnings.slice(0, 1)).toEqual([
      { row: 2, message: 'Titelrij overgeslagen: draft | v2' },
    ]);
    expect(result.items.map((i) => i.period)).toEqual(['2026', '2026']);
  });

  it('says a title row no item took is not used, in both languages', () => {
    const rows = [['OKR 2026'], ['Objective', 'Key result', 'Period'], ['Growth', 'A', '2026-Q1']];
    expect(structure(rows, 'en').context).toEqual([
      {
        row: 1,
        message: '"OKR 2026": Period 2026, not used: the items below it each name their own',
      },
    ]);
    expect(structure(rows, 'nl').context).toEqual([
      {
        row: 1,
        message: '"OKR 2026": Periode 2026, niet gebruikt: de items eronder noemen elk hun eigen',
      },
    ]);
    expect(structure(rows, 'en').items.map((i) => i.period)).toEqual(['2026-Q1', '2026-Q1']);
  });

  it('says so when it finds nothing to structure, and lists every row', () => {
    const result = structure([
      ['hello', 'world'],
      ['', 'more'],
    ]);
    expect(result.items).toEqual([]);
    expect(result.unplaced).toEqual([
      { row: 1, text: 'hello | world' },
      { row: 2, text: 'more' },
    ]);
    expect(result.warnings[0]?.message).toMatch(/^No columns for objectives or key results/);
  });
});

describe('values', () => {
  const header = ['Objective', 'Key result', 'Start', 'Target', 'Current', 'Quarter'];

  function kr(values: unknown[]): ImportResult {
    return structure([header, ['Grow', 'KR', ...values]]);
  }

  it('reads decimal commas, currency and percent text', () => {
    expect(kr(['1,5', '€ 40', '12%', '']).items[1]).toMatchObject({
      start: 1.5,
      target: 40,
      current: 0.12,
      unit: '€',
    });
  });

  it('keeps text in a number column as typed and names row and column', () => {
    const result = kr(['abc', '1,500', '', '']);
    expect(result.items[1]).toMatchObject({ start: 'abc', target: 1500 });
    expect(result.warnings.filter((w) => w.row === 2).map((w) => [w.row, w.message])).toEqual([
      [2, 'Start "abc" is not a number; kept as text: enter a number or a percentage'],
      [
        2,
        'Target "1,500" read as 1500, as this spreadsheet reads it (decimal mark "."); if 1.5 was meant, change it on the OKR tab',
      ],
    ]);
  });

  it("reads text numbers by the spreadsheet's decimal mark (a Dutch sheet)", () => {
    const rows = [header, ['Groei', 'KR', '20.000', '1,500', '2.5%', '']];
    const result = structureLooseSheet(rows, {
      lang: 'nl',
      defaultPeriod: '2026-Q2',
      nextId: (type) => `${type}-1`,
      decimalMark: ',',
    });
    expect(result.items[1]).toMatchObject({ start: 20000, target: 1.5, current: 0.025 });
    expect(result.warnings.map((w) => w.message).filter((m) => m.includes('gelezen'))).toEqual([
      'Start "20.000" gelezen als 20000, zoals deze spreadsheet het leest (decimaalteken ","); was 20 bedoeld, pas het dan aan op het OKR-tabblad',
      'Target "1,500" gelezen als 1,5, zoals deze spreadsheet het leest (decimaalteken ","); was 1500 bedoeld, pas het dan aan op het OKR-tabblad',
    ]);
  });

  it('reads milestones from TRUE/FALSE and words', () => {
    expect(kr(['', '', true, '']).items[1]).toMatchObject({ kind: 'milestone', current: true });
    expect(kr(['', '', 'klaar', '']).items[1]).toMatchObject({ kind: 'milestone' });
    expect(kr([0, 1, 'done', '']).items[1]).toMatchObject({ kind: 'milestone' });
  });

  it('reads periods in any accepted spelling, and a date as its quarter', () => {
    const period = (value: unknown): string => kr(['', '', '', value]).items[0]?.period ?? '';
    expect(period('2026-K1')).toBe('2026-Q1');
    expect(period('Q3 2026')).toBe('2026-Q3');
    expect(period('2026 q2')).toBe('2026-Q2');
    expect(period(2026)).toBe('2026');
    expect(period('Kwartaal 4 2025')).toBe('2025-Q4');
    expect(period('Q2')).toBe('2026-Q2');
    expect(period(new Date(Date.UTC(2026, 7, 15)))).toBe('2026-Q3');
    expect(period('')).toBe('2026-Q4');
  });

  it('keeps a period it cannot read as typed, with a warning', () => {
    const result = kr(['', '', '', 'spring']);
    expect(result.items[0]?.period).toBe('spring');
    expect(result.warnings[0]?.message).toBe(
      'Quarter "spring" is not a year or a quarter; kept as typed: write 2026 or 2026-Q1',
    );
  });

  it('keeps text that looks like a formula exactly as typed', () => {
    const texts = [
      '=IMPORTXML("http://x.invalid","//a")',
      '+31 6 1234',
      '-5 deals',
      '@here',
      '=1+1',
    ];
    for (const text of texts) {
      const result = structure([
        ['Objective', 'Key result', 'Owner'],
        [text, text, text],
      ]);
      expect(result.items.map((i) => [i.title, i.owner])).toEqual([
        [text, text],
        [text, text],
      ]);
    }
  });
});

describe('robustness', () => {
  it('never throws on odd input', () => {
    const odd: unknown[] = [null, undefined, 42, 'text', {}, [null], [[undefined, NaN, {}]]];
    for (const rows of odd) {
      expect(() =>
        structureLooseSheet(rows as unknown[][], {
          lang: 'en',
          defaultPeriod: '2026-Q4',
          nextId: () => 'x',
        }),
      ).not.toThrow();
    }
  });

  it('is deterministic', () => {
    const rows = [
      ['Objective', 'Key result', 'Initiative'],
      ['Grow', 'A', 'x'],
      ['Grow', 'B', ''],
    ];
    expect(structure(rows)).toEqual(structure(rows));
  });

  // At the benchmark's size; how fast is the benchmark's to say (npm run bench: structureSheet),
  // not a timed test's, which would fail on a busy machine.
  function structureAtScale(rows: unknown[][]): ImportResult {
    let n = 0;
    return structureLooseSheet(rows, {
      lang: 'en',
      defaultPeriod: '2026-Q4',
      nextId: () => `ID-${++n}`,
    });
  }

  it('structures a flat table of 35,000 rows (5,000 objectives)', () => {
    const rows: unknown[][] = [
      [
        'Level',
        'Team',
        'Owner',
        'Quarter',
        'Objective',
        'Key result',
        'Start',
        'Target',
        'Current',
        'Initiative',
      ],
    ];
    for (let o = 1; o <= 5000; o++) {
      const place = ['Team', `Team ${o % 20}`, `Owner ${o}`, '2026-Q1', `Objective ${o}`];
      rows.push([...place, '', '', '', '', '']);
      for (let k = 1; k <= 4; k++) rows.push([...place, `KR ${o}.${k}`, 0, 100, 40, '']);
      for (let i = 1; i <= 2; i++)
        rows.push([...place, `KR ${o}.1`, 0, 100, 40, `Initiative ${o}.${i}`]);
    }
    expect(rows.length).toBe(35_001);
    const result = structureAtScale(rows);
    expect([result.objectives, result.keyResults, result.initiatives]).toEqual([
      5000, 20000, 10000,
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('structures an outline of 35,000 rows', () => {
    const rows: unknown[][] = [['Owner', 'Description', 'Start', 'Target', 'Current']];
    for (let o = 1; o <= 5000; o++) {
      rows.push([`Owner ${o}`, `Objective: Objective ${o}`, '', '', '']);
      for (let k = 1; k <= 4; k++) rows.push(['', `KR: KR ${o}.${k}`, '10%', '40%', '25%']);
      rows.push(['', '- First initiative', '', '', '']);
      rows.push(['', '- Second initiative', '', '', '']);
    }
    const result = structureAtScale(rows);
    expect([result.objectives, result.keyResults, result.initiatives]).toEqual([
      5000, 20000, 10000,
    ]);
  });
});

describe('the default period in the report', () => {
  it('is written the way the reader writes quarters (2026-K4 in Dutch)', () => {
    const rows = [
      ['Doelstelling', 'Kernresultaat'],
      ['Meer klanten', '100 nieuwe klanten'],
    ];
    const nl = structure(rows, 'nl');
    expect(nl.warnings.map((w) => w.message)).toContain(
      '1 doelstelling zonder periode op 2026-K4 gezet',
    );
    expect(nl.items[0]!.period).toBe('2026-Q4');
    const en = structure(
      [
        ['Objective', 'Key result'],
        ['More customers', '100 new customers'],
      ],
      'en',
    );
    expect(en.warnings.map((w) => w.message)).toContain(
      '1 objective without a period was set to 2026-Q4',
    );
  });
});

describe('a repeated key result naming its team in the Level cell ("Team Sales")', () => {
  it('fills a blank team, and a different team goes to the notes with a warning', () => {
    // Found by the fuzzing: the team part of a later row's Level cell was dropped.
    const filled = structure([
      ['Objective', 'Key result', 'Level', 'Notes'],
      ['Ship', '', 'Team', ''],
      ['', 'A', '', ''],
      ['', 'A', 'Team Sales', ''],
    ]);
    const kr = filled.items.find((i) => i.title === 'A')!;
    expect([kr.level, kr.team, kr.notes]).toEqual(['team', 'Sales', '']);

    const conflict = structure([
      ['Objective', 'Key result', 'Level'],
      ['Ship', '', 'Team'],
      ['', 'A', 'Team Ops'],
      ['', 'A', 'Team Sales'],
    ]);
    const kept = conflict.items.find((i) => i.title === 'A')!;
    expect(kept.team).toBe('Ops');
    expect(kept.notes).toBe('Level: Team Sales');
    expect(conflict.warnings.map((w) => w.row)).toContain(4);
  });
});

// Where a new row goes (src/core/hierarchy.ts insertionRow): into its level, team and period
// block, as Set up and Structure lay a tab out, never simply at the bottom.
import { insertionRow } from '../../src/core/hierarchy';
import { emptyItem, type OkrItem } from '../../src/core/model';

type Placed = OkrItem & { row: number };

let next = 0;
function item(fields: Partial<OkrItem>): OkrItem {
  next++;
  return { ...emptyItem(fields.type ?? 'objective'), id: `X-${next}`, ...fields };
}

/** A tab laid out as Set up does: company (year), team Sales (Q2), personal (Q2); KRs below. */
function tab(): Placed[] {
  const rows: OkrItem[] = [];
  const objective = (level: OkrItem['level'], team: string, period: string, krs: number) => {
    const o = item({ type: 'objective', level, team, period });
    rows.push(o);
    for (let i = 0; i < krs; i++)
      rows.push(item({ type: 'keyResult', level, team, period, parentId: o.id }));
    return o;
  };
  objective('company', '', '2026', 2);
  objective('team', 'Sales', '2026-Q2', 2);
  objective('team', 'Ops', '2026-Q2', 1);
  objective('personal', 'Sales', '2026-Q2', 1);
  return rows.map((r, i) => ({ ...r, row: i + 2 }));
}

const rowOf = (items: Placed[], pick: (i: Placed) => boolean) => items.filter(pick).pop()!.row;

describe('insertionRow: a new objective goes into its block', () => {
  const items = tab();
  const last = items[items.length - 1]!.row;

  test('a company objective for a quarter: after the company block, above the team block', () => {
    const at = insertionRow(items, item({ level: 'company', period: '2026-Q2' }), last, 1);
    expect(at).toBe(rowOf(items, (i) => i.level === 'company'));
    expect(at).toBeLessThan(items.find((i) => i.level === 'team')!.row);
  });

  test('a team objective: after its own team and period, else after its team, else its level', () => {
    const sales = rowOf(items, (i) => i.level === 'team' && i.team === 'Sales');
    const ops = rowOf(items, (i) => i.level === 'team' && i.team === 'Ops');
    expect(
      insertionRow(items, item({ level: 'team', team: 'Sales', period: '2026-Q2' }), last, 1),
    ).toBe(sales);
    expect(
      insertionRow(items, item({ level: 'team', team: 'sales ', period: '2026-Q3' }), last, 1),
    ).toBe(sales);
    expect(
      insertionRow(items, item({ level: 'team', team: 'Ops', period: '2026-Q3' }), last, 1),
    ).toBe(ops);
    expect(
      insertionRow(items, item({ level: 'team', team: 'HR', period: '2026-Q2' }), last, 1),
    ).toBe(ops);
  });

  test('a personal objective goes after the personal block (the bottom here)', () => {
    expect(
      insertionRow(items, item({ level: 'personal', team: 'Ops', period: '2026-Q2' }), last, 1),
    ).toBe(last);
  });

  test('a level the tab lacks: after the nearest level above it, or above the first level below', () => {
    const noTeams = tab()
      .filter((i) => i.level !== 'team')
      .map((i, n) => ({ ...i, row: n + 2 }));
    const company = rowOf(noTeams, (i) => i.level === 'company');
    expect(insertionRow(noTeams, item({ level: 'team', team: 'T', period: '2026-Q2' }), 9, 1)).toBe(
      company,
    );
    const noCompany = tab()
      .filter((i) => i.level !== 'company')
      .map((i, n) => ({ ...i, row: n + 3 }));
    // Header on row 2: the company objective goes right below it, above the team block.
    expect(insertionRow(noCompany, item({ level: 'company', period: '2026' }), 12, 2)).toBe(2);
  });

  test("a key result goes below its objective's last row; an empty tab takes the first row", () => {
    const o = items.find((i) => i.level === 'team')!;
    const kr = item({ type: 'keyResult', parentId: o.id });
    expect(insertionRow(items, kr, last, 1)).toBe(rowOf(items, (i) => i.parentId === o.id));
    expect(insertionRow([], item({ level: 'team' }), 1, 1)).toBe(1);
  });
});

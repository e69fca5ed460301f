// moveItem moves the rows: the item and its descendants land under the new parent in outline
// order, formulas follow (HyperFormula evaluates them), the row groups stay one per objective,
// and nothing else changes.
import { OKR_COLUMNS } from '../../src/core/columns';
import type { MutationResult, Snapshot } from '../../src/shared/rpc';
import { byId, call, fresh, okrRows, tab, type Row } from './workbook-helpers';

function setUpExample() {
  const s = fresh();
  call<MutationResult>(s.addon, 'setUp', { example: true });
  return s;
}

type Sheet = ReturnType<typeof tab>;

const INPUT_KEYS = OKR_COLUMNS.filter((c) => c.role === 'input').map((c) => c.key);

/**
 * Each row by ID: its inputs, and its formulas with this row's number written as # and numbers
 * as numbers (the engine prints 0.000000001 as 1e-9 once it has rewritten references).
 */
// The chain cells link to the next row of their chain, which a move changes (the parity tests
// check what they add up); every other formula names its own row or the first row of a chain.
const CHAIN_HEADERS = [
  'calc: sum w×p',
  'calc: sum weight',
  'calc: rows',
  'calc: rows with progress',
];

function picture(sheet: Sheet, rows: Row[]) {
  const width = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0]!;
  const out = new Map<string, { inputs: unknown[]; formulas: string[] }>();
  for (const r of rows) {
    const formulas = sheet
      .getRange(r._row, 1, 1, width)
      .getFormulas()[0]!
      .map((f, c) =>
        CHAIN_HEADERS.includes(String(header[c]))
          ? 'chain'
          : f
              .replace(new RegExp(`(\\$?[A-Z]{1,3})${r._row}(?!\\d)`, 'g'), '$1#')
              .replace(/(\$[A-Z]{1,3})\d+(?!\d)/g, '$1@')
              .replace(/\b\d+(\.\d+)?(e-?\d+)?\b/gi, (m) => String(Number(m))),
      );
    out.set(String(r.id), { inputs: INPUT_KEYS.map((k) => r[k]), formulas });
  }
  return out;
}

const depths = (sheet: Sheet, rows: Row[]) => rows.map((r) => sheet.getRowGroupDepth(r._row));

describe('moveItem moves the rows under the new parent', () => {
  test('a key result with its initiative moves up to another objective', () => {
    const { ss, addon } = setUpExample();
    const sheet = tab(ss, 'okr');
    const before = okrRows(ss);
    const pictureBefore = picture(sheet, before);
    const res = call<MutationResult>(addon, 'moveItem', { id: 'KR-4', parentId: 'O-1' });
    expect(res.message).toMatch(/KR-4/);
    const after = okrRows(ss);
    // Outline order: KR-4 and I-3 after O-1's last descendant (I-2), before O-2.
    expect(after.map((r) => r.id)).toEqual([
      'O-1',
      'KR-1',
      'I-1',
      'KR-2',
      'I-2',
      'KR-4',
      'I-3',
      'O-2',
      'KR-3',
      'O-3',
      'KR-5',
      'KR-6',
    ]);
    expect(after.map((r) => r._row)).toEqual(before.map((r) => r._row));
    const r = byId(after);
    expect(r.get('KR-4')!.parentId).toBe('O-1');
    expect(r.get('I-3')!.parentId).toBe('KR-4');
    // Both objectives' progress formulas evaluate right after the move (HyperFormula).
    const kr = (id: string) => Number(byId(before).get(id)!.progress);
    expect(r.get('O-1')!.progress).toBeCloseTo((kr('KR-1') + kr('KR-2') + kr('KR-4')) / 3, 9);
    expect(r.get('O-2')!.progress).toBeCloseTo(kr('KR-3'), 9);
    expect(r.get('KR-4')!.progress).toBeCloseTo(kr('KR-4'), 9);
    // The moved rows' formulas name their new rows.
    const kr4 = r.get('KR-4')!;
    const text = sheet.getRange(kr4._row, 1, 1, sheet.getLastColumn()).getFormulas()[0]!.join('');
    const named = new Set([...text.matchAll(/\$[A-Z]{1,3}(\d+)/g)].map((m) => Number(m[1])));
    expect([...named]).toEqual([kr4._row]);
    // The sheet agrees with src/core, and the answer's snapshot has the new rows.
    for (const v of res.snapshot.items) {
      if (v.type === 'initiative') continue;
      expect(v.row).toBe(r.get(v.id)!._row);
      expect(v.progress).toBeCloseTo(Number(r.get(v.id)!.progress), 9);
    }
    const fresh = call<Snapshot>(addon, 'getSnapshot', {});
    expect(fresh.items.map((v) => [v.id, v.row, v.progress])).toEqual(
      res.snapshot.items.map((v) => [v.id, v.row, v.progress]),
    );
    // Nothing else changed: every row's inputs and formulas are as they were (but the moved
    // key result's parent, the level and period it and its initiative take from their new
    // objective, the key result's team, and the company tier their formulas now have).
    const pictureAfter = picture(sheet, after);
    const o1 = byId(after).get('O-1')!;
    const inherited: Record<string, unknown> = {
      level: o1.level,
      team: o1.team,
      period: o1.period,
    };
    for (const [id, was] of pictureBefore) {
      const now = pictureAfter.get(id)!;
      if (id === 'KR-4' || id === 'I-3') {
        expect(now.inputs).toEqual(
          was.inputs.map((v, i) => {
            const key = INPUT_KEYS[i]!;
            if (key === 'parentId' && id === 'KR-4') return 'O-1';
            // An initiative keeps its team (another team may do it).
            if (key === 'team' && id === 'I-3') return v;
            return key in inherited ? inherited[key] : v;
          }),
        );
        expect(byId(after).get(id)).toMatchObject({ level: 'Company', period: '2026' });
        continue;
      }
      expect({ id, ...now }).toEqual({ id, ...was });
    }
    // One row group per objective: O-1's now covers KR-4 and I-3, O-2's only KR-3.
    expect(depths(sheet, after)).toEqual([0, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1]);
    expect(sheet.getRowGroup(3, 1)!.getRange().getA1Notation()).toBe('3:8');
    expect(sheet.getRowGroup(10, 1)!.getRange().getA1Notation()).toBe('10:10');
  });

  test('an objective cannot go under another item; the message says to align it instead', () => {
    const { addon } = setUpExample();
    expect(() => call(addon, 'moveItem', { id: 'O-2', parentId: 'KR-1' })).toThrow(
      /An objective sits at the top: it cannot go under "KR-1"\. .*Aligned to/,
    );
  });

  test("an edit of an objective's period and team carries down to its key results and initiatives", () => {
    const { ss, addon } = setUpExample();
    call(addon, 'updateItem', { id: 'O-2', changes: { period: '2026-Q2', team: 'Growth' } });
    const rows = byId(okrRows(ss));
    for (const id of ['O-2', 'KR-3', 'KR-4'])
      expect(rows.get(id)).toMatchObject({ period: '2026-Q2', team: 'Growth' });
    // Moving a key result by editing its parent moves its rows too: the sidebar's edit form
    // sends the new parent with the other fields in one call, one lock.
    const m = addon.measure(() =>
      call(addon, 'updateItem', {
        id: 'KR-4',
        changes: { parentId: 'O-1', title: 'Cheaper leads' },
      }),
    );
    expect(m.calls['Lock.waitLock']).toBe(1);
    const ids = okrRows(ss).map((r) => r.id);
    expect(ids.indexOf('KR-4')).toBeLessThan(ids.indexOf('O-2'));
    expect(byId(okrRows(ss)).get('KR-4')).toMatchObject({
      level: 'Company',
      period: '2026',
      title: 'Cheaper leads',
    });
  });

  test('down to the last objective; an initiative to a key result of another objective', () => {
    const { ss, addon } = setUpExample();
    const sheet = tab(ss, 'okr');
    call(addon, 'moveItem', { id: 'KR-2', parentId: 'O-3' });
    expect(okrRows(ss).map((r) => r.id)).toEqual([
      'O-1',
      'KR-1',
      'I-1',
      'O-2',
      'KR-3',
      'KR-4',
      'I-3',
      'O-3',
      'KR-5',
      'KR-6',
      'KR-2',
      'I-2',
    ]);
    call(addon, 'moveItem', { id: 'I-1', parentId: 'KR-3' });
    const rows = okrRows(ss);
    expect(rows.map((r) => r.id)).toEqual([
      'O-1',
      'KR-1',
      'O-2',
      'KR-3',
      'I-1',
      'KR-4',
      'I-3',
      'O-3',
      'KR-5',
      'KR-6',
      'KR-2',
      'I-2',
    ]);
    const r = byId(rows);
    expect(r.get('I-1')!.parentId).toBe('KR-3');
    expect(r.get('O-1')!.progress).toBeCloseTo(Number(r.get('KR-1')!.progress), 9);
    const o3 = [r.get('KR-5')!, r.get('KR-6')!, r.get('KR-2')!].map((x) => Number(x.progress));
    expect(r.get('O-3')!.progress).toBeCloseTo((o3[0]! + o3[1]! + o3[2]!) / 3, 9);
    expect(depths(sheet, rows)).toEqual([0, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1]);
    // Moving to the parent it already has moves nothing.
    call(addon, 'moveItem', { id: 'KR-5', parentId: 'O-3' });
    expect(okrRows(ss).map((r) => r.id)).toEqual(rows.map((x) => x.id));
  });

  test('rows without a group that land in one join it', () => {
    const { ss, addon } = setUpExample();
    const sheet = tab(ss, 'okr');
    sheet.getRowGroup(12, 1)!.remove(); // O-3's key results, ungrouped by hand
    call(addon, 'moveItem', { id: 'KR-6', parentId: 'O-1' });
    const rows = okrRows(ss);
    expect(rows.map((r) => r.id).slice(0, 6)).toEqual([
      'O-1',
      'KR-1',
      'I-1',
      'KR-2',
      'I-2',
      'KR-6',
    ]);
    expect(depths(sheet, rows)).toEqual([0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 0, 0]);
  });
});

describe('editing an objective', () => {
  test('a title edit leaves its key results and initiatives as they are', () => {
    const { ss, addon } = setUpExample();
    const before = okrRows(ss);
    call(addon, 'updateItem', { id: 'O-1', changes: { title: 'Renamed objective' } });
    const after = byId(okrRows(ss));
    for (const r of before) {
      if (r.id === 'O-1') continue;
      expect([r.id, r.level, r.team, r.period]).toEqual([
        r.id,
        after.get(String(r.id))!.level,
        after.get(String(r.id))!.team,
        after.get(String(r.id))!.period,
      ]);
    }
  });
});

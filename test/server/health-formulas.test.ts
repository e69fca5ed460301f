// Health check: the add-on's formula cells (progress, expected, status, grade, hidden helper
// columns) typed over or cleared are reported per row, in the person's language, and Repair
// makes the finding go away.
import { OKR_COLUMNS } from '../../src/core/columns';
import type { HealthFinding, MutationResult } from '../../src/shared/rpc';
import { byId, call, fresh, okrRows, tab } from './workbook-helpers';

const overwritten = (findings: HealthFinding[]) =>
  findings.filter((f) => f.rule === 'formulaOverwritten');

function setUpExample(opts: Parameters<typeof fresh>[0] = {}) {
  const s = fresh(opts);
  call<MutationResult>(s.addon, 'setUp', { example: true });
  return s;
}

type Sheet = ReturnType<typeof tab>;

/** 1-based column of a header text. */
function column(sheet: Sheet, header: string): number {
  const c = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.indexOf(header) + 1;
  if (c < 1) throw new Error(`no column ${header}`);
  return c;
}

/** A hidden helper column that has a formula on `row`, with its header. */
function helperWithFormula(sheet: Sheet, row: number, lang: 'en' | 'nl'): [number, string] {
  for (const def of OKR_COLUMNS.filter((d) => d.role === 'helper')) {
    const c = column(sheet, def.header[lang]);
    if (sheet.getRange(row, c).getFormula()) return [c, def.header[lang]];
  }
  throw new Error('no helper formula');
}

describe('health rule formulaOverwritten', () => {
  test('a healthy tab has none, also after add, edit, move and check-in', () => {
    const { addon } = setUpExample();
    expect(overwritten(call(addon, 'runHealthCheck', {}))).toEqual([]);
    call(addon, 'addItem', { type: 'keyResult', parentId: 'O-2', title: 'More leads', target: 9 });
    call(addon, 'updateItem', { id: 'KR-1', changes: { kind: 'rollup' } });
    call(addon, 'moveItem', { id: 'KR-6', parentId: 'O-1' });
    call(addon, 'checkIn', { id: 'KR-3', value: 300, confidence: 'high', note: '' });
    expect(overwritten(call(addon, 'runHealthCheck', {}))).toEqual([]);
  });

  test('typed over or deleted: one warning per row naming the columns; Repair clears it', () => {
    const { ss, addon } = setUpExample();
    const sheet = tab(ss, 'okr');
    const r = byId(okrRows(ss));
    const kr1 = r.get('KR-1')!._row;
    sheet.getRange(kr1, column(sheet, 'Progress')).setValue(0.9); // typed over
    sheet.getRange(kr1, column(sheet, 'Grade')).setValue('A');
    sheet.getRange(r.get('O-2')!._row, column(sheet, 'Status')).clearContent(); // deleted
    sheet.getRange(r.get('KR-5')!._row, column(sheet, 'Expected')).setValue('');
    const kr3 = r.get('KR-3')!._row;
    const [helper, helperName] = helperWithFormula(sheet, kr3, 'en');
    sheet.getRange(kr3, helper).setValue(1);
    const findings = overwritten(call<HealthFinding[]>(addon, 'runHealthCheck', {}));
    expect(findings.map((f) => [f.id, f.row, f.severity])).toEqual([
      ['KR-1', kr1, 'warning'],
      ['O-2', r.get('O-2')!._row, 'warning'],
      ['KR-3', kr3, 'warning'],
      ['KR-5', r.get('KR-5')!._row, 'warning'],
    ]);
    expect(findings[0]!.message).toBe(
      "KR-1: the add-on's formula is missing in Progress, Grade (typed over, deleted, or out of date after rows were sorted or changed by hand), so this row does not compute as it should: a roll-up shows ⚠ until then.",
    );
    expect(findings[1]!.message).toMatch(/^O-2: the add-on's formula is missing in Status \(/);
    expect(findings[2]!.message).toContain(helperName);
    for (const f of findings) expect(f.fix).toMatch(/Repair .* to restore the formulas/);
    // Repair puts the formulas back; the finding is gone and the numbers are right again.
    call(addon, 'repairSheet', {});
    expect(overwritten(call(addon, 'runHealthCheck', {}))).toEqual([]);
    const after = byId(okrRows(ss));
    expect(after.get('KR-1')!.progress).toBeCloseTo(0.4, 9);
    expect(after.get('KR-1')!.grade).toBe(0.4);
    expect(after.get('O-2')!.status).not.toBe('');
  });

  test('out of date: a company key result switched to Roll-up by hand until Repair', () => {
    const { ss, addon } = setUpExample();
    const sheet = tab(ss, 'okr');
    const kr1 = byId(okrRows(ss)).get('KR-1')!._row;
    sheet.getRange(kr1, column(sheet, 'Kind')).setValue('Roll-up');
    const findings = overwritten(call<HealthFinding[]>(addon, 'runHealthCheck', {}));
    expect(findings.map((f) => [f.id, f.row])).toEqual([['KR-1', kr1]]);
    expect(findings[0]!.message).toMatch(/out of date after rows were sorted or changed by hand/);
    call(addon, 'repairSheet', {});
    expect(overwritten(call(addon, 'runHealthCheck', {}))).toEqual([]);
  });

  test('in Dutch for a Dutch user on a Dutch tab', () => {
    const { ss, addon } = setUpExample({ locale: 'nl_NL', userLocale: 'nl' });
    const sheet = tab(ss, 'okr');
    const r = byId(okrRows(ss));
    sheet.getRange(r.get('KR-1')!._row, column(sheet, 'Voortgang')).setValue(0.9);
    const findings = overwritten(call<HealthFinding[]>(addon, 'runHealthCheck', {}));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe(
      'KR-1: in Voortgang ontbreekt de formule van de add-on (overschreven, gewist of verouderd nadat rijen met de hand zijn gesorteerd of gewijzigd), dus deze rij rekent niet goed: een optelling toont ⚠ tot dan.',
    );
    expect(findings[0]!.fix).toMatch(
      /Formules en opmaak herstellen .* om de formules terug te zetten/,
    );
    call(addon, 'repairSheet', {});
    expect(overwritten(call(addon, 'runHealthCheck', {}))).toEqual([]);
  });
});

// The workbook's actions on the local runtime, through the built dist/Code.js.
import { matchHeader } from '../../src/core/columns';
import type { CheckIn } from '../../src/core/model';
import type { HealthFinding, MutationResult, Snapshot } from '../../src/shared/rpc';
import {
  descendingBy,
  sortRows,
  add,
  byId,
  call,
  errorOf,
  fresh,
  measuredCheckIn,
  okrRows,
  snapshot,
  tab,
  view,
} from './workbook-helpers';

function setUpExample(opts: Parameters<typeof fresh>[0] = {}) {
  const s = fresh(opts);
  call<MutationResult>(s.addon, 'setUp', { example: true });
  return s;
}

describe('setUp', () => {
  test('creates the OKR, check-ins and settings tabs with the example at three levels', () => {
    const { ss, addon } = setUpExample();
    const rows = okrRows(ss);
    expect(rows.map((r) => r.id)).toEqual([
      'O-1',
      'KR-1',
      'I-1',
      'KR-2',
      'I-2',
      'O-2',
      'KR-3',
      'KR-4',
      'I-3',
      'O-3',
      'KR-5',
      'KR-6',
    ]);
    expect(new Set(rows.map((r) => r.level))).toEqual(new Set(['Company', 'Team', 'Personal']));
    expect(rows[0]!.title).toBe('By the end of 2026 at least 100 paying customers');
    expect(tab(ss, 'checkins').getRange(1, 1, 1, 6).getValues()[0]).toEqual([
      'Timestamp',
      'Key result ID',
      'Value',
      'Confidence',
      'Note',
      'Who',
    ]);
    const r = byId(rows);
    expect(r.get('KR-1')!.progress).toBeCloseTo(0.4, 9);
    expect(r.get('KR-4')!.progress).toBeCloseTo(7 / 15, 9); // decrease 40 → 25, now 33
    expect(r.get('KR-5')!.progress).toBe(0); // milestone "no"
    const s = snapshot(addon);
    expect(s.ready).toBe(true);
    for (const v of s.items) {
      const row = r.get(v.id)!;
      if (v.type === 'initiative') continue;
      expect(row.progress === '' ? '' : Number(row.progress)).toBeCloseTo(
        v.progress === '' ? NaN : v.progress,
        9,
      );
    }
  });

  test('is idempotent: a second run duplicates nothing', () => {
    const { ss, addon } = setUpExample();
    const before = okrRows(ss).length;
    const sheets = ss.getSheets().length;
    const again = call<MutationResult>(addon, 'setUp', { example: true });
    expect(again.message).toMatch(/already/);
    expect(okrRows(ss)).toHaveLength(before);
    expect(ss.getSheets()).toHaveLength(sheets);
  });

  test('empty set up, in Dutch for a Dutch spreadsheet', () => {
    const { ss, addon } = fresh({ locale: 'nl_NL' });
    const res = call<MutationResult>(addon, 'setUp', { example: false });
    expect(res.message).toMatch(/klaar/);
    const sheet = tab(ss, 'okr');
    expect(sheet.getName()).toBe("OKR's");
    expect(sheet.getRange(1, 1, 1, 4).getValues()[0]).toEqual(['ID', 'Type', 'Titel', 'Niveau']);
    expect(okrRows(ss)).toHaveLength(0);
    expect(sheet.getFrozenRows()).toBe(1);
  });

  test('the Dutch example computes the same numbers', () => {
    const { ss } = setUpExample({ locale: 'nl_NL' });
    const r = byId(okrRows(ss));
    expect(r.get('O-1')!.type).toBe('Doelstelling');
    expect(r.get('KR-1')!.progress).toBeCloseTo(0.4, 9);
    expect(r.get('KR-5')!.progress).toBe(0); // mijlpaal "nee"
    expect(['Op koers', 'Risico', 'Niet op koers', 'Behaald', 'Geen check-in']).toContain(
      r.get('O-1')!.status,
    );
  });

  test('rejects a malformed payload with a clear message and writes nothing', () => {
    const { ss, addon } = fresh();
    expect(errorOf(() => addon.call('setUp', { example: 'yes' }))).toMatch(
      /example must be true or false/,
    );
    expect(ss.getSheets()).toHaveLength(1);
  });
});

describe('addItem', () => {
  test('an objective with two key results and an initiative land in outline order', () => {
    const { ss, addon } = setUpExample();
    const o = add(addon, {
      type: 'objective',
      title: 'Happy customers',
      level: 'company',
      owner: 'Anna',
      period: '2026',
    });
    expect(o.id).toBe('O-4');
    const kr1 = add(addon, {
      type: 'keyResult',
      parentId: 'O-4',
      title: 'NPS from 20 to 50',
      start: 20,
      target: 50,
      current: 35,
    });
    const kr2 = add(addon, {
      type: 'keyResult',
      parentId: 'O-4',
      title: 'Churn below 2%',
      kind: 'atMost',
      target: '2%',
      current: '1.5%',
      unit: '%',
    });
    const i1 = add(addon, {
      type: 'initiative',
      parentId: kr1.id,
      title: 'Interview ten customers',
    });
    const rows = okrRows(ss);
    const ids = rows.map((r) => r.id);
    // Company objectives of 2026 stay together: O-4 follows O-1's block.
    expect(ids.indexOf('O-4')).toBe(ids.indexOf('I-2') + 1);
    expect(ids.slice(ids.indexOf('O-4'), ids.indexOf('O-4') + 4)).toEqual([
      'O-4',
      kr1.id,
      i1.id,
      kr2.id,
    ]);
    const r = byId(rows);
    expect(r.get(kr1.id)!.progress).toBeCloseTo(0.5, 9);
    expect(r.get(kr2.id)!.progress).toBe(1);
    expect(r.get('O-4')!.progress).toBeCloseTo(0.75, 9);
    expect(r.get(kr2.id)!.level).toBe('Company'); // inherited from the objective
    expect(r.get(kr2.id)!.target).toBeCloseTo(0.02, 12);
    expect(view(i1.snapshot, kr1.id).initiativesTotal).toBe(1);
  });

  test('IDs are never reused, even after deleting the newest item', () => {
    const { addon } = setUpExample();
    const a = add(addon, {
      type: 'keyResult',
      parentId: 'O-1',
      title: 'Temp',
      start: 0,
      target: 1,
    });
    expect(a.id).toBe('KR-7');
    call(addon, 'deleteItem', { id: 'KR-7', withChildren: false });
    const b = add(addon, {
      type: 'keyResult',
      parentId: 'O-1',
      title: 'Next',
      start: 0,
      target: 1,
    });
    expect(b.id).toBe('KR-8');
  });

  test('validates the payload: type, title, parent, numbers, lengths', () => {
    const { ss, addon } = setUpExample();
    const before = okrRows(ss).length;
    expect(errorOf(() => add(addon, { type: 'goal' as never, title: 'x' }))).toMatch(
      /Type "goal" is not allowed/,
    );
    expect(errorOf(() => add(addon, { type: 'objective', title: '   ' }))).toMatch(
      /Title is empty/,
    );
    expect(errorOf(() => add(addon, { type: 'keyResult', title: 'x' }))).toMatch(/needs a parent/);
    expect(errorOf(() => add(addon, { type: 'keyResult', title: 'x', parentId: 'O-99' }))).toMatch(
      /no item with ID "O-99"/,
    );
    expect(errorOf(() => add(addon, { type: 'keyResult', title: 'x', parentId: 'KR-1' }))).toMatch(
      /The parent of this key result must be of type objective/,
    );
    expect(
      errorOf(() => add(addon, { type: 'keyResult', title: 'x', parentId: 'O-1', target: 'lots' })),
    ).toMatch(/Target "lots" is not a number/);
    expect(errorOf(() => add(addon, { type: 'objective', title: 'x'.repeat(501) }))).toMatch(
      /longer than 500/,
    );
    expect(errorOf(() => add(addon, { type: 'objective', title: 'x', period: '2026-Q5' }))).toMatch(
      /Period/,
    );
    expect(errorOf(() => add(addon, { type: 'objective', title: 'x', weight: -1 }))).toMatch(
      /positive weight/,
    );
    expect(errorOf(() => addon.call('addItem', 'nonsense'))).toMatch(/not understood/);
    expect(okrRows(ss)).toHaveLength(before);
  });

  test('errors come in the user language', () => {
    const { addon } = setUpExample({ locale: 'nl_NL', userLocale: 'nl' });
    expect(errorOf(() => add(addon, { type: 'keyResult', title: 'x', parentId: 'O-99' }))).toMatch(
      /Er is geen item met ID "O-99"/,
    );
  });
});

describe('formula injection and text that Sheets would coerce', () => {
  const nasty = [
    '=IMPORTXML("http://example.invalid","//a")',
    '+31 6 1234',
    '-5',
    '@everyone',
    '2026',
    '45%',
    'TRUE',
    '3/4/2026',
    "'quoted",
    '<img src=x onerror=alert(1)>',
  ];
  test.each(nasty)('%p stays exactly that text in title, owner, team and notes', (text) => {
    const { ss, addon } = setUpExample();
    const o = add(addon, {
      type: 'objective',
      title: text,
      owner: text,
      team: text,
      notes: text,
      level: 'team',
      period: '2026-Q1',
    });
    const row = byId(okrRows(ss)).get(o.id)!;
    expect(row.title).toBe(text);
    expect(row.owner).toBe(text);
    expect(row.team).toBe(text);
    expect(row.notes).toBe(text);
    const sheet = tab(ss, 'okr');
    expect(sheet.getRange(row._row, 3).getFormula()).toBe('');
    expect(view(o.snapshot, o.id).title).toBe(text);
  });

  test('a check-in note and an update keep text as text', () => {
    const { ss, addon } = setUpExample();
    call(addon, 'checkIn', { id: 'KR-3', value: 400, confidence: 'high', note: '=1+1' });
    call(addon, 'updateItem', { id: 'KR-3', changes: { title: '=SUM(A:A)', unit: '+1' } });
    const log = tab(ss, 'checkins').getDataRange().getValues();
    expect(log[1]![4]).toBe('=1+1');
    expect(tab(ss, 'checkins').getRange(2, 5).getFormula()).toBe('');
    const row = byId(okrRows(ss)).get('KR-3')!;
    expect(row.title).toBe('=SUM(A:A)');
    expect(row.unit).toBe('+1');
  });
});

describe('checkIn', () => {
  test('updates Current, Confidence and Last check-in and appends to the log under the lock', () => {
    const { ss, addon } = setUpExample();
    const m = measuredCheckIn(addon, 'KR-1', 24, { confidence: 'high', note: 'webinar worked' });
    expect(m.calls['Lock.waitLock']).toBe(1);
    expect(m.calls['Lock.releaseLock']).toBe(1);
    const row = byId(okrRows(ss)).get('KR-1')!;
    expect(row.current).toBe(24);
    expect(row.confidence).toBe('High');
    expect(row.lastCheckIn).toBe('2026-02-15');
    expect(row.progress).toBeCloseTo(0.8, 9);
    expect(view(m.result.snapshot, 'KR-1').progress).toBeCloseTo(0.8, 9);
    const log = tab(ss, 'checkins').getDataRange().getValues();
    expect(log).toHaveLength(2);
    expect(log[1]!.slice(1)).toEqual(['KR-1', 24, 'High', 'webinar worked', 'user@example.com']);
    const history = call<CheckIn[]>(addon, 'getCheckIns', { id: 'kr-1' });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      keyResultId: 'KR-1',
      value: 24,
      confidence: 'high',
      note: 'webinar worked',
    });
    expect(history[0]!.timestamp).toMatch(/^2026-02-15T/);
  });

  test.each([
    ['en_US', '2.4%', '2.42%'],
    ['nl_NL', '2,4%', '2,42%'],
  ])(
    'the log shows a value in the key result’s number format (%s)',
    (locale, logShown, message) => {
      const { ss, addon } = setUpExample({ locale });
      const okr = tab(ss, 'okr');
      const log = tab(ss, 'checkins');
      const checkIn = (id: string, value: number, note = '') =>
        addon.measure(() =>
          call<MutationResult>(addon, 'checkIn', { id, value, confidence: '', note }),
        );
      // A % key result: 0.0242 is logged as the Current cell shows it, in the same format.
      const pct = checkIn('KR-2', 0.0242);
      expect(pct.result.message).toContain(message);
      const currentCol = matchHeader(okr.getDataRange().getValues())!.columns.current!;
      const current = okr.getRange(byId(okrRows(ss)).get('KR-2')!._row, currentCol + 1);
      expect(current.getValue()).toBe(0.0242);
      const logged = log.getRange(2, 3);
      expect(logged.getValue()).toBe(0.0242);
      expect(logged.getNumberFormat()).toBe(current.getNumberFormat());
      expect(logged.getNumberFormat()).toContain('%');
      expect(logged.getDisplayValue()).toBe(logShown);
      expect(current.getDisplayValue()).toBe(logShown);
      // One more write than a plain key result's check-in: the value's format, on the line just
      // appended (the Current cell's format was read with the check-in's other formats).
      expect(pct.calls['Range.setNumberFormats']).toBe(1);
      expect(pct.calls['Range.setNumberFormat'] ?? 0).toBe(0);
      // Current, Confidence and Last check-in's formats, and the log's new value cell's.
      expect(pct.calls['Range.getNumberFormats']).toBe(4);
      expect(pct.calls['Range.getNumberFormat'] ?? 0).toBe(0);
      // A plain key result: its value as it is, no format written.
      const plain = checkIn('KR-1', 24);
      expect(plain.calls['Range.setNumberFormats'] ?? 0).toBe(0);
      expect(log.getRange(3, 3).getDisplayValue()).toBe('24');
      expect(plain.result.message).toContain(locale === 'nl_NL' ? '24 klanten' : '24 customers');
      // The same value again the same day changes no cell of the row: only the log is written.
      const again = checkIn('KR-2', 0.0242, 'again');
      expect(again.calls['RangeList.setValue'] ?? 0).toBe(0);
      expect(again.calls['Range.setValues']).toBe(1);
      expect(log.getRange(4, 3).getDisplayValue()).toBe(logShown);
    },
  );

  test('a milestone takes done words; a percentage takes "45%"', () => {
    const { ss, addon } = setUpExample();
    call(addon, 'checkIn', { id: 'KR-5', value: 'done', confidence: '', note: '' });
    call(addon, 'checkIn', { id: 'KR-2', value: '1.9%', confidence: 'medium', note: '' });
    const r = byId(okrRows(ss));
    expect(r.get('KR-5')!.progress).toBe(1);
    expect(r.get('KR-2')!.current).toBeCloseTo(0.019, 12);
    expect(r.get('KR-2')!.progress).toBeCloseTo(6 / 7, 9);
  });

  test('refuses objectives, unknown IDs and bad values, writing nothing', () => {
    const { ss, addon } = setUpExample();
    expect(
      errorOf(() => addon.call('checkIn', { id: 'O-1', value: 3, confidence: '', note: '' })),
    ).toMatch(/not a key result/);
    expect(
      errorOf(() => addon.call('checkIn', { id: 'KR-77', value: 3, confidence: '', note: '' })),
    ).toMatch(/no item/);
    expect(
      errorOf(() => addon.call('checkIn', { id: 'KR-1', value: 'many', confidence: '', note: '' })),
    ).toMatch(/not a number/);
    expect(
      errorOf(() => addon.call('checkIn', { id: 'KR-1', value: 3, confidence: 'sure', note: '' })),
    ).toMatch(/Confidence/);
    expect(tab(ss, 'checkins').getDataRange().getValues()).toHaveLength(1);
  });

  test('a lock timeout says so and changes nothing', () => {
    const { ss, addon } = setUpExample();
    addon.lock.holdDocumentLockByOther(60000);
    expect(
      errorOf(() => addon.call('checkIn', { id: 'KR-1', value: 20, confidence: '', note: '' })),
    ).toMatch(/Someone else is changing the OKR workbook/);
    expect(byId(okrRows(ss)).get('KR-1')!.current).toBe(12);
    expect(tab(ss, 'checkins').getDataRange().getValues()).toHaveLength(1);
    addon.lock.releaseOther();
    call(addon, 'checkIn', { id: 'KR-1', value: 20, confidence: '', note: '' });
    expect(byId(okrRows(ss)).get('KR-1')!.current).toBe(20);
  });
});

describe('updateItem, moveItem, deleteItem', () => {
  test('update changes only the given fields and keeps formulas working', () => {
    const { ss, addon } = setUpExample();
    call(addon, 'updateItem', { id: 'KR-1', changes: { target: 20, owner: 'Bram' } });
    const r = byId(okrRows(ss));
    expect(r.get('KR-1')!.target).toBe(20);
    expect(r.get('KR-1')!.owner).toBe('Bram');
    expect(r.get('KR-1')!.title).toMatch(/marketing campaign/);
    expect(r.get('KR-1')!.progress).toBeCloseTo(0.6, 9);
  });

  test('a key result switched to roll-up takes its progress from the objectives aligned to it', () => {
    const { ss, addon } = setUpExample();
    // O-2 (team) is aligned to KR-1 (company).
    call(addon, 'updateItem', { id: 'KR-1', changes: { kind: 'rollup' } });
    const r = byId(okrRows(ss));
    expect(r.get('KR-1')!.progress).toBeCloseTo(Number(r.get('O-2')!.progress), 9);
    const s = snapshot(addon);
    expect(view(s, 'KR-1').progress).toBeCloseTo(Number(r.get('O-2')!.progress), 9);
  });

  test('move puts a key result under another objective; the roll-ups follow', () => {
    const { ss, addon } = setUpExample();
    call(addon, 'moveItem', { id: 'KR-6', parentId: 'O-2' });
    const r = byId(okrRows(ss));
    expect(r.get('KR-6')!.parentId).toBe('O-2');
    const expected = (0.5 + 7 / 15 + 4 / 9) / 3;
    expect(r.get('O-2')!.progress).toBeCloseTo(expected, 9);
    expect(r.get('O-3')!.progress).toBe(0);
    expect(errorOf(() => addon.call('moveItem', { id: 'KR-6', parentId: 'KR-1' }))).toMatch(
      /objective/,
    );
    expect(errorOf(() => addon.call('moveItem', { id: 'I-1', parentId: 'O-1' }))).toMatch(
      /key result/,
    );
  });

  test('delete refuses to orphan children unless asked, then takes them along', () => {
    const { ss, addon } = setUpExample();
    expect(errorOf(() => addon.call('deleteItem', { id: 'O-2', withChildren: false }))).toMatch(
      /has 3 item/,
    );
    expect(okrRows(ss)).toHaveLength(12);
    const res = call<MutationResult>(addon, 'deleteItem', { id: 'O-2', withChildren: true });
    expect(res.message).toMatch(/4 item/);
    const r = byId(okrRows(ss));
    expect([...r.keys()]).not.toEqual(expect.arrayContaining(['O-2', 'KR-3', 'KR-4', 'I-3']));
    // O-3 was aligned to KR-3: the alignment is cleared, not left dangling.
    expect(r.get('O-3')!.alignedTo).toBe('');
    expect(
      call<HealthFinding[]>(addon, 'runHealthCheck', {}).filter((f) => f.rule === 'alignMissing'),
    ).toEqual([]);
  });
});

describe('runHealthCheck', () => {
  test('reports every rule with row, message and fix', () => {
    const { ss, addon } = setUpExample();
    add(addon, { type: 'objective', title: 'Lonely', level: 'team', period: '2026-Q1' });
    add(addon, {
      type: 'keyResult',
      parentId: 'O-3',
      title: 'Launch the new website',
      start: 5,
      target: 5,
    });
    const sheet = tab(ss, 'okr');
    const r = byId(okrRows(ss));
    const col = (name: string) =>
      sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.indexOf(name) + 1;
    sheet.getRange(r.get('KR-4')!._row, col('Current')).setValue('lots');
    sheet.getRange(r.get('KR-6')!._row, col('Weight')).setValue(-2);
    sheet.getRange(r.get('KR-3')!._row, col('ID')).setValue('KR-4');
    sheet.getRange(r.get('O-3')!._row, col('Period')).setValue('Q5');
    const findings = call<HealthFinding[]>(addon, 'runHealthCheck', {});
    const rules = new Set(findings.map((f) => f.rule));
    for (const rule of [
      'krCount',
      'notMeasurable',
      'taskLike',
      'noOwner',
      'noTeam',
      'textInNumber',
      'negativeWeight',
      'duplicateId',
      'periodMalformed',
      'stale',
    ]) {
      expect(rules).toContain(rule);
    }
    for (const f of findings) {
      expect(f.row).toBeGreaterThan(1);
      expect(f.message.length).toBeGreaterThan(5);
      expect(f.fix.length).toBeGreaterThan(5);
    }
  });

  test('alignment to a missing ID, in a cycle, or not one level up', () => {
    const { ss, addon } = setUpExample();
    const sheet = tab(ss, 'okr');
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
    const aligned = header.indexOf('Aligned to') + 1;
    const r = byId(okrRows(ss));
    sheet.getRange(r.get('O-1')!._row, aligned).setValue('KR-5'); // O-1 → KR-5 → O-3 → KR-3 → O-2 → KR-1 → O-1
    sheet.getRange(r.get('O-2')!._row, aligned).setValue('KR-99');
    let rules = call<HealthFinding[]>(addon, 'runHealthCheck', {}).map((f) => f.rule);
    expect(rules).toContain('alignMissing');
    sheet.getRange(r.get('O-2')!._row, aligned).setValue('KR-1');
    rules = call<HealthFinding[]>(addon, 'runHealthCheck', {}).map((f) => f.rule);
    expect(rules).toContain('alignCycle');
    sheet.getRange(r.get('O-1')!._row, aligned).setValue('');
    sheet.getRange(r.get('O-3')!._row, aligned).setValue('KR-1'); // personal → company: skips a level
    rules = call<HealthFinding[]>(addon, 'runHealthCheck', {}).map((f) => f.rule);
    expect(rules).toContain('alignLevel');
  });

  test('in Dutch for a Dutch user', () => {
    const { addon } = setUpExample({ locale: 'nl_NL', userLocale: 'nl' });
    const findings = call<HealthFinding[]>(addon, 'runHealthCheck', {});
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((f) => /heeft|hoort|draagt/.test(f.message))).toBe(true);
  });
});

describe('robustness and repair', () => {
  test('renamed tabs, moved and inserted columns, blank rows and sorted rows', () => {
    const { ss, addon } = setUpExample();
    const sheet = tab(ss, 'okr');
    sheet.setName('Our goals');
    tab(ss, 'settings').setName('Knobs');
    sheet.insertColumnBefore(3); // a column of their own, before Title
    sheet.getRange(1, 3).setValue('My column');
    sheet.insertRowsAfter(4, 2); // blank rows in the middle
    // Sort the data rows by title (Z→A) as Sheets does: each row moves with its formulas, whose
    // same-row references follow it; links to other rows keep their offsets (the 'copy'
    // reading), so a roll-up may show ⚠ — never a wrong number — until Repair relinks it.
    sortRows(sheet, descendingBy(sheet, 4), 'copy');
    const s = snapshot(addon);
    expect(s.okrSheetName).toBe('Our goals');
    const progressOf = (id: string) => byId(okrRows(ss)).get(id)!.progress;
    let warned = 0;
    for (const v of s.items) {
      if (v.type === 'initiative') continue;
      const cell = progressOf(v.id);
      if (cell === '⚠' && v.type !== 'keyResult') {
        warned++;
        continue;
      }
      expect(cell === '' ? '' : Number(cell)).toBeCloseTo(v.progress === '' ? NaN : v.progress, 9);
    }
    expect(warned).toBeGreaterThan(0);
    // The health check names the rows to relink; Repair relinks them where they now are.
    const unlinked = call<HealthFinding[]>(addon, 'runHealthCheck', {}).filter(
      (f) => f.rule === 'formulaOverwritten',
    );
    expect(unlinked.length).toBeGreaterThanOrEqual(warned);
    call(addon, 'repairSheet', {});
    for (const v of snapshot(addon).items) {
      if (v.type === 'initiative') continue;
      const cell = progressOf(v.id);
      expect(cell === '' ? '' : Number(cell)).toBeCloseTo(v.progress === '' ? NaN : v.progress, 9);
    }
    const res = call<MutationResult>(addon, 'checkIn', {
      id: 'KR-3',
      value: 500,
      confidence: 'high',
      note: '',
    });
    expect(view(res.snapshot, 'KR-3').progress).toBe(1);
    expect(byId(okrRows(ss)).get('KR-3')!.progress).toBe(1);
    expect(byId(okrRows(ss)).get('KR-3')!.status).toBe('Achieved');
  });

  test('repair rewrites cleared formulas and missing columns without touching values', () => {
    const { ss, addon } = setUpExample();
    const sheet = tab(ss, 'okr');
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
    const progress = header.indexOf('Progress') + 1;
    const before = okrRows(ss);
    sheet.getRange(2, progress, 12, 1).clearContent();
    sheet.deleteColumn(header.indexOf('Grade') + 1);
    expect(byId(okrRows(ss)).get('KR-1')!.progress).toBe('');
    const res = call<MutationResult>(addon, 'repairSheet', {});
    expect(res.message).toMatch(
      /^Repaired: column Grade added at the end; formulas put back on 9 rows\..*no other values changed/,
    );
    const after = okrRows(ss);
    expect(after.map((r) => [r.id, r.title, r.current, r.start, r.target, r.owner])).toEqual(
      before.map((r) => [r.id, r.title, r.current, r.start, r.target, r.owner]),
    );
    expect(byId(after).get('KR-1')!.progress).toBeCloseTo(0.4, 9);
    expect(byId(after).get('KR-1')!.grade).toBe(0.4);
  });

  test('text in a number column is reported, never crashed on', () => {
    const { ss, addon } = setUpExample();
    const sheet = tab(ss, 'okr');
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
    const row = byId(okrRows(ss)).get('KR-1')!._row;
    sheet.getRange(row, header.indexOf('Current') + 1).setValue('about twenty');
    const s = snapshot(addon);
    expect(view(s, 'KR-1').progress).toBe('');
    expect(byId(okrRows(ss)).get('KR-1')!.progress).toBe('⚠');
    const findings = call<HealthFinding[]>(addon, 'runHealthCheck', {});
    expect(findings.find((f) => f.rule === 'textInNumber')).toMatchObject({ id: 'KR-1', row });
  });

  test('actions before set up say what to do', () => {
    const { addon } = fresh();
    expect(errorOf(() => add(addon, { type: 'objective', title: 'x' }))).toMatch(
      /Set up OKR workbook first/,
    );
    expect(call<Snapshot>(addon, 'getSnapshot', {}).ready).toBe(false);
  });

  test('selectItem selects the row; setLanguage switches the messages', () => {
    const { ss, addon } = setUpExample();
    call(addon, 'selectItem', { id: 'KR-3' });
    const active = ss.getActiveRange();
    expect(active?.getRow()).toBe(byId(okrRows(ss)).get('KR-3')!._row);
    const s = call<Snapshot>(addon, 'setLanguage', { lang: 'nl' });
    expect(s.lang).toBe('nl');
    expect(errorOf(() => add(addon, { type: 'objective', title: '' }))).toMatch(/Titel is leeg/);
    expect(errorOf(() => addon.call('setLanguage', { lang: 'fr' }))).toMatch(/niet toegestaan/);
  });
});

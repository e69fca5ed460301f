// An action writes only the cells it changes: a person's own columns in the same row (an
// ARRAYFORMULA that spills down them, a column formatted as Plain text, text someone else just
// typed) are never written back. Sheets breaks a spill that a written cell lands in (#REF!) and
// keeps a leading apostrophe as text in a Plain text cell, and the local runtime does the same.
import { COLUMN_BY_KEY } from '../../src/core/columns';
import type { MutationResult } from '../../src/shared/rpc';
import { byId, call, fresh, measuredCheckIn, okrRows, tab } from './workbook-helpers';

/** The Notes column of a fresh tab (1-based), by its header. */
function notesColumn(sheet: GoogleAppsScript.Spreadsheet.Sheet): number {
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
  return header.indexOf(COLUMN_BY_KEY.notes.header.en) + 1;
}

function setUpExample() {
  const s = fresh();
  call<MutationResult>(s.addon, 'setUp', { example: true });
  return s;
}

/** A person's column right of ours: a header, and an array formula that spills down it. */
function ownColumns(ss: ReturnType<typeof fresh>['ss']) {
  const sheet = tab(ss, 'okr');
  const last = sheet.getLastRow();
  const spillCol = sheet.getLastColumn() + 1;
  const textCol = spillCol + 1;
  sheet.insertColumnsAfter(spillCol - 1, 2);
  sheet.getRange(1, spillCol, 1, 2).setValues([['Title length', 'Remarks']]);
  sheet.getRange(2, spillCol).setFormula(`=ARRAYFORMULA(LEN(C2:C${last}))`);
  sheet.getRange(2, textCol, last - 1, 1).setNumberFormat('@');
  sheet.getRange(2, textCol, last - 1, 1).setValues(Array.from({ length: last - 1 }, () => ['ok']));
  return { sheet, spillCol, textCol, last };
}

describe('an action writes only the cells it changes', () => {
  test("the runtime breaks a person's spill when a value is written into it, as Sheets does", () => {
    const { ss } = setUpExample();
    const { sheet, spillCol } = ownColumns(ss);
    expect(sheet.getRange(3, spillCol).getValue()).toEqual(expect.any(Number));
    sheet.getRange(3, spillCol).setValue(7);
    expect(sheet.getRange(2, spillCol).getValue()).toBe('#REF!');
  });

  test.each([
    ['checkIn', { id: 'KR-1', value: 30, confidence: 'high', note: 'n' }],
    ['updateItem', { id: 'KR-1', changes: { title: 'Longer title than before', target: 70 } }],
    ['updateItem', { id: 'O-1', changes: { level: 'team' } }],
    ['deleteItem', { id: 'KR-3', withChildren: true }],
  ])("%s keeps a person's spill and Plain text cells", (name, arg) => {
    const { ss, addon } = setUpExample();
    const { sheet, spillCol, textCol } = ownColumns(ss);
    call<MutationResult>(addon, name, arg);
    const last = sheet.getLastRow();
    const titles = sheet.getRange(2, 3, last - 1, 1).getValues();
    const lengths = sheet.getRange(2, spillCol, last - 1, 1).getValues();
    expect(lengths).toEqual(titles.map(([t]) => [String(t).length]));
    const text = sheet.getRange(2, textCol, last - 1, 1).getValues();
    expect(text.every(([t]) => t === 'ok')).toBe(true);
  });

  // HyperFormula refuses to move rows through an array's output, so a move is tested on the
  // Plain text column alone.
  test('moveItem keeps Plain text cells and a formula of a person in a moved row', () => {
    const { ss, addon } = setUpExample();
    const sheet = tab(ss, 'okr');
    const last = sheet.getLastRow();
    const col = sheet.getLastColumn() + 1;
    sheet.insertColumnsAfter(col - 1, 1);
    sheet.getRange(2, col, last - 1, 1).setNumberFormat('@');
    sheet.getRange(2, col, last - 1, 1).setValues(Array.from({ length: last - 1 }, () => ['ok']));
    const kr1 = byId(okrRows(ss)).get('KR-1')!._row;
    sheet.getRange(kr1, notesColumn(sheet)).setFormula('="see "&"doc"');
    call<MutationResult>(addon, 'moveItem', { id: 'KR-1', parentId: 'O-2' });
    const text = sheet.getRange(2, col, last - 1, 1).getValues();
    expect(text.every(([t]) => t === 'ok')).toBe(true);
    const moved = byId(okrRows(ss)).get('KR-1')!;
    expect(moved.parentId).toBe('O-2');
    expect(sheet.getRange(moved._row, notesColumn(sheet)).getFormula()).toBe('="see "&"doc"');
  });

  test('a check-in writes Current, Confidence and Last check-in, and no other cell', () => {
    const { ss, addon } = setUpExample();
    const sheet = tab(ss, 'okr');
    const row = byId(okrRows(ss)).get('KR-1')!._row;
    const width = sheet.getLastColumn();
    // A formula of a person's in the Notes column: a check-in is not about it, so it stays.
    sheet.getRange(row, notesColumn(sheet)).setFormula('="see "&"doc"');
    const m = measuredCheckIn(addon, 'KR-1', 30, { confidence: 'high' });
    expect(sheet.getRange(row, notesColumn(sheet)).getFormula()).toBe('="see "&"doc"');
    // No read of the row's formulas; one write per column changed (Current, Confidence, Last
    // check-in: each a RangeList of one cell), and the log's line.
    expect(m.calls['Range.getFormulas'] ?? 0).toBe(0);
    expect(m.calls['RangeList.setValue']).toBe(3);
    expect(m.calls['Range.setValues']).toBe(1);
    expect(width).toBe(sheet.getLastColumn());
  });

  test('titles of every type, written by an edit, keep no apostrophe (no text format relied on)', () => {
    const { ss, addon } = setUpExample();
    for (const id of ['O-1', 'KR-1', 'I-1'])
      call<MutationResult>(addon, 'updateItem', { id, changes: { title: `=${id} edited` } });
    const rows = byId(okrRows(ss));
    for (const id of ['O-1', 'KR-1', 'I-1']) expect(rows.get(id)!.title).toBe(`=${id} edited`);
  });

  test('text into a text-formatted cell (Plain text, or the title indent of earlier versions) shows no apostrophe', () => {
    const { ss, addon } = setUpExample();
    const sheet = tab(ss, 'okr');
    const rows = byId(okrRows(ss));
    const kr1 = rows.get('KR-1')!._row;
    sheet.getRange(kr1, 3).setNumberFormat('"    "@');
    sheet.getRange(2, notesColumn(sheet), sheet.getLastRow() - 1, 1).setNumberFormat('@');
    call<MutationResult>(addon, 'updateItem', {
      id: 'KR-1',
      changes: { title: 'Retitled', notes: '=not a formula' },
    });
    const added = call<MutationResult>(addon, 'addItem', {
      type: 'keyResult',
      parentId: 'O-1',
      title: 'Added below',
      notes: '+31 6 1234',
    });
    const after = byId(okrRows(ss));
    expect(after.get('KR-1')!.title).toBe('Retitled');
    expect(after.get('KR-1')!.notes).toBe('=not a formula');
    expect(after.get(added.id)!.notes).toBe('+31 6 1234');
  });
});

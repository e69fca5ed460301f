// "Structure this sheet" on the built add-on (issue 16): running it again skips the items
// already on the OKR tab unless asked to write them again (menu question and API), percentages
// keep their unit through Sheets' number formats, and a sheet it cannot structure says why.
import { loadCsvAsSheet } from '../../dev/runtime';
import type { StructurePreview, StructureResult } from '../../src/shared/rpc';
import { call, errorOf, fixture, fresh, okrRows } from './workbook-helpers';

function loaded(csv: string, name = 'Loose') {
  const setup = fresh();
  loadCsvAsSheet(setup.ss, name, fixture(csv));
  return setup;
}

test('a second run skips the items already there; only new rows are written', () => {
  const { addon, ss } = loaded('context-en.csv');
  const first = call<StructureResult>(addon, 'structureSheet', { sheetName: 'Loose' });
  expect([first.existing, first.skipped]).toEqual([0, 0]);
  expect(okrRows(ss)).toHaveLength(5);
  const preview = call<StructurePreview>(addon, 'previewStructure', { sheetName: 'Loose' });
  expect(preview.existing).toBe(5);
  const again = call<StructureResult>(addon, 'structureSheet', { sheetName: 'Loose' });
  expect([again.existing, again.skipped]).toEqual([5, 5]);
  expect(again.message).toMatch(/Nothing written: 5 items/);
  expect(okrRows(ss)).toHaveLength(5);
  // A new key result in the source: only it is written, under the objective already there.
  ss.getSheetByName('Loose')!
    .getRange(12, 2, 1, 4)
    .setValues([['Demos per week', 4, 10, 6]]);
  const more = call<StructureResult>(addon, 'structureSheet', { sheetName: 'Loose' });
  expect(more.skipped).toBe(5);
  const rows = okrRows(ss);
  expect(rows).toHaveLength(6);
  const demos = rows.find((r) => r.title === 'Demos per week')!;
  const objective = rows.find((r) => r.title === 'Every demo counts')!;
  expect(demos.parentId).toBe(objective.id);
  // Writing them again is an explicit choice.
  call<StructureResult>(addon, 'structureSheet', { sheetName: 'Loose', duplicates: 'write' });
  expect(okrRows(ss)).toHaveLength(12);
});

test('the menu asks before writing duplicates; No skips them', () => {
  const { addon, ss } = loaded('context-en.csv');
  call<StructureResult>(addon, 'structureSheet', { sheetName: 'Loose' });
  ss.setActiveSheet(ss.getSheetByName('Loose')!);
  addon.ui.answerNext('OK');
  addon.ui.answerNext('NO');
  addon.ui.answerNext('OK');
  addon.call('menuStructureSheet');
  const [preview, question, done] = addon.ui.alerts.map((a) => a.prompt ?? '');
  expect(preview).toMatch(/5 items already on the OKR tab from this sheet/);
  expect(preview).toMatch(/Row 2: "Team: Customer Success": Team Customer Success, taken by 3/);
  expect(question).toMatch(/5 items of this sheet are already on the OKR tab/);
  expect(done).toMatch(/Nothing written/);
  expect(okrRows(ss)).toHaveLength(5);
});

test('percentages stored as numbers keep Unit % through their number format', () => {
  const { addon, ss } = loaded('percent-en.csv');
  call<StructureResult>(addon, 'structureSheet', { sheetName: 'Loose' });
  const churn = okrRows(ss).find((r) => r.title === 'Monthly churn')!;
  expect([churn.start, churn.target, churn.unit]).toEqual([0.03, 0.02, '%']);
  expect(churn.current).toBeCloseTo(0.026, 12);
});

test('a header without rows, or bullets without an objective, is refused with the reason', () => {
  const header = loaded('header-only.csv');
  expect(errorOf(() => header.addon.call('structureSheet', { sheetName: 'Loose' }))).toMatch(
    /The header was found in row 1 but there are no rows below it/,
  );
  const bullets = loaded('bullets-only.csv');
  const message = errorOf(() => bullets.addon.call('structureSheet', { sheetName: 'Loose' }));
  expect(message).toMatch(/Row 1: Initiative "Write the welcome call script" has no key result/);
  expect(message).toMatch(/Rows not placed \(2\)/);
});

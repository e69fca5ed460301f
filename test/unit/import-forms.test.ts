// "Structure this sheet" on sheets as people keep them (issue 16): one small fixture of this
// repository per form (test/fixtures), read as CSV text and as Sheets stores it after import.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { structureLooseSheet, type ImportResult } from '../../src/core/import';
import type { ItemType, OkrItem } from '../../src/core/model';
import { asSheetsValues, parseCsv, sheetsFormats } from '../helpers/csv';
import { cellsNotAccountedFor, outlineProblems } from '../helpers/import-accounting';

function load(name: string, asSheets = false): { rows: unknown[][]; formats?: string[][] } {
  const rows = parseCsv(readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8'));
  return asSheets ? { rows: asSheetsValues(rows), formats: sheetsFormats(rows) } : { rows };
}

function structure(name: string, lang: 'en' | 'nl' = 'en', asSheets = false): ImportResult {
  const { rows, formats } = load(name, asSheets);
  const counters: Record<ItemType, number> = { objective: 0, keyResult: 0, initiative: 0 };
  const result = structureLooseSheet(rows, {
    lang,
    defaultPeriod: '2026-Q4',
    nextId: (type) => `${type}-${++counters[type]}`,
    numberFormats: formats,
  });
  expect(cellsNotAccountedFor(rows, result)).toEqual([]);
  expect(outlineProblems(result.items)).toEqual([]);
  return result;
}

const byTitle = (result: ImportResult, title: string): OkrItem => {
  const item = result.items.find((i) => i.title === title);
  if (!item) throw new Error(`no item titled "${title}"`);
  return item;
};

describe.each([false, true])('as Sheets stores it: %s', (asSheets) => {
  test('checkboxes-en.csv: the box is the initiative state and leaves the title', () => {
    const result = structure('checkboxes-en.csv', 'en', asSheets);
    expect([result.objectives, result.keyResults, result.initiatives]).toEqual([1, 2, 9]);
    const initiatives = result.items.filter((i) => i.type === 'initiative');
    expect(initiatives.map((i) => [i.title, i.current])).toEqual([
      ['Write the welcome call script', true],
      ['In-app tour', false],
      ['Onboarding checklist email', true],
      ['Video walkthrough', true],
      ['Help-center landing page', false],
      ['Sample data in new accounts', true],
      ['Reminder after 3 days', true],
      ['Tour for the billing screen', true],
      ['Tour for the reports screen', false],
    ]);
    expect(initiatives.every((i) => i.notes === '')).toBe(true);
    expect(result.unplaced).toEqual([]);
  });

  test('checkboxes-nl.csv: Dutch [v] is done', () => {
    const result = structure('checkboxes-nl.csv', 'nl', asSheets);
    expect(result.items.map((i) => [i.type, i.title, i.current])).toEqual([
      ['objective', 'Klanten kunnen zelf starten', ''],
      ['keyResult', '30 klanten zonder belletje gestart', ''],
      ['initiative', 'Welkomstmail herschreven', true],
      ['initiative', 'Rondleiding in de app', false],
    ]);
  });

  test('context-en.csv: title and section lines give team, owner and period, and say so', () => {
    const result = structure('context-en.csv', 'en', asSheets);
    expect(result.items.map((i) => [i.title, i.level, i.team, i.owner, i.period])).toEqual([
      ['Customers get going without a call', 'team', 'Customer Success', 'Iris', '2026-Q2'],
      ['Activation within 7 days', 'team', 'Customer Success', 'Iris', '2026-Q2'],
      ['Tickets per new customer', 'team', 'Customer Success', 'Iris', '2026-Q2'],
      ['Every demo counts', 'team', 'Sales', 'Iris', '2026-Q2'],
      ['Demo-to-trial rate', 'team', 'Sales', 'Iris', '2026-Q2'],
    ]);
    expect(result.context).toEqual([
      { row: 1, message: '"Team OKRs: Q2 2026": Period 2026-Q2, taken by 5 items below it' },
      {
        row: 2,
        message: '"Team: Customer Success": Team Customer Success, taken by 3 items below it',
      },
      { row: 3, message: '"Owner: Iris": Owner Iris, taken by 5 items below it' },
      { row: 9, message: '"Team: Sales": Team Sales, taken by 2 items below it' },
    ]);
    expect(result.warnings).toEqual([]);
    expect(byTitle(result, 'Demo-to-trial rate').unit).toBe('%');
  });

  test('context-nl.csv: Kwartaal, Afdeling, Level and a Year section', () => {
    const result = structure('context-nl.csv', 'nl', asSheets);
    expect(result.items.map((i) => [i.title, i.level, i.team, i.owner, i.period])).toEqual([
      ['Sneller antwoord', 'personal', 'Support', 'Iris', '2026-Q3'],
      ['Eerste reactie binnen 4 uur', 'personal', 'Support', '', '2026-Q3'],
      ['Minder tickets', 'personal', 'Support', 'Iris', '2027'],
      ['Tickets per klant omlaag', 'personal', 'Support', 'Bram', '2027'],
    ]);
    expect(result.context.map((c) => c.row)).toEqual([1, 2, 3, 7]);
    expect(result.warnings).toEqual([]);
  });

  test('headings-en.csv: headings are structure; a free-text line is a listed note', () => {
    const result = structure('headings-en.csv', 'en', asSheets);
    expect(result.items.map((i) => [i.type, i.title])).toEqual([
      ['objective', 'Customers get going without a call'],
      ['keyResult', 'Activation within 7 days from 40% to 60%'],
      ['keyResult', '20 customers onboarded by the tour'],
      ['initiative', 'Write the welcome call script'],
      ['initiative', 'In-app tour'],
      ['objective', 'Support that scales'],
      ['keyResult', 'Tickets per new customer from 3 to 1'],
      ['initiative', 'Help-center landing page'],
    ]);
    expect(result.items.some((i) => /Initiatives:|Key results/.test(i.notes))).toBe(false);
    expect(result.context.map((c) => c.row)).toEqual([2, 5, 10, 12]);
    expect(result.warnings).toContainEqual({
      row: 5,
      message:
        'The initiatives under "Initiatives:" belong to objective "Customers get going without a call", which has several key results; placed under "20 customers onboarded by the tour": move them if they belong to another',
    });
    expect(result.notes).toEqual([
      { row: 8, title: 'In-app tour', text: 'Discuss at the offsite in June' },
    ]);
    expect(result.unplaced).toEqual([]);
  });

  test('owners-en.csv: a blank owner is never filled from the row above', () => {
    const result = structure('owners-en.csv', 'en', asSheets);
    expect(result.items.map((i) => [i.title, i.owner])).toEqual([
      ['Customers get going without a call', 'Iris'],
      ['Activation within 7 days', 'Iris'],
      ['Write the welcome call script', 'Iris'],
      ['In-app tour', ''],
      ['Tickets per new customer', 'Bram'],
      ['Help-center landing page', ''],
    ]);
  });

  test('percent-en.csv: percentages get Unit %; a % only in the title is not guessed', () => {
    const result = structure('percent-en.csv', 'en', asSheets);
    const churn = byTitle(result, 'Monthly churn');
    expect([churn.start, churn.target, churn.current, churn.unit]).toEqual([
      0.03,
      0.02,
      0.026,
      '%',
    ]);
    expect(byTitle(result, 'Churn of new customers from 5% to 3%').unit).toBe('');
    expect(byTitle(result, 'Support tickets per customer').unit).toBe('');
    expect(result.warnings).toContainEqual({
      row: 3,
      message:
        'Key result "Churn of new customers from 5% to 3%" names a percentage, but its values (0.05 / 0.03 / 0.04) are plain numbers; Unit left blank: set it to % if they are percentages',
    });
  });

  test('header-only.csv: says the header has no rows below it', () => {
    const result = structure('header-only.csv', 'en', asSheets);
    expect(result.items).toEqual([]);
    expect(result.warnings).toEqual([
      {
        row: 0,
        message:
          'The header was found in row 1 but there are no rows below it: add your objectives and key results below the header',
      },
    ]);
  });

  test('bullets-only.csv: says which rows it could not place and why', () => {
    const result = structure('bullets-only.csv', 'en', asSheets);
    expect(result.items).toEqual([]);
    expect(result.unplaced.map((u) => u.row)).toEqual([1, 2]);
    expect(result.warnings.slice(1)).toEqual([
      {
        row: 1,
        message:
          'Initiative "Write the welcome call script" has no key result above it; listed as unplaced',
      },
      {
        row: 2,
        message: 'Initiative "In-app tour" has no key result above it; listed as unplaced',
      },
    ]);
  });
});

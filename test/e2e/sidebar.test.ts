// The sidebar in a real headless Chromium, with google.script.run wired (through the shim in
// dev/gas-shim) to the BUILT dist/Code.js running on the local Apps Script runtime. What the
// sidebar does is checked in the spreadsheet itself. Each view is screenshotted to
// test-results/screenshots/ for review and checked with axe-core.
import type { Browser, Locator, Page } from 'playwright-core';
import type { Snapshot, SnapshotWire } from '../../src/shared/rpc';
import { STATUS_COLORS } from '../../src/core/palette';
import type { StatusCode } from '../../src/core/vocabulary';
import { receive } from '../../src/shared/snapshot-wire';
import fs from 'node:fs';
import path from 'node:path';
import { loadCsvAsSheet } from '../../dev/runtime';
import {
  SIDEBAR_HTML,
  launchBrowser,
  openSidebar,
  screenshot,
  seriousA11yViolations,
} from './browser';
import { startAddon, type Addon } from './addon';

jest.setTimeout(120_000);

const XSS = '<img src=x onerror=alert(1)>';

let browser: Browser;
let addon: Addon;
let page: Page;
let dialogs: string[];
let pageErrors: string[];
let requests: string[];
const calls: string[] = [];
/** Lets a test slow down or fail the next call of one server function. */
const faults: { name: string; delayMs?: number; error?: string }[] = [];

/** The snapshot as the sidebar gets it (every row's numbers worked out, as the client does). */
function snapshot(): Snapshot {
  return receive(addon.call('getSnapshot', {}) as SnapshotWire);
}

/** The OKR tab as Sheets would show it: a row per item, by header name. */
function sheetRow(id: string): Record<string, unknown> {
  const snap = snapshot();
  const item = snap.items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  const sheet = addon.spreadsheet.getSheetByName(snap.okrSheetName);
  if (!sheet) throw new Error(`no sheet ${snap.okrSheetName}`);
  const values = sheet.getDataRange().getValues();
  const display = sheet.getDataRange().getDisplayValues();
  const headerRow = values.findIndex((r) => r.some((c) => String(c).trim() === 'ID'));
  const headers = (values[headerRow] ?? []).map((h) => String(h).trim());
  const out: Record<string, unknown> = {};
  headers.forEach((h, c) => {
    out[h] = values[item.row - 1]?.[c];
    out[`${h} (shown)`] = display[item.row - 1]?.[c];
  });
  return out;
}

function column(row: Record<string, unknown>, pattern: RegExp): unknown {
  const key = Object.keys(row).find((k) => pattern.test(k) && !k.endsWith('(shown)'));
  if (!key) throw new Error(`no column ${pattern} in ${Object.keys(row).join(', ')}`);
  return row[key];
}

async function checkView(name: string) {
  await screenshot(page, name);
  const violations = await seriousA11yViolations(page);
  expect(
    violations.map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target).join(' ')}`),
  ).toEqual([]);
}

async function textOf(locator: Locator): Promise<string> {
  await locator.first().waitFor();
  return (await locator.first().textContent()) ?? '';
}

async function idle() {
  await page.waitForFunction(() => document.querySelector('main[aria-busy="true"]') === null);
}

async function tab(name: RegExp) {
  await page.getByRole('navigation').getByRole('button', { name }).click();
  await idle();
}

beforeAll(async () => {
  browser = await launchBrowser();
  addon = await startAddon({ locale: 'en_US', today: '2026-02-16' });
  // The HTML the add-on itself shows from its menu, as Sheets would load it.
  addon.call('showSidebar', undefined);
  const shown = addon.runtime.ui.sidebars.at(-1);
  expect(shown?.html).toContain('id="app"');
  ({ page, dialogs, pageErrors, requests } = await openSidebar(
    browser,
    async (name, arg) => {
      calls.push(name);
      const i = faults.findIndex((f) => f.name === name);
      if (i >= 0) {
        const [fault] = faults.splice(i, 1);
        if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
        if (fault?.error) throw new Error(fault.error);
      }
      return addon.call(name, arg);
    },
    { html: shown?.html },
  ));
});

afterAll(async () => {
  await browser?.close();
});

afterEach(() => {
  if (!page) return;
  expect(pageErrors).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(requests).toEqual([]);
});

test('dist/sidebar.html is one self-contained file under 150 KB', () => {
  const html = fs.readFileSync(SIDEBAR_HTML, 'utf8');
  expect(html.length).toBeLessThan(150 * 1024);
  expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=["']?(https?:)?\/\//i);
  expect(html).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//i);
  expect(html).not.toContain('<!-- inline:');
});

test('the first screen needs one server call and offers to set up', async () => {
  await page.getByRole('button', { name: 'Set up' }).waitFor();
  expect(calls).toEqual(['getSnapshot']);
  await checkView('01-set-up');
  await page.getByLabel('Fill it with an example at three levels').uncheck();
  await page.getByRole('button', { name: 'Set up' }).click();
  await page.getByRole('navigation').waitFor();
  expect(snapshot().ready).toBe(true);
  await checkView('02-overview-empty');
});

test('adds an objective with two key results and an initiative; the rows are in the sheet', async () => {
  await page.getByRole('button', { name: 'Add objective' }).click();
  expect(await page.getByLabel('Type').inputValue()).toBe('objective');
  await page.getByLabel('Title').fill('At least 100 paying customers');
  await page.getByLabel('Owner').fill('Anna');
  await page.getByLabel('Notes').fill('Board asked for this in the kick-off');
  await checkView('03-add-objective');
  await page.locator('main').getByRole('button', { name: 'Add', exact: true }).click();
  await idle();

  // After an objective the form continues with its key results.
  expect(await page.getByLabel('Type').inputValue()).toBe('keyResult');
  const objective = snapshot().items.find((i) => i.title === 'At least 100 paying customers');
  expect(objective).toMatchObject({ type: 'objective', level: 'company', owner: 'Anna' });
  expect(await page.getByLabel('Objective').inputValue()).toBe(objective!.id);

  // The notes field starts empty for the next item.
  expect(await page.getByLabel('Notes').inputValue()).toBe('');
  await page.getByLabel('Title').fill('30 paying customers via the campaign');
  await page.getByLabel('Start').fill('0');
  await page.getByLabel('Target').fill('30');
  await page.getByLabel('Unit').fill('customers');
  await checkView('04-add-key-result');
  await page.locator('main').getByRole('button', { name: 'Add', exact: true }).click();
  await idle();
  await page.getByLabel('Title').fill('Churn down to 1.8%');
  await page.getByLabel('Start').fill('2.5');
  await page.getByLabel('Target').fill('1.8');
  await page.locator('main').getByRole('button', { name: 'Add', exact: true }).click();
  await idle();

  const kr1 = snapshot().items.find((i) => i.title === '30 paying customers via the campaign')!;
  await page.getByLabel('Type').selectOption('initiative');
  await page.getByLabel('Key result', { exact: true }).selectOption(kr1.id);
  await page.getByLabel('Title').fill('Post about our products every month');
  await page.getByLabel('Done').check();
  await page.locator('main').getByRole('button', { name: 'Add', exact: true }).click();
  await idle();

  const items = snapshot().items;
  const krs = items.filter((i) => i.parentId === objective!.id);
  expect(krs.map((k) => k.title)).toEqual([
    '30 paying customers via the campaign',
    'Churn down to 1.8%',
  ]);
  const initiative = items.find((i) => i.parentId === kr1.id)!;
  expect(initiative.title).toBe('Post about our products every month');
  expect(initiative.current).toBe(true);

  // The rows are really in the sheet, under the right parents.
  expect(column(sheetRow(objective!.id), /^Title$/)).toBe('At least 100 paying customers');
  expect(column(sheetRow(objective!.id), /^Notes$/)).toBe('Board asked for this in the kick-off');
  expect(column(sheetRow(kr1.id), /^Notes$/)).toBe('');
  expect(column(sheetRow(kr1.id), /^Target$/)).toBe(30);
  expect(column(sheetRow(initiative.id), /^Title$/)).toBe('Post about our products every month');

  await tab(/Overview/);
  expect(await textOf(page.locator(`[data-id="${kr1.id}"]`))).toContain('30 paying customers');
  await page.locator(`[data-id="${initiative.id}"]`).waitFor();
});

test('checks in: progress changes in the sheet and in the sidebar', async () => {
  const kr = snapshot().items.find((i) => i.title === '30 paying customers via the campaign')!;
  expect(kr.progress).toBe('');
  await page.getByRole('button', { name: `Check in on ${kr.title}` }).click();
  await idle();
  expect(await page.getByLabel('Key result', { exact: true }).inputValue()).toBe(kr.id);
  await page.getByLabel(/Current value/).fill('12');
  await page.getByLabel('Confidence').selectOption('high');
  await page.getByLabel('Note').fill('Campaign started late');
  await page.locator('main').getByRole('button', { name: 'Check in', exact: true }).click();
  await idle();
  expect(await textOf(page.locator('.history li').first())).toContain('Campaign started late');
  await checkView('05-check-in');

  const after = snapshot().items.find((i) => i.id === kr.id)!;
  expect(after.progress).toBeCloseTo(0.4);
  const row = sheetRow(kr.id);
  expect(column(row, /^(Current|Actual|Value)$/)).toBe(12);
  expect(Number(column(row, /^Progress$/))).toBeCloseTo(0.4);

  await tab(/Overview/);
  expect(await textOf(page.locator(`[data-id="${kr.id}"] .progress-text`))).toContain('40%');
  // The status shows in the palette's colours, as in the sheet and the summary.
  const status = after.status as StatusCode;
  const rgb = (hex: string) =>
    `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  const style = (selector: string, property: string) =>
    page
      .locator(`[data-id="${kr.id}"] ${selector}`)
      .first()
      .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
  expect(await style('.chip', 'background-color')).toBe(rgb(STATUS_COLORS[status].fill));
  expect(await style('.chip', 'color')).toBe(rgb(STATUS_COLORS[status].ink));
  expect(await style('.progress-fill', 'background-color')).toBe(rgb(STATUS_COLORS[status].strong));
  await checkView('06-overview');
});

test('edits a key result; the sheet follows', async () => {
  const kr = snapshot().items.find((i) => i.title === 'Churn down to 1.8%')!;
  await page.getByRole('button', { name: `Edit ${kr.title}` }).click();
  await idle();
  expect(await page.getByLabel('Target').inputValue()).toBe('1.8');
  await page.getByLabel('Title').fill('Churn down to 1.5%');
  await page.getByLabel('Target').fill('1.5');
  await checkView('06b-edit-key-result');
  await page.locator('main').getByRole('button', { name: 'Save' }).click();
  await idle();
  await page.getByRole('button', { name: 'Add objective' }).waitFor();
  const row = sheetRow(kr.id);
  expect(column(row, /^Title$/)).toBe('Churn down to 1.5%');
  expect(column(row, /^Target$/)).toBe(1.5);
  expect(await textOf(page.locator(`[data-id="${kr.id}"] .item-title`))).toContain('1.5%');
});

test('the alignment picker offers only items one level up in the same or enclosing period', async () => {
  await tab(/Add/);
  await page.getByLabel('Level').selectOption('team');
  await page.getByLabel('Team', { exact: true }).fill('Sales');
  await page.getByLabel('Title').fill('A sales pipeline that fills itself');
  const picker = page.getByLabel('Aligned to (optional)');
  const offered = await picker
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  const company = snapshot().items.filter(
    (i) =>
      i.level === 'company' && i.type !== 'initiative' && ['2026-Q1', '2026'].includes(i.period),
  );
  expect(offered.sort()).toEqual(company.map((i) => i.id).sort());
  const kr1 = snapshot().items.find((i) => i.title === '30 paying customers via the campaign')!;
  await picker.selectOption(kr1.id);
  await checkView('06c-add-team-objective');
  await page.locator('main').getByRole('button', { name: 'Add', exact: true }).click();
  await idle();
  const team = snapshot().items.find((i) => i.title === 'A sales pipeline that fills itself')!;
  expect(team).toMatchObject({ level: 'team', team: 'Sales', alignedTo: kr1.id });
  expect(column(sheetRow(team.id), /^Title$/)).toBe('A sales pipeline that fills itself');

  // A personal objective may align to that team objective, never straight to the company.
  await page.getByLabel('Type').selectOption('objective');
  await page.getByLabel('Level').selectOption('personal');
  const personal = await picker
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(personal).toEqual([team.id]);
});

test('a title with markup shows as text and runs nothing', async () => {
  await tab(/Add/);
  await page.getByLabel('Title').fill(XSS);
  await page.locator('main').getByRole('button', { name: 'Add', exact: true }).click();
  await idle();
  await tab(/Overview/);
  const item = snapshot().items.find((i) => i.title === XSS)!;
  expect(await textOf(page.locator(`[data-id="${item.id}"] .item-title`))).toContain(XSS);
  expect(await page.locator('img').count()).toBe(0);
  await page.waitForTimeout(200);
  expect(dialogs).toEqual([]);
});

test('a health finding selects its row', async () => {
  await tab(/Health/);
  await page.getByRole('button', { name: 'Run health check' }).click();
  await idle();
  const xss = snapshot().items.find((i) => i.title === XSS)!;
  const finding = page.locator('.finding').filter({ hasText: xss.id }).first();
  await finding.waitFor();
  await checkView('07-health');
  await finding.getByRole('button', { name: /Go to row/ }).click();
  await idle();
  const active = addon.activeRange();
  expect(active?.row).toBe(xss.row);
});

test("the overview's Alignment map button opens the map beside the sheet", async () => {
  await tab(/Overview/);
  const before = addon.runtime.ui.dialogs.filter((d) => d.kind === 'modeless').length;
  await page.getByRole('button', { name: 'Alignment map' }).click();
  await idle();
  const maps = addon.runtime.ui.dialogs.filter((d) => d.kind === 'modeless');
  expect(maps).toHaveLength(before + 1);
  expect(maps.at(-1)).toMatchObject({ title: 'Alignment map', width: 960 });
});

test('deletes an item only after confirming', async () => {
  await tab(/Overview/);
  const initiative = snapshot().items.find((i) => i.type === 'initiative')!;
  const rows = addon.spreadsheet.getSheetByName(snapshot().okrSheetName)!.getLastRow();
  await page.getByRole('button', { name: `Edit ${initiative.title}` }).click();
  await idle();
  await page.locator('main').getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('group', { name: `Delete “${initiative.title}”?` });
  await confirm.waitFor();
  await checkView('07b-delete-confirm');
  expect(snapshot().items.some((i) => i.id === initiative.id)).toBe(true);
  await confirm.getByRole('button', { name: 'Yes, delete' }).click();
  await idle();
  expect(snapshot().items.some((i) => i.id === initiative.id)).toBe(false);
  expect(addon.spreadsheet.getSheetByName(snapshot().okrSheetName)!.getLastRow()).toBe(rows - 1);
  expect(await page.locator(`[data-id="${initiative.id}"]`).count()).toBe(0);
});

test('the period pickers offer the next quarter; an objective planned for it lands in the sheet', async () => {
  // Today is 2026-02-16: the next quarter is 2026-Q2, before anything is planned in it.
  expect(snapshot().items.some((i) => i.period === '2026-Q2')).toBe(false);
  expect(snapshot().periods).toContain('2026-Q2');
  const offered = (select: string) =>
    page
      .locator(`${select} option`)
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  await tab(/Overview/);
  expect(await offered('#f-period')).toEqual(['2026', '2026-Q1', '2026-Q2']);
  await tab(/Period/);
  expect(await offered('#pa-period')).toEqual(['2026', '2026-Q1', '2026-Q2']);
  await tab(/Add/);
  // The Add form plans further: the current and next four quarters, this year and the next.
  expect(await offered('#fld-period')).toEqual([
    '2026',
    '2026-Q1',
    '2026-Q2',
    '2026-Q3',
    '2026-Q4',
    '2027',
    '2027-Q1',
  ]);
  expect(await page.locator('#fld-period').inputValue()).toBe('2026-Q1');
  await page.getByLabel('Title').fill('Ready for the summer season');
  await page.locator('#fld-period').selectOption('2026-Q2');
  await page.locator('main').getByRole('button', { name: 'Add', exact: true }).click();
  await idle();
  const planned = snapshot().items.find((i) => i.title === 'Ready for the summer season')!;
  expect(planned).toMatchObject({ type: 'objective', period: '2026-Q2' });
  expect(column(sheetRow(planned.id), /^Period$/)).toBe('2026-Q2');
});

test('period actions: summary and next quarter, or a clear "not available"', async () => {
  await tab(/Period/);
  await page.getByRole('button', { name: 'Build summary' }).click();
  await idle();
  await page.getByRole('button', { name: 'Choose what continues' }).click();
  await idle();
  await checkView('08-period');
});

test('buttons are disabled while a call runs; a failure says what happened and what to do', async () => {
  await tab(/Overview/);
  const kr = snapshot().items.find((i) => i.type === 'keyResult')!;
  faults.push({ name: 'selectItem', delayMs: 800 });
  await page.locator(`[data-id="${kr.id}"] .item-title`).click();
  await page.locator('main[aria-busy="true"]').waitFor();
  expect(await page.getByRole('button', { name: 'Add objective' }).isDisabled()).toBe(true);
  expect(await page.locator(`[data-id="${kr.id}"] .item-title`).isDisabled()).toBe(true);
  await idle();
  expect(addon.activeRange()?.row).toBe(kr.row);
  expect(await page.getByRole('button', { name: 'Add objective' }).isDisabled()).toBe(false);

  faults.push({ name: 'selectItem', error: 'The OKR tab was deleted.' });
  await page.locator(`[data-id="${kr.id}"] .item-title`).click();
  const alert = page.getByRole('alert');
  expect(await textOf(alert)).toContain('The OKR tab was deleted.');
  expect(await alert.textContent()).toContain('try again');
  await checkView('09-error');
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  expect(await page.getByRole('alert').count()).toBe(0);
});

test('works from the keyboard with a visible focus', async () => {
  await page.getByRole('navigation').getByRole('button', { name: 'Health check' }).focus();
  await page.keyboard.press('Enter');
  await idle();
  // The focus moves to the new view's heading.
  await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Health check');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return { text: el.textContent, ring: getComputedStyle(el).boxShadow };
  });
  expect(focused.text).toBe('Run health check');
  expect(focused.ring).not.toBe('none');
  await page.keyboard.press('Enter');
  await idle();
  await page.locator('.finding').first().waitFor();
});

test('each field of the Add form is checked as it is typed; a new error clears the last confirmation', async () => {
  await tab(/Add/);
  await page.getByLabel('Title').fill('Checked as typed');
  await page.getByLabel('Owner').fill('Anna');
  await page.locator('main').getByRole('button', { name: 'Add', exact: true }).click();
  await idle();
  const notice = page.locator('.notice[role="status"]');
  expect(await notice.textContent()).not.toBe('');
  // The form goes on with a key result: a unit of 25 characters is named at once, next to
  // the field, before any Submit; the confirmation of the objective goes.
  await page.getByLabel('Unit').fill('customers who came back!!');
  const error = page.locator('#fld-unit-error');
  expect(await textOf(error)).toBe('At most 20 characters; this is 25. Shorten it.');
  expect(await page.getByLabel('Unit').getAttribute('aria-invalid')).toBe('true');
  expect(await page.getByLabel('Unit').getAttribute('aria-describedby')).toBe('fld-unit-error');
  // The confirmation goes with the render that shows the error (an effect: wait for it).
  await page.waitForFunction(() => document.querySelector('.notice')?.textContent === '');
  expect(await notice.textContent()).toBe('');
  await page.getByLabel('Start').fill('abc');
  expect(await textOf(page.locator('#fld-start-error'))).toBe('Enter a number, for example 1.5.');
  await checkView('06-add-typed-errors');
  // Corrected, the messages go.
  await page.getByLabel('Unit').fill('customers');
  await page.getByLabel('Start').fill('0');
  await page.locator('#fld-unit-error').waitFor({ state: 'detached' });
  expect(await page.locator('.field-error').count()).toBe(0);
});

test('switches to Dutch', async () => {
  await tab(/Overview/);
  await page.getByLabel('Language').selectOption('nl');
  await page.getByRole('button', { name: 'Overzicht' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
  expect(snapshot().lang).toBe('nl');
  expect(await page.locator('#f-period option:checked').textContent()).toBe('2026-K1');
  await page.getByRole('button', { name: 'Doelstelling toevoegen' }).waitFor();
  await checkView('10-overview-nl');
  await tab(/Inchecken/);
  await checkView('11-check-in-nl');
});

test('starts the next quarter with the items people tick', async () => {
  await tab(/Periode/);
  await page.getByRole('button', { name: 'Kies wat doorloopt' }).click();
  await idle();
  const candidates = page.locator('.candidate input[type="checkbox"]');
  expect(await candidates.count()).toBeGreaterThan(0);
  const xss = snapshot().items.find((i) => i.title === XSS)!;
  await page.getByLabel(new RegExp(`^${xss.id}`)).uncheck();
  await checkView('12-period-nl');
  await page.getByRole('button', { name: 'Volgend kwartaal starten' }).click();
  await idle();
  const items = snapshot().items;
  const next = items.filter((i) => i.period === '2026-Q2');
  expect(next.length).toBeGreaterThan(0);
  expect(next.some((i) => i.title === XSS)).toBe(false);
  expect(next.some((i) => i.title === 'At least 100 paying customers')).toBe(true);
});

describe('a period with many objectives', () => {
  let big: Addon;
  let bigPage: Page;
  let bigErrors: string[];

  beforeAll(async () => {
    big = await startAddon({ locale: 'en_US', today: '2026-02-16' });
    big.call('setUp', { example: false });
    for (let i = 1; i <= 60; i++) {
      big.call('addItem', {
        type: 'objective',
        title: `Objective number ${i}`,
        level: 'team',
        team: 'Scale',
        period: '2026-Q1',
      });
    }
    ({ page: bigPage, pageErrors: bigErrors } = await openSidebar(browser, (name, arg) =>
      big.call(name, arg),
    ));
  });

  // The page stays open until the browser closes: with the single-process Chromium of
  // @sparticuz/chromium, closing a page can take the browser down for the blocks after it.

  test('the overview shows the first 25 objectives of a team and the rest on request', async () => {
    // The sidebar opens on My check-ins; the overview is the next tab.
    await bigPage.getByRole('navigation').getByRole('button', { name: 'Overview' }).click();
    await bigPage.getByRole('heading', { name: 'Scale' }).waitFor();
    const objectives = bigPage.locator('li.objective');
    expect(await objectives.count()).toBe(25);
    expect(await bigPage.locator('li.objective .item-title').first().textContent()).toContain(
      'Objective number 1',
    );
    await bigPage.getByRole('button', { name: 'Show 35 more objectives (35 not shown)' }).click();
    expect(await objectives.count()).toBe(60);
    expect(await bigPage.getByRole('button', { name: /more objectives/ }).count()).toBe(0);
    expect(await seriousA11yViolations(bigPage)).toEqual([]);
    expect(bigErrors).toEqual([]);
  });
});

describe('structuring a loose sheet from the sidebar', () => {
  let loose: Addon;
  let loosePage: Page;
  let looseErrors: string[];

  beforeAll(async () => {
    loose = await startAddon({ locale: 'en_US', today: '2026-02-16' });
    const sheet = loadCsvAsSheet(
      loose.spreadsheet,
      'My OKRs',
      fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'messy-en.csv'), 'utf8'),
    );
    loose.spreadsheet.setActiveSheet(sheet);
    ({ page: loosePage, pageErrors: looseErrors } = await openSidebar(browser, (name, arg) =>
      loose.call(name, arg),
    ));
  });

  test('checks the open tab, shows what it read, warns and lists what it cannot place, then writes', async () => {
    const source = loose.spreadsheet.getSheetByName('My OKRs')!;
    const before = JSON.stringify(source.getDataRange().getValues());
    await loosePage.getByRole('button', { name: 'Check the open tab' }).click();
    await loosePage.getByText('"My OKRs": 3 objectives, 7 key results, 0 initiatives.').waitFor();
    const text = await textOf(loosePage.locator('.structure-preview'));
    expect(text).toContain(
      'Columns read: Objective, Key result, Owner, Team, Baseline, Goal, Actual',
    );
    expect(text).toContain('Into Notes: Notes, Column I');
    expect(text).toContain('Row 11: Actual "abc" is not a number');
    expect(text).toContain('Row 15: Notes: targets agreed on 12 January');
    await screenshot(loosePage, '00-structure-preview');
    expect(await seriousA11yViolations(loosePage)).toEqual([]);
    await loosePage.getByRole('button', { name: 'Write the OKR tab' }).click();
    await loosePage.getByRole('navigation').waitFor();
    const snap = loose.call('getSnapshot', {}) as SnapshotWire;
    expect(snap.ready).toBe(true);
    expect(snap.items.filter((i) => i.type === 'objective')).toHaveLength(3);
    expect(JSON.stringify(source.getDataRange().getValues())).toBe(before);
    expect(looseErrors).toEqual([]);
  });
});

describe('a Dutch spreadsheet with the example', () => {
  let nl: Addon;
  let nlPage: Page;
  let nlErrors: string[];
  let nlRequests: string[];

  beforeAll(async () => {
    nl = await startAddon({ locale: 'nl_NL', today: '2026-02-16', userLocale: 'nl' });
    nl.call('setUp', { example: true });
    ({
      page: nlPage,
      pageErrors: nlErrors,
      requests: nlRequests,
    } = await openSidebar(browser, (name, arg) => nl.call(name, arg)));
  });

  afterAll(async () => {
    await nlPage?.close();
  });

  test('shows the three levels in Dutch and reads numbers the Dutch way', async () => {
    // The sidebar opens on Mijn check-ins; the overview is the next tab.
    await nlPage.getByRole('navigation').getByRole('button', { name: 'Overzicht' }).click();
    await nlPage.getByRole('heading', { name: 'Bedrijf' }).waitFor();
    expect(await nlPage.evaluate(() => document.documentElement.lang)).toBe('nl');
    const levels = await nlPage.locator('.level-title').allTextContents();
    expect(levels).toEqual(['Bedrijf', 'Team', 'Persoonlijk']);
    await screenshot(nlPage, '13-example-overview-nl');
    expect(await seriousA11yViolations(nlPage)).toEqual([]);

    const snap = nl.call('getSnapshot', {}) as SnapshotWire;
    const kr = snap.items.find(
      (i) => i.type === 'keyResult' && !i.closed && (i.kind === '' || i.kind === 'increase'),
    )!;
    await nlPage.getByRole('button', { name: `Inchecken voor ${kr.title}` }).click();
    await nlPage.waitForFunction(() => document.querySelector('main[aria-busy="true"]') === null);
    await nlPage.getByLabel(/Huidige waarde/).fill('12,5');
    await nlPage.locator('main').getByRole('button', { name: 'Inchecken', exact: true }).click();
    await nlPage.locator('.history li').first().waitFor();
    await screenshot(nlPage, '14-example-check-in-nl');
    const after = (nl.call('getSnapshot', {}) as SnapshotWire).items.find((i) => i.id === kr.id)!;
    expect(after.current).toBe(12.5);
    expect(nlErrors).toEqual([]);
    expect(nlRequests).toEqual([]);
  });

  test('the Add form in Dutch: quarters ahead in the period list, each field checked as it is typed', async () => {
    await nlPage.getByRole('navigation').getByRole('button', { name: /Nieuw/ }).click();
    await nlPage.waitForFunction(() => document.querySelector('main[aria-busy="true"]') === null);
    const periods = await nlPage
      .locator('#fld-period option')
      .evaluateAll((os) => os.map((o) => o.textContent ?? ''));
    expect(periods).toEqual([
      '2026',
      '2026-K1',
      '2026-K2',
      '2026-K3',
      '2026-K4',
      '2027',
      '2027-K1',
    ]);
    await nlPage.getByLabel('Titel').fill('Gecontroleerd tijdens het typen');
    await nlPage.getByLabel('Eigenaar').fill('Anna');
    await nlPage.locator('main').getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await nlPage.waitForFunction(() => document.querySelector('main[aria-busy="true"]') === null);
    const notice = nlPage.locator('.notice[role="status"]');
    expect(await notice.textContent()).not.toBe('');
    await nlPage.getByLabel('Eenheid').fill('klanten die terugkwamen!!');
    const error = nlPage.locator('#fld-unit-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Hoogstens 20 tekens; dit zijn er 25. Maak het korter.');
    await nlPage.waitForFunction(() => document.querySelector('.notice')?.textContent === '');
    expect(await notice.textContent()).toBe('');
    await screenshot(nlPage, '15-add-typed-errors-nl');
    expect(await seriousA11yViolations(nlPage)).toEqual([]);
    expect(nlErrors).toEqual([]);
    expect(nlRequests).toEqual([]);
  });
});

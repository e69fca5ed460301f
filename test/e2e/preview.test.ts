// The local preview (npm start) end to end in a real headless Chromium: the server is started
// as `npm start` starts it (node dev/preview/server.mjs, on a free port) on an empty workbook;
// the test sets up through the add-on's menu (answering its question in the page), adds an
// objective and a key result in the real sidebar, types a Current value into the grid and sees
// Progress follow, then builds a summary from the menu (answering its prompt) and sees its
// charts drawn by chart.js. The page may fetch nothing but the preview server.
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { launchBrowser, screenshot } from './browser';
import { startPreview, stopPreview, type PreviewServer } from './preview-server';
import { t } from '../../src/core/i18n';
import { STATUS_COLORS } from '../../src/core/palette';
import { STATUSES } from '../../src/core/vocabulary';

jest.setTimeout(180_000);

const TODAY = '2026-05-20';

let server: PreviewServer;
let url: string;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const foreign: string[] = [];

function sidebar(): FrameLocator {
  return page.frameLocator('aside.sidebar iframe');
}

async function menu(caption: string) {
  await page.getByRole('button', { name: 'Extensions › OKR Sheets' }).click();
  await page.getByRole('menuitem', { name: caption }).click();
}

/** The 1-based column of a header in row 1 of the grid. */
async function columnOf(header: string): Promise<number> {
  const cell = page.locator('td[data-row="1"]', { hasText: new RegExp(`^${header}$`) });
  return Number(await cell.first().getAttribute('data-col'));
}

async function rowOf(text: string): Promise<number> {
  const cell = page.locator('td.cell', { hasText: text });
  await cell.first().waitFor();
  return Number(await cell.first().getAttribute('data-row'));
}

function cell(row: number, col: number) {
  return page.locator(`td[data-row="${row}"][data-col="${col}"]`);
}

/** Waits until a grid cell's text matches `pattern`. */
async function shows(row: number, col: number, pattern: RegExp) {
  await page.waitForFunction(
    ([r, c, source]) =>
      new RegExp(source).test(
        document.querySelector(`td[data-row="${r}"][data-col="${c}"]`)?.textContent?.trim() ?? '',
      ),
    [row, col, pattern.source] as const,
  );
}

beforeAll(async () => {
  server = await startPreview(['--empty', '--today', TODAY]);
  url = server.url;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(url)) foreign.push(r.url());
  });
  await page.goto(url);
});

afterAll(async () => {
  await browser?.close();
  await stopPreview(server);
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('opens on an empty workbook with the add-on menu and the sidebar', async () => {
  await page.getByRole('button', { name: 'Sheet1' }).waitFor();
  await page.getByRole('button', { name: 'Extensions › OKR Sheets' }).click();
  const items = await page.getByRole('menuitem').allTextContents();
  expect(items).toEqual([
    'Open OKR sidebar',
    'Alignment map',
    'Set up OKR workbook',
    'Structure this sheet',
    'Health check',
    'Repair formulas and layout',
    'Build summary',
    'Start the next quarter',
  ]);
  await page.keyboard.press('Escape');
  await sidebar().getByRole('button', { name: 'Set up' }).waitFor();
});

test('sets up through the menu, answering its question in the page', async () => {
  await menu('Set up OKR workbook');
  const dialog = page.getByRole('dialog');
  await expect(dialog.textContent()).resolves.toContain('Fill the new workbook with an example');
  await dialog.getByRole('button', { name: 'No' }).click();
  await page.getByRole('button', { name: 'OKRs', exact: true }).waitFor();
  await page.getByRole('button', { name: 'OKRs', exact: true }).click();
  expect(await columnOf('Current')).toBeGreaterThan(0);
  expect(await page.locator('.toast').first().textContent()).toContain('ready');
});

test('Set up again says it repairs and asks nothing about an example', async () => {
  await menu('Set up OKR workbook');
  const dialog = page.getByRole('dialog');
  const text = (await dialog.textContent()) ?? '';
  expect(text).toContain('already set up. Set up now repairs it');
  expect(text).not.toContain('example');
  await expect(dialog.getByRole('button').allTextContents()).resolves.toContain('OK');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await page.locator('.toast', { hasText: 'already set up' }).first().waitFor();
});

test('adds an objective and a key result in the real sidebar; they appear in the grid', async () => {
  await menu('Open OKR sidebar'); // the sidebar loaded before set-up; open it again
  const bar = sidebar();
  await bar.getByRole('button', { name: 'Add objective' }).click();
  await bar.getByLabel('Title').fill('At least 100 paying customers');
  await bar.getByLabel('Owner').fill('Anna');
  await bar.locator('main').getByRole('button', { name: 'Add', exact: true }).click();
  await bar.locator('main[aria-busy="true"]').waitFor({ state: 'detached' });
  await expect(bar.getByLabel('Type').inputValue()).resolves.toBe('keyResult');
  await bar.getByLabel('Title').fill('30 paying customers via the campaign');
  await bar.getByLabel('Start').fill('0');
  await bar.getByLabel('Target').fill('30');
  await bar.locator('main').getByRole('button', { name: 'Add', exact: true }).click();
  await bar.locator('main[aria-busy="true"]').waitFor({ state: 'detached' });
  expect(await rowOf('At least 100 paying customers')).toBe(2);
  expect(await rowOf('30 paying customers via the campaign')).toBe(3);
  // The objective row is bold and tinted; titles are not indented (no text format with @).
  const title = await columnOf('Title');
  const objective = await cell(2, title).evaluate((el) => getComputedStyle(el).fontWeight);
  expect(Number(objective) >= 700 || objective === 'bold').toBe(true);
  expect(await cell(3, title).textContent()).toBe('30 paying customers via the campaign');
});

test('typing a Current value in the grid recalculates Progress', async () => {
  const row = await rowOf('30 paying customers via the campaign');
  const current = await columnOf('Current');
  const progress = await columnOf('Progress');
  expect((await cell(row, progress).textContent())?.trim()).toBe('');
  await cell(row, progress).click();
  await expect(page.getByLabel('Formula bar').inputValue()).resolves.toMatch(/^=/);
  await cell(row, current).dblclick();
  await page.getByLabel(/^Edit /).fill('12');
  await page.getByLabel(/^Edit /).press('Enter');
  // 12 of 0 → 30 is 40%. (Rows the sidebar inserts carry no percent format in the local
  // runtime, which does not copy formats into inserted rows; the value is what counts here.)
  const fortyPercent = /^(40%|0\.4)$/;
  await shows(row, progress, fortyPercent);
  expect((await cell(row, current).textContent())?.trim()).toBe('12');
  // The objective rolls up its key result.
  await shows(2, progress, fortyPercent);
  await screenshot(page, 'preview-grid');
});

test('the Progress bar beside Progress draws the bar, its length the progress, in the status colour', async () => {
  const row = await rowOf('30 paying customers via the campaign');
  const barColumn = await columnOf('Progress bar');
  expect(barColumn).toBe((await columnOf('Progress')) + 1);
  const status = (await cell(row, await columnOf('Status')).textContent())?.trim();
  const code = STATUSES.find((s) => t('en', `status.${s}`) === status)!;
  expect(code).toBeDefined();
  const segment = cell(row, barColumn).locator('.spark-segment');
  await segment.waitFor();
  const track = await cell(row, barColumn).locator('.spark-bar').boundingBox();
  const drawn = await segment.boundingBox();
  expect(drawn!.width / track!.width).toBeCloseTo(0.4, 2);
  const hex = STATUS_COLORS[code].strong;
  const rgb = `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  await expect(segment.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe(rgb);
  // The cell shows no text (in Sheets it holds a chart), and its formula is SPARKLINE's.
  expect((await cell(row, barColumn).textContent())?.trim()).toBe('');
  await cell(row, barColumn).click();
  await expect(page.getByLabel('Formula bar').inputValue()).resolves.toMatch(/SPARKLINE\(/);
  // The objective, which rolls the key result up, has its bar too.
  await cell(2, barColumn).locator('.spark-segment').waitFor();
});

test('Tab leaves the grid, so the sidebar can be reached by keyboard', async () => {
  await cell(2, await columnOf('Title')).click();
  const inSidebar = () => page.evaluate(() => document.activeElement?.tagName === 'IFRAME');
  let presses = 0;
  while (!(await inSidebar()) && presses < 15) {
    await page.keyboard.press('Tab');
    presses++;
  }
  expect(await inSidebar()).toBe(true);
  // Inside the sidebar, the next Tab lands on one of its controls.
  await page.keyboard.press('Tab');
  const focused = await sidebar()
    .locator(':focus')
    .evaluate((el) => el.tagName)
    .catch(() => '');
  expect(focused).toMatch(/^(BUTTON|SELECT|INPUT|A)$/);
});

test('builds a summary from the menu; its charts are drawn', async () => {
  const period = (await cell(2, await columnOf('Period')).textContent())?.trim() ?? '';
  expect(period).not.toBe('');
  await menu('Build summary');
  const prompt = page.getByRole('dialog');
  await prompt.getByRole('textbox').fill(period);
  await prompt.getByRole('button', { name: 'OK' }).click();
  const done = page.getByRole('dialog');
  await expect(done.textContent()).resolves.toContain('is ready');
  await done.getByRole('button', { name: 'OK' }).click();
  await page.locator('.tab.active', { hasText: `Summary ${period}` }).waitFor();
  const canvases = page.locator('.chart canvas');
  await canvases.first().waitFor();
  expect(await canvases.count()).toBeGreaterThanOrEqual(1);
  for (const canvas of await canvases.all()) {
    const box = await canvas.boundingBox();
    expect(box?.width).toBeGreaterThan(0);
    expect(box?.height).toBeGreaterThan(0);
    // chart.js painted something: some pixels are not transparent.
    const painted = await canvas.evaluate((el) => {
      const c = el as HTMLCanvasElement;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    });
    expect(painted).toBeGreaterThan(500);
  }
  await screenshot(page, 'preview-summary');
});

test('starts the next quarter from the menu; the closed rows turn grey in the grid', async () => {
  await page.getByRole('button', { name: 'OKRs', exact: true }).click();
  await page.locator('.tab.active', { hasText: /^OKRs$/ }).waitFor();
  const row = await rowOf('At least 100 paying customers');
  const title = await columnOf('Title');
  const period = (await cell(row, await columnOf('Period')).textContent())?.trim() ?? '';
  expect(period).toBe('2026-Q2');
  const grey = 'rgb(128, 134, 139)'; // CLOSED_INK
  const colour = () => cell(row, title).evaluate((el) => getComputedStyle(el).color);
  expect(await colour()).not.toBe(grey);
  await menu('Start the next quarter');
  await page.getByRole('dialog').getByRole('textbox').fill(period);
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('all');
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  const done = page.getByRole('dialog');
  await expect(done.textContent()).resolves.toContain('continue in 2026-Q3');
  await done.getByRole('button', { name: 'OK' }).click();
  await page.waitForFunction(
    ([r, c, g]) =>
      getComputedStyle(document.querySelector(`td[data-row="${r}"][data-col="${c}"]`)!).color === g,
    [row, title, grey] as const,
  );
  // Still bold: a closed objective keeps its look, in grey.
  expect(await cell(row, title).evaluate((el) => getComputedStyle(el).fontWeight)).toBe('700');
  await screenshot(page, 'preview-closed-rows');
});

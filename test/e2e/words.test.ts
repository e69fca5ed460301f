// What a person reads, in English and in Dutch, in a real headless Chromium: the preview on the
// demo workbook (npm start --locale …), and the sidebar page the add-on hands to Sheets.
// - one name per thing: the menu, the sidebar's views and the summary tab say the names of
//   src/core/messages/names.ts ("Controle", "Samenvatting maken" → tab "Samenvatting 2026-K2",
//   never the sidebar's "Overzicht");
// - the name "OKRs" shown once; the first paint ("Loading…") in the person's language;
// - no header of the OKR tab and no label, header or section title of the summary tab cut off
//   (a title runs on into the empty cells beside it, as in Sheets; only an item's own long title
//   may be cut off by the next column);
// - the summary's team marker says its counts are live; the chart's labels are the titles
//   shortened at their end; Tab leaves the grid for the sidebar.
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { t, type Lang } from '../../src/core/i18n';
import { launchBrowser, openSidebar, screenshot } from './browser';
import { startAddon } from './addon';
import { startPreview, stopPreview, type PreviewServer } from './preview-server';

jest.setTimeout(180_000);

const TODAY = '2026-05-20';

const CASES = [
  {
    locale: 'en_US',
    lang: 'en' as Lang,
    period: '2026-Q2',
    okrTab: 'OKRs',
    title: 'Title',
    marker: 'Teams as of 2026-05-20; the counts are live',
    teamsTitle: 'Key result status per team',
    chart: 'Progress per objective',
    offTrack: 'Off track',
    loading: 'Loading…',
    labels: ['Expected progress today', 'Last check-in', 'In the chart'],
  },
  {
    locale: 'nl_NL',
    lang: 'nl' as Lang,
    period: '2026-K2',
    okrTab: "OKR's",
    title: 'Titel',
    marker: 'Teams van 2026-05-20; de aantallen zijn live',
    teamsTitle: 'Status kernresultaten per team',
    chart: 'Voortgang per doelstelling',
    offTrack: 'Niet op koers',
    loading: 'Laden…',
    labels: ['Verwachte voortgang vandaag', 'Laatste check-in', 'In de grafiek'],
  },
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * The grid's cells whose text is cut off: wider than their column, or than the empty cells
 * beside them that the text runs on into (as in Sheets).
 */
function clippedCells(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('td.cell[data-row]')]
      .filter((td) => {
        const box = td.querySelector<HTMLElement>('.run-on') ?? td;
        return td.textContent?.trim() && box.scrollWidth > box.clientWidth + 1;
      })
      .map((td) => ({ text: td.textContent!.trim(), row: Number(td.dataset.row) })),
  );
}

describe.each(CASES)('the preview in $locale', (c) => {
  let server: PreviewServer;
  let page: Page;
  const pageErrors: string[] = [];
  const name = (key: Parameters<typeof t>[1]) => t(c.lang, key);

  const sidebar = (): FrameLocator => page.frameLocator('aside.sidebar iframe');
  const cell = (row: number, col: number) =>
    page.locator(`td[data-row="${row}"][data-col="${col}"]`);

  async function menu(caption: string) {
    await page.getByRole('button', { name: 'Extensions › OKR Sheets' }).click();
    await page.getByRole('menuitem', { name: caption, exact: true }).click();
  }

  beforeAll(async () => {
    server = await startPreview(['--locale', c.locale, '--today', TODAY]);
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(server.url);
    await page.getByRole('button', { name: c.okrTab, exact: true }).waitFor();
    await sidebar().getByRole('navigation').waitFor();
  });

  // The page stays open: a Chromium run as one process closes with its last page.
  afterAll(async () => {
    await stopPreview(server);
  });

  afterEach(() => expect(pageErrors).toEqual([]));

  test('the menu and the sidebar name each action and view one way', async () => {
    await page.getByRole('button', { name: 'Extensions › OKR Sheets' }).click();
    expect(await page.getByRole('menuitem').allTextContents()).toEqual([
      name('name.sidebar'),
      name('name.alignment'),
      name('name.setUp'),
      name('name.structure'),
      name('name.health'),
      name('name.repair'),
      name('name.summary'),
      name('name.nextQuarter'),
    ]);
    await page.keyboard.press('Escape');
    const nav = sidebar().getByRole('navigation');
    expect(await nav.getByRole('button').allTextContents()).toEqual([
      name('name.mine'),
      name('name.overview'),
      name('name.add'),
      name('name.checkIn'),
      name('name.health'),
      name('name.period'),
    ]);
    await nav.getByRole('button', { name: name('name.health') }).click();
    await sidebar()
      .getByRole('heading', { name: name('name.health'), exact: true })
      .waitFor();
    await nav.getByRole('button', { name: name('name.period') }).click();
    await sidebar()
      .getByRole('button', { name: name('name.summary') })
      .waitFor();
    await sidebar()
      .getByRole('button', { name: name('name.nextQuarter') })
      .waitFor();
    if (c.lang === 'nl') {
      expect(await sidebar().locator('body').textContent()).not.toMatch(/Wijzig|Gezondheid/);
      await nav.getByRole('button', { name: name('name.overview') }).click();
      await sidebar()
        .getByRole('button', { name: /^Inchecken voor / })
        .first()
        .waitFor();
      await sidebar().getByRole('button', { name: 'Bewerken' }).first().waitFor();
    }
  });

  test('the sidebar shows the name "OKRs" once: in the title bar, not again in the page', async () => {
    const titleBar = await page.locator('aside.sidebar h2').textContent();
    expect(titleBar).toBe(name('name.appTitle'));
    // Every element that says the name is for screen readers only (class sr-only).
    const saying = await sidebar()
      .locator('body')
      .evaluate(
        (body, title) =>
          [...body.querySelectorAll('*')]
            .filter((el) => el.childElementCount === 0 && el.textContent?.trim() === title)
            .map((el) => el.className),
        name('name.appTitle'),
      );
    expect(saying).toEqual(['sr-only']);
    // Screen readers still get the page's heading.
    expect(await sidebar().getByRole('heading', { level: 1 }).textContent()).toBe(
      name('name.appTitle'),
    );
    expect(await sidebar().locator('html').getAttribute('lang')).toBe(c.lang);
  });

  test('no header of the OKR tab is cut off', async () => {
    await page.getByRole('button', { name: c.okrTab, exact: true }).click();
    await cell(1, 1).waitFor();
    const headers = await page.locator('td.cell[data-row="1"]').allTextContents();
    expect(headers).toContain(c.lang === 'nl' ? 'Laatste check-in' : 'Last check-in');
    expect(headers).toContain(c.lang === 'nl' ? 'Gewicht' : 'Weight');
    expect((await clippedCells(page)).filter((x) => x.row === 1)).toEqual([]);
  });

  test('Tab leaves the grid, so the sidebar is reached by keyboard', async () => {
    await cell(2, 3).click();
    const inSidebar = () => page.evaluate(() => document.activeElement?.tagName === 'IFRAME');
    for (let i = 0; i < 15 && !(await inSidebar()); i++) await page.keyboard.press('Tab');
    expect(await inSidebar()).toBe(true);
  });

  test('the summary: its tab, its labels whole, a true marker, shortened chart labels', async () => {
    await page.getByRole('button', { name: c.okrTab, exact: true }).click();
    const titleCol = Number(
      await page
        .locator('td.cell[data-row="1"]', { hasText: new RegExp(`^${c.title}$`) })
        .getAttribute('data-col'),
    );
    const titles = (await page.locator(`td.cell[data-col="${titleCol}"]`).allTextContents())
      .slice(1)
      .map((s) => s.trim())
      .filter(Boolean);
    expect(titles.length).toBeGreaterThan(5);

    await menu(name('name.summary'));
    const prompt = page.getByRole('dialog');
    expect(await prompt.getByRole('heading').textContent()).toBe(name('name.summary'));
    await prompt.getByRole('textbox').fill(c.period);
    await prompt.getByRole('button', { name: 'OK' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    const tabName = `${name('name.summaryTab')} ${c.period}`;
    await page.locator('.tab.active', { hasText: tabName }).waitFor();
    expect(tabName).not.toContain(name('name.overview'));
    await page.locator('.chart canvas').first().waitFor();

    const texts = (await page.locator('td.cell').allTextContents()).map((s) => s.trim());
    for (const label of c.labels) expect(texts).toContain(label);
    expect(texts).toContain(c.offTrack);
    expect(texts.some((s) => s.startsWith(c.marker))).toBe(true);

    // Titles, notes and labels show whole (a title runs on into the empty cells beside it, as
    // in Sheets); only an item's own long title may be cut off by the next column.
    const clipped = await clippedCells(page);
    expect(clipped.filter((x) => !titles.some((title) => x.text.startsWith(title)))).toEqual([]);
    expect(texts).toContain(c.teamsTitle);
    const teamsTitle = page.locator('td.cell', { hasText: c.teamsTitle }).first();
    expect(await teamsTitle.evaluate((td) => td.classList.contains('runs-on'))).toBe(true);

    // The bars' labels: titles shortened at their end, never cut at their start.
    const labels = await page.getByRole('img', { name: c.chart }).evaluate(
      (el) =>
        (
          window as unknown as {
            Chart: { getChart(c: Element): { data: { labels: string[] } } };
          }
        ).Chart.getChart(el).data.labels,
    );
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      expect(Array.from(label).length).toBeLessThanOrEqual(32);
      const whole = titles.find((title) => title.startsWith(label.replace(/…$/, '')));
      expect([label, whole !== undefined]).toEqual([label, true]);
    }
    expect(labels.some((l) => l.endsWith('…'))).toBe(true);
    await screenshot(page, `summary-${c.lang}`);
  });
});

describe.each(CASES)('the sidebar page before its first answer ($locale)', (c) => {
  test("says Loading… in the person's language, with the page's lang", async () => {
    const addon = await startAddon({ locale: c.locale, today: TODAY, userLocale: c.lang });
    addon.call('showSidebar', undefined);
    const html = addon.runtime.ui.sidebars.at(-1)!.html;
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    const { page, pageErrors } = await openSidebar(
      browser,
      async (fn, arg) => {
        if (fn === 'getSnapshot') await held;
        return addon.call(fn, arg);
      },
      { html },
    );
    const status = page.getByRole('status');
    await status.waitFor();
    expect((await status.textContent())?.trim()).toBe(c.loading);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(c.lang);
    release();
    await page.locator('.loading').waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
  });
});

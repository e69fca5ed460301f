// The alignment map in a real headless Chromium: the HTML the add-on shows (showAlignmentMap)
// at the dialog's width, google.script.run wired to the BUILT dist/Code.js on the local runtime.
// It opens with the roots only, opens and walks branches by keyboard (the tree pattern), selects
// a node's row in the sheet (checked in the spreadsheet), speaks Dutch, and is axe clean.
import type { Page } from 'playwright-core';
import type { Snapshot, SnapshotWire } from '../../src/shared/rpc';
import { receive } from '../../src/shared/snapshot-wire';
import { fileBrowser, openSidebar, screenshot, seriousA11yViolations } from './browser';
import { startAddon, type Addon } from './addon';

jest.setTimeout(120_000);

const browser = fileBrowser();

async function openMap(locale: string, userLocale?: string) {
  const addon = await startAddon({
    locale,
    today: '2026-02-16',
    ...(userLocale ? { userLocale } : {}),
  });
  addon.call('setUp', { example: true });
  addon.call('showAlignmentMap', undefined);
  const shown = addon.runtime.ui.dialogs.at(-1)!;
  expect(shown.kind).toBe('modeless');
  const opened = await openSidebar(browser(), (name, arg) => addon.call(name, arg), {
    html: shown.html,
    width: shown.width ?? 960,
    height: shown.height ?? 640,
  });
  await opened.page.getByRole('tree').waitFor();
  return { addon, ...opened };
}

function snapshotOf(addon: Addon): Snapshot {
  return receive(addon.call('getSnapshot', {}) as SnapshotWire);
}

async function axeClean(page: Page) {
  const violations = await seriousA11yViolations(page);
  expect(
    violations.map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target).join(' ')}`),
  ).toEqual([]);
}

/** A key press, then a frame for the tree to re-render (as a person's next press would). */
async function press(page: Page, key: string) {
  await page.keyboard.press(key);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

const focusedId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? '');

test('opens with the first level only, walks the tree by keyboard and selects rows', async () => {
  const { addon, page, pageErrors, dialogs, requests } = await openMap('en_US');
  const tree = page.getByRole('tree', { name: 'Alignment of the objectives' });
  // Collapsed below the first level: the company objective only, closed.
  const items = tree.getByRole('treeitem');
  await expect(items.count()).resolves.toBe(1);
  const root = items.first();
  await expect(root.getAttribute('aria-expanded')).resolves.toBe('false');
  await expect(root.getAttribute('aria-level')).resolves.toBe('1');
  // Its progress and status come from the same core code as the sidebar.
  const o1 = snapshotOf(addon).items.find((i) => i.id === 'O-1')!;
  expect(o1.status).not.toBe('');
  const text = (await root.textContent()) ?? '';
  expect(text).toContain(`Progress ${Math.round((o1.progress as number) * 100)}%`);
  expect(text).toMatch(/2 aligned below/);
  await axeClean(page);
  await screenshot(page, 'alignment-map-closed');

  // One tab stop: Tab from the period filter's buttons reaches the tree's node.
  await root.focus();
  expect(await focusedId(page)).toBe('O-1');
  await press(page, 'ArrowRight'); // opens O-1
  await expect(root.getAttribute('aria-expanded')).resolves.toBe('true');
  await press(page, 'ArrowRight'); // to its first child: the key result O-2 aligns to
  expect(await focusedId(page)).toBe('KR-1');
  await press(page, 'ArrowRight'); // opens KR-1
  await press(page, 'ArrowDown'); // O-2
  expect(await focusedId(page)).toBe('O-2');
  await press(page, 'ArrowRight');
  await press(page, 'ArrowRight'); // KR-3
  await press(page, 'ArrowRight');
  await press(page, 'ArrowDown'); // O-3, the personal objective
  expect(await focusedId(page)).toBe('O-3');
  const o3 = tree.locator('[data-id="O-3"]');
  await expect(o3.getAttribute('aria-level')).resolves.toBe('5');
  await press(page, 'ArrowLeft'); // a leaf: to its parent
  expect(await focusedId(page)).toBe('KR-3');
  await press(page, 'Home');
  expect(await focusedId(page)).toBe('O-1');
  await press(page, 'End');
  expect(await focusedId(page)).toBe('O-3');
  // Only the focused node is in the tab order.
  await expect(tree.locator('[role="treeitem"][tabindex="0"]').count()).resolves.toBe(1);
  await axeClean(page);
  await screenshot(page, 'alignment-map-open');

  // Enter selects the row in the sheet.
  await press(page, 'Enter');
  await page
    .getByRole('status')
    .filter({ hasText: /is selected in the sheet/ })
    .waitFor();
  const snap = snapshotOf(addon);
  const row = (id: string) => snap.items.find((i) => i.id === id)!.row;
  expect(addon.activeRange()).toEqual({ sheet: snap.okrSheetName, row: row('O-3') });
  await expect(o3.getAttribute('aria-selected')).resolves.toBe('true');
  // So does a click.
  await tree.locator('[data-id="O-2"] > .map-row .map-title').click();
  await page
    .getByRole('status')
    .filter({ hasText: `Row ${row('O-2')} is selected` })
    .waitFor();
  expect(addon.activeRange()).toEqual({ sheet: snap.okrSheetName, row: row('O-2') });
  // ArrowLeft on an open branch closes it.
  await tree.locator('[data-id="O-1"]').focus();
  await press(page, 'ArrowLeft');
  await expect(items.count()).resolves.toBe(1);

  expect(pageErrors).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(requests).toEqual([]);
});

test('Expand all and the period filter; a period without objectives says so', async () => {
  const { page, pageErrors } = await openMap('en_US');
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(page.getByRole('treeitem').count()).resolves.toBe(5);
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await expect(page.getByRole('treeitem').count()).resolves.toBe(1);
  await page.getByLabel('Period').selectOption('2026-Q2');
  // The annual company objective runs in Q2 too, marked with its year; its team objectives not.
  const root = page.getByRole('treeitem');
  await expect(root.count()).resolves.toBe(1);
  await expect(root.first().getAttribute('aria-expanded')).resolves.toBe(null);
  expect(await root.first().textContent()).toMatch(/Annual 2026/);
  const periods = await page.getByLabel('Period').locator('option').allTextContents();
  const empty = periods.find((p) => /^20\d\d-Q[1-4]$/.test(p) && p.startsWith('2027'));
  if (empty) {
    await page.getByLabel('Period').selectOption(empty);
    await page.getByText('No objectives in this period.').waitFor();
  }
  expect(pageErrors).toEqual([]);
});

test('in Dutch, for a Dutch user on a Dutch sheet, and axe clean', async () => {
  const { page, pageErrors } = await openMap('nl_NL', 'nl');
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('nl');
  await page.getByRole('heading', { name: "Hoe de OKR's op elkaar aansluiten" }).waitFor();
  const tree = page.getByRole('tree', { name: 'Afstemming van de doelstellingen' });
  await tree.getByRole('treeitem').first().focus();
  await press(page, 'ArrowRight');
  await press(page, 'ArrowRight');
  expect(await focusedId(page)).toBe('KR-1');
  expect(await tree.textContent()).toMatch(/Kernresultaat/);
  expect(await tree.textContent()).toMatch(/2 sluiten hierop aan/);
  await page.getByRole('button', { name: 'Alles uitklappen' }).waitFor();
  await axeClean(page);
  await screenshot(page, 'alignment-map-nl');
  expect(pageErrors).toEqual([]);
});

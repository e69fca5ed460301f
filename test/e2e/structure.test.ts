// "Structure this sheet" from the sidebar of a Dutch spreadsheet, in a real headless Chromium
// against the BUILT add-on: the lines above the header are context the preview names, and the
// items written carry it.
import type { Browser, Page } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import type { SnapshotWire } from '../../src/shared/rpc';
import { loadCsvAsSheet } from '../../dev/runtime';
import { launchBrowser, openSidebar, screenshot, seriousA11yViolations } from './browser';
import { startAddon, type Addon } from './addon';

jest.setTimeout(120_000);

let browser: Browser;
let addon: Addon;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  addon = await startAddon({ locale: 'nl_NL', today: '2026-05-11', userLocale: 'nl' });
  const csv = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'context-nl.csv'), 'utf8');
  addon.spreadsheet.setActiveSheet(loadCsvAsSheet(addon.spreadsheet, 'Los', csv));
  ({ page, pageErrors } = await openSidebar(browser, (name, arg) => addon.call(name, arg)));
});

afterAll(async () => {
  await browser?.close();
});

test('the preview names the lines it read as context; the items carry team, level and period', async () => {
  const source = addon.spreadsheet.getSheetByName('Los')!;
  const before = JSON.stringify(source.getDataRange().getValues());
  await page.getByRole('button', { name: 'Het geopende tabblad bekijken' }).click();
  await page.getByText('"Los": 2 doelstellingen, 2 kernresultaten, 0 initiatieven.').waitFor();
  const preview = page.locator('.structure-preview');
  await preview.getByRole('heading', { name: 'Gelezen uit regels die geen item zijn' }).waitFor();
  const context = await preview
    .locator('h4:has-text("Gelezen uit regels") + ul li')
    .allTextContents();
  // Every context line of the fixture is named with its row: K3 2026, Support, Personal, 2027.
  expect(context.map((c) => c.match(/^Rij (\d+):/)?.[1])).toEqual(['1', '2', '3', '7']);
  expect(context.join('\n')).toMatch(/Support/);
  await screenshot(page, '20-structure-context-nl');
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'OKR-tabblad schrijven' }).click();
  await page.getByRole('navigation').waitFor();
  // The overview shows what was written: 2026-K3 and 2027 together under "Alle", not the
  // current quarter (2026-K2) in which none of it runs.
  expect(await page.locator('#f-period').inputValue()).toBe('');
  await page.locator('.item-objective', { hasText: 'Sneller antwoord' }).waitFor();
  await page.locator('.item-objective', { hasText: 'Minder tickets' }).waitFor();
  const snap = addon.call('getSnapshot', {}) as SnapshotWire;
  const objective = (title: string) =>
    snap.items.find((i) => i.type === 'objective' && i.title === title)!;
  expect(objective('Sneller antwoord')).toMatchObject({
    level: 'personal',
    team: 'Support',
    period: '2026-Q3',
    owner: 'Iris',
  });
  expect(objective('Minder tickets')).toMatchObject({ level: 'personal', period: '2027' });
  const kr = snap.items.find((i) => i.title === 'Tickets per klant omlaag')!;
  expect(kr).toMatchObject({ owner: 'Bram', period: '2027', team: 'Support' });
  // The owner of a key result without one is not copied from the row above.
  expect(snap.items.find((i) => i.title === 'Eerste reactie binnen 4 uur')!.owner).toBe('');
  expect(JSON.stringify(source.getDataRange().getValues())).toBe(before);
  expect(pageErrors).toEqual([]);
});

// Health and Repair, and "Start the next quarter", as a person sees them in the sidebar, in
// English and in Dutch: real headless Chromium, the BUILT dist/Code.js on the local runtime.
// Words come from the sidebar's own catalogue where the test is not about the words themselves.
import type { Page } from 'playwright-core';
import type { SnapshotWire } from '../../src/shared/rpc';
import { t as sidebarT, type Lang, type MessageKey } from '../../src/sidebar/strings';
import { fileBrowser, openSidebar, screenshot, seriousA11yViolations } from './browser';
import { startAddon, type Addon } from './addon';

jest.setTimeout(120_000);

const browser = fileBrowser();

interface Open {
  addon: Addon;
  page: Page;
  errors: string[];
  tr: (key: MessageKey, params?: Record<string, string | number>) => string;
  idle: () => Promise<void>;
  nav: (key: MessageKey) => Promise<void>;
}

async function open(lang: Lang, example: boolean, today = '2026-05-20'): Promise<Open> {
  const addon = await startAddon({
    locale: lang === 'nl' ? 'nl_NL' : 'en_US',
    today,
    userLocale: lang,
  });
  addon.call('setUp', { example });
  const { page, pageErrors } = await openSidebar(browser(), (name, arg) => addon.call(name, arg));
  const idle = () =>
    page
      .waitForFunction(() => document.querySelector('main[aria-busy="true"]') === null)
      .then(() => undefined);
  const tr = (key: MessageKey, params?: Record<string, string | number>) =>
    sidebarT(lang, key, params);
  await page.getByRole('navigation').waitFor();
  return {
    addon,
    page,
    errors: pageErrors,
    tr,
    idle,
    async nav(key) {
      await page
        .getByRole('navigation')
        .getByRole('button', { name: tr(key) })
        .click();
      await idle();
    },
  };
}

function okrSheet(addon: Addon) {
  const name = (addon.call('getSnapshot', {}) as SnapshotWire).okrSheetName;
  return addon.spreadsheet.getSheetByName(name)!;
}

function idColumn(addon: Addon): number {
  const sheet = okrSheet(addon);
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
  return header.indexOf('ID') + 1;
}

describe.each([
  ['en' as const, '1 finding', '2 findings'],
  ['nl' as const, '1 bevinding', '2 bevindingen'],
])('health (%s)', (lang, one, two) => {
  let o: Open;
  beforeAll(async () => {
    o = await open(lang, false);
    o.addon.call('addItem', {
      type: 'objective',
      title: 'Customers love us',
      owner: 'Ann',
      period: '2026-Q2',
    });
  });
  // Pages stay open until the browser closes: a single-process Chromium ends with its last page.
  afterEach(() => expect(o.errors).toEqual([]));

  test('counts findings in real plurals and always offers Repair', async () => {
    await o.nav('navHealth');
    const repair = o.page.getByRole('button', { name: o.tr('healthRepair') });
    await repair.waitFor(); // before any check: nothing is known to be broken
    await o.page.getByRole('button', { name: o.tr('healthRun') }).click();
    await o.idle();
    // The objective has no key result: one warning, nothing broken; Repair is still offered.
    expect(await o.page.locator('.result-count').textContent()).toBe(one);
    expect(await o.page.locator('.finding-error').count()).toBe(0);
    expect(await repair.isVisible()).toBe(true);
    await screenshot(o.page, `health-one-finding-${lang}`);
    expect(await seriousA11yViolations(o.page)).toEqual([]);
  });

  test('a row without an ID gets "Go to row", which selects it; Repair gives it an ID', async () => {
    o.addon.call('addItem', {
      type: 'objective',
      title: 'Our product is fast',
      owner: 'Bram',
      period: '2026-Q2',
    });
    await o.page.getByRole('button', { name: o.tr('healthRun') }).click();
    await o.idle();
    expect(await o.page.locator('.result-count').textContent()).toBe(two);
    const sheet = okrSheet(o.addon);
    sheet.getRange(2, idColumn(o.addon)).setValue('');
    await o.page.getByRole('button', { name: o.tr('healthRun') }).click();
    await o.idle();
    const goTo = o.page.getByRole('button', { name: o.tr('goToRow', { row: 2 }) });
    // The row has no ID, so the finding shows none; it still names its row.
    const finding = o.page.locator('.finding').filter({ has: goTo });
    expect(await finding.count()).toBe(1);
    expect(await finding.locator('.item-id').count()).toBe(0);
    await goTo.click();
    await o.idle();
    expect(o.addon.activeRange()).toEqual({ sheet: sheet.getName(), row: 2 });
    await o.page.getByRole('button', { name: o.tr('healthRepair') }).click();
    await o.idle();
    expect(sheet.getRange(2, idColumn(o.addon)).getValue()).toMatch(/^O-\d+$/);
    expect(await o.page.locator('.result-count').textContent()).toBe(two);
  });
});

describe.each([
  ['en' as const, 'Choose Repair formulas and layout: it reconnects them to KR-9.'],
  ['nl' as const, 'Kies Formules en opmaak herstellen: dat koppelt ze weer aan KR-9.'],
])('check-ins whose key result lost its ID (%s)', (lang, fix) => {
  let o: Open;
  beforeAll(async () => {
    o = await open(lang, false);
    o.addon.call('addItem', { type: 'objective', title: 'Customers love us', owner: 'Ann' });
    o.addon.call('addItem', {
      type: 'keyResult',
      parentId: 'O-1',
      title: 'NPS from 20 to 40',
      start: 20,
      target: 40,
    });
    o.addon.call('checkIn', { id: 'KR-1', value: 30, confidence: '', note: '' });
  });
  afterEach(() => expect(o.errors).toEqual([]));

  test('the health check offers the likely key result; Repair reconnects the check-ins', async () => {
    const sheet = okrSheet(o.addon);
    sheet.getRange(3, idColumn(o.addon)).setValue('KR-9');
    await o.nav('navHealth');
    await o.page.getByRole('button', { name: o.tr('healthRun') }).click();
    await o.idle();
    const finding = o.page.locator('.finding', { hasText: fix });
    await finding.waitFor();
    await screenshot(o.page, `health-orphan-check-ins-${lang}`);
    await finding.getByRole('button', { name: o.tr('goToRow', { row: 3 }) }).click();
    await o.idle();
    expect(o.addon.activeRange()?.row).toBe(3);
    await o.page.getByRole('button', { name: o.tr('healthRepair') }).click();
    await o.idle();
    expect(await o.page.locator('.finding', { hasText: fix }).count()).toBe(0);
    expect((o.addon.call('getCheckIns', { id: 'KR-9' }) as unknown[]).length).toBe(1);
  });
});

describe.each([['en' as const], ['nl' as const]])('start the next quarter (%s)', (lang) => {
  let o: Open;
  beforeAll(async () => {
    o = await open(lang, true);
  });
  afterEach(() => expect(o.errors).toEqual([]));

  test('offers open initiatives under their key result, ticked, and carries them over', async () => {
    const before = (o.addon.call('getSnapshot', {}) as SnapshotWire).items;
    const initiative = before.find((i) => i.type === 'initiative' && i.period === '2026-Q2')!;
    const kr = before.find((i) => i.id === initiative.parentId)!;
    await o.nav('navPeriod');
    await o.page.locator('#pa-period').selectOption('2026-Q2');
    await o.page.getByRole('button', { name: o.tr('rolloverList') }).click();
    await o.idle();
    const ids = await o.page.locator('.candidate .item-id').allTextContents();
    // Right under its key result (or under an earlier initiative of it).
    const at = ids.indexOf(initiative.id);
    expect(at).toBeGreaterThan(ids.indexOf(kr.id));
    expect(ids.slice(ids.indexOf(kr.id) + 1, at).every((id) => id.startsWith('I-'))).toBe(true);
    expect(await o.page.locator(`#ro-${initiative.id}`).isChecked()).toBe(true);
    await screenshot(o.page, `rollover-initiatives-${lang}`);
    expect(await seriousA11yViolations(o.page)).toEqual([]);
    await o.page.getByRole('button', { name: o.tr('rolloverStart') }).click();
    await o.idle();
    const after = (o.addon.call('getSnapshot', {}) as SnapshotWire).items;
    const copy = after.find((i) => i.sourceId === initiative.id)!;
    const krCopy = after.find((i) => i.sourceId === kr.id)!;
    expect([copy.period, copy.parentId]).toEqual(['2026-Q3', krCopy.id]);
  });

  test('listing the closed quarter again says when it was closed and what was carried over', async () => {
    await o.page.getByRole('button', { name: o.tr('rolloverList') }).click();
    await o.idle();
    const status = o.page.locator('.closed-quarter');
    const closed =
      lang === 'en'
        ? '2026-Q2 was closed on May 20, 2026.'
        : '2026-K2 is afgesloten op 20 mei 2026.';
    expect(await status.locator('p').first().textContent()).toBe(closed);
    expect(await status.locator('.list-title').textContent()).toMatch(
      lang === 'en'
        ? /^Carried over to 2026-Q3 \(\d+ items\)/
        : /^Doorgezet naar 2026-K3 \(\d+ items\)/,
    );
    const after = (o.addon.call('getSnapshot', {}) as SnapshotWire).items;
    const carried = after.filter((i) => i.period === '2026-Q3');
    expect(await status.locator('li').count()).toBe(carried.length);
    // Nothing is offered again: no boxes to tick, no button to start.
    expect(await o.page.locator('.candidate input').count()).toBe(0);
    expect(await o.page.getByRole('button', { name: o.tr('rolloverStart') }).count()).toBe(0);
    await screenshot(o.page, `rollover-closed-${lang}`);
    expect(await seriousA11yViolations(o.page)).toEqual([]);
  });
});

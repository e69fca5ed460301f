// Values in the key result's unit, in the real sidebar (headless Chromium) on the demo workbook
// the preview starts with (dev/preview/app/demo.ts: Set up with the example, then weekly
// check-ins up to 2026-05-20), in English and in Dutch: the % key result "Monthly churn from
// 2.5% to 1.8%" is shown, pre-filled, stored, logged and listed in percent (src/core/units.ts),
// and the 2026-Q2 overview lists the annual company objective marked with its year.
//
// This file has its own browser for its own pages: launched in beforeAll, closed in afterAll
// only. No page is closed before that (with the single-process Chromium of @sparticuz/chromium,
// closing a page can take the browser down for the tests after it).
import type { Page } from 'playwright-core';
import { createSpreadsheet } from '../../dev/runtime';
import { buildDemo } from '../../dev/preview/app/demo';
import { PreviewSession } from '../../dev/preview/app/session';
import { TAB_NAMES, matchHeader, type ColumnKey } from '../../src/core/columns';
import type { SnapshotWire } from '../../src/shared/rpc';
import { fileBrowser, openSidebar, screenshot, seriousA11yViolations } from './browser';

jest.setTimeout(120_000);

const TODAY = '2026-05-20';

const browser = fileBrowser();

interface Case {
  locale: string;
  lang: 'en' | 'nl';
  title: string;
  range: string;
  prefilled: string;
  typed: string;
  logged: string;
  checkIn: string;
  valueLabel: RegExp;
  annual: string;
  start: string;
  target: string;
  /** The edit button's accessible name on the key result's card. */
  edit: string;
  overview: string;
}

const CASES: Case[] = [
  {
    locale: 'en_US',
    lang: 'en',
    title: 'Monthly churn from 2.5% to 1.8%',
    range: 'From 2.5% to 1.8%',
    prefilled: '2.1',
    typed: '2.0',
    logged: '2.0%',
    checkIn: 'Check in',
    valueLabel: /Current value \(%\)/,
    annual: 'Annual 2026',
    start: '2.5',
    target: '1.8',
    edit: 'Edit Monthly churn from 2.5% to 1.8%',
    overview: 'Overview',
  },
  {
    locale: 'nl_NL',
    lang: 'nl',
    title: 'Maandelijkse opzeggingen van 2,5% naar 1,8%',
    range: 'Van 2,5% naar 1,8%',
    prefilled: '2,1',
    typed: '2,0',
    logged: '2,0%',
    checkIn: 'Inchecken',
    valueLabel: /Huidige waarde \(%\)/,
    annual: 'Jaar 2026',
    start: '2,5',
    target: '1,8',
    edit: 'Maandelijkse opzeggingen van 2,5% naar 1,8% bewerken',
    overview: 'Overzicht',
  },
];

describe.each(CASES)('a % key result in the sidebar ($locale)', (c) => {
  let session: PreviewSession;
  let page: Page;
  let pageErrors: string[];
  let requests: string[];
  let id: string;

  /** A cell of the key result's row on the OKR tab, by column, as the runtime holds it. */
  function okrCell(key: ColumnKey) {
    const snap = session.addon.call('getSnapshot', {}) as SnapshotWire;
    const sheet = session.spreadsheet.getSheetByName(snap.okrSheetName)!;
    const header = matchHeader(sheet.getDataRange().getValues())!;
    const row = snap.items.find((i) => i.id === id)!.row;
    return sheet.getRange(row, (header.columns[key] as number) + 1);
  }

  /** The check-ins tab's last row: [when, key result, value, …] and how the value shows. */
  function lastLogged(): { id: unknown; value: unknown; shown: string } {
    const log = session.spreadsheet.getSheetByName(TAB_NAMES.checkins[c.lang])!;
    const last = log.getLastRow();
    const [row] = log.getRange(last, 1, 1, 3).getValues();
    return { id: row![1], value: row![2], shown: log.getRange(last, 3).getDisplayValue() };
  }

  async function idle() {
    await page.waitForFunction(() => document.querySelector('main[aria-busy="true"]') === null);
  }

  async function checkIn(text: string) {
    // A minute after the demo's last check-in (the runtime's clock stands still otherwise).
    session.spreadsheet.model.clock.advance(60_000);
    await page.getByLabel(c.valueLabel).fill(text);
    await page.locator('main').getByRole('button', { name: c.checkIn, exact: true }).click();
    await idle();
    await page.waitForFunction(
      () => document.querySelector('.history') !== null || document.querySelector('.hint'),
    );
  }

  beforeAll(async () => {
    session = new PreviewSession({
      spreadsheet: createSpreadsheet({ locale: c.locale }),
      today: TODAY,
      userLocale: c.lang,
    });
    buildDemo(session, TODAY);
    const snap = session.addon.call('getSnapshot', {}) as SnapshotWire;
    id = snap.items.find((i) => i.title === c.title)!.id;
    ({ page, pageErrors, requests } = await openSidebar(browser(), (name, arg) =>
      session.rpc(name, arg),
    ));
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
    expect(requests).toEqual([]);
  });

  test('the 2026-Q2 overview lists the annual company objective, marked with its year', async () => {
    const snap = session.addon.call('getSnapshot', {}) as SnapshotWire;
    const o1 = snap.items.find((i) => i.type === 'objective' && i.level === 'company')!;
    expect(o1.period).toBe('2026');
    // The sidebar opens on My check-ins; the overview is the next view.
    await page.getByRole('navigation').getByRole('button', { name: c.overview }).click();
    await idle();
    expect(await page.locator('#f-period').inputValue()).toBe('2026-Q2');
    const card = page.locator(`[data-id="${o1.id}"]`);
    await card.waitFor();
    expect(await card.locator('.chip-period').textContent()).toBe(c.annual);
    // A quarter's own objective carries no such mark.
    const team = snap.items.find((i) => i.type === 'objective' && i.period === '2026-Q2')!;
    await page.locator(`[data-id="${team.id}"]`).waitFor();
    expect(await page.locator(`[data-id="${team.id}"] .chip-period`).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test('the card shows the range in percent and the field is pre-filled in percent', async () => {
    expect(okrCell('current').getValue()).toBe(0.021);
    await page
      .getByRole('button', { name: `${c.checkIn} ${c.lang === 'en' ? 'on' : 'voor'} ${c.title}` })
      .click();
    await idle();
    expect(await page.locator('.kr-range').textContent()).toBe(c.range);
    expect(await page.getByLabel(c.valueLabel).inputValue()).toBe(c.prefilled);
    await page.locator('.history li').first().waitFor();
    await screenshot(page, `units-check-in-${c.lang}`);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test(`typing the value in percent stores the fraction and logs it in percent`, async () => {
    const before = session.spreadsheet.getSheets().map((s) => s.getLastRow());
    await checkIn(c.typed);
    expect(okrCell('current').getValue()).toBe(0.02);
    expect(okrCell('current').getDisplayValue()).toBe(c.logged);
    expect(lastLogged()).toEqual({ id, value: 0.02, shown: c.logged });
    expect(session.spreadsheet.getSheets().map((s) => s.getLastRow())).not.toEqual(before);
  });

  test('"2%" is 2% too; the history lists every entry in percent', async () => {
    await checkIn('2%');
    expect(okrCell('current').getValue()).toBe(0.02);
    expect(lastLogged().value).toBe(0.02);
    const values = page.locator('.history .history-value');
    // The history as reloaded after this check-in: every entry of the log.
    const logged = (session.addon.call('getCheckIns', { id }) as unknown[]).length;
    await page.waitForFunction(
      (n) => document.querySelectorAll('.history .history-value').length === n,
      logged,
    );
    const shown = await values.allTextContents();
    expect(shown.slice(0, 2)).toEqual(['2%', '2%']);
    expect(shown).toContain(`${c.prefilled}%`); // the demo's last week: 2.1%
    for (const v of shown) expect(v).toMatch(/^\d+([.,]\d+)?%$/);
  });

  test('the edit form shows start and target in percent and keeps them', async () => {
    await page.getByRole('navigation').getByRole('button', { name: c.overview }).click();
    await idle();
    await page.getByRole('button', { name: c.edit }).click();
    await idle();
    expect(await page.getByLabel('Start', { exact: true }).inputValue()).toBe(c.start);
    expect(await page.locator('#fld-target').inputValue()).toBe(c.target);
    expect(okrCell('start').getValue()).toBe(0.025);
    expect(okrCell('target').getValue()).toBe(0.018);
  });
});

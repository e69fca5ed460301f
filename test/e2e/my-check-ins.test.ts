// My check-ins in a real headless Chromium, on the built add-on: the first view of a set-up
// workbook; the person picks their owner name once (remembered) or finds it pre-selected by
// their e-mail; due key results come first; Save sends every changed entry in one
// checkInMany; a refused entry is named and nothing is saved; in English and in Dutch.
//
// This file has its own browser for its own pages: launched in beforeAll, closed in afterAll
// only (closing a page can take the single-process Chromium down for the tests after it).
import type { Page } from 'playwright-core';
import type { Snapshot, SnapshotWire } from '../../src/shared/rpc';
import { receive } from '../../src/shared/snapshot-wire';
import { matchHeader, TAB_NAMES } from '../../src/core/columns';
import { dueForCheckIn, needsAttention } from '../../src/core/attention';
import { fileBrowser, openSidebar, screenshot, seriousA11yViolations } from './browser';
import { startAddon, type Addon } from './addon';

jest.setTimeout(120_000);

const browser = fileBrowser();

interface Case {
  locale: string;
  lang: 'en' | 'nl';
  title: string;
  owner: RegExp;
  due: string;
  save: string;
  overview: string;
  saved: RegExp;
  nothingSaved: string;
  fix: string;
  attention: RegExp;
}

const CASES: Case[] = [
  {
    locale: 'en_US',
    lang: 'en',
    title: 'My check-ins',
    owner: /^I am/,
    due: 'Due',
    save: 'Save check-ins',
    overview: 'Overview',
    saved: /^2 check-ins saved: /,
    nothingSaved: 'Nothing was saved.',
    fix: 'Nothing was saved: fix the 1 marked value first.',
    attention: /^Only what needs attention \((\d+)\): at risk, off track or due for a check-in$/,
  },
  {
    locale: 'nl_NL',
    lang: 'nl',
    title: 'Mijn check-ins',
    owner: /^Ik ben/,
    due: 'Aan de beurt',
    save: 'Check-ins opslaan',
    overview: 'Overzicht',
    saved: /^2 check-ins opgeslagen: /,
    nothingSaved: 'Er is niets opgeslagen.',
    fix: 'Er is niets opgeslagen: verbeter eerst de 1 gemarkeerde waarde.',
    attention:
      /^Alleen wat aandacht vraagt \((\d+)\): risico, niet op koers of aan de beurt voor een check-in$/,
  },
];

describe.each(CASES)('My check-ins ($locale)', (c) => {
  let addon: Addon;
  let page: Page;
  let pageErrors: string[];
  let requests: string[];
  const calls: string[] = [];
  /** The owner whose key results are checked in, and theirs (open, numeric). */
  let owner: string;
  let ids: string[];
  /** Every one the view lists (milestones too). */
  let all: string[];
  /** The one of them checked in recently (not due). */
  let recent: string;

  function snapshot(): Snapshot {
    return receive(addon.call('getSnapshot', {}) as SnapshotWire);
  }
  const item = (id: string) => snapshot().items.find((i) => i.id === id)!;

  async function idle() {
    await page.waitForFunction(() => document.querySelector('main[aria-busy="true"]') === null);
  }

  beforeAll(async () => {
    addon = await startAddon({ locale: c.locale, today: '2026-02-02', userLocale: c.lang });
    addon.call('setUp', { example: true });
    const snap = snapshot();
    // The owner of the quarter's first key result, and every open key result of theirs that
    // runs in the quarter (its own and the year's), as the view lists them.
    const krs = snap.items.filter(
      (i) => i.type === 'keyResult' && !i.closed && i.kind !== 'rollup',
    );
    owner = krs.find((k) => k.period === snap.currentQuarter)!.owner;
    const mine = krs.filter((k) => k.owner === owner && k.period.startsWith('2026'));
    ids = mine.filter((k) => k.kind !== 'milestone').map((k) => k.id);
    all = mine.map((k) => k.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    // All checked in on 2 February, one of them again on the 10th; today is the 16th: the
    // others are 14 days old (due with the 7-day interval), that one 6 days (not due).
    addon.call('checkInMany', {
      entries: mine.map((k) => ({
        id: k.id,
        value: k.kind === 'milestone' ? false : 1,
        confidence: 'low',
      })),
    });
    recent = ids[ids.length - 1]!;
    addon.runtime.setToday('2026-02-10');
    addon.call('checkIn', { id: recent, value: 2, confidence: 'low', note: '' });
    addon.runtime.setToday('2026-02-16');
    ({ page, pageErrors, requests } = await openSidebar(browser(), (name, arg) => {
      calls.push(name);
      return addon.call(name, arg);
    }));
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
    expect(requests).toEqual([]);
  });

  test('is the first view; the owner picked once is remembered', async () => {
    await page.getByRole('heading', { name: c.title }).waitFor();
    expect(await page.getByLabel(c.owner).inputValue()).toBe('');
    await page.getByLabel(c.owner).selectOption(owner);
    await idle();
    expect(snapshot().me.owner).toBe(owner);
    expect(calls).toContain('setMyOwner');
    await page.reload();
    await page.getByRole('heading', { name: c.title }).waitFor();
    expect(await page.getByLabel(c.owner).inputValue()).toBe(owner);
  });

  test('lists the owner’s open key results, due first, each pre-filled', async () => {
    const cards = page.locator('.mine-kr');
    await cards.first().waitFor();
    const shown = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(shown.at(-1)).toBe(recent);
    expect([...shown].sort()).toEqual([...all].sort());
    const due = await page.locator('.mine-kr .chip-due').allTextContents();
    expect(due).toEqual(Array.from({ length: all.length - 1 }, () => c.due));
    expect(await page.locator(`[data-id="${recent}"] .chip-due`).count()).toBe(0);
    expect(await page.locator(`#mine-value-${recent}`).inputValue()).toBe('2');
    expect(await page.locator(`#mine-value-${ids[0]}`).inputValue()).toBe('1');
    await page.locator(`[data-id="${ids[0]}"] .progress`).waitFor();
    await screenshot(page, `my-check-ins-${c.lang}`);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test('an empty value is marked in the sidebar; nothing is sent', async () => {
    const before = calls.length;
    await page.locator(`#mine-value-${ids[0]}`).fill('');
    await page.getByRole('button', { name: c.save }).click();
    expect(await page.locator('.mine-kr .field-error').count()).toBe(1);
    expect(await page.locator('form > .field-error').textContent()).toBe(c.fix);
    expect(calls.length).toBe(before);
    await page.locator(`#mine-value-${ids[0]}`).fill('1');
  });

  test('a refused entry is named and nothing is saved for any entry', async () => {
    const [a, b] = ids as [string, string];
    const log = () => addon.spreadsheet.getSheets().map((s) => s.getDataRange().getValues());
    const before = log();
    await page.locator(`#mine-value-${a}`).fill('5');
    // Too large for a value: the sidebar sends it, the server refuses it.
    await page.locator(`#mine-value-${b}`).fill('9999999999999999');
    await page.getByRole('button', { name: c.save }).click();
    await idle();
    const alert = await page.locator('.problem-message').textContent();
    expect(alert).toContain(`${c.nothingSaved} ${b}:`);
    expect(log()).toEqual(before);
    expect(item(a).current).toBe(1);
    await page.locator(`#mine-value-${b}`).fill('1');
  });

  test('Save sends every changed entry in one call; the sheet has them', async () => {
    const [a, b] = ids as [string, string];
    await page.locator(`#mine-value-${a}`).fill('12');
    await page.locator(`#mine-confidence-${b}`).selectOption('high');
    await page.locator(`#mine-note-${b}`).fill('on our way');
    const before = calls.length;
    await page.getByRole('button', { name: c.save }).click();
    await idle();
    expect(calls.slice(before)).toEqual(['checkInMany']);
    expect(await page.locator('.notice').textContent()).toMatch(c.saved);
    expect(item(a).current).toBe(12);
    expect(item(a).lastCheckIn).toBe('2026-02-16');
    expect(item(b).confidence).toBe('high');
    expect(item(b).current).toBe(1);
    // Saved today: no longer due, so both move below the ones still due.
    const shown = await page
      .locator('.mine-kr')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(shown.slice(-3).sort()).toEqual([a, b, recent].sort());
    // The Overview is one tab away.
    await page.getByRole('navigation').getByRole('button', { name: c.overview }).click();
    await idle();
    await page.locator('#f-period').waitFor();
  });

  test('the Overview shows only what needs attention when asked (src/core/attention.ts)', async () => {
    const snap = snapshot();
    const shownKrs = () =>
      page
        .locator('.item-keyResult')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
    const everyKr = await shownKrs();
    const needs = everyKr.filter((id) =>
      needsAttention(
        snap.items.find((i) => i.id === id)!,
        snap.today,
        snap.checkInDays,
      ),
    );
    // Some need attention (due or behind), others not (checked in today and on track).
    expect(needs.length).toBeGreaterThan(0);
    expect(needs.length).toBeLessThan(everyKr.length);
    const box = page.getByLabel(c.attention);
    // The label counts them.
    const label = (await page.locator('label[for="f-attention"]').textContent()) ?? '';
    expect(c.attention.exec(label)?.[1]).toBe(String(needs.length));
    await box.check();
    await idle();
    expect((await shownKrs()).sort()).toEqual([...needs].sort());
    // The ones due for a check-in say so (others are listed for their status).
    const due = needs.filter((id) =>
      dueForCheckIn(
        snap.items.find((i) => i.id === id)!,
        snap.today,
        snap.checkInDays,
      ),
    );
    expect(due.length).toBeGreaterThan(0);
    const chips = await page
      .locator('.item-keyResult:has(.chip-due)')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
    expect(chips.sort()).toEqual([...due].sort());
    expect(await page.locator('.item-keyResult .chip-due').first().textContent()).toBe(c.due);
    await screenshot(page, `overview-attention-${c.lang}`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await box.uncheck();
    expect((await shownKrs()).sort()).toEqual([...everyKr].sort());
  });
});

test('an owner written as the person’s e-mail is pre-selected', async () => {
  const addon = await startAddon({
    locale: 'en_US',
    today: '2026-02-16',
    userEmail: 'eva@example.com',
  });
  addon.call('setUp', { example: true });
  const snap = addon.call('getSnapshot', {}) as SnapshotWire;
  const objective = snap.items.find((i) => i.type === 'objective' && i.period === '2026-Q1')!;
  addon.call('addItem', {
    type: 'keyResult',
    parentId: objective.id,
    title: 'Ten demos',
    owner: 'EVA@example.com',
    start: 0,
    target: 10,
  });
  const { page } = await openSidebar(browser(), (name, arg) => addon.call(name, arg));
  await page.getByRole('heading', { name: 'My check-ins' }).waitFor();
  expect(await page.getByLabel(/^I am/).inputValue()).toBe('EVA@example.com');
  await page.locator('.mine-kr').first().waitFor();
  expect(await page.locator('.mine-kr .item-title').allTextContents()).toEqual([
    expect.stringContaining('Ten demos'),
  ]);
});

test.each([
  {
    locale: 'en_US',
    lang: 'en',
    owner: /^I am/,
    via: 'No owner of its own: yours as the owner of',
  },
  {
    locale: 'nl_NL',
    lang: 'nl',
    owner: /^Ik ben/,
    via: 'Geen eigen eigenaar: van jou als eigenaar van',
  },
] as const)(
  'a key result without an owner is listed for its objective’s owner ($locale)',
  async (c) => {
    const addon = await startAddon({ locale: c.locale, today: '2026-02-16', userLocale: c.lang });
    addon.call('setUp', { example: true });
    const snap = addon.call('getSnapshot', {}) as SnapshotWire;
    const objective = snap.items.find(
      (i) => i.type === 'objective' && i.period === '2026-Q1' && i.owner !== '',
    )!;
    const added = addon.call('addItem', {
      type: 'keyResult',
      parentId: objective.id,
      title: 'Nobody’s yet',
      owner: '',
      start: 0,
      target: 10,
    }) as { id: string };
    // A new key result takes its objective's owner: clear it in the sheet, as a person would.
    const row = (addon.call('getSnapshot', {}) as SnapshotWire).items.find(
      (i) => i.id === added.id,
    )!.row;
    const okr = addon.spreadsheet.getSheetByName(TAB_NAMES.okr[c.lang])!;
    const header = matchHeader(okr.getDataRange().getValues())!;
    okr.getRange(row, header.columns.owner! + 1).setValue('');
    addon.call('setMyOwner', { owner: objective.owner });
    const { page } = await openSidebar(browser(), (name, arg) => addon.call(name, arg));
    await page.getByLabel(c.owner).waitFor();
    expect(await page.getByLabel(c.owner).inputValue()).toBe(objective.owner);
    const card = page.locator(`.mine-kr[data-id="${added.id}"]`);
    await card.waitFor();
    expect(await card.locator('.mine-via').textContent()).toBe(`${c.via} ${objective.id}`);
    expect(await seriousA11yViolations(page)).toEqual([]);
  },
);

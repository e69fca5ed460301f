// A real headless Chromium for the browser tests, from a package manager only: Debian's
// `chromium` (apt) when installed, else the binary inside the npm package @sparticuz/chromium.
// Never skips: if neither is there, the tests fail and say how to get one.
import fs from 'node:fs';
import path from 'node:path';
import sparticuz from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';
import { checkScriptRunValue } from '../../dev/gas-shim/script-run-values.js';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const ROOT = path.resolve(__dirname, '..', '..');
export const SIDEBAR_HTML = path.join(ROOT, 'dist', 'sidebar.html');
/** The google.script.run stand-in: the rule for what it carries, then the shim itself. */
export const SHIM_FILES = ['script-run-values.js', 'google-script-run.js'].map((f) =>
  path.join(ROOT, 'dev', 'gas-shim', f),
);
export const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const SIDEBAR_URL = 'https://sidebar.okr-sheets.test/';
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  const system = SYSTEM_CHROMIUM.find((p) => fs.existsSync(p));
  if (system) {
    return playwright.launch({ executablePath: system, headless: true, args: ['--no-sandbox'] });
  }
  return playwright.launch({
    executablePath: await sparticuz.executablePath(),
    args: sparticuz.args,
    headless: true,
  });
}

/**
 * A test file's own browser: launched before its tests, closed after them only (with the
 * single-process Chromium of @sparticuz/chromium, closing a page can take the browser down for
 * the tests after it). Call at the top level of the file; the getter gives the browser in tests.
 */
export function fileBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is launched in beforeAll: use it inside a test.');
    return browser;
  };
}

/** The server side the page talks to: a function name and its JSON-like argument. */
export type Transport = (name: string, arg: unknown) => unknown | Promise<unknown>;

/**
 * Opens the sidebar (by default the built dist/sidebar.html; or `html`, e.g. what the add-on
 * handed to showSidebar) at the width Sheets gives it (300 px), with google.script.run wired
 * to `transport` through the shim in dev/gas-shim.
 */
export async function openSidebar(
  browser: Browser,
  transport: Transport,
  opts: { width?: number; height?: number; html?: string } = {},
): Promise<{ page: Page; dialogs: string[]; pageErrors: string[]; requests: string[] }> {
  const page = await browser.newPage({
    viewport: { width: opts.width ?? 300, height: opts.height ?? 900 },
    deviceScaleFactor: 1,
  });
  page.setDefaultTimeout(10_000);
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.exposeFunction('__okrTransport', async (name: string, argJson: string) => {
    const arg = argJson === '' ? undefined : JSON.parse(argJson);
    const result = await transport(name, arg);
    // The server end of google.script.run: a result it cannot carry fails the call, as the
    // runtime's loader does for the add-on's own answers.
    checkScriptRunValue(result, 'result');
    return result === undefined ? '' : JSON.stringify(result);
  });
  // One init script: Playwright does not define the order of several.
  const shim = SHIM_FILES.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  await page.addInitScript({ content: shim });
  // The page is served from a made-up origin; any other request (a font, a script, an image
  // from user text) is refused and recorded: the sidebar must need nothing from the network.
  const requests: string[] = [];
  const html = opts.html ?? fs.readFileSync(SIDEBAR_HTML, 'utf8');
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === SIDEBAR_URL) return route.fulfill({ body: html, contentType: 'text/html' });
    requests.push(url);
    return route.abort();
  });
  await page.goto(SIDEBAR_URL);
  return { page, dialogs, pageErrors, requests };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core on the page; returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  // A viewport as tall as the page, so sticky parts sit where they would at the end of a scroll.
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (viewport && height > viewport.height) await page.setViewportSize({ ...viewport, height });
  await page.screenshot({ path: file, fullPage: true });
  if (viewport && height > viewport.height) await page.setViewportSize(viewport);
  return file;
}

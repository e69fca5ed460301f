#!/usr/bin/env node
// Screenshots for the README, made from the real preview (npm start) on the demo workbook:
//   node scripts/screenshots.mjs        (builds dist/ first)
// Starts dev/preview/server.mjs on a free port with a fixed date, drives it with playwright-core
// in headless Chromium (Debian's chromium if installed, else @sparticuz/chromium, as the browser
// tests do) and writes docs/screenshots/*.png.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sparticuz from '@sparticuz/chromium';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'docs', 'screenshots');
const TODAY = '2026-05-20';

function startPreview(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'dev', 'preview', 'server.mjs'), '--port', '0', ...args],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d) => {
      out += d.toString();
      const m = /OKR Sheets preview: (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`The preview exited (${code}): ${out}`)));
  });
}

async function launch() {
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
  if (system)
    return chromium.launch({ executablePath: system, headless: true, args: ['--no-sandbox'] });
  return chromium.launch({
    executablePath: await sparticuz.executablePath(),
    args: sparticuz.args,
    headless: true,
  });
}

async function main() {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  fs.mkdirSync(outDir, { recursive: true });
  const { child, url } = await startPreview(['--today', TODAY]);
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 640 } });
    page.setDefaultTimeout(15_000);
    await page.goto(url);
    const sidebar = page.frameLocator('aside.sidebar iframe');
    await sidebar.getByRole('button', { name: 'Add objective' }).waitFor();
    const shot = async (name) => {
      const file = path.join(outDir, `${name}.png`);
      await page.screenshot({ path: file });
      process.stdout.write(
        `${path.relative(root, file)} (${Math.round(fs.statSync(file).size / 1024)} KB)\n`,
      );
    };
    const cellOf = async (text) => {
      const cell = page.locator('td.cell', { hasText: text }).first();
      return { row: Number(await cell.getAttribute('data-row')) };
    };
    const columnOf = async (header) =>
      Number(
        await page
          .locator('td[data-row="1"]', { hasText: new RegExp(`^${header}$`) })
          .first()
          .getAttribute('data-col'),
      );
    const td = (row, col) => page.locator(`td[data-row="${row}"][data-col="${col}"]`);

    // 1. The OKR tab beside the sidebar; the sidebar's "go to row" selects a key result.
    const kr = await cellOf('500 newsletter sign-ups');
    await sidebar
      .locator('[data-id="KR-3"] button')
      .first()
      .click()
      .catch(() => undefined);
    await td(kr.row, 3).click();
    await shot('01-workbook');

    // 2. The numbers: current values, progress (formula in the bar), expected, status, grade.
    const progress = await columnOf('Progress');
    await page.locator('.grid-scroller').evaluate((el, x) => (el.scrollLeft = x), 620);
    await td(kr.row, progress).click();
    await shot('02-progress-and-status');

    // 3. The add-on menu's Build summary asks for the summary's period.
    await page.getByRole('button', { name: 'Extensions › OKR Sheets' }).click();
    await page.getByRole('menuitem', { name: 'Build summary' }).click();
    await page.getByRole('dialog').getByRole('textbox').waitFor();
    await shot('03-menu-prompt');
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();

    // 4. The summary tab with its charts.
    await page.locator('.chart canvas').first().waitFor();
    await page.getByRole('button', { name: 'Close the sidebar' }).click();
    await page.locator('.grid-scroller').evaluate((el) => {
      const chart = el.querySelector('.chart');
      el.scrollLeft = chart ? chart.offsetLeft + chart.offsetWidth - el.clientWidth + 12 : 0;
    });
    await shot('04-summary-charts');
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});

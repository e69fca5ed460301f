// google.script.run in a real headless Chromium, through the shim in dev/gas-shim: what it may
// carry follows the platform's rule (dev/gas-shim/script-run-values.js). A Date in an argument
// fails the call before it is sent; a Date in a result fails at the server end of the transport;
// both reach the failure handler with a message that says what and where.
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openSidebar } from './browser';

jest.setTimeout(60_000);

let browser: Browser;
let page: Page;
const received: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  const transport = (name: string, arg: unknown) => {
    received.push(name);
    if (name === 'dueDate') return { id: 'KR-1', due: new Date(Date.UTC(2026, 2, 31)) };
    return { echo: arg };
  };
  const html = '<!doctype html><html><head><title>run</title></head><body></body></html>';
  ({ page } = await openSidebar(browser, transport, { html }));
});

afterAll(async () => {
  await browser?.close();
});

/** The page's google.script.run, as far as these tests use it. */
type Runner = { [name: string]: (arg: unknown) => void } & {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
};

/** Calls google.script.run.NAME(arg) in the page: which handler ran, with what. */
function run(name: string, arg: 'date' | 'plain'): Promise<[string, unknown]> {
  return page.evaluate(
    ([fn, kind]) =>
      new Promise<[string, unknown]>((resolve) => {
        const google = (window as unknown as { google: { script: { run: Runner } } }).google;
        const runner = google.script.run
          .withSuccessHandler((v) => resolve(['success', v]))
          .withFailureHandler((e) => resolve(['failure', `${e.name}: ${e.message}`]));
        runner[fn]!(kind === 'date' ? { when: new Date(0) } : { when: '1970-01-01' });
      }),
    [name, arg] as const,
  );
}

test('a plain argument and result pass', async () => {
  await expect(run('echo', 'plain')).resolves.toEqual([
    'success',
    { echo: { when: '1970-01-01' } },
  ]);
});

test('a Date argument fails the failure handler and is never sent', async () => {
  received.length = 0;
  const [handler, message] = await run('echo', 'date');
  expect(handler).toBe('failure');
  expect(message).toContain('google.script.run cannot carry a Date in its argument (at [0].when)');
  expect(received).toEqual([]);
});

test('a Date result fails the failure handler, as the server cannot send it', async () => {
  const [handler, message] = await run('dueDate', 'plain');
  expect(handler).toBe('failure');
  expect(message).toContain('google.script.run cannot carry a Date in its result (at due)');
});

// The sidebar's typed client over google.script.run, driven through the browser shim in
// dev/gas-shim (plain JS that also runs here: it falls back to globalThis without a window).
import { CallError, call } from '../../src/sidebar/client';

type Transport = (name: string, argJson: string) => Promise<string>;
const g = globalThis as unknown as { __okrTransport?: Transport; google?: unknown };

beforeAll(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../../dev/gas-shim/google-script-run.js');
});

function serve(handlers: Record<string, (arg: unknown) => unknown>) {
  const seen: { name: string; argJson: string }[] = [];
  g.__okrTransport = async (name, argJson) => {
    seen.push({ name, argJson });
    const fn = handlers[name];
    if (!fn) throw new Error(`Script function not found: ${name}`);
    const result = fn(argJson === '' ? undefined : JSON.parse(argJson));
    return result === undefined ? '' : JSON.stringify(result);
  };
  return seen;
}

describe('call', () => {
  it('sends one JSON argument and resolves with the result', async () => {
    const seen = serve({ getCheckIns: (arg) => [{ keyResultId: (arg as { id: string }).id }] });
    await expect(call('getCheckIns', { id: 'KR-1' })).resolves.toEqual([{ keyResultId: 'KR-1' }]);
    expect(seen).toEqual([{ name: 'getCheckIns', argJson: '{"id":"KR-1"}' }]);
  });

  it('resolves void results with undefined', async () => {
    serve({ selectItem: () => undefined });
    await expect(call('selectItem', { id: 'O-1' })).resolves.toBeUndefined();
  });

  it('rejects with the server message as a CallError', async () => {
    serve({
      addItem: () => {
        throw new Error('Title is missing. Enter a title.');
      },
    });
    const error = await call('addItem', { type: 'objective', title: '' }).catch((e) => e);
    expect(error).toBeInstanceOf(CallError);
    expect(error).toMatchObject({ kind: 'server', fn: 'addItem' });
    expect(error.message).toBe('Title is missing. Enter a title.');
  });

  it('tells a function the server does not have apart from other failures', async () => {
    serve({});
    const error = await call('buildSummary', { period: '2026-Q1' }).catch((e) => e);
    expect(error).toMatchObject({ kind: 'unavailable', fn: 'buildSummary' });
  });

  it('rejects when there is no google.script.run at all', async () => {
    const saved = g.google;
    g.google = undefined;
    try {
      await expect(call('getSnapshot', {})).rejects.toMatchObject({ kind: 'offline' });
    } finally {
      g.google = saved;
    }
  });
});

describe('the google.script.run shim', () => {
  type Runner = Record<string, (...a: unknown[]) => Runner>;
  const run = () => (g.google as { script: { run: Runner } }).script.run;

  it('passes the user object to the handlers and runs them asynchronously', async () => {
    serve({ echo: (arg) => arg });
    const events: string[] = [];
    const done = new Promise<unknown[]>((resolve) => {
      run().withSuccessHandler!((value: unknown, user: unknown) => resolve([value, user]))
        .withUserObject!({ tag: 7 }).echo!({ a: 1 });
      events.push('returned');
    });
    await expect(done).resolves.toEqual([{ a: 1 }, { tag: 7 }]);
    expect(events).toEqual(['returned']);
  });

  it('drops what JSON cannot carry, as the platform does', async () => {
    const seen = serve({ echo: (arg) => arg });
    const value = await new Promise((resolve, reject) => {
      run().withSuccessHandler!(resolve).withFailureHandler!(reject).echo!({
        when: new Date(Date.UTC(2026, 0, 2)),
        fn: () => 1,
      });
    });
    expect(value).toEqual({ when: '2026-01-02T00:00:00.000Z' });
    expect(seen[0]!.argJson).not.toContain('fn');
  });

  it('accepts a transport that reports errors as {"__error": …}', async () => {
    g.__okrTransport = async () =>
      JSON.stringify({ __error: { message: 'Locked', name: 'Exception' } });
    const error = await new Promise((resolve) => {
      run().withFailureHandler!(resolve).anything!({});
    });
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('Locked');
  });
});

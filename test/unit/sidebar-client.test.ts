// The sidebar's typed client over google.script.run, driven through the browser shim in
// dev/gas-shim (plain JS that also runs here: it falls back to globalThis without a window).
import { checkScriptRunValue } from '../../dev/gas-shim/script-run-values.js';
import { emptyItem } from '../../src/core/model';
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
    checkScriptRunValue(result, 'result'); // the server end of google.script.run
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

  // As on the platform ("Requests fail if you attempt to pass a Date, Function, DOM element …"),
  // not quietly turned into text by JSON: the failure handler hears why, nothing is sent.
  it('fails an argument google.script.run cannot carry before sending it', async () => {
    const seen = serve({ echo: (arg) => arg });
    for (const [arg, message] of [
      [
        { when: new Date(Date.UTC(2026, 0, 2)) },
        'cannot carry a Date in its argument (at [0].when)',
      ],
      [{ fn: () => 1 }, 'cannot carry a function in its argument (at [0].fn)'],
    ] as const) {
      const outcome = await new Promise((resolve) => {
        run().withSuccessHandler!((v: unknown) => resolve(['success', v])).withFailureHandler!(
          (e: Error) => resolve(['failure', e.message]),
        ).echo!(arg);
      });
      expect(outcome).toEqual(['failure', expect.stringContaining(message)]);
    }
    expect(seen).toEqual([]);
  });

  it('a result the server cannot send reaches the failure handler', async () => {
    serve({ today: () => ({ today: new Date(Date.UTC(2026, 0, 2)) }) });
    const outcome = await new Promise((resolve) => {
      run().withSuccessHandler!((v: unknown) => resolve(['success', v])).withFailureHandler!(
        (e: Error) => resolve(['failure', e.message]),
      ).today!({});
    });
    expect(outcome).toEqual([
      'failure',
      expect.stringContaining('cannot carry a Date in its result (at today)'),
    ]);
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

describe('snapshots arrive with every row’s numbers', () => {
  const row = (over: Record<string, unknown>) => ({
    ...emptyItem('keyResult'),
    level: 'team',
    team: 'Ops',
    period: '2026-Q1',
    ...over,
  });
  const wire = (today: string) => ({
    lang: 'nl',
    locale: 'nl_NL',
    today,
    ready: true,
    okrSheetName: 'OKRs',
    periods: ['2026-Q1'],
    currentQuarter: '2026-Q1',
    teams: ['Ops'],
    owners: [],
    thresholds: { onTrack: 0.9, atRisk: 0.7 },
    items: [
      row({ id: 'O-1', type: 'objective', row: 2 }),
      row({ id: 'KR-1', parentId: 'O-1', row: 3, start: 0, target: 10, current: 5 }),
      row({ id: 'KR-2', parentId: 'O-1', row: 4, start: 5, target: 5, current: 5 }),
      row({ id: 'I-1', type: 'initiative', parentId: 'KR-1', row: 5, current: 'klaar' }),
    ],
  });

  it('works out progress, expected, status, grade and initiatives from the snapshot’s date', async () => {
    // 2026-02-15 is half-way through Q1 (expected 0.5); on 2026-03-31 almost all of it.
    for (const [today, status] of [
      ['2026-02-15', 'onTrack'],
      ['2026-03-31', 'offTrack'],
    ] as const) {
      serve({ getSnapshot: () => wire(today) });
      const snap = await call('getSnapshot', {});
      const kr1 = snap.items.find((i) => i.id === 'KR-1')!;
      expect(kr1.progress).toBe(0.5);
      expect(kr1.status).toBe(status);
      expect(kr1.grade).toBe(0.5);
      expect(kr1).toMatchObject({ initiativesDone: 1, initiativesTotal: 1 });
      // Start = target cannot be measured: the reason comes in the snapshot's language.
      const kr2 = snap.items.find((i) => i.id === 'KR-2')!;
      expect(kr2.progress).toBe('');
      expect(kr2.progressError).toBe(
        'start en target zijn allebei 5: zet kind op "minimaal" of "maximaal", of pas target aan',
      );
      expect(snap.items.find((i) => i.id === 'O-1')!.progress).toBe(0.25);
    }
  });

  it('expands the snapshot inside a mutation’s answer; other answers pass as they are', async () => {
    serve({
      checkIn: () => ({ id: 'KR-1', message: 'ok', snapshot: wire('2026-02-15') }),
      listRollover: () => ({ period: '2026-Q1', items: [] }),
    });
    const result = await call('checkIn', { id: 'KR-1', value: 5, confidence: '', note: '' });
    expect(result.message).toBe('ok');
    expect(result.snapshot.items.find((i) => i.id === 'KR-1')!.progress).toBe(0.5);
    await expect(call('listRollover', { period: '2026-Q1' })).resolves.toEqual({
      period: '2026-Q1',
      items: [],
    });
  });

  it('a snapshot whose date cannot be read is a clear error, not a wrong screen', async () => {
    serve({ getSnapshot: () => wire('yesterday') });
    await expect(call('getSnapshot', {})).rejects.toThrow(/"yesterday" is not a date/);
  });
});

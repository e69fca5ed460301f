// What google.script.run may carry (dev/gas-shim/script-run-values.js): the one rule the
// runtime's loader and the browser shim both apply. Primitives, null, arrays and plain objects
// pass; a Date, a function, any other kind of object or a cycle throws, naming it and where.
import vm from 'node:vm';
import { checkScriptRunValue } from '../../dev/gas-shim/script-run-values.js';

test('primitives, arrays and plain objects pass, from this realm or another', () => {
  const shared = { id: 'KR-1' };
  for (const value of [
    undefined,
    null,
    'text',
    0,
    -1.5,
    true,
    [],
    [1, 'two', null, undefined, [false]],
    { a: { b: [{ c: 'd' }] }, none: undefined },
    Object.create(null),
    { first: shared, second: shared, list: [shared, shared] },
    vm.runInNewContext('({ items: [{ id: "O-1", progress: 0.5 }], when: "2026-03-31" })'),
  ])
    expect(() => checkScriptRunValue(value, 'result')).not.toThrow();
});

test('a Date or a function throws, naming the place, in an argument or a result', () => {
  expect(() => checkScriptRunValue(new Date(), 'result')).toThrow(
    'google.script.run cannot carry a Date in its result: send a date as ISO text (2026-03-31).',
  );
  expect(() => checkScriptRunValue([{ items: [{ due: new Date() }] }], 'argument')).toThrow(
    'google.script.run cannot carry a Date in its argument (at [0].items[0].due)',
  );
  expect(() => checkScriptRunValue({ onDone: () => 1 }, 'result')).toThrow(
    'google.script.run cannot carry a function in its result (at onDone): send data, not code.',
  );
  const vmDate = vm.runInNewContext('({ when: new Date(0) })');
  expect(() => checkScriptRunValue(vmDate, 'result')).toThrow(/a Date in its result \(at when\)/);
});

test('other objects, symbols, big integers and cycles throw too', () => {
  class Item {
    id = 'O-1';
  }
  const cycle: Record<string, unknown> = { name: 'loop' };
  cycle.self = { back: cycle };
  const cases: [unknown, RegExp][] = [
    [new Map([['a', 1]]), /cannot carry a Map in its result/],
    [{ tags: new Set(['x']) }, /a Set in its result \(at tags\)/],
    [[/x/], /a RegExp in its result \(at \[0\]\)/],
    [{ item: new Item() }, /an Item in its result \(at item\)/],
    [new Error('x'), /an Error in its result/],
    [{ s: Symbol('s') }, /a symbol in its result \(at s\)/],
    [{ n: BigInt(1) }, /a bigint in its result \(at n\)/],
    [cycle, /a circular reference in its result \(at self\.back\)/],
  ];
  for (const [value, message] of cases)
    expect(() => checkScriptRunValue(value, 'result')).toThrow(message);
});

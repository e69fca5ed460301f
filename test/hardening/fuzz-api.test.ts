// Property-based fuzzing of every server function the sidebar calls (OkrApi in
// src/shared/rpc.ts), on the BUILT dist/Code.js in the local runtime, with malformed payloads:
// wrong types, missing fields, huge strings, unknown IDs, prototype-pollution keys, NaN and
// Infinity, nested junk, arrays instead of objects. A rejected call must throw a clear error (a
// message for a person, not a raw TypeError) and leave the workbook exactly as it was.
import fc from 'fast-check';
import vm from 'node:vm';
import type { ApiName } from '../../src/shared/rpc';
import { exampleWorkbook, RAW_ERROR, restore, state, thrown, type Loaded } from './helpers';

const FIELDS: Record<ApiName, readonly string[]> = {
  getSnapshot: [],
  showAlignmentMap: [],
  setUp: ['example'],
  previewStructure: ['sheetName'],
  structureSheet: ['sheetName'],
  addItem: [
    'type',
    'title',
    'level',
    'team',
    'owner',
    'period',
    'parentId',
    'alignedTo',
    'kind',
    'start',
    'target',
    'current',
    'unit',
    'weight',
    'confidence',
    'notes',
    'sourceId',
  ],
  updateItem: ['id', 'changes'],
  moveItem: ['id', 'parentId'],
  deleteItem: ['id', 'withChildren'],
  checkIn: ['id', 'value', 'confidence', 'note'],
  checkInMany: ['entries'],
  setMyOwner: ['owner'],
  getCheckIns: ['id'],
  runHealthCheck: [],
  repairSheet: [],
  selectItem: ['id'],
  selectRow: ['row'],
  setLanguage: ['lang'],
  buildSummary: ['period'],
  listRollover: ['period'],
  startNextQuarter: ['period', 'ids'],
};
const API = Object.keys(FIELDS) as ApiName[];

const HUGE = 'x'.repeat(60_000);
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    HUGE,
    '=HYPERLINK("http://evil.invalid")',
    '+1+1',
    '@me',
    '<script>alert(1)</script>',
    'O-999',
    'KR-0',
    'kr-1',
    'O-1 ',
    '__proto__',
    'constructor',
    'toString',
    'objective',
    'keyResult',
    'milestone',
    '2026-Q5',
    '2026-Q1',
    'en',
    'xx',
    '1e400',
    '-0',
    'NaN',
  ),
  fc.string({ maxLength: 30 }),
  fc.double(), // NaN, ±Infinity, -0 (JSON turns the non-finite ones into null, as google.script.run)
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string(), fc.integer()), { maxKeys: 3 }),
  fc.anything({ maxDepth: 2 }),
);

const POLLUTION = [
  '{"__proto__": {"polluted": "yes"}}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"__proto__": {"toString": "x", "polluted": "yes"}, "id": "KR-1"}',
];

function payloadFor(name: ApiName): fc.Arbitrary<unknown> {
  const keys = FIELDS[name];
  const shaped =
    keys.length === 0
      ? fc.dictionary(fc.string({ maxLength: 8 }), junk, { maxKeys: 3 })
      : fc
          .tuple(
            fc.subarray([...keys]),
            fc.array(junk, { minLength: keys.length, maxLength: keys.length }),
            fc.boolean(),
          )
          .map(([present, values, pollute]) => {
            const body: Record<string, unknown> = pollute
              ? (JSON.parse('{"__proto__": {"polluted": "yes"}}') as Record<string, unknown>)
              : {};
            present.forEach((k, i) => (body[k] = values[i]));
            return body;
          });
  return fc.oneof(
    { arbitrary: shaped, weight: 6 },
    { arbitrary: junk, weight: 2 },
    {
      arbitrary: fc.constantFrom(...POLLUTION).map((s) => JSON.parse(s) as unknown),
      weight: 1,
    },
    { arbitrary: fc.array(junk, { maxLength: 3 }), weight: 1 },
  );
}

describe('every sidebar API function rejects malformed payloads cleanly', () => {
  const base = exampleWorkbook();
  let current: Loaded = restore(base);
  let before = state(current.ss);

  const polluted = () =>
    vm.runInContext(
      '({}).polluted !== undefined || [].polluted !== undefined',
      current.addon.context,
    ) || ({} as Record<string, unknown>).polluted !== undefined;

  test.each(API)('%s', (name) => {
    fc.assert(
      fc.property(payloadFor(name), fc.boolean(), (payload, direct) => {
        // direct: straight into the global, NaN/undefined/Infinity intact (nothing serialised).
        const message = thrown(() => {
          if (!direct) return current.addon.call(name, payload);
          try {
            const fn = (current.addon.context as Record<string, unknown>)[name] as (
              p: unknown,
            ) => unknown;
            return fn.call(current.addon.context, payload);
          } finally {
            current.addon.lock.releaseMine();
          }
        });
        expect(polluted()).toBe(false);
        const after = state(current.ss);
        if (message === null) {
          // Accepted (the junk happened to be valid): start the next case from the example again.
          if (after !== before) {
            current = restore(base);
            before = state(current.ss);
          }
          return;
        }
        expect(message.trim()).not.toBe('');
        expect(message).not.toMatch(RAW_ERROR);
        expect(after === before).toBe(true);
      }),
      {
        numRuns: Number(process.env.FUZZ_RUNS ?? 40),
        ...(process.env.FUZZ_SEED ? {} : { seed: 8 }),
      },
    );
  });
});

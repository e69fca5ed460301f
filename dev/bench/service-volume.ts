// Cells crossing the service boundary, as the benchmark (dev/bench/bench.ts) counts them: a thin
// proxy over the SpreadsheetApp global inside the add-on's vm. Every object a method returns is
// wrapped; arguments are unwrapped before they reach the runtime, so identity checks there still
// hold. 2-D arrays returned by get* methods count as cells read; 2-D arrays passed to set*
// methods (and appendRow's row) as cells written.
import type { LocalAddon } from '../runtime';
import { CHUNK_ROWS } from '../../src/server/chunks';

export interface Volume {
  read: number;
  written: number;
  /** setValues calls of a block of more than one row (a large write, one per chunk). */
  chunks: number;
  /** Of those, chunks of exactly CHUNK_ROWS rows: the ones a larger block adds. */
  fullChunks: number;
  /** CPU microseconds spent inside the runtime's SpreadsheetApp objects. */
  serviceMicros: number;
}

function cellsOf(grid: unknown): number {
  if (!Array.isArray(grid) || !Array.isArray(grid[0])) return 0;
  let n = 0;
  for (const row of grid) n += Array.isArray(row) ? row.length : 0;
  return n;
}

function isWrappable(v: unknown): v is object {
  return (
    v !== null &&
    (typeof v === 'object' || typeof v === 'function') &&
    !Array.isArray(v) &&
    Object.prototype.toString.call(v) !== '[object Date]'
  );
}

export function instrumentVolume(addon: LocalAddon): Volume {
  const volume: Volume = { read: 0, written: 0, chunks: 0, fullChunks: 0, serviceMicros: 0 };
  const raw = new WeakMap<object, object>();
  const wrapped = new WeakMap<object, object>();
  const unwrap = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.some((x) => isWrappable(x) && raw.has(x)) ? v.map(unwrap) : v;
    return isWrappable(v) ? (raw.get(v) ?? v) : v;
  };
  const wrap = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.some(isWrappable) ? v.map(wrap) : v;
    if (!isWrappable(v)) return v;
    const known = wrapped.get(v);
    if (known) return known;
    const proxy = new Proxy(v, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop);
        if (typeof value !== 'function' || typeof prop === 'symbol') return value;
        return (...args: unknown[]) => {
          const t0 = process.cpuUsage();
          let out: unknown;
          try {
            out = (value as (...a: unknown[]) => unknown).apply(target, args.map(unwrap));
          } finally {
            const used = process.cpuUsage(t0);
            volume.serviceMicros += used.user + used.system;
          }
          if (prop.startsWith('get')) volume.read += cellsOf(out);
          else if (prop.startsWith('set')) volume.written += cellsOf(args[0]);
          if (prop === 'setValues' && Array.isArray(args[0]) && args[0].length > 1) {
            volume.chunks++;
            if (args[0].length === CHUNK_ROWS) volume.fullChunks++;
          } else if (prop === 'appendRow' && Array.isArray(args[0]))
            volume.written += args[0].length;
          return wrap(out);
        };
      },
    });
    raw.set(proxy, v);
    wrapped.set(v, proxy);
    return proxy;
  };
  const context = addon.context as Record<string, unknown>;
  Object.defineProperty(context, 'SpreadsheetApp', {
    value: wrap(context.SpreadsheetApp),
    writable: true,
    configurable: true,
    enumerable: false,
  });
  return volume;
}

// Service-call accounting and the "not implemented" guard. Every service object handed to the
// add-on is wrapped in a Proxy that (1) counts each outermost call as 'Class.method' — calls the
// runtime makes internally while serving a call are not counted, as they are no round trip in
// Apps Script — (2) throws "<Class>.<method> is not implemented by the local runtime" for any
// method the class lacks, and (3) re-throws errors as Errors of the add-on's own realm, so
// `e instanceof Error` holds inside the vm.

export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
}

export class Accounting {
  private depth = 0;
  private readonly calls = new Map<string, number>();
  realm: Realm = { Date, Error };
  /** Set while a trigger runs in a restricted AuthMode: returns an error message to refuse a call. */
  guard: ((key: string) => string | null) | null = null;

  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [k, v] of [...this.calls.entries()].sort((a, b) => a[0].localeCompare(b[0])))
      out[k] = v;
    return out;
  }

  reset(): void {
    this.calls.clear();
  }

  /** Adds counts (used to restore totals around a measurement). */
  add(counts: Record<string, number>): void {
    for (const [k, v] of Object.entries(counts)) this.calls.set(k, (this.calls.get(k) ?? 0) + v);
  }

  /** Runs a service method, counting it when it is an outermost call. */
  invoke<R>(key: string, run: () => R): R {
    if (this.depth === 0) {
      this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
      const refusal = this.guard?.(key);
      if (refusal) throw this.toRealmError(new Error(refusal));
    }
    this.depth++;
    try {
      return run();
    } catch (err) {
      if (this.depth === 1) throw this.toRealmError(err);
      throw err;
    } finally {
      this.depth--;
    }
  }

  private toRealmError(err: unknown): unknown {
    if (!(err instanceof Error)) return err;
    if ((this.realm.Error as unknown) === Error) return err;
    const out = new this.realm.Error(err.message);
    out.name = err.name;
    return out;
  }
}

export function notImplemented(className: string, method: string): Error {
  return new Error(`${className}.${method} is not implemented by the local runtime`);
}

// Property names that tools (jest, util.inspect, promise resolution) probe on any object; they
// must read as undefined rather than as unimplemented service methods.
const PROBED = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  'nodeType',
  'tagName',
  'inspect',
  'constructor',
  'valueOf',
  'toString',
  'length',
  'prototype',
]);

const METHOD_NAME = /^[a-z][A-Za-z0-9]*$/;

/**
 * Wraps a service object: counted calls, unimplemented methods throwing. Fields (non-function
 * properties) are read straight through. Methods that return the raw target return the proxy.
 */
export function service<T extends object>(target: T, className: string, accounting: Accounting): T {
  const wrappers = new Map<string, unknown>();
  const proxy: T = new Proxy(target, {
    get(t, prop) {
      const value: unknown = Reflect.get(t, prop, t);
      if (typeof prop === 'symbol' || PROBED.has(prop)) return value;
      if (typeof value === 'function') {
        let w = wrappers.get(prop);
        if (!w) {
          const key = `${className}.${prop}`;
          const fn = value as (...args: unknown[]) => unknown;
          w = function (...args: unknown[]) {
            return accounting.invoke(key, () => {
              const r = fn.apply(t, args);
              return r === t ? proxy : r;
            });
          };
          wrappers.set(prop, w);
        }
        return w;
      }
      if (value === undefined && !(prop in t) && METHOD_NAME.test(prop)) {
        return () =>
          accounting.invoke(`${className}.${prop}`, () => {
            throw notImplemented(className, prop);
          });
      }
      return value;
    },
  });
  return proxy;
}

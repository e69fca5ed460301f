// The typed promise client over google.script.run. Every server function the sidebar may call
// is a member of the shared `OkrApi` contract, so a renamed or retyped server function breaks
// the sidebar's build instead of the user's session.
import type { ApiAnswer, ApiName, ApiRequest } from '../shared/rpc';
import { receive } from '../shared/snapshot-wire';

/** The bits of google.script.run the client uses (the platform's runner is a chain). */
interface ScriptRunner {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRunner;
  withFailureHandler(fn: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

interface GoogleGlobal {
  script?: { run?: ScriptRunner };
}

/** A failed server call, with a kind the UI can turn into "what to do". */
export class CallError extends Error {
  constructor(
    message: string,
    readonly kind: 'server' | 'unavailable' | 'offline',
    readonly fn: ApiName,
  ) {
    super(message);
    this.name = 'CallError';
  }
}

function runner(): ScriptRunner | undefined {
  const g = (globalThis as unknown as { google?: GoogleGlobal }).google;
  return g?.script?.run;
}

const UNAVAILABLE =
  /script function not found|is not a function|not (yet )?available|not implemented|niet beschikbaar/i;

function toCallError(fn: ApiName, error: unknown): CallError {
  const message =
    error instanceof Error
      ? error.message
      : typeof error === 'string'
        ? error
        : String((error as { message?: unknown } | null)?.message ?? error);
  if (UNAVAILABLE.test(message) && message.includes(fn)) {
    return new CallError(message, 'unavailable', fn);
  }
  if (/NetworkError|network|timed out|Failed to fetch/i.test(message)) {
    return new CallError(message, 'offline', fn);
  }
  return new CallError(message, 'server', fn);
}

/**
 * Calls the server function `name` with its one payload; always with a failure handler. A
 * snapshot in the answer arrives with every row's numbers worked out (receive).
 */
export function call<K extends ApiName>(name: K, req: ApiRequest<K>): Promise<ApiAnswer<K>> {
  return new Promise<ApiAnswer<K>>((resolve, reject) => {
    const run = runner();
    if (!run) {
      reject(new CallError('google.script.run is not available', 'offline', name));
      return;
    }
    const chain = run
      .withSuccessHandler((value) => {
        try {
          resolve(receive(value) as ApiAnswer<K>);
        } catch (error) {
          reject(toCallError(name, error));
        }
      })
      .withFailureHandler((error) => reject(toCallError(name, error)));
    const fn = chain[name];
    if (typeof fn !== 'function') {
      reject(new CallError(`Script function not found: ${name}`, 'unavailable', name));
      return;
    }
    try {
      (fn as (arg: unknown) => void).call(chain, req);
    } catch (error) {
      reject(toCallError(name, error));
    }
  });
}

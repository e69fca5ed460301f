// Logger and console: recorded in addon.logs (printed only when OKR_RUNTIME_LOG=1).
import { service, type Accounting } from './accounting';
import { gas } from './gas';

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'Logger';
  message: string;
}

function render(args: unknown[]): string {
  return args
    .map((a) => {
      if (typeof a === 'string') return a;
      if (a instanceof Error || (a && typeof a === 'object' && 'stack' in a && 'message' in a))
        return String((a as Error).stack ?? (a as Error).message);
      try {
        return JSON.stringify(a);
      } catch {
        return String(a);
      }
    })
    .join(' ');
}

export function makeLogging(logs: LogEntry[], accounting: Accounting) {
  const push = (level: LogEntry['level'], message: string) => {
    logs.push({ level, message });
    if (process.env.OKR_RUNTIME_LOG === '1') process.stderr.write(`[${level}] ${message}\n`);
  };
  const logger = {
    log(format: unknown, ...values: unknown[]) {
      let i = 0;
      const msg =
        typeof format === 'string' && values.length
          ? format.replace(/%s/g, () => render([values[i++]]))
          : render([format]);
      push('Logger', msg);
      return this;
    },
    getLog: () =>
      logs
        .filter((l) => l.level === 'Logger')
        .map((l) => l.message)
        .join('\n'),
    clear: () => {
      for (let k = logs.length - 1; k >= 0; k--) if (logs[k]?.level === 'Logger') logs.splice(k, 1);
    },
  };
  const console = {
    log: (...a: unknown[]) => push('log', render(a)),
    info: (...a: unknown[]) => push('info', render(a)),
    warn: (...a: unknown[]) => push('warn', render(a)),
    error: (...a: unknown[]) => push('error', render(a)),
    time: () => undefined,
    timeEnd: () => undefined,
  };
  return {
    Logger: gas<GoogleAppsScript.Base.Logger>(service(logger, 'Logger', accounting)),
    console,
  };
}

// The page's side of the preview server's JSON API (see dev/preview/app/server.ts).
import type { AnswerView, MenuOutcome, WorkbookView } from '../view';

async function parse<T>(res: Response): Promise<T> {
  const body = (await res.json()) as T & { error?: unknown };
  if (!res.ok) throw new Error(typeof body.error === 'string' ? body.error : res.statusText);
  return body;
}

export async function getState(): Promise<WorkbookView> {
  return parse<WorkbookView>(await fetch('/api/state', { cache: 'no-store' }));
}

export async function post<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return parse<T>(res);
}

export const api = {
  tab: (sheetId: number) => post<WorkbookView>('/api/tab', { sheetId }),
  select: (sheetId: number, row: number, col: number) =>
    post<WorkbookView>('/api/select', { sheetId, row, col }),
  cell: (sheetId: number, row: number, col: number, input: string) =>
    post<{ view: WorkbookView; error?: string }>('/api/cell', { sheetId, row, col, input }),
  group: (sheetId: number, row: number, depth: number) =>
    post<WorkbookView>('/api/group', { sheetId, row, depth }),
  menu: (functionName: string, answers: AnswerView[]) =>
    post<MenuOutcome>('/api/menu', { functionName, answers }),
  /** google.script.run's transport: JSON text of the result, or {"__error": …} when it threw. */
  async rpc(name: string, argJson: string): Promise<string> {
    const arg = argJson === '' ? undefined : (JSON.parse(argJson) as unknown);
    const out = await post<{ result?: unknown; error?: { message: string } }>('/rpc', {
      name,
      arg,
    });
    if (out.error) return JSON.stringify({ __error: out.error });
    return out.result === undefined ? '' : JSON.stringify(out.result);
  },
};

/** 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

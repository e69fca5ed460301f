// The preview's HTTP server (node:http, 127.0.0.1 only). Serves the page, chart.js from
// node_modules, the google.script.run shim, the dialogs the add-on showed (the real built
// sidebar HTML) and a small JSON API over one PreviewSession:
//   GET  /api/state                          the workbook view
//   POST /api/tab {sheetId}                  show a tab (the active sheet)
//   POST /api/select {sheetId,row,col}       select a cell (the active range)
//   POST /api/cell {sheetId,row,col,input}   type into a cell (Range.setValue semantics)
//   POST /api/group {sheetId,row,depth}      collapse or expand a row group
//   POST /api/menu {functionName,answers}    run a menu item (see session.ts for prompts)
//   POST /rpc {name,arg}                     google.script.run from the sidebar
//   GET  /download/workbook.json             the workbook as JSON (dev/runtime format)
//   GET  /download/csv?sheet=ID              one tab as CSV
// POSTs must be JSON from the page's own origin, so other web pages cannot drive it.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import {
  createSpreadsheet,
  loadCsvAsSheet,
  spreadsheetFromJson,
  type LocalSpreadsheet,
} from '../../runtime';
import { TAB_METADATA_KEY } from '../../../src/core/columns';
import { wallTime } from '../../runtime/dates';
import type { AnswerView } from '../view';
import { buildDemo } from './demo';
import { PreviewSession } from './session';

export interface PreviewOptions {
  /** Repository root (for node_modules/chart.js and dev/gas-shim). */
  root: string;
  port?: number;
  host?: string;
  /** Start on an empty spreadsheet instead of the demo. */
  empty?: boolean;
  /** Start on a loose sheet: a CSV file as the only tab. */
  open?: string;
  /** Start on a saved workbook (JSON written by "Save as JSON"). */
  workbook?: string;
  /** Spreadsheet locale, e.g. 'nl_NL' (default 'en_US'). */
  locale?: string;
  /** YYYY-MM-DD (default: today in the spreadsheet's time zone). */
  today?: string;
  /** The page's bundled script and stylesheet. */
  page: { js: string; css: string };
}

export interface Preview {
  url: string;
  port: number;
  session: PreviewSession;
  close(): Promise<void>;
}

const TIME_ZONE = 'Europe/Amsterdam';

function todayIn(timeZone: string): string {
  const w = wallTime(Date.now(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** The workbook the preview starts on, with the add-on loaded and its menu built. */
export function startSession(
  opts: Omit<PreviewOptions, 'root' | 'page'> & { root?: string },
): PreviewSession {
  const locale = opts.locale ?? 'en_US';
  if (opts.today && !/^\d{4}-\d{2}-\d{2}$/.test(opts.today))
    throw new Error(`--today must be YYYY-MM-DD, not ${opts.today}`);
  const today = opts.today ?? todayIn(TIME_ZONE);
  let ss: LocalSpreadsheet;
  if (opts.workbook) {
    ss = spreadsheetFromJson(fs.readFileSync(opts.workbook, 'utf8'));
  } else {
    ss = createSpreadsheet({ locale, timeZone: TIME_ZONE });
    if (opts.open) {
      const name = path.basename(opts.open).replace(/\.[^.]*$/, '') || 'Sheet';
      const sheet = loadCsvAsSheet(ss, name, fs.readFileSync(opts.open, 'utf8'));
      ss.setActiveSheet(sheet);
      const first = ss.getSheetByName('Sheet1');
      if (first && first.getSheetId() !== sheet.getSheetId()) ss.deleteSheet(first);
    }
  }
  const session = new PreviewSession({
    spreadsheet: ss,
    today,
    userLocale: (opts.locale ?? ss.getSpreadsheetLocale()).split('_')[0] ?? 'en',
    ...(opts.root ? { codePath: path.join(opts.root, 'dist', 'Code.js') } : {}),
  });
  if (!opts.empty && !opts.open && !opts.workbook) buildDemo(session, today);
  session.open();
  if (!opts.empty && !opts.open && !opts.workbook) {
    // The OKR tab by its metadata, as the add-on finds it (its name is Dutch in a Dutch sheet).
    const okr = ss
      .createDeveloperMetadataFinder()
      .withKey(TAB_METADATA_KEY)
      .withValue('okr')
      .find()[0]
      ?.getLocation()
      .getSheet();
    if (okr) ss.setActiveSheet(okr);
  }
  session.rpc('showSidebar', undefined);
  return session;
}

const INDEX_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>OKR Sheets — local preview</title>
<link rel="stylesheet" href="/page.css">
<script src="/vendor/chart.umd.js"></script>
</head>
<body>
<div id="preview"></div>
<script src="/page.js"></script>
</body>
</html>
`;

/**
 * The sidebar as Sheets would load it, plus the shim for google.script.run before its own
 * script: the transport is the page's (parent) POST /rpc, which then redraws the grid.
 */
function dialogPage(html: string): string {
  const inject =
    '<script>window.__okrTransport = function (name, argJson) {' +
    ' return window.parent.__okrRpc(name, argJson); };</script>' +
    '<script src="/script-run-values.js"></script><script src="/shim.js"></script>';
  const at = html.search(/<head[^>]*>/i);
  if (at < 0) return inject + html;
  const end = html.indexOf('>', at) + 1;
  return html.slice(0, end) + inject + html.slice(end);
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 5_000_000) reject(new HttpError(413, 'Request too large.'));
      else chunks.push(c);
    });
    req.on('end', () => {
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        const body = text ? (JSON.parse(text) as unknown) : {};
        if (!body || typeof body !== 'object' || Array.isArray(body))
          throw new Error('not an object');
        resolve(body as Record<string, unknown>);
      } catch {
        reject(new HttpError(400, 'The body must be a JSON object.'));
      }
    });
    req.on('error', reject);
  });
}

function int(body: Record<string, unknown>, key: string): number {
  const v = body[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
    throw new HttpError(400, `${key} must be a whole number.`);
  return v;
}

function answers(body: Record<string, unknown>): AnswerView[] {
  const list = body.answers ?? [];
  if (!Array.isArray(list)) throw new HttpError(400, 'answers must be a list.');
  return list.map((a: unknown) => {
    const o = (a ?? {}) as Record<string, unknown>;
    if (typeof o.button !== 'string') throw new HttpError(400, 'Each answer needs a button.');
    return { button: o.button, text: typeof o.text === 'string' ? o.text : '' };
  });
}

export async function startPreview(opts: PreviewOptions): Promise<Preview> {
  const session = startSession(opts);
  const files: Record<string, [string, string]> = {
    '/vendor/chart.umd.js': [
      path.join(opts.root, 'node_modules', 'chart.js', 'dist', 'chart.umd.js'),
      'text/javascript',
    ],
    '/script-run-values.js': [
      path.join(opts.root, 'dev', 'gas-shim', 'script-run-values.js'),
      'text/javascript',
    ],
    '/shim.js': [
      path.join(opts.root, 'dev', 'gas-shim', 'google-script-run.js'),
      'text/javascript',
    ],
  };

  const send = (
    res: http.ServerResponse,
    status: number,
    body: string,
    type: string,
    extra: Record<string, string> = {},
  ) => {
    res.writeHead(status, {
      'Content-Type': `${type}; charset=utf-8`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...extra,
    });
    res.end(body);
  };
  const json = (res: http.ServerResponse, value: unknown, status = 200) =>
    send(res, status, JSON.stringify(value), 'application/json');

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://preview.local');
    const route = `${req.method} ${url.pathname}`;
    if (req.method === 'POST') {
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? ''))
        throw new HttpError(415, 'POST JSON.');
      const origin = req.headers.origin;
      if (origin && new URL(origin).host !== req.headers.host)
        throw new HttpError(403, 'Not from the preview page.');
    }
    switch (route) {
      case 'GET /':
        return send(res, 200, INDEX_HTML, 'text/html');
      case 'GET /page.js':
        return send(res, 200, opts.page.js, 'text/javascript');
      case 'GET /page.css':
        return send(res, 200, opts.page.css, 'text/css');
      case 'GET /api/state':
        return json(res, session.view());
      case 'POST /api/tab': {
        const body = await readBody(req);
        session.showTab(int(body, 'sheetId'));
        return json(res, session.view());
      }
      case 'POST /api/select': {
        const body = await readBody(req);
        session.select(int(body, 'sheetId'), int(body, 'row'), int(body, 'col'));
        return json(res, session.view());
      }
      case 'POST /api/cell': {
        const body = await readBody(req);
        if (typeof body.input !== 'string') throw new HttpError(400, 'input must be text.');
        try {
          session.editCell(int(body, 'sheetId'), int(body, 'row'), int(body, 'col'), body.input);
        } catch (err) {
          if (err instanceof HttpError) throw err;
          return json(res, { error: (err as Error).message, view: session.view() });
        }
        return json(res, { view: session.view() });
      }
      case 'POST /api/group': {
        const body = await readBody(req);
        session.toggleGroup(int(body, 'sheetId'), int(body, 'row'), int(body, 'depth'));
        return json(res, session.view());
      }
      case 'POST /api/menu': {
        const body = await readBody(req);
        if (typeof body.functionName !== 'string')
          throw new HttpError(400, 'functionName must be text.');
        return json(res, session.runMenu(body.functionName, answers(body)));
      }
      case 'POST /rpc': {
        const body = await readBody(req);
        if (typeof body.name !== 'string') throw new HttpError(400, 'name must be text.');
        try {
          const result = session.rpc(body.name, body.arg);
          return json(res, result === undefined ? {} : { result });
        } catch (err) {
          return json(res, { error: { message: (err as Error).message } });
        }
      }
      case 'GET /download/workbook.json':
        return send(res, 200, session.toJson(), 'application/json', {
          'Content-Disposition': 'attachment; filename="okr-workbook.json"',
        });
      case 'GET /download/csv': {
        const { name, text } = session.csv(Number(url.searchParams.get('sheet')));
        const file = `${name.replace(/[^\w .-]+/g, '_')}.csv`;
        return send(res, 200, text, 'text/csv', {
          'Content-Disposition': `attachment; filename="${file}"`,
        });
      }
    }
    const dialog = /^GET \/dialog\/(\d+)$/.exec(route);
    if (dialog) {
      const html = session.dialogHtml(Number(dialog[1]));
      if (html === null) throw new HttpError(404, 'No such dialog.');
      return send(res, 200, dialogPage(html), 'text/html');
    }
    const file = req.method === 'GET' ? files[url.pathname] : undefined;
    if (file) return send(res, 200, fs.readFileSync(file[0], 'utf8'), file[1]);
    throw new HttpError(404, `Not found: ${url.pathname}`);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      if (status === 500) process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
      if (!res.headersSent) json(res, { error: (err as Error)?.message ?? String(err) }, status);
      else res.end();
    });
  });

  const host = opts.host ?? '127.0.0.1';
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      const onError = (err: Error) => {
        server.off('listening', onListening);
        reject(err);
      };
      const onListening = () => {
        server.off('error', onError);
        resolve();
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(port, host);
    });
  const wanted = opts.port ?? 8080;
  try {
    await listen(wanted);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    process.stderr.write(`Port ${wanted} is busy; using a free port instead.\n`);
    await listen(0);
  }
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}/`,
    port,
    session,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

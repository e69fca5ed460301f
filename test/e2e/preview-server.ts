// The local preview as `npm start` starts it (node dev/preview/server.mjs, on a free port), for
// the browser tests that drive the whole page; stopped again at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './browser';

export interface PreviewServer {
  child: ChildProcess;
  url: string;
}

export function startPreview(args: string[]): Promise<PreviewServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'dev', 'preview', 'server.mjs'), '--port', '0', ...args],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`No URL from the preview:\n${out}${err}`)),
      60_000,
    );
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /OKR Sheets preview: (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The preview exited (${code}):\n${out}${err}`));
    });
  });
}

export async function stopPreview(server: PreviewServer | undefined): Promise<void> {
  const child = server?.child;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

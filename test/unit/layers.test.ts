// The folder rules of ARCHITECTURE.md are enforced by ESLint (eslint.config.mjs): an import
// across a forbidden boundary fails `npm test`. Here the project's own config lints a few
// imports as if they were files of each folder (in a child process: ESLint loads its config
// with a dynamic import, which jest's module system does not run).
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

const FORBIDDEN: [string, string][] = [
  ['src/core/x.ts', "import type { OkrApi } from '../shared/rpc';"],
  ['src/core/import/x.ts', "import { t } from '../../server/i18n';"],
  ['src/core/x.ts', "import { t } from '../sidebar/strings';"],
  ['src/shared/x.ts', "import { t } from '../server/i18n';"],
  ['src/sidebar/views/x.ts', "import { serve } from '../../server/session';"],
  ['src/server/x.ts', "import { t } from '../sidebar/strings';"],
];
const ALLOWED: [string, string][] = [
  ['src/server/x.ts', "import { t } from '../core/i18n';"],
  ['src/sidebar/x.ts', "import type { OkrApi } from '../shared/rpc';"],
  ['src/shared/x.ts', "import type { OkrItem } from '../core/model';"],
  ['src/core/x.ts', "import { t } from './i18n';"],
];

/** Per case: whether ESLint reports no-restricted-imports. */
function restricted(cases: [string, string][]): boolean[] {
  const script = `
    import { ESLint } from 'eslint';
    const cases = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const [file, source] of cases) {
      const [r] = await eslint.lintText(source + '\\nexport {};\\n', { filePath: file });
      out.push(r.messages.some((m) => m.ruleId === 'no-restricted-imports'));
    }
    console.log(JSON.stringify(out));`;
  const text = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', script, JSON.stringify(cases)],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return JSON.parse(text) as boolean[];
}

test('a wrong import across the layers fails the lint; a right one does not', () => {
  const results = restricted([...FORBIDDEN, ...ALLOWED]);
  const expected = [...FORBIDDEN.map(() => true), ...ALLOWED.map(() => false)];
  const named = (r: boolean[]) =>
    [...FORBIDDEN, ...ALLOWED].map(([f, s], i) => `${f}: ${s} → ${r[i]}`);
  expect(named(results)).toEqual(named(expected));
}, 60000);

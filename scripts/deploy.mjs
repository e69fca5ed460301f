// npm run deploy: checks that .clasp.json names a real Apps Script project before anything is
// built or pushed (the repo tracks only .clasp.json.example), then runs the tests (which build
// dist/) and `clasp push`. `--check` stops after the check (used by the tests);
// CLASP_CONFIG=path checks another file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = process.env.CLASP_CONFIG ?? path.join(root, '.clasp.json');
const HOW = `Create the add-on's own standalone Apps Script project once:
  npx clasp login
  npx clasp create --type standalone --title "OKR Sheets" --rootDir dist
(run at the top of the repo; it writes .clasp.json with the new scriptId and "rootDir": "dist").
For a project that already exists: cp .clasp.json.example .clasp.json and put its Script ID
(Apps Script editor → Project settings) in place of REPLACE_WITH_YOUR_SCRIPT_ID.
See README.md, "Deploy".`;

function fail(message) {
  console.error(`npm run deploy: ${message}\n\n${HOW}`);
  process.exit(1);
}

function check() {
  if (!fs.existsSync(config))
    fail(`${path.basename(config)} is missing, so there is nothing to push to.`);
  let parsed;
  try {
    parsed = JSON.parse(fs.readFileSync(config, 'utf8'));
  } catch (err) {
    fail(`${path.basename(config)} is not valid JSON (${err.message}).`);
  }
  const id = typeof parsed?.scriptId === 'string' ? parsed.scriptId.trim() : '';
  if (!id || /REPLACE|YOUR_SCRIPT_ID/i.test(id) || !/^[A-Za-z0-9_-]{20,}$/.test(id))
    fail(`${path.basename(config)} has no real scriptId (it says "${id}").`);
  if (parsed.rootDir !== 'dist')
    fail(
      `${path.basename(config)} must have "rootDir": "dist" (the build output), not "${parsed.rootDir ?? ''}".`,
    );
  return id;
}

const id = check();
console.log(`npm run deploy: pushing dist/ to Apps Script project ${id}.`);
if (process.argv.includes('--check')) process.exit(0);
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npm', ['test']);
run('npx', ['clasp', 'push']);
console.log(
  'Pushed. Test it: Apps Script editor → Deploy → Test deployments (README.md, "Deploy").',
);

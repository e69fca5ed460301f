import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8'));

describe('the manifest', () => {
  const manifest = read('appsscript.json');

  // The open spreadsheet, the sidebar and menu, and the person's e-mail for the check-in log
  // (Session.getActiveUser().getEmail() needs userinfo.email once a manifest lists its scopes).
  test('asks for exactly the three scopes the README explains', () => {
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const scope of manifest.oauthScopes) expect(readme).toContain(scope);
  });

  test('is a V8 editor add-on manifest', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(typeof manifest.timeZone).toBe('string');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.dependencies).toEqual({});
    expect(manifest).not.toHaveProperty('addOns');
  });

  test('is copied into dist/ unchanged', () => {
    expect(read('dist/appsscript.json')).toEqual(manifest);
  });
});

describe('the clasp configuration', () => {
  test('pushes the build output only', () => {
    expect(read('.clasp.json.example').rootDir).toBe('dist');
    const ignore = fs.readFileSync(path.join(ROOT, '.claspignore'), 'utf8');
    expect(ignore).toMatch(/^\*\*\/\*\*$/m);
    expect(ignore).toMatch(/^!Code\.js$/m);
    expect(ignore).toMatch(/^!appsscript\.json$/m);
    expect(ignore).toMatch(/^!\*\.html$/m);
  });
});

describe('npm run deploy', () => {
  const deploy = (config: string | null) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-deploy-'));
    const file = path.join(dir, '.clasp.json');
    if (config !== null) fs.writeFileSync(file, config);
    return spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'deploy.mjs'), '--check'], {
      env: { ...process.env, CLASP_CONFIG: file },
      encoding: 'utf8',
    });
  };

  test('the repo tracks no .clasp.json, only the example (clasp create would refuse)', () => {
    const tracked = spawnSync('git', ['ls-files', '.clasp.json', '.clasp.json.example'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(tracked.stdout.trim().split('\n')).toEqual(['.clasp.json.example']);
    expect(fs.readFileSync(path.join(ROOT, '.gitignore'), 'utf8')).toMatch(/^\.clasp\.json$/m);
  });

  test.each([
    ['missing', null, /\.clasp\.json is missing/],
    [
      'the placeholder',
      fs.readFileSync(path.join(ROOT, '.clasp.json.example'), 'utf8'),
      /no real scriptId/,
    ],
    ['not JSON', '{scriptId:', /not valid JSON/],
    [
      'another rootDir',
      JSON.stringify({ scriptId: 'a'.repeat(57), rootDir: '.' }),
      /"rootDir": "dist"/,
    ],
  ])(
    'refuses a .clasp.json that is %s, saying how to make one, and pushes nothing',
    (_n, config, says) => {
      const r = deploy(config);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(says);
      expect(r.stderr).toContain(
        'clasp create --type standalone --title "OKR Sheets" --rootDir dist',
      );
      expect(r.stdout).not.toMatch(/pushing/);
    },
  );

  test('goes ahead with a real script ID', () => {
    const id = '1AbC_dEf-' + 'x'.repeat(48);
    const r = deploy(JSON.stringify({ scriptId: id, rootDir: 'dist' }));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`pushing dist/ to Apps Script project ${id}`);
  });
});

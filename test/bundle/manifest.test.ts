import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8'));

describe('the manifest', () => {
  const manifest = read('appsscript.json');

  test('asks for exactly the minimal pair of scopes', () => {
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
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
    expect(read('.clasp.json').rootDir).toBe('dist');
    const ignore = fs.readFileSync(path.join(ROOT, '.claspignore'), 'utf8');
    expect(ignore).toMatch(/^\*\*\/\*\*$/m);
    expect(ignore).toMatch(/^!Code\.js$/m);
    expect(ignore).toMatch(/^!appsscript\.json$/m);
    expect(ignore).toMatch(/^!\*\.html$/m);
  });
});

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { DIST, loadBare, readCode, stubNames } from './load-bare';
import { importMessages } from '../../src/core/import/messages';
import { exampleMessages } from '../../src/core/messages/example';
import { healthMessages } from '../../src/core/messages/health';
import { summaryMessages } from '../../src/core/messages/summary';
import serverMessages from '../../src/server/messages.json';
import { sidebarMessages } from '../../src/sidebar/messages';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readEntryExports } = require('../../scripts/entry-exports.cjs') as {
  readEntryExports(file: string): { name: string; params: string[]; jsdoc: string }[];
};

const ROOT = path.join(__dirname, '..', '..');
const ENTRY = path.join(ROOT, 'src', 'server', 'main.ts');

describe('dist/Code.js as Apps Script loads it', () => {
  const code = readCode();

  test('is one classic script: no import/export, parses as a script', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(() => new vm.Script(code, { filename: 'Code.js' })).not.toThrow();
  });

  test('loading touches no service and defines the bundle global', () => {
    const { context, touched } = loadBare();
    expect(touched).toEqual([]);
    expect(typeof context.OkrSheets).toBe('object');
  });

  test('the stubs are exactly the exports of the entry file, each a function', () => {
    const exported = readEntryExports(ENTRY)
      .map((e) => e.name)
      .sort();
    expect(exported.length).toBeGreaterThan(0);
    expect(stubNames(code)).toEqual(exported);
    const { context } = loadBare();
    const bundle = context.OkrSheets as Record<string, unknown>;
    expect(Object.keys(bundle).sort()).toEqual(exported);
    for (const name of exported) {
      expect(typeof context[name]).toBe('function');
      expect(typeof bundle[name]).toBe('function');
    }
  });

  test('every stub keeps the parameter names of its source function', () => {
    for (const e of readEntryExports(ENTRY)) {
      expect(code).toContain(`function ${e.name}(${e.params.join(', ')}) {`);
    }
  });

  test('the expected platform globals are there', () => {
    const { context } = loadBare();
    for (const name of ['onOpen', 'onInstall', 'OKR_PROGRESS']) {
      expect(typeof context[name]).toBe('function');
    }
  });

  test('holds no dev-only dependency and no Node or browser globals', () => {
    for (const devOnly of ['hyperformula', 'HyperFormula', 'fast-check', 'playwright', 'jest']) {
      expect(code).not.toContain(devOnly);
    }
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/\bprocess\.(env|argv|exit)/);
    expect(code).not.toMatch(/\bsetTimeout\(/);
  });

  test('onOpen builds the add-on menu in AuthMode.NONE using only the UI', () => {
    const items: [string, string][] = [];
    const menu = {
      addItem(label: string, fn: string) {
        items.push([label, fn]);
        return menu;
      },
      addSeparator() {
        return menu;
      },
      addSubMenu() {
        return menu;
      },
      addToUi() {},
    };
    const ui = { createAddonMenu: () => menu, createMenu: () => menu };
    const { context } = loadBare();
    // Only getUi is allowed; any other SpreadsheetApp member throws.
    context.SpreadsheetApp = new Proxy(
      { getUi: () => ui },
      {
        get(target, prop) {
          if (prop === 'getUi') return target.getUi;
          throw new Error(`SpreadsheetApp.${String(prop)} used in onOpen`);
        },
      },
    );
    (context.onOpen as (e: unknown) => void)({ authMode: 'NONE' });
    expect(items.length).toBeGreaterThan(0);
    // Every menu item names a global function of the bundle.
    for (const [, fn] of items) expect(typeof context[fn]).toBe('function');
  });
});

describe('a position in a stack trace of dist/Code.js', () => {
  test('maps back to its line in src/ (npm run where)', () => {
    // Where readCheckIns is declared in the shipped bundle, as a stack trace would name it.
    const code = readCode();
    const at = code.indexOf('function readCheckIns(');
    expect(at).toBeGreaterThan(0);
    const lines = code.slice(0, at).split('\n');
    const position = `Code:${lines.length}:${(lines.at(-1) ?? '').length + 1}`;
    const out = execFileSync(
      process.execPath,
      [path.join(ROOT, 'scripts', 'where.mjs'), position],
      {
        encoding: 'utf8',
      },
    );
    const source = fs.readFileSync(path.join(ROOT, 'src', 'server', 'checkin-log.ts'), 'utf8');
    const line = source.slice(0, source.indexOf('function readCheckIns(')).split('\n').length;
    expect(out.trim()).toMatch(new RegExp(`^src/server/checkin-log\\.ts:${line}:\\d+`));
  });
});

describe('dist/ is what clasp pushes', () => {
  test('holds Code.js, appsscript.json and the HTML files', () => {
    const files = fs.readdirSync(DIST);
    expect(files).toEqual(expect.arrayContaining(['Code.js', 'appsscript.json']));
  });

  test('.claspignore lets through Code.js, the manifest and the HTML, not the source map', () => {
    const lines = fs.readFileSync(path.join(ROOT, '.claspignore'), 'utf8').split('\n');
    const allowed = lines
      .filter((l) => l.startsWith('!'))
      .map((l) => new RegExp(`^${l.slice(1).replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`));
    const pushed = fs.readdirSync(DIST).filter((f) => allowed.some((re) => re.test(f)));
    expect(pushed).toContain('Code.js');
    expect(pushed).toContain('sidebar.html');
    expect(fs.readdirSync(DIST)).toContain('Code.js.map');
    expect(pushed).not.toContain('Code.js.map');
  });
});

describe('dist/sidebar.html', () => {
  const html = fs.readFileSync(path.join(DIST, 'sidebar.html'), 'utf8');

  test("ships the core and sidebar words, not the server's catalogues", () => {
    // A sidebar word and a core word are in; a summary's, the importer's, a health finding's,
    // the example's and the server's texts are not: each layer imports its own tables only.
    expect(html).toContain('Doelstelling');
    const sidebarText = Object.values(sidebarMessages)[0]!.en;
    expect(html).toContain(sidebarText);
    const tables: Record<string, Record<string, { en: string; nl: string }>> = {
      summary: summaryMessages,
      import: importMessages,
      health: healthMessages,
      example: exampleMessages,
      server: serverMessages,
    };
    for (const table of Object.values(tables)) {
      const texts = Object.values(table)
        .flatMap((m) => [m.en, m.nl])
        .filter((text) => text.length > 25 && !/[<>&"']/.test(text));
      expect(texts.length).toBeGreaterThan(2);
      for (const text of texts) expect(html).not.toContain(text);
    }
  });
});

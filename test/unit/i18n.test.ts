import {
  LANGS,
  OkrError,
  confidenceName,
  itemTypeName,
  kindName,
  KR_KINDS,
  langFromLocale,
  levelName,
  parseConfidence,
  parseItemType,
  parseKind,
  parseLevel,
  placeholdersOf,
  t,
} from '../../src/core';
import { coreCatalogues } from '../../src/core/catalogues';
import { translator } from '../../src/core/i18n';
import { fillPlaceholders } from '../../src/core/placeholders';
import { t as sidebarT } from '../../src/sidebar/strings';
import serverMessages from '../../src/server/messages.json';
import { messages as serverTable } from '../../src/server/i18n';
import { sidebarMessages } from '../../src/sidebar/messages';

// Every layer's tables: the core's areas, the server's and the sidebar's.
const catalogues = { ...coreCatalogues, server: serverMessages, sidebar: sidebarMessages };
const messages: Record<string, { en: string; nl: string }> = Object.assign(
  {},
  ...Object.values(catalogues),
);

describe('the message catalogue', () => {
  const keys = Object.keys(messages);

  test('every key has a non-empty text in every language', () => {
    expect(keys.length).toBeGreaterThan(20);
    for (const key of keys) {
      for (const lang of LANGS) {
        expect(typeof messages[key]![lang]).toBe('string');
        expect(messages[key]![lang].trim()).not.toBe('');
      }
    }
  });

  // The names of actions (`{name.repair}`) are filled in by `t`, not passed: a language may
  // name one where the other words it differently ("Edit {title}", "{title} bewerken").
  const params = (text: string) => placeholdersOf(text).filter((p) => !p.startsWith('name.'));

  test('both languages use the same placeholders', () => {
    for (const key of keys) {
      expect([key, params(messages[key]!.nl)]).toEqual([key, params(messages[key]!.en)]);
    }
  });

  test("every {name.…} a message uses is one of the actions' names", () => {
    for (const key of keys) {
      for (const lang of LANGS) {
        for (const p of placeholdersOf(messages[key]![lang]).filter((x) => x.startsWith('name.')))
          expect([key, p, p in coreCatalogues.names]).toEqual([key, p, true]);
      }
    }
  });

  test('no key is defined in two catalogues', () => {
    const seen = new Map<string, string>();
    for (const [area, table] of Object.entries(catalogues)) {
      for (const key of Object.keys(table)) {
        expect([key, seen.get(key)]).toEqual([key, undefined]);
        seen.set(key, area);
      }
    }
    expect(seen.size).toBe(keys.length);
  });

  test("the server's t reads the core's tables and its own", () => {
    expect(Object.keys(serverTable).length).toBe(keys.length - Object.keys(sidebarMessages).length);
  });

  test('t fills placeholders and leaves unknown ones', () => {
    expect(t('en', 'error.required', { arg: 'target' })).toBe('target is empty: enter a value');
    expect(t('nl', 'error.required', { arg: 'target' })).toBe('target is leeg: vul een waarde in');
    expect(t('en', 'error.required')).toBe('{arg} is empty: enter a value');
  });

  test('a count takes its plural form in both languages; no text writes "(s)" or "(en)"', () => {
    const server = translator(serverTable);
    expect(server('en', 'repair.formulas', { count: 1 })).toBe('formulas put back on 1 row');
    expect(server('en', 'repair.formulas', { count: 2 })).toBe('formulas put back on 2 rows');
    expect(server('nl', 'repair.formulas', { count: 1 })).toBe('formules teruggezet op 1 rij');
    expect(server('nl', 'repair.formulas', { count: 0 })).toBe('formules teruggezet op 0 rijen');
    expect(sidebarT('en', 'healthCount', { count: 1 })).toBe('1 finding');
    expect(sidebarT('en', 'healthCount', { count: 2 })).toBe('2 findings');
    expect(sidebarT('nl', 'healthCount', { count: 1 })).toBe('1 bevinding');
    expect(sidebarT('nl', 'healthCount', { count: 2 })).toBe('2 bevindingen');
    expect(server('nl', 'health.krCount.few', { id: 'O-1', count: 1 })).toMatch(
      /heeft 1 kernresultaat;/,
    );
    // A form with no count to pick by stays as written, as an unknown placeholder does.
    expect(fillPlaceholders('{n:one|other}', {})).toBe('{n:one|other}');
    for (const key of keys) {
      for (const lang of LANGS) {
        expect([key, /\((s|en|men)\)|\w\/\w+en\b/.test(messages[key]![lang])]).toEqual([
          key,
          false,
        ]);
      }
    }
  });

  test('OkrError renders per language', () => {
    const err = new OkrError('error.periodMissing', { arg: 'period' });
    expect(err.message).toBe('period is empty: enter a year (2026) or a quarter (2026-Q1)');
    expect(err.render('nl')).toBe(
      'period is leeg: vul een jaar (2026) of een kwartaal (2026-K1) in',
    );
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('OkrError');
  });
});

describe('langFromLocale', () => {
  test.each([
    ['nl', 'nl'],
    ['nl_NL', 'nl'],
    ['nl-BE', 'nl'],
    ['NL_nl', 'nl'],
    ['en_US', 'en'],
    ['en', 'en'],
    ['de_DE', 'en'],
    ['nld', 'en'],
    ['', 'en'],
    [null, 'en'],
  ])('%p → %p', (locale, lang) => expect(langFromLocale(locale)).toBe(lang));
});

describe('kinds', () => {
  test.each([
    ['increase', 'increase'],
    ['Toename', 'increase'],
    ['decrease', 'decrease'],
    ['afname', 'decrease'],
    ['at least', 'atLeast'],
    ['At-Least', 'atLeast'],
    ['atleast', 'atLeast'],
    ['atLeast', 'atLeast'],
    ['minimaal', 'atLeast'],
    ['at most', 'atMost'],
    ['MAXIMAAL', 'atMost'],
    ['milestone', 'milestone'],
    ['Mijlpaal', 'milestone'],
    ['roll-up', 'rollup'],
    ['rollup', 'rollup'],
    ['Roll up', 'rollup'],
    ['samengesteld', 'rollup'],
    [' increase ', 'increase'],
  ])('%p → %p', (text, kind) => expect(parseKind(text)).toBe(kind));

  test('blank is auto (null); anything else is an error quoting it', () => {
    expect(parseKind('')).toBeNull();
    expect(parseKind('  ')).toBeNull();
    expect(parseKind(undefined)).toBeNull();
    expect(() => parseKind('grow')).toThrow('kind "grow" is unknown');
    expect(() => parseKind(3)).toThrow('kind "3" is unknown');
  });

  test('display names', () => {
    expect(KR_KINDS.map((k) => kindName(k, 'en'))).toEqual([
      'Increase',
      'Decrease',
      'At least',
      'At most',
      'Milestone',
      'Roll-up',
    ]);
    expect(KR_KINDS.map((k) => kindName(k, 'nl'))).toEqual([
      'Toename',
      'Afname',
      'Minimaal',
      'Maximaal',
      'Mijlpaal',
      'Samengesteld',
    ]);
    for (const k of KR_KINDS) {
      expect(parseKind(kindName(k, 'en'))).toBe(k);
      expect(parseKind(kindName(k, 'nl'))).toBe(k);
    }
  });
});

describe('vocabulary', () => {
  test('levels', () => {
    expect(parseLevel('Bedrijf')).toBe('company');
    expect(parseLevel('team')).toBe('team');
    expect(parseLevel('Persoonlijk')).toBe('personal');
    expect(parseLevel('Personal')).toBe('personal');
    expect(parseLevel('board')).toBeNull();
    expect(levelName('company', 'nl')).toBe('Bedrijf');
    expect(levelName('personal', 'en')).toBe('Personal');
  });
  test('item types', () => {
    expect(parseItemType('Key result')).toBe('keyResult');
    expect(parseItemType('kernresultaat')).toBe('keyResult');
    expect(parseItemType('Doelstelling')).toBe('objective');
    expect(parseItemType('Initiatief')).toBe('initiative');
    expect(itemTypeName('keyResult', 'nl')).toBe('Kernresultaat');
    expect(itemTypeName('initiative', 'en')).toBe('Initiative');
  });
  test('confidence', () => {
    expect(parseConfidence('Gemiddeld')).toBe('medium');
    expect(parseConfidence(' HIGH ')).toBe('high');
    expect(parseConfidence('laag')).toBe('low');
    expect(parseConfidence('maybe')).toBeNull();
    expect(confidenceName('medium', 'nl')).toBe('Gemiddeld');
    expect(confidenceName('low', 'en')).toBe('Low');
  });
});

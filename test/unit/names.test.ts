// One name per thing in each language: the menu, the sidebar and the messages that tell a
// person what to choose all take the names of src/core/messages/names.ts, and the words that
// named one thing two ways (or two things one way) are gone.
import { LANGS, t } from '../../src/core';
import { coreCatalogues } from '../../src/core/catalogues';
import { t as serverT } from '../../src/server/i18n';
import { sidebarMessages } from '../../src/sidebar/messages';
import { t as sidebarT } from '../../src/sidebar/strings';
import serverMessages from '../../src/server/messages.json';

const everyText = (lang: 'en' | 'nl') =>
  Object.values({ ...coreCatalogues, server: serverMessages, sidebar: sidebarMessages })
    .flatMap((table) => Object.values(table as Record<string, { en: string; nl: string }>))
    .map((m) => m[lang]);

describe('names of actions and views', () => {
  test.each(LANGS)('the sidebar names its views and buttons as the menu does (%s)', (lang) => {
    expect(sidebarT(lang, 'navHealth')).toBe(t(lang, 'name.health'));
    expect(sidebarT(lang, 'healthTitle')).toBe(t(lang, 'name.health'));
    expect(sidebarT(lang, 'healthRepair')).toBe(t(lang, 'name.repair'));
    expect(sidebarT(lang, 'summaryBuild')).toBe(t(lang, 'name.summary'));
    expect(sidebarT(lang, 'rolloverStart')).toBe(t(lang, 'name.nextQuarter'));
    expect(sidebarT(lang, 'setUpButton')).toBe(t(lang, 'name.setUp'));
    expect(sidebarT(lang, 'navEdit')).toBe(t(lang, 'name.edit'));
    expect(sidebarT(lang, 'edit')).toBe(t(lang, 'name.edit'));
  });

  test('messages name the actions by their names', () => {
    expect(serverT('nl', 'err.notSetUp')).toBe(
      'Er is nog geen OKR-tabblad. Kies eerst Extensies → OKR Sheets → OKR-werkboek inrichten.',
    );
    expect(serverT('en', 'err.unexpected', { detail: 'x' })).toBe(
      'Something went wrong: x. Nothing was changed; try again or choose Repair formulas and layout.',
    );
    expect(serverT('nl', 'fix.repair')).toBe('Kies Formules en opmaak herstellen.');
  });

  test("the summary tab is named as what builds it, never as the sidebar's Overview", () => {
    expect(serverT('nl', 'summary.tabName', { period: '2026-K1' })).toBe('Samenvatting 2026-K1');
    expect(serverT('en', 'summary.tabName', { period: '2026-Q1' })).toBe('Summary 2026-Q1');
    expect(t('nl', 'name.summary')).toBe('Samenvatting maken');
    expect(serverT('nl', 'summary.tabName', { period: '' })).not.toContain(
      t('nl', 'name.overview'),
    );
  });

  test('no text uses the old or doubled words any more', () => {
    const nl = everyText('nl').join('\n');
    for (const old of [
      'Gezondheidscheck',
      'Kwartaaloverzicht',
      'Overzicht maken',
      'Wijzig',
      'Uit koers',
      'door te zetten',
      'Inchecken op',
      'Instellen',
      'Kies Herstellen',
    ])
      expect([old, nl.includes(old)]).toEqual([old, false]);
    const en = everyText('en').join('\n');
    expect(en).not.toContain('Build quarterly summary');
    expect(en).not.toContain('Repair sheet');
  });
});

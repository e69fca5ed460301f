// The workbook's menu items: built in AuthMode.NONE, localized, and each action answering in
// alerts, prompts and toasts.
import { loadCsvAsSheet } from '../../dev/runtime';
import { fixture, fresh, okrRows } from './workbook-helpers';

describe('menu', () => {
  test('onOpen builds the menu in AuthMode.NONE, with every workbook action', () => {
    const { addon } = fresh();
    addon.callTrigger('onOpen', { authMode: 'NONE' });
    const items = addon.ui.menus[0]!.items.filter(
      (i): i is { caption: string; functionName: string } => 'functionName' in i,
    );
    const functions = items.map((i) => i.functionName);
    expect(functions).toEqual(
      expect.arrayContaining([
        'showSidebar',
        'menuSetUp',
        'menuStructureSheet',
        'menuHealthCheck',
        'menuRepair',
      ]),
    );
    for (const name of functions) expect(typeof addon.context[name]).toBe('function');
  });

  test('labels follow the user locale when it can be read', () => {
    const { addon } = fresh({ userLocale: 'nl' });
    addon.callTrigger('onOpen', { authMode: 'LIMITED' });
    const captions = addon.ui.menus[0]!.items.map((i) => ('caption' in i ? i.caption : ''));
    expect(captions).toContain('OKR-werkboek inrichten');
  });

  test('Set up asks example or empty; Structure previews then writes; health and repair report', () => {
    const { addon, ss } = fresh();
    addon.ui.answerNext('YES');
    addon.call('menuSetUp');
    expect(okrRows(ss)).toHaveLength(12);
    loadCsvAsSheet(ss, 'Loose', fixture('flat-en.csv'));
    ss.setActiveSheet(ss.getSheetByName('Loose')!);
    addon.ui.answerNext('OK'); // the preview
    addon.ui.answerNext('OK'); // the result
    addon.call('menuStructureSheet');
    const prompts = addon.ui.alerts.map((a) => a.prompt + ' ' + a.title);
    expect(prompts.some((p) => /4 objectives, 9 key results, 7 initiatives/.test(p))).toBe(true);
    expect(okrRows(ss)).toHaveLength(32);
    addon.ui.answerNext('OK');
    addon.call('menuHealthCheck');
    expect(
      addon.ui.alerts[addon.ui.alerts.length - 1]!.title +
        addon.ui.alerts[addon.ui.alerts.length - 1]!.prompt,
    ).toMatch(/finding/);
    addon.ui.answerNext('OK');
    addon.call('menuRepair');
    // The objectives Structure appended to the tab got their row groups then: nothing to fix.
    expect(JSON.stringify(addon.ui.alerts[addon.ui.alerts.length - 1])).toMatch(
      /Nothing needed fixing.*no values changed/,
    );
  });

  test('Structure shows the column mapping, the warnings and the rows it cannot place', () => {
    const { addon, ss } = fresh();
    loadCsvAsSheet(ss, 'Messy', fixture('messy-en.csv'));
    ss.setActiveSheet(ss.getSheetByName('Messy')!);
    addon.ui.answerNext('OK');
    addon.ui.answerNext('OK');
    addon.call('menuStructureSheet');
    const [preview, done] = addon.ui.alerts.map((a) => a.prompt ?? '');
    expect(preview).toMatch(/Columns:\n.*Baseline → Start · Goal → Target · Actual → Current/);
    expect(preview).toMatch(
      /Read from lines that are not items \(1\):\n• Row 1: "Q1 OKRs \(draft - do not share\)": Period 2026-Q1, taken by 10 items/,
    );
    expect(preview).toMatch(/Warnings \(1\):\n• Row 11: Actual "abc" is not a number/);
    expect(preview).toMatch(/• Row 11: Actual "abc" is not a number/);
    expect(preview).toMatch(
      /Rows not placed \(1\).*\n• Row 15: Notes: targets agreed on 12 January/,
    );
    expect(done).toMatch(/Structured into/);
    expect(done).toMatch(/• Row 15: Notes: targets agreed on 12 January/);
  });

  test('Structure previews in Dutch for a Dutch user, and Cancel writes nothing', () => {
    const { addon, ss } = fresh({ locale: 'nl_NL', userLocale: 'nl' });
    loadCsvAsSheet(ss, 'Overzicht', fixture('outline-nl.csv'));
    ss.setActiveSheet(ss.getSheetByName('Overzicht')!);
    const tabs = ss.getSheets().length;
    addon.ui.answerNext('CANCEL');
    addon.call('menuStructureSheet');
    const preview = addon.ui.alerts[0]!.prompt ?? '';
    expect(preview).toMatch(/Kolommen:\n.*Omschrijving → Titel/);
    expect(preview).toMatch(
      /Gelezen uit regels die geen item zijn \(1\):\n• Rij 1: "OKR's 2026 - Tulp Boekhouding": Periode 2026/,
    );
    expect(addon.ui.alerts).toHaveLength(1);
    expect(ss.getSheets()).toHaveLength(tabs);
  });

  test('a menu action shows errors as an alert, not a stack trace', () => {
    const { addon } = fresh();
    addon.ui.answerNext('OK');
    addon.call('menuHealthCheck');
    expect(JSON.stringify(addon.ui.alerts[0])).toMatch(/Set up OKR workbook first/);
  });

  test('showSidebar opens dist/sidebar.html with a title', () => {
    const { addon } = fresh();
    addon.call('showSidebar');
    expect(addon.ui.sidebars).toHaveLength(1);
    expect(addon.ui.sidebars[0]!.title).toBe('OKRs');
  });

  test.each([
    ['en_US', 'en', 'OKRs'],
    ['nl_NL', 'nl', "OKR's"],
  ])(
    "the sidebar page is in the person's language from its first paint (%s)",
    (locale, lang, title) => {
      const { addon } = fresh({ userLocale: locale });
      addon.call('showSidebar');
      const sidebar = addon.ui.sidebars[0]!;
      expect(sidebar.title).toBe(title);
      expect(sidebar.html).toContain(`<html lang="${lang}">`);
      expect(sidebar.html.match(/<html\b/g)).toHaveLength(1);
    },
  );
});

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
    expect(JSON.stringify(addon.ui.alerts[addon.ui.alerts.length - 1])).toMatch(
      /no values changed/,
    );
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
});

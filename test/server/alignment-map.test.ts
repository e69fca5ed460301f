// The alignment map opens from the menu and from the sidebar's overview as a wide modeless
// dialog (dist/alignment.html) beside the sheet, titled in the person's language.
import type { MutationResult } from '../../src/shared/rpc';
import { call, errorOf, fresh } from './workbook-helpers';

test('the menu has the alignment map, in English and Dutch, built in AuthMode.NONE', () => {
  for (const [userLocale, caption] of [
    ['en', 'Alignment map'],
    ['nl', 'Afstemmingskaart'],
  ] as const) {
    const { addon } = fresh({ userLocale });
    addon.callTrigger('onOpen', { authMode: 'NONE' });
    const items = addon.ui.menus[0]!.items.filter(
      (i): i is { caption: string; functionName: string } => 'functionName' in i,
    );
    expect(items.find((i) => i.functionName === 'showAlignmentMap')?.caption).toBe(caption);
    expect(typeof addon.context.showAlignmentMap).toBe('function');
  }
});

test('from the menu it shows the built map as a wide modeless dialog, titled in the language', () => {
  for (const [userLocale, title] of [
    ['en', 'Alignment map'],
    ['nl', 'Afstemmingskaart'],
  ] as const) {
    const { addon } = fresh({ userLocale });
    call<MutationResult>(addon, 'setUp', { example: true });
    addon.call('showAlignmentMap');
    const shown = addon.ui.dialogs.at(-1)!;
    expect(shown).toMatchObject({ kind: 'modeless', title, width: 960, height: 640 });
    expect(shown.html).toContain('id="app"');
    // Painted in the person's language from the first frame, as the sidebar is.
    expect(shown.html).toContain(`<html lang="${userLocale}">`);
    expect(shown.html).not.toBe(addon.ui.sidebars.at(-1)?.html);
  }
});

test('from the sidebar ({}) the same; a payload that is not an object is refused clearly', () => {
  const { addon } = fresh();
  addon.call('showAlignmentMap', {});
  expect(addon.ui.dialogs.at(-1)?.kind).toBe('modeless');
  const before = addon.ui.dialogs.length;
  expect(errorOf(() => addon.call('showAlignmentMap', 'open'))).toMatch(/\w+/);
  expect(addon.ui.dialogs).toHaveLength(before);
});

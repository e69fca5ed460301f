// Set up: the OKR, check-ins and settings tabs, in the sheet's language, empty or with the
// method's example at three levels. On a workbook already set up it repairs instead (nothing
// is duplicated).
import { exampleItems } from '../core/example';
import { IdAllocator } from '../core/ids';
import type { MutationResult, SetUpRequest } from '../shared/rpc';
import { answer } from './answer';
import { writeFreshOkrTab } from './okr-writer';
import { repairTab } from './repair';
import { serve } from './session';
import { createTab, documentVisibility, ensureSideTabs, newSheetLang } from './tabs';

export function setUp(req: SetUpRequest): MutationResult {
  return serve(req, (s) => {
    const example = s.v.bool(s.body().example, 'example');
    return s.locked((ctx) => {
      if (ctx.tabs.okr) {
        const tab = repairTab(ctx, s.deadline);
        return answer(ctx, '', 'done.setUpAgain', {}, tab ?? undefined);
      }
      const sheetLang = ctx.tabs.settings ? ctx.settings.lang : newSheetLang(ctx);
      ensureSideTabs(ctx, sheetLang);
      const sheet = createTab(ctx.ss, 'okr', sheetLang);
      ctx.tabs.okr = sheet;
      const ids = new IdAllocator({}, []);
      const items = example
        ? exampleItems(sheetLang, ctx.today.serial, (type) => ids.next(type))
        : [];
      const written = writeFreshOkrTab(ctx.settings, sheet, items);
      sheet.addDeveloperMetadata('okr-sheets.ids', ids.toJSON(), documentVisibility());
      ctx.ss.setActiveSheet(sheet);
      return answer(
        ctx,
        '',
        'done.setUp',
        { items: items.length, sheet: sheet.getName() },
        { sheet, items: written },
      );
    });
  });
}

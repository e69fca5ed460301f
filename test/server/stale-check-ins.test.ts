// Stale check-ins in the grid: the Last check-in cell of an open key result older than the
// check-in interval gets the palette's due colour by a conditional format rule, as Sheets
// shows it (the rule evaluated on the workbook's engine), and the rule says what the core's
// rule says (src/core/check-in-due.ts): the parity of the grid and the sidebar. The runtime is
// as strict as Sheets: a rule may not name another sheet's cell but through INDIRECT.
import { matchHeader } from '../../src/core/columns';
import { isCheckInDue, isStaleCheckIn } from '../../src/core/check-in-due';
import { parseIsoDate } from '../../src/core/dates';
import { CHECK_IN_DUE } from '../../src/core/palette';
import type { MutationResult } from '../../src/shared/rpc';
import { seenLooks } from '../helpers/seen-look';
import { call, fresh, snapshot, tab } from './workbook-helpers';

describe('the Last check-in cell of a stale key result is coloured', () => {
  test.each(['en_US', 'nl_NL'])('as the core decides, following the setting (%s)', (locale) => {
    const { ss, addon } = fresh({ locale, today: '2026-02-16' });
    call<MutationResult>(addon, 'setUp', { example: true });
    const okr = tab(ss, 'okr');
    const header = matchHeader(okr.getDataRange().getValues())!;
    const col = header.columns.lastCheckIn!;
    const krs = snapshot(addon).items.filter((i) => i.type === 'keyResult' && !i.closed);
    expect(krs.length).toBeGreaterThanOrEqual(4);
    // Last check-ins of every age around the interval: as the add-on writes them (ISO text),
    // and one typed by a person as a real date.
    const dates = ['2026-02-16', '2026-02-09', '2026-02-08', '2026-01-01', ''];
    krs.forEach((kr, i) => {
      const iso = dates[i % dates.length]!;
      okr.getRange(kr.row, col + 1).setValue(iso ? "'" + iso : '');
    });
    okr.getRange(krs[3]!.row, col + 1).setValue(new Date(Date.UTC(2026, 1, 1, 12)));
    const seen = (row: number) =>
      seenLooks(ss, okr, row, row, col + 1)[0]![col]!.background === CHECK_IN_DUE.fill;
    const expectParity = (days: number) => {
      for (const kr of krs) {
        const last: unknown = okr.getRange(kr.row, col + 1).getValue();
        // A date typed by a person (a Date of the runtime's realm) or the add-on's ISO text.
        const iso =
          Object.prototype.toString.call(last) === '[object Date]'
            ? (last as Date).toISOString().slice(0, 10)
            : String(last);
        const serial = parseIsoDate(iso);
        const stale = serial !== null && isStaleCheckIn(serial, parseIsoDate('2026-02-16')!, days);
        // The core's due rule is the same for a dated cell ("never checked in" is due too, but
        // the grid colours only dated cells).
        if (serial !== null) expect(isCheckInDue(iso, '2026-02-16', days)).toBe(stale);
        expect({ id: kr.id, stale: seen(kr.row) }).toEqual({ id: kr.id, stale });
      }
    };
    expectParity(7);
    const settings = tab(ss, 'settings');
    const at =
      settings
        .getDataRange()
        .getValues()
        .findIndex((r) => /Check-in/.test(String(r[0]))) + 1;
    settings.getRange(at, 2).setValue(30);
    expectParity(30);
    settings.getRange(at, 2).setValue(1);
    expectParity(1);
  });

  test('an objective row is never coloured, however old its date', () => {
    const { ss, addon } = fresh({ today: '2026-02-16' });
    call<MutationResult>(addon, 'setUp', { example: true });
    const okr = tab(ss, 'okr');
    const header = matchHeader(okr.getDataRange().getValues())!;
    const col = header.columns.lastCheckIn!;
    const objective = snapshot(addon).items.find((i) => i.type === 'objective')!;
    okr.getRange(objective.row, col + 1).setValue("'2025-01-01");
    const look = seenLooks(ss, okr, objective.row, objective.row, col + 1)[0]![col]!;
    expect(look.background).not.toBe(CHECK_IN_DUE.fill);
  });
});

describe('conditional format rules name their own sheet only (as Sheets)', () => {
  test('another sheet directly is refused; through INDIRECT it works', () => {
    const { ss, addon } = fresh();
    const SpreadsheetApp = addon.context
      .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const a = ss.getActiveSheet();
    const b = ss.insertSheet('Other tab');
    b.getRange('B2').setValue(5);
    const rule = (formula: string) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(formula)
        .setBackground('#ff0000')
        .setRanges([a.getRange('A1:A2')])
        .build();
    expect(() => a.setConditionalFormatRules([rule("=A1>'Other tab'!B2")])).toThrow(
      /another sheet/,
    );
    a.getRange('A1').setValue(9);
    a.getRange('A2').setValue(1);
    a.setConditionalFormatRules([rule(`=A1>INDIRECT("'Other tab'!$B$2")`)]);
    const looks = seenLooks(ss, a, 1, 2, 1);
    expect(looks.map((l) => l[0]!.background)).toEqual(['#ff0000', '#ffffff']);
  });
});

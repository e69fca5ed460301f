// The health check names every column Repair would add, before Repair adds it: the Progress bar
// a tab of an older version lacks, people's input columns, as well as the formula columns the
// tab cannot compute without (those have their own finding).
import { COLUMN_BY_KEY, matchHeader, type ColumnKey } from '../../src/core/columns';
import type { HealthFinding, MutationResult } from '../../src/shared/rpc';
import { call, fresh, tab } from './workbook-helpers';

function deleteColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, keys: readonly ColumnKey[]) {
  for (const key of keys) {
    const header = matchHeader(sheet.getDataRange().getValues())!;
    sheet.deleteColumn(header.columns[key]! + 1);
  }
}

describe('a finding before Repair adds a column', () => {
  test.each([
    [
      'en_US',
      'en',
      /^The OKR tab lacks the column Progress bar\. Repair formulas and layout adds it at the end of the tab\.$/,
    ],
    [
      'nl_NL',
      'nl',
      /^Het OKR-tabblad mist de kolom Voortgangsbalk\. Formules en opmaak herstellen voegt die achteraan het tabblad toe\.$/,
    ],
  ] as const)('the Progress bar of an older tab (%s)', (locale, lang, says) => {
    const { ss, addon } = fresh({ locale, userLocale: lang });
    call(addon, 'setUp', { example: true });
    const sheet = tab(ss, 'okr');
    deleteColumns(sheet, ['bar']);
    const findings = call<HealthFinding[]>(addon, 'runHealthCheck', {});
    const finding = findings.find((f) => f.rule === 'columnsToAdd')!;
    expect(finding).toMatchObject({ severity: 'warning', id: '', row: 0 });
    expect(finding.message).toMatch(says);
    expect(finding.fix).toMatch(
      lang === 'en' ? /Repair formulas and layout/ : /Formules en opmaak herstellen/,
    );
    // Repair adds it, and the finding is gone.
    call<MutationResult>(addon, 'repairSheet', {});
    const after = call<HealthFinding[]>(addon, 'runHealthCheck', {});
    expect(after.filter((f) => f.rule === 'columnsToAdd')).toEqual([]);
  });

  test('every column Repair adds was named by the health check before', () => {
    const { ss, addon } = fresh();
    call(addon, 'setUp', { example: true });
    const sheet = tab(ss, 'okr');
    deleteColumns(sheet, ['bar', 'notes', 'closed', 'status']);
    const findings = call<HealthFinding[]>(addon, 'runHealthCheck', {});
    const named = findings
      .filter((f) => f.rule === 'columnsToAdd' || f.rule === 'missingColumns')
      .map((f) => /(?:column|columns) (.*?)(?:\. |:)/.exec(f.message)![1]!)
      .flatMap((list) => list.split(', '));
    // Status, which the formulas need, has its own finding and is not named twice.
    expect(findings.find((f) => f.rule === 'missingColumns')!.message).toMatch(/column Status:/);
    expect(named.filter((n) => n === 'Status')).toHaveLength(1);
    const repaired = call<MutationResult>(addon, 'repairSheet', {});
    const added = /columns (.*?) added at the end/.exec(repaired.message)![1]!.split(', ');
    expect(added.sort()).toEqual(named.sort());
    expect(added.sort()).toEqual(
      (['bar', 'notes', 'closed', 'status'] as const).map((k) => COLUMN_BY_KEY[k].header.en).sort(),
    );
  });
});

// The formulas' length target (dev/bench/formula-cost.ts: FORMULA_LENGTH_TARGET, the bench's
// check), held on tabs the add-on writes without running the bench: Set up's example with a
// roll-up key result over the objective aligned to it, and Structure of a loose sheet with key
// results of every kind and initiatives, in English (en_US) and in Dutch (nl_NL, decimal comma).
// Measured as the bench measures: every formula of the workbook (formulaIndex), lengthStats.
// Formulas are not evaluated (only their text counts), so the test is quick.
import {
  createSpreadsheet,
  loadAddon,
  loadCsvAsSheet,
  spreadsheetToJson,
  type WorkbookJson,
} from '../../dev/runtime';
import {
  FORMULA_LENGTH_TARGET,
  formulaIndex,
  formulaLengthCheck,
} from '../../dev/bench/formula-cost';
import { lengthStats } from '../../dev/bench/formula-dependencies';
import { BENCH_TODAY } from '../../dev/bench/workload';

// One objective per kind (auto, increase, decrease, at least, at most, milestone, roll-up), each
// key result with an initiative, at three levels.
const LOOSE = {
  en: [
    'Level,Team,Owner,Quarter,Objective,Key Result,Kind,Start,Target,Current,Initiative',
    'Company,,Anna,2026-Q1,Grow,Customers,,0,30,12,Campaign',
    'Company,,Anna,2026-Q1,Grow,Revenue,increase,10,40,25,Pricing',
    'Team,Sales,Bram,2026-Q1,Keep them,Churn,decrease,5%,2%,3%,Calls',
    'Team,Sales,Bram,2026-Q1,Keep them,Demos,at least,,12,5,Demo days',
    'Team,Sales,Bram,2026-Q1,Keep them,Open bugs,at most,,3,5,Bug bash',
    'Personal,Sales,Cas,2026,Learn,Course finished,milestone,,,done,Enrol',
    'Personal,Sales,Cas,2026,Learn,Overall,roll-up,,,,Plan',
  ],
  nl: [
    'Niveau,Team,Eigenaar,Kwartaal,Doelstelling,Kernresultaat,Soort,Start,Doel,Huidig,Initiatief',
    'Bedrijf,,Anna,2026-K1,Groeien,Klanten,,0,30,12,Campagne',
    'Bedrijf,,Anna,2026-K1,Groeien,Omzet,toename,10,40,"25,5",Prijzen',
    'Team,Verkoop,Bram,2026-K1,Behouden,Opzeggingen,afname,5%,2%,3%,Bellen',
    'Team,Verkoop,Bram,2026-K1,Behouden,Demo’s,minimaal,,12,5,Demodagen',
    'Team,Verkoop,Bram,2026-K1,Behouden,Open bugs,maximaal,,3,5,Bugjacht',
    'Persoonlijk,Verkoop,Cas,2026,Leren,Cursus af,mijlpaal,,,klaar,Inschrijven',
    'Persoonlijk,Verkoop,Cas,2026,Leren,Alles samen,samengesteld,,,,Plan',
  ],
} as const;

function written(lang: 'en' | 'nl'): WorkbookJson {
  const ss = createSpreadsheet({
    locale: lang === 'nl' ? 'nl_NL' : 'en_US',
    evaluateFormulas: false,
  });
  loadCsvAsSheet(ss, 'Loose', LOOSE[lang].join('\n'));
  const addon = loadAddon({ spreadsheet: ss, today: BENCH_TODAY, userLocale: lang });
  addon.call('setUp', { example: true });
  // The example's first key result adds up the team objective aligned to it.
  addon.call('updateItem', { id: 'KR-1', changes: { kind: 'rollup' } });
  addon.call('structureSheet', { sheetName: 'Loose' });
  return spreadsheetToJson(ss);
}

describe.each(['en', 'nl'] as const)('formulas Set up and Structure write (%s)', (lang) => {
  const json = written(lang);
  const { texts } = formulaIndex(json);

  test('every kind, roll-up and initiative rows are on the tab', () => {
    const okr = json.sheets.find((s) => (s.values[0] ?? []).includes('Type'))!;
    const header = (okr.values[0] ?? []).map(String);
    const kind = header.indexOf(lang === 'nl' ? 'Soort' : 'Kind');
    const kinds = new Set(okr.values.slice(1).map((row) => String(row[kind] ?? '')));
    expect(kinds.size).toBeGreaterThanOrEqual(7); // six kinds and blank (auto)
    const type = header.indexOf('Type');
    const types = new Set(okr.values.slice(1).map((row) => String(row[type] ?? '')));
    expect(types.size).toBeGreaterThanOrEqual(3);
    expect(texts.length).toBeGreaterThan(300);
  });

  test(`no formula is longer than ${FORMULA_LENGTH_TARGET.maxChars} characters, the median is under ${FORMULA_LENGTH_TARGET.medianBelow}`, () => {
    const tooLong = texts.filter((f) => f.length > FORMULA_LENGTH_TARGET.maxChars);
    expect(tooLong).toEqual([]);
    // The detail (longest and median) shows in the failure's diff.
    const check = formulaLengthCheck(lengthStats(texts));
    expect(check).toEqual({ pass: true, detail: check.detail });
  });
});

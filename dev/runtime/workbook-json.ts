// Saving a spreadsheet to JSON and loading it back. Format (version 1):
// { format: 'okr-sheets-workbook', version: 1, name, id, locale, timeZone, activeSheetId,
//   namedRanges: [{ name, range }], developerMetadata: [...], protections: [...],
//   documentProperties: { key: value },
//   sheets: [{ name, id, maxRows, maxCols, frozenRows, frozenColumns, tabColor, hidden,
//     values: [[...]]            literal contents, row by row ('' where empty or a formula),
//     formulas: { A1: '=...' },  numberFormats: { A1: '0%' },  styles: { A1: {...} },
//     notes: { A1: '...' },      validations: { A1: ValidationSpec },
//     rows: { '5': { depth, collapsed, hidden, height } },  columns: { '2': { width, hidden } },
//     merges, conditionalFormats, charts }] }
// Ranges are { sheetId, row, col, numRows, numCols } (1-based). Text '12' and number 12 stay
// distinct; dates are serial numbers with a date number format, as Sheets stores them.
import { columnToLetters, parseA1, type GridRange } from './a1';
import type { Cell, CellStyle, ColMeta, RowMeta } from './sheet-data';
import { wrapSpreadsheet, type LocalSpreadsheet } from './spreadsheet';
import type {
  ChartSpec,
  ConditionalFormatSpec,
  DeveloperMetadataSpec,
  NamedRangeSpec,
  ProtectionSpec,
  ValidationSpec,
} from './specs';
import type { Literal } from './values';
import { Workbook } from './workbook';

export interface SheetJson {
  name: string;
  id: number;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  hidden: boolean;
  values: Literal[][];
  formulas: Record<string, string>;
  numberFormats: Record<string, string>;
  styles: Record<string, CellStyle>;
  notes: Record<string, string>;
  validations: Record<string, ValidationSpec>;
  rows: Record<string, RowMeta>;
  columns: Record<string, ColMeta>;
  merges: GridRange[];
  conditionalFormats: ConditionalFormatSpec[];
  charts: ChartSpec[];
}

export interface WorkbookJson {
  format: 'okr-sheets-workbook';
  version: 1;
  name: string;
  id: string;
  locale: string;
  timeZone: string;
  activeSheetId: number | null;
  namedRanges: NamedRangeSpec[];
  developerMetadata: DeveloperMetadataSpec[];
  protections: ProtectionSpec[];
  documentProperties: Record<string, string>;
  sheets: SheetJson[];
}

export function spreadsheetToJson(ss: LocalSpreadsheet): WorkbookJson {
  const m = ss.model;
  return structuredClone({
    format: 'okr-sheets-workbook',
    version: 1,
    name: m.name,
    id: m.id,
    locale: m.locale,
    timeZone: m.timeZone,
    activeSheetId: m.activeSheetId,
    namedRanges: m.namedRanges,
    developerMetadata: m.developerMetadata,
    protections: m.protections,
    documentProperties: Object.fromEntries(m.documentProperties),
    sheets: m.sheets.map((s) => {
      const out: SheetJson = {
        name: s.name,
        id: s.id,
        maxRows: s.maxRows,
        maxCols: s.maxCols,
        frozenRows: s.frozenRows,
        frozenColumns: s.frozenCols,
        tabColor: s.tabColor,
        hidden: s.hidden,
        values: [],
        formulas: {},
        numberFormats: {},
        styles: {},
        notes: {},
        validations: {},
        rows: sparse(s.rowMeta),
        columns: sparse(s.colMeta),
        merges: s.merges,
        conditionalFormats: s.conditionalFormats,
        charts: s.charts,
      };
      const lastRow = s.lastRow();
      const lastCol = s.lastColumn();
      for (let r = 1; r <= lastRow; r++) {
        const line: Literal[] = [];
        for (let c = 1; c <= lastCol; c++) line.push(s.cell(r, c)?.v ?? '');
        out.values.push(line);
      }
      s.rows.forEach((row, ri) =>
        row?.forEach((cell: Cell | undefined, ci) => {
          if (!cell) return;
          const a1 = columnToLetters(ci + 1) + (ri + 1);
          if (cell.f !== undefined) out.formulas[a1] = cell.f;
          if (cell.nf !== undefined) out.numberFormats[a1] = cell.nf;
          if (cell.st && Object.values(cell.st).some((v) => v !== undefined))
            out.styles[a1] = cell.st;
          if (cell.note !== undefined) out.notes[a1] = cell.note;
          if (cell.dv) out.validations[a1] = cell.dv;
        }),
      );
      return out;
    }),
  }) as WorkbookJson;
}

function sparse<T extends object>(list: (T | undefined)[]): Record<string, T> {
  const out: Record<string, T> = {};
  list.forEach((v, i) => {
    if (v && Object.keys(v).length) out[String(i + 1)] = v;
  });
  return out;
}

export function spreadsheetFromJson(
  input: WorkbookJson | string,
  opts: { evaluateFormulas?: boolean } = {},
): LocalSpreadsheet {
  const json = (
    typeof input === 'string' ? JSON.parse(input) : structuredClone(input)
  ) as WorkbookJson;
  if (json.format !== 'okr-sheets-workbook')
    throw new Error('Not an okr-sheets workbook JSON file.');
  const model = new Workbook({
    name: json.name,
    locale: json.locale,
    timeZone: json.timeZone,
    ...(opts.evaluateFormulas === false ? { evaluateFormulas: false } : {}),
  });
  model.id = json.id;
  for (const sj of json.sheets) {
    const s = model.addSheet(sj.name, undefined, sj.id);
    Object.assign(s, {
      maxRows: sj.maxRows,
      maxCols: sj.maxCols,
      frozenRows: sj.frozenRows,
      frozenCols: sj.frozenColumns,
      tabColor: sj.tabColor,
      hidden: sj.hidden,
      merges: sj.merges ?? [],
      conditionalFormats: sj.conditionalFormats ?? [],
      charts: sj.charts ?? [],
    });
    for (const [k, v] of Object.entries(sj.rows ?? {})) s.rowMeta[Number(k) - 1] = v;
    for (const [k, v] of Object.entries(sj.columns ?? {})) s.colMeta[Number(k) - 1] = v;
  }
  // Contents after all tabs exist, so cross-tab formulas resolve.
  json.sheets.forEach((sj, i) => {
    const s = model.sheets[i]!;
    const cells: ({ v?: Literal; f?: string; nf?: string } | undefined)[][] = sj.values.map(
      (line) => line.map((v) => (v === '' ? undefined : { v })),
    );
    const at = (a1: string) => {
      const p = parseA1(a1, s.maxRows, s.maxCols);
      while (cells.length < p.row) cells.push([]);
      const line = cells[p.row - 1]!;
      return (line[p.col - 1] ??= {});
    };
    for (const [a1, f] of Object.entries(sj.formulas ?? {})) at(a1).f = f;
    for (const [a1, nf] of Object.entries(sj.numberFormats ?? {})) at(a1).nf = nf;
    model.writeRaw(s, 1, 1, cells);
    const touch = (a1: string) => {
      const p = parseA1(a1, s.maxRows, s.maxCols);
      return s.touch(p.row, p.col);
    };
    for (const [a1, st] of Object.entries(sj.styles ?? {})) touch(a1).st = Object.freeze(st);
    for (const [a1, note] of Object.entries(sj.notes ?? {})) touch(a1).note = note;
    for (const [a1, dv] of Object.entries(sj.validations ?? {})) touch(a1).dv = dv;
  });
  model.namedRanges = json.namedRanges ?? [];
  model.developerMetadata = json.developerMetadata ?? [];
  model.protections = json.protections ?? [];
  model.documentProperties = new Map(Object.entries(json.documentProperties ?? {}));
  model.activeSheetId = json.activeSheetId ?? model.sheets[0]?.id ?? null;
  const ids = [
    ...model.developerMetadata.map((m) => m.id),
    ...model.protections.map((p) => p.id),
    ...model.sheets.flatMap((s) => s.charts.map((c) => c.chartId)),
  ];
  model.reserveIds(Math.max(0, ...ids));
  model.syncNamedRanges();
  model.refreshFormulas();
  return wrapSpreadsheet(model);
}

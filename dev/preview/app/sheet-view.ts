// One tab of the local workbook as the page draws it: displayed values (number formats in the
// spreadsheet's locale, text formats such as the add-on's '"    "@' indent), SPARKLINE bars, cell styles with
// conditional formats applied, column widths, hidden rows and columns, row groups, merges and
// charts with the data of their ranges. Reads the runtime's model directly, so drawing the grid
// never counts as a service call of the add-on.
import { formatGeneral } from '../../runtime/number-format';
import { isDateFormat, type Literal } from '../../runtime/values';
import type { SheetData } from '../../runtime/sheet-data';
import type { Workbook } from '../../runtime/workbook';
import type { ChartSpec } from '../../runtime/specs';
import { barExtents } from '../../runtime/sparkline';
import type { CellStyleView, CellView, ChartView, RowGroupView, SheetView } from '../view';
import { conditionalStyles } from './conditional';

const DEFAULT_WIDTH = 100;
const DEFAULT_HEIGHT = 21;
const MIN_ROWS = 60;
const MIN_COLS = 12;

/** The displayed text of a cell value in its number format. */
export function displayText(model: Workbook, value: Literal | undefined, format?: string): string {
  if (typeof value === 'string' && format && format.includes('@')) return textFormat(value, format);
  return model.displayOf({ value, format });
}

/** A text section such as '"    "@' or '"ID: "@': the value in place of @, literals kept. */
function textFormat(value: string, format: string): string {
  const section = format.split(';')[3] ?? format.split(';').find((s) => s.includes('@')) ?? '@';
  let out = '';
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out += section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') out += section[++i] ?? '';
    else if (ch === '@') out += value;
    else if (ch === '_' || ch === '*') i++;
    else out += ch ?? '';
  }
  return out;
}

/** What the edit box starts with: text as text, numbers without grouping, dates and percents as shown. */
function editText(model: Workbook, value: Literal, format: string | undefined): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (format && (isDateFormat(format) || format.includes('%')))
    return model.displayOf({ value, format });
  return formatGeneral(value, model.locale);
}

function cellStyle(sheet: SheetData, row: number, col: number): CellStyleView | undefined {
  const st = sheet.cell(row, col)?.st;
  if (!st) return undefined;
  const s: CellStyleView = {};
  if (st.fontWeight === 'bold') s.bold = true;
  if (st.fontStyle === 'italic') s.italic = true;
  if (st.fontLine === 'line-through') s.strike = true;
  if (st.fontLine === 'underline') s.underline = true;
  if (st.fontColor && st.fontColor !== '#000000') s.color = st.fontColor;
  if (st.background && st.background !== '#ffffff') s.background = st.background;
  const align = st.hAlign?.toLowerCase();
  if (align === 'left' || align === 'center' || align === 'right') s.align = align;
  if (st.wrap) s.wrap = true;
  if (st.fontSize && st.fontSize !== 10) s.fontSize = st.fontSize;
  return Object.keys(s).length ? s : undefined;
}

/** Row groups of the tab: maximal runs of rows with depth ≥ d, for d = 1…8. */
export function rowGroups(sheet: SheetData): RowGroupView[] {
  const depth = (r: number) => sheet.rowMeta[r - 1]?.depth ?? 0;
  const out: RowGroupView[] = [];
  const last = sheet.rowMeta.length;
  for (let d = 1; d <= 8; d++) {
    let r = 1;
    while (r <= last) {
      if (depth(r) < d) {
        r++;
        continue;
      }
      const start = r;
      while (r + 1 <= last && depth(r + 1) >= d) r++;
      const collapsed = (sheet.rowMeta[start - 1]?.collapsed ?? []).includes(d);
      out.push({ start, end: r, depth: d, collapsed });
      r++;
    }
  }
  return out;
}

export function sheetView(model: Workbook, sheet: SheetData): SheetView {
  const colWidth = (c: number) =>
    sheet.colMeta[c - 1]?.hidden ? 0 : (sheet.colMeta[c - 1]?.width ?? DEFAULT_WIDTH);
  const groups = rowGroups(sheet);

  // Enough rows and columns for the content, the frozen panes and every chart.
  let rows = Math.max(sheet.lastRow() + 30, sheet.frozenRows + 1, MIN_ROWS);
  let cols = Math.max(sheet.lastColumn() + 3, sheet.frozenCols + 1, MIN_COLS);
  for (const chart of sheet.charts) {
    const h = Number(chart.options.height ?? 371) + chart.position.offsetY;
    rows = Math.max(rows, chart.position.row + Math.ceil(h / DEFAULT_HEIGHT) + 2);
    let w = Number(chart.options.width ?? 600) + chart.position.offsetX;
    let c = chart.position.col;
    while (w > 0 && c < sheet.maxCols) w -= colWidth(c++) || 0;
    cols = Math.max(cols, c + 1);
  }
  rows = Math.min(rows, sheet.maxRows);
  cols = Math.min(cols, sheet.maxCols);

  const colWidths = [0];
  for (let c = 1; c <= cols; c++) colWidths.push(colWidth(c));
  const collapsedRows = new Set<number>();
  for (const g of groups)
    if (g.collapsed) for (let r = g.start; r <= g.end; r++) collapsedRows.add(r);
  const rowHeights = [0];
  for (let r = 1; r <= rows; r++) {
    const meta = sheet.rowMeta[r - 1];
    rowHeights.push(meta?.hidden || collapsedRows.has(r) ? 0 : (meta?.height ?? DEFAULT_HEIGHT));
  }

  const conditional = conditionalStyles(model, sheet, rows, cols);
  const cells: [number, number, CellView][] = [];
  for (let r = 1; r <= rows; r++) {
    const rowCells = sheet.rows[r - 1];
    if (!rowCells && !sheet.hasFormulas && !conditional.hasRow(r)) continue;
    for (let c = 1; c <= cols; c++) {
      const cell = sheet.cell(r, c);
      const cf = conditional.at(r, c);
      if (!cell && !sheet.hasFormulas && !cf) continue;
      const read = model.read(sheet, r, c);
      const base = cellStyle(sheet, r, c);
      const style = cf ? { ...base, ...cf } : base;
      if (read.value === undefined && !style && !cell?.note) continue;
      const view: CellView = { t: displayText(model, read.value, read.format) };
      if (cell?.f !== undefined) view.f = cell.f;
      else if (read.value !== undefined && read.value !== '')
        view.e = editText(model, read.value, read.format);
      if (typeof read.value === 'number' || typeof read.value === 'boolean') view.n = 1;
      if (style) view.s = style;
      if (cell?.note) view.note = cell.note;
      if (read.sparkline)
        view.bar = { segments: barExtents(read.sparkline), rtl: read.sparkline.rtl };
      cells.push([r, c, view]);
    }
  }

  return {
    id: sheet.id,
    name: sheet.name,
    rows,
    cols,
    maxRows: sheet.maxRows,
    maxCols: sheet.maxCols,
    frozenRows: sheet.frozenRows,
    frozenCols: sheet.frozenCols,
    colWidths,
    rowHeights,
    groups: groups.filter((g) => g.start <= rows),
    cells,
    merges: sheet.merges.map(({ row, col, numRows, numCols }) => ({ row, col, numRows, numCols })),
    charts: sheet.charts.map((spec) => chartView(model, spec)),
  };
}

/**
 * A chart's data as Sheets reads it: the ranges side by side, the first `numHeaders` rows as
 * series names, the first column as the domain (labels) and each further column as a series.
 */
export function chartView(model: Workbook, spec: ChartSpec): ChartView {
  const columns: { value: Literal | undefined; text: string }[][] = [];
  for (const g of spec.ranges) {
    const sheet = model.sheetById(g.sheetId);
    if (!sheet) continue;
    for (let c = 0; c < g.numCols; c++) {
      const column: { value: Literal | undefined; text: string }[] = [];
      for (let r = 0; r < g.numRows; r++) {
        const read = model.read(sheet, g.row + r, g.col + c);
        column.push({ value: read.value, text: displayText(model, read.value, read.format) });
      }
      columns.push(column);
    }
  }
  let table = columns;
  if (spec.transposeRowsAndColumns) {
    const height = Math.max(0, ...columns.map((c) => c.length));
    table = Array.from({ length: height }, (_, r) => columns.map((col) => col[r]!));
  }
  const headers = spec.numHeaders ?? guessHeaders(table);
  const [domain = [], ...rest] = table;
  const keep: number[] = [];
  for (let r = headers; r < domain.length; r++) {
    const empty =
      (domain[r]?.text ?? '') === '' && rest.every((col) => (col[r]?.text ?? '') === '');
    if (!empty) keep.push(r);
  }
  return {
    id: spec.chartId,
    type: spec.type,
    anchor: { ...spec.position },
    width: Number(spec.options.width ?? 600),
    height: Number(spec.options.height ?? 371),
    labels: keep.map((r) => domain[r]?.text ?? ''),
    series: rest.map((col) => ({
      name:
        headers > 0
          ? col
              .slice(0, headers)
              .map((c) => c.text)
              .join(' ')
          : '',
      data: keep.map((r) => (typeof col[r]?.value === 'number' ? (col[r]!.value as number) : null)),
    })),
    options: { ...spec.options },
  };
}

function guessHeaders(table: { value: Literal | undefined }[][]): number {
  const series = table.slice(1);
  return series.length > 0 && series.every((col) => typeof col[0]?.value === 'string') ? 1 : 0;
}

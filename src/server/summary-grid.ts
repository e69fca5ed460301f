// The building blocks of a summary tab's layout: a grid that grows row by row (values, number
// formats, weights and fills, padded to the table's width), the cell helpers, the number
// formats, where charts go, and what every section builder is given (summary-live.ts,
// summary-snapshot.ts; summary-layout.ts puts them in order).
import { EXPECTED_COLOR, HEADER_FILL, LEVEL_COLORS } from '../core/palette';
import type { Lang } from '../core/i18n';
import { widthForText } from '../core/labels';
import { protectText } from '../core/okr-rows';
import type { Period } from '../core/period';
import type { PeriodSummary } from '../core/summary';
import type { SeriesPoint } from '../core/timeseries';
import type { MessageKey, MessageParams } from './i18n';
import type { SummaryFormulas } from './summary-formulas';

export type LayoutCell = string | number | boolean;

export interface GridRange {
  /** 1-based. */
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

type ChartKey =
  'progressPerObjective' | 'statusPerTeam' | 'overTime' | 'expectedVsActual' | 'quarters';

export interface ChartPlan {
  key: ChartKey;
  type: 'BAR' | 'COLUMN' | 'LINE';
  ranges: GridRange[];
  /** 1-based anchor cell of the chart's top-left corner. */
  anchor: { row: number; col: number };
  options: Record<string, unknown>;
}

export type SectionKey =
  'headline' | 'levels' | 'status' | 'teams' | 'objectives' | 'attention' | 'overTime' | 'quarters';

/** Table columns (A…J); charts start two columns to the right of them. */
export const TABLE_WIDTH = 10;
/** The narrowest and widest a table column is made (a longer title is cut off in view). */
const MIN_COLUMN_PX = 60;
const MAX_COLUMN_PX = 380;
/** Characters of an objective's title in a chart's labels. */
export const CHART_LABEL_CHARS = 32;
export const CHART_COLUMN = TABLE_WIDTH + 2;
/** Rows between two charts' anchors, and every chart's size. */
export const CHART_ROWS = 20;
export const CHART_WIDTH = 620;
export const CHART_HEIGHT = 380;

export const PERCENT = '0%';
export const INTEGER = '0';
export const GRADE = '0.0';
export const DATE = 'yyyy-mm-dd';

export class Grid {
  readonly values: LayoutCell[][] = [];
  readonly formats: string[][] = [];
  readonly weights: ('bold' | 'normal')[][] = [];
  readonly fills: (string | null)[][] = [];
  /** Rows of one text that Sheets lets run on into the empty cells beside it (titles, notes). */
  private readonly runOn = new Set<number>();

  constructor(readonly width: number) {}

  get rows(): number {
    return this.values.length;
  }

  /** Appends a row; returns its 1-based number. */
  add(
    cells: LayoutCell[] = [],
    formats: string[] = [],
    bold = false,
    fills: (string | null)[] = [],
  ): number {
    const pad = <T>(xs: T[], v: T): T[] => {
      const row = xs.slice();
      while (row.length < this.width) row.push(v);
      return row;
    };
    this.values.push(pad(cells, ''));
    this.formats.push(pad(formats, ''));
    this.weights.push(pad([], bold ? 'bold' : 'normal'));
    this.fills.push(pad(fills, null));
    return this.values.length;
  }

  header(cells: string[]): number {
    return this.add(
      cells.map(protectText),
      [],
      true,
      cells.map(() => HEADER_FILL),
    );
  }

  /** A section title or a note: its text runs on into the empty cells to its right. */
  title(cells: LayoutCell[], bold = true): number {
    const row = this.add(cells, [], bold);
    this.runOn.add(row);
    return row;
  }

  blank(): void {
    this.add();
  }

  /**
   * Each column's width in pixels, for the longest text it shows in the rows of its tables
   * (headers and values; titles and notes run on into empty cells, as in Sheets, and do not
   * count), so no label is cut off in either language.
   */
  columnWidths(): number[] {
    const tableRows = this.values.filter((_, r) => !this.runOn.has(r + 1));
    return Array.from({ length: this.width }, (_, c) => {
      const texts = tableRows.map((row) => shownText(row[c]!));
      return Math.min(MAX_COLUMN_PX, widthForText(texts, MIN_COLUMN_PX));
    });
  }

  /** A header row and one row per item, each column its own value, format and fill; returns the header's row. */
  table<T>(columns: readonly TableColumn<T>[], items: readonly T[]): number {
    const header = this.header(columns.map((c) => c.header));
    for (const item of items) {
      this.add(
        columns.map((c) => c.value(item)),
        columns.map((c) => c.format ?? ''),
        false,
        columns.map((c) => c.fill?.(item) ?? null),
      );
    }
    return header;
  }
}

/** Roughly what a cell shows: its text, or a formula's number (a percentage, a count). */
function shownText(cell: LayoutCell): string {
  if (typeof cell !== 'string') return String(cell);
  if (cell.startsWith('=')) return '0000';
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** A column of a snapshot table: its header, and each row's value, number format and fill. */
export interface TableColumn<T> {
  header: string;
  value: (row: T) => LayoutCell;
  format?: string;
  fill?: (row: T) => string | null;
}

export function text(value: string): string {
  return protectText(value);
}

export function pct(value: number | null | ''): LayoutCell {
  return value === null ? '' : value;
}

/** A chart's title and its axes' titles. */
export function titled(title: string, hAxis: string, vAxis: string): Record<string, unknown> {
  return { title, 'hAxis.title': hAxis, 'vAxis.title': vAxis };
}

/** The columns of a table of figures after its first: objectives, key results, progress, expected. */
export function figureColumns(L: Build['L']): string[] {
  return [
    L('summary.objectives'),
    L('summary.keyResults'),
    L('summary.progress'),
    L('summary.expected'),
  ];
}

/** A percentage axis from 0 to 100%. */
export function percentAxis(axis: 'hAxis' | 'vAxis'): Record<string, unknown> {
  return {
    [`${axis}.format`]: 'percent',
    [`${axis}.viewWindow.min`]: 0,
    [`${axis}.viewWindow.max`]: 1,
  };
}

/**
 * A column chart of progress against expected (columns D and E of the 4 rows below `header`),
 * labelled by column A: the levels, or a year's quarters.
 */
export function progressChart(
  key: ChartKey,
  header: number,
  anchorRow: number,
  titles: { title: string; hAxis: string; vAxis: string },
): ChartPlan {
  return {
    key,
    type: 'COLUMN',
    ranges: [
      { row: header, col: 1, numRows: 5, numCols: 1 },
      { row: header, col: 4, numRows: 5, numCols: 2 },
    ],
    anchor: { row: anchorRow, col: CHART_COLUMN },
    options: {
      ...titled(titles.title, titles.hAxis, titles.vAxis),
      ...percentAxis('vAxis'),
      colors: [LEVEL_COLORS.company.strong, EXPECTED_COLOR],
      'legend.position': 'bottom',
    },
  };
}

/** What every section builder is given, and where it leaves rows for the sections after it. */
export interface Build {
  g: Grid;
  f: SummaryFormulas;
  L: (key: MessageKey, params?: MessageParams) => string;
  lang: Lang;
  period: Period;
  isYear: boolean;
  summary: PeriodSummary;
  series: SeriesPoint[];
  sections: Partial<Record<SectionKey, GridRange>>;
  charts: ChartPlan[];
  /** "Snapshot of <date> — refresh to update", above the snapshot sections. */
  snapshot: string;
  /** The day the tab is built, ISO yyyy-mm-dd. */
  today: string;
  /** Rows later sections refer to: the headline's first row and its Expected today. */
  refs: { headStart: number };
}

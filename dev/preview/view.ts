// What the preview server sends the page: plain JSON shapes, shared by dev/preview/app (server,
// Node) and dev/preview/page (browser). No code, only types.

/** A cell as the grid shows it. Only cells with content or a look are sent. */
export interface CellView {
  /** The displayed text (number format applied in the spreadsheet's locale). */
  t: string;
  /** The formula, when the cell has one (shown in the formula bar). */
  f?: string;
  /** What the edit box starts with when there is no formula. */
  e?: string;
  /** 1: a number, date or boolean (aligned right or centred like Sheets). */
  n?: 1;
  /** Resolved style: cell style with conditional formats applied. */
  s?: CellStyleView;
  /** The cell's note, if any. */
  note?: string;
  /** A SPARKLINE bar: its segments as parts of the cell's width (0…1 from the start edge). */
  bar?: BarView;
}

export interface BarView {
  segments: { from: number; to: number; color: string }[];
  /** Drawn from the right edge. */
  rtl: boolean;
}

export interface CellStyleView {
  bold?: true;
  italic?: true;
  strike?: true;
  underline?: true;
  color?: string;
  background?: string;
  align?: 'left' | 'center' | 'right';
  wrap?: true;
  fontSize?: number;
}

export interface RowGroupView {
  /** 1-based first and last row of the group. */
  start: number;
  end: number;
  depth: number;
  collapsed: boolean;
}

export interface ChartSeriesView {
  name: string;
  data: (number | null)[];
}

/** A recorded EmbeddedChart with its data read from its ranges. */
export interface ChartView {
  id: number;
  /** Charts.ChartType name: COLUMN, BAR, LINE, PIE, AREA, … */
  type: string;
  anchor: { row: number; col: number; offsetX: number; offsetY: number };
  width: number;
  height: number;
  labels: string[];
  series: ChartSeriesView[];
  /** The recorded Google Charts options ('title', 'isStacked', 'vAxis.format', …). */
  options: Record<string, unknown>;
}

export interface SheetView {
  id: number;
  name: string;
  /** Rows and columns the page draws (≤ maxRows/maxCols). */
  rows: number;
  cols: number;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  /** Pixel width per column 1…cols (index 0 unused); 0 when hidden. */
  colWidths: number[];
  /** Pixel height per row 1…rows (index 0 unused); 0 when hidden or in a collapsed group. */
  rowHeights: number[];
  groups: RowGroupView[];
  /** [row, col, cell], 1-based. */
  cells: [number, number, CellView][];
  /** Merged areas, 1-based. */
  merges: { row: number; col: number; numRows: number; numCols: number }[];
  charts: ChartView[];
}

export interface TabView {
  id: number;
  name: string;
  hidden: boolean;
  color: string | null;
}

export interface MenuItemView {
  caption: string;
  functionName: string;
}

export interface MenuView {
  title: string;
  /** Items in order; null is a separator. Submenus are flattened (caption prefixed). */
  items: (MenuItemView | null)[];
}

export interface WorkbookView {
  name: string;
  locale: string;
  today: string;
  tabs: TabView[];
  sheet: SheetView;
  /** The active range (the add-on's selection or the person's), 1-based, on `sheet` or elsewhere. */
  selection: { sheetId: number; row: number; col: number; numRows: number; numCols: number } | null;
  menus: MenuView[];
  /** Index of the sidebar the add-on last showed (GET /dialog/N), or -1. */
  sidebar: number;
  sidebarTitle: string;
  /** Bumped when the add-on shows a sidebar again, so the page reloads it. */
  sidebarShown: number;
  /** Toasts shown since the previous response. */
  toasts: { title: string; message: string }[];
}

/** An alert or prompt the add-on showed (Ui.alert / Ui.prompt). */
export interface QuestionView {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  /** ButtonSet name: OK, OK_CANCEL, YES_NO, YES_NO_CANCEL. */
  buttons: string;
}

export interface AnswerView {
  /** Button name: OK, CANCEL, YES, NO, CLOSE. */
  button: string;
  text?: string;
}

/** POST /api/menu: either a question to answer (then run again with it) or the result. */
export type MenuOutcome =
  | { status: 'ask'; question: QuestionView; step: number }
  | {
      status: 'done';
      /** OK-only alerts the action showed, in order (answered OK, shown to the person now). */
      alerts: QuestionView[];
      /** Set when the action threw (Sheets shows it as a script error). */
      error?: string;
      /** Modal or modeless dialogs the action showed: GET /dialog/N. */
      dialogs: { index: number; title: string; width: number | null; height: number | null }[];
      view: WorkbookView;
    };

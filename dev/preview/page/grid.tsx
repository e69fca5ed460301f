// The grid of one tab: column letters, row numbers, row-group toggles, cells with their
// displayed values and looks, frozen rows and columns (sticky), merges, the selection and an
// in-place editor; charts float over it at their anchor cells, as in Sheets.
import type { CSSProperties, JSX } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { BarView, CellView, SheetView } from '../view';
import { columnLetters } from './api';
import { ChartBox } from './charts';

export const HEADER_HEIGHT = 22;
export const ROWNUM_WIDTH = 46;
export const GUTTER_STEP = 18;

export interface Selection {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface GridProps {
  sheet: SheetView;
  selection: Selection;
  editing: { row: number; col: number; text: string } | null;
  onSelect(row: number, col: number): void;
  onEdit(row: number, col: number, text: string): void;
  onEditText(text: string): void;
  onCommit(move: 'down' | 'right' | 'none'): void;
  onCancel(): void;
  onClear(row: number, col: number): void;
  onToggleGroup(row: number, depth: number): void;
  /** Bumped when the selection should be scrolled into view. */
  reveal: number;
}

function cellCss(cell: CellView | undefined): CSSProperties {
  const s = cell?.s;
  const css: CSSProperties = {};
  if (!cell) return css;
  if (s?.bold) css.fontWeight = 'bold';
  if (s?.italic) css.fontStyle = 'italic';
  if (s?.strike || s?.underline)
    css.textDecoration = [s.strike ? 'line-through' : '', s.underline ? 'underline' : '']
      .filter(Boolean)
      .join(' ');
  if (s?.color) css.color = s.color;
  if (s?.background) css.backgroundColor = s.background;
  if (s?.fontSize) css.fontSize = `${s.fontSize}pt`;
  if (s?.wrap) css.whiteSpace = 'pre-wrap';
  css.textAlign = s?.align ?? (cell.n ? 'right' : 'left');
  return css;
}

/** A SPARKLINE bar as Sheets draws it in the cell: the segments over the cell's width. */
function SparkBar({ bar }: { bar: BarView }) {
  return (
    <span class="spark-bar" aria-hidden="true">
      {bar.segments.map((s, i) => (
        <span
          key={i}
          class="spark-segment"
          style={{
            [bar.rtl ? 'right' : 'left']: `${s.from * 100}%`,
            width: `${(s.to - s.from) * 100}%`,
            backgroundColor: s.color,
          }}
        />
      ))}
    </span>
  );
}

export function Grid(props: GridProps) {
  const { sheet, selection, editing } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const editor = useRef<HTMLInputElement>(null);

  const cells = useMemo(() => {
    const map = new Map<number, CellView>();
    for (const [r, c, cell] of sheet.cells) map.set(r * 100000 + c, cell);
    return map;
  }, [sheet]);
  const merged = useMemo(() => {
    const anchors = new Map<number, { rows: number; cols: number }>();
    const covered = new Set<number>();
    for (const m of sheet.merges) {
      anchors.set(m.row * 100000 + m.col, { rows: m.numRows, cols: m.numCols });
      for (let r = m.row; r < m.row + m.numRows; r++)
        for (let c = m.col; c < m.col + m.numCols; c++)
          if (r !== m.row || c !== m.col) covered.add(r * 100000 + c);
    }
    return { anchors, covered };
  }, [sheet]);

  const maxDepth = Math.max(0, ...sheet.groups.map((g) => g.depth));
  const gutter = maxDepth * GUTTER_STEP;
  const left0 = gutter + ROWNUM_WIDTH;

  // Pixel offsets of columns and rows, for frozen panes and charts.
  const colLeft = [left0, left0];
  for (let c = 1; c <= sheet.cols; c++) colLeft.push(colLeft[c]! + sheet.colWidths[c]!);
  const rowTop = [HEADER_HEIGHT, HEADER_HEIGHT];
  for (let r = 1; r <= sheet.rows; r++) rowTop.push(rowTop[r]! + sheet.rowHeights[r]!);

  // Row-group toggles sit on the row after each group (Sheets' default control position).
  const toggles = new Map<number, { depth: number; collapsed: boolean }[]>();
  const inGroup = new Map<number, number[]>();
  for (const g of sheet.groups) {
    const at = g.end + 1;
    toggles.set(at, [...(toggles.get(at) ?? []), { depth: g.depth, collapsed: g.collapsed }]);
    for (let r = g.start; r <= g.end; r++) inGroup.set(r, [...(inGroup.get(r) ?? []), g.depth]);
  }

  useEffect(() => {
    scroller.current?.scrollTo(0, 0);
  }, [sheet.id]);

  useEffect(() => {
    if (editing) editor.current?.focus();
  }, [editing?.row, editing?.col]);

  useEffect(() => {
    const el = scroller.current?.querySelector<HTMLElement>(
      `td[data-row="${selection.row}"][data-col="${selection.col}"]`,
    );
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [props.reveal]);

  const inSelection = (r: number, c: number) =>
    r >= selection.row &&
    r < selection.row + selection.numRows &&
    c >= selection.col &&
    c < selection.col + selection.numCols;

  const onKeyDown = (e: KeyboardEvent) => {
    if (editing) return;
    const { row, col } = selection;
    const visibleRow = (r: number, step: number) => {
      let n = r + step;
      while (n >= 1 && n <= sheet.rows && sheet.rowHeights[n] === 0) n += step;
      return n >= 1 && n <= sheet.rows ? n : r;
    };
    const visibleCol = (c: number, step: number) => {
      let n = c + step;
      while (n >= 1 && n <= sheet.cols && sheet.colWidths[n] === 0) n += step;
      return n >= 1 && n <= sheet.cols ? n : c;
    };
    if (e.key === 'ArrowDown') props.onSelect(visibleRow(row, 1), col);
    else if (e.key === 'ArrowUp') props.onSelect(visibleRow(row, -1), col);
    // Tab is left to the browser, so the keyboard reaches the sidebar beside the grid (while a
    // cell is edited, Tab commits and moves right, as in Sheets).
    else if (e.key === 'ArrowRight') props.onSelect(row, visibleCol(col, 1));
    else if (e.key === 'ArrowLeft') props.onSelect(row, visibleCol(col, -1));
    else if (e.key === 'Enter' || e.key === 'F2') {
      const cell = cells.get(row * 100000 + col);
      props.onEdit(row, col, cell?.f ?? cell?.e ?? '');
    } else if (e.key === 'Delete' || e.key === 'Backspace') props.onClear(row, col);
    else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey)
      props.onEdit(row, col, e.key);
    else return;
    e.preventDefault();
  };

  const frozenCss = (r: number, c: number): CSSProperties => {
    const css: CSSProperties = {};
    if (r <= sheet.frozenRows) {
      css.position = 'sticky';
      css.top = `${rowTop[r]}px`;
      css.zIndex = 3;
    }
    if (c <= sheet.frozenCols) {
      css.position = 'sticky';
      css.left = `${colLeft[c]}px`;
      css.zIndex = r <= sheet.frozenRows ? 5 : 4;
    }
    return css;
  };

  /**
   * How far a cell's text may run on to the right, in pixels: across the empty cells beside it,
   * as Sheets shows text under its default wrap strategy, OVERFLOW ("lines that are longer than
   * the cell width will be written in the next cell over, so long as that cell is empty":
   * developers.google.com/apps-script/reference/spreadsheet/wrap-strategy). Numbers, wrapped,
   * centred or right-aligned text, merged and frozen cells do not run on.
   */
  const runOn = (r: number, c: number, cell: CellView | undefined): number => {
    if (!cell?.t || cell.n || cell.s?.wrap || (cell.s?.align ?? 'left') !== 'left') return 0;
    if (merged.anchors.has(r * 100000 + c) || c <= sheet.frozenCols) return 0;
    let px = 0;
    for (let n = c + 1; n <= sheet.cols; n++) {
      const k = r * 100000 + n;
      if (merged.covered.has(k) || merged.anchors.has(k) || cells.get(k)?.t) break;
      px += sheet.colWidths[n]!;
    }
    return px;
  };

  const rows: JSX.Element[] = [];
  for (let r = 1; r <= sheet.rows; r++) {
    const height = sheet.rowHeights[r]!;
    if (height === 0) continue;
    const tds: JSX.Element[] = [];
    for (let c = 1; c <= sheet.cols; c++) {
      if (sheet.colWidths[c] === 0) continue;
      const k = r * 100000 + c;
      if (merged.covered.has(k)) continue;
      const cell = cells.get(k);
      const span = merged.anchors.get(k);
      const selected = r === selection.row && c === selection.col;
      const isEditing = editing && editing.row === r && editing.col === c;
      const run = isEditing ? 0 : runOn(r, c, cell);
      const cls = [
        'cell',
        run > 0 ? 'runs-on' : '',
        selected ? 'selected' : '',
        inSelection(r, c) ? 'in-range' : '',
        r === sheet.frozenRows ? 'frozen-edge' : '',
        cell?.note ? 'has-note' : '',
      ]
        .filter(Boolean)
        .join(' ');
      tds.push(
        <td
          key={c}
          class={cls}
          data-row={r}
          data-col={c}
          rowSpan={span?.rows}
          colSpan={span?.cols}
          title={cell?.note}
          style={{ ...cellCss(cell), ...frozenCss(r, c) }}
          onMouseDown={() => props.onSelect(r, c)}
          onDblClick={() => props.onEdit(r, c, cell?.f ?? cell?.e ?? '')}
        >
          {isEditing ? (
            <input
              ref={editor}
              class="cell-editor"
              aria-label={`Edit ${columnLetters(c)}${r}`}
              value={editing.text}
              onInput={(e) => props.onEditText((e.target as HTMLInputElement).value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') props.onCommit('down');
                else if (e.key === 'Tab') props.onCommit('right');
                else if (e.key === 'Escape') props.onCancel();
                else return;
                e.preventDefault();
                e.stopPropagation();
              }}
              onBlur={() => props.onCommit('none')}
            />
          ) : cell?.bar ? (
            <SparkBar bar={cell.bar} />
          ) : run > 0 ? (
            <span class="run-on" style={{ width: `${sheet.colWidths[c]! + run - 6}px` }}>
              {cell!.t}
            </span>
          ) : (
            (cell?.t ?? '')
          )}
        </td>,
      );
    }
    const depths = inGroup.get(r) ?? [];
    const toggle = toggles.get(r) ?? [];
    rows.push(
      <tr key={r} style={{ height: `${height}px` }}>
        {gutter > 0 ? (
          <td class="gutter" style={{ width: `${gutter}px` }}>
            {depths.map((d) => (
              <span key={d} class="group-line" style={{ left: `${(d - 1) * GUTTER_STEP + 8}px` }} />
            ))}
            {toggle.map((t) => (
              <button
                key={t.depth}
                type="button"
                class="group-toggle"
                style={{ left: `${(t.depth - 1) * GUTTER_STEP + 2}px` }}
                aria-label={`${t.collapsed ? 'Expand' : 'Collapse'} the row group above row ${r}`}
                aria-expanded={!t.collapsed}
                onClick={() => props.onToggleGroup(r - 1, t.depth)}
              >
                {t.collapsed ? '+' : '−'}
              </button>
            ))}
          </td>
        ) : null}
        <th
          class={`rownum${r >= selection.row && r < selection.row + selection.numRows ? ' active' : ''}`}
          scope="row"
          style={{ left: `${gutter}px` }}
        >
          {r}
        </th>
        {tds}
      </tr>,
    );
  }

  const totalWidth = colLeft[sheet.cols + 1]!;
  return (
    <div
      class="grid-scroller"
      ref={scroller}
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-label={`Tab ${sheet.name}`}
    >
      <div class="grid-canvas" style={{ width: `${totalWidth}px` }}>
        <table class="grid" style={{ width: `${totalWidth}px` }}>
          <colgroup>
            {gutter > 0 ? <col style={{ width: `${gutter}px` }} /> : null}
            <col style={{ width: `${ROWNUM_WIDTH}px` }} />
            {sheet.colWidths
              .slice(1)
              .map((w, i) => (w === 0 ? null : <col key={i} style={{ width: `${w}px` }} />))}
          </colgroup>
          <thead>
            <tr style={{ height: `${HEADER_HEIGHT}px` }}>
              {gutter > 0 ? <th class="corner gutter-head" /> : null}
              <th class="corner" style={{ left: `${gutter}px` }} />
              {sheet.colWidths.slice(1).map((w, i) =>
                w === 0 ? null : (
                  <th
                    key={i}
                    scope="col"
                    class={`colhead${i + 1 >= selection.col && i + 1 < selection.col + selection.numCols ? ' active' : ''}`}
                  >
                    {columnLetters(i + 1)}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
        {sheet.charts.map((chart) => (
          <ChartBox
            key={chart.id}
            chart={chart}
            left={colLeft[Math.min(chart.anchor.col, sheet.cols + 1)]! + chart.anchor.offsetX}
            top={rowTop[Math.min(chart.anchor.row, sheet.rows + 1)]! + chart.anchor.offsetY}
          />
        ))}
      </div>
    </div>
  );
}

// What one edit costs the sheet's formulas, engine-independently: the references of every
// formula are read from its text, and an edit dirties every formula whose references cover the
// edited cell, then, transitively, every formula that references a dirtied one (as Sheets' and
// HyperFormula's dependency graphs do: by the ranges written in the formula, whatever branch an
// IF takes). The cost is the sum of the range sizes of all dirtied formulas: the cells a
// recalculation has to look at. A whole-column range ($H:$H) counts the tab's rows.
// Used by formula-cost.ts (npm run bench) and the prototypes of the formula design.

/** A formula cell: 1-based row and column on a tab. */
export interface FormulaCell {
  sheet: string;
  row: number;
  col: number;
  formula: string;
}

/** A rectangle a formula refers to (1-based, inclusive). */
export interface Ref {
  sheet: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** Column letters (A, AB, $AB) as a 1-based index. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.replace('$', '')) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

// A cell (A1, $A$1), a cell range (A1:B2) or a column range ($H:$H), with an optional sheet
// prefix ('OKR settings'! or Sheet1!). Not preceded by a name character (no match inside
// another word) and not followed by one or by '(' (function names such as LOG10).
const REF =
  /(?<![A-Za-z0-9_.$'])(?:('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(?:(\$?[A-Z]{1,3})(\$?\d+)(?::(\$?[A-Z]{1,3})(\$?\d+))?|(\$?[A-Z]{1,3}):(\$?[A-Z]{1,3}))(?![A-Za-z0-9_(!])/g;
const STRING_LITERAL = /"(?:[^"]|"")*"/g;

/**
 * The references of a formula. `tabRows(sheet)` gives a tab's number of rows (whole-column
 * ranges reach it). Named ranges and functions that build references from text are not seen.
 */
export function formulaRefs(
  formula: string,
  ownSheet: string,
  tabRows: (sheet: string) => number,
): Ref[] {
  const text = formula.replace(STRING_LITERAL, '""');
  const refs: Ref[] = [];
  for (const m of text.matchAll(REF)) {
    const prefix = m[1];
    const sheet = !prefix
      ? ownSheet
      : prefix.startsWith("'")
        ? prefix.slice(1, -1).replace(/''/g, "'")
        : prefix;
    if (m[6] !== undefined && m[7] !== undefined) {
      const a = columnIndex(m[6]);
      const b = columnIndex(m[7]);
      refs.push({ sheet, r1: 1, r2: tabRows(sheet), c1: Math.min(a, b), c2: Math.max(a, b) });
      continue;
    }
    const c1 = columnIndex(m[2] as string);
    const r1 = Number((m[3] as string).replace('$', ''));
    const c2 = m[4] ? columnIndex(m[4]) : c1;
    const r2 = m[5] ? Number(m[5].replace('$', '')) : r1;
    refs.push({
      sheet,
      r1: Math.min(r1, r2),
      r2: Math.max(r1, r2),
      c1: Math.min(c1, c2),
      c2: Math.max(c1, c2),
    });
  }
  return refs;
}

/** Cells in a reference. */
export function refSize(r: Ref): number {
  return (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1);
}

interface ColumnDependents {
  /** Single-row references by row: the formulas (ids) that read that cell. */
  single: Map<number, number[]>;
  /** Multi-row references, one entry per distinct row span. */
  spans: Map<string, { r1: number; r2: number; deps: number[] }>;
}

export interface EditCost {
  /** Formulas the edit dirties, transitively. */
  dirtiedFormulas: number;
  /** Sum of the range sizes of the dirtied formulas (cells a recalculation looks at). */
  cellsRead: number;
  /** The dirtied formula with the most cells read, and that count (the worst single formula). */
  widest: { cell: string; cellsRead: number } | null;
}

/** The formulas of a workbook, indexed by the cells they read. */
export class DependencyIndex {
  private readonly cells: FormulaCell[] = [];
  private readonly reads: number[] = [];
  private readonly byPosition = new Map<string, number>();
  private readonly dependents = new Map<string, ColumnDependents>();

  constructor(formulas: Iterable<FormulaCell>, tabRows: (sheet: string) => number) {
    for (const f of formulas) {
      const id = this.cells.length;
      this.cells.push(f);
      this.byPosition.set(`${f.sheet}!${f.row}:${f.col}`, id);
      let reads = 0;
      for (const r of formulaRefs(f.formula, f.sheet, tabRows)) {
        reads += refSize(r);
        for (let c = r.c1; c <= r.c2; c++) this.add(r, c, id);
      }
      this.reads.push(reads);
    }
  }

  get formulaCount(): number {
    return this.cells.length;
  }

  private add(r: Ref, col: number, id: number): void {
    const key = `${r.sheet}!${col}`;
    let d = this.dependents.get(key);
    if (!d) this.dependents.set(key, (d = { single: new Map(), spans: new Map() }));
    if (r.r1 === r.r2) {
      const list = d.single.get(r.r1);
      if (list) list.push(id);
      else d.single.set(r.r1, [id]);
      return;
    }
    const spanKey = `${r.r1}:${r.r2}`;
    const span = d.spans.get(spanKey);
    if (span) span.deps.push(id);
    else d.spans.set(spanKey, { r1: r.r1, r2: r.r2, deps: [id] });
  }

  /** The formulas that read a cell directly. */
  private readersOf(sheet: string, row: number, col: number, out: (id: number) => void): void {
    const d = this.dependents.get(`${sheet}!${col}`);
    if (!d) return;
    for (const id of d.single.get(row) ?? []) out(id);
    for (const span of d.spans.values())
      if (span.r1 <= row && row <= span.r2) for (const id of span.deps) out(id);
  }

  /** What editing the (value) cell costs: every formula it dirties, transitively. */
  editCost(sheet: string, row: number, col: number): EditCost {
    const dirty = new Uint8Array(this.cells.length);
    const queue: number[] = [];
    const visit = (id: number) => {
      if (dirty[id]) return;
      dirty[id] = 1;
      queue.push(id);
    };
    const own = this.byPosition.get(`${sheet}!${row}:${col}`);
    if (own !== undefined) visit(own); // a formula cell overwritten: it is recalculated too
    this.readersOf(sheet, row, col, visit);
    let cellsRead = 0;
    let widest: EditCost['widest'] = null;
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i] as number;
      const f = this.cells[id] as FormulaCell;
      const reads = this.reads[id] as number;
      cellsRead += reads;
      if (!widest || reads > widest.cellsRead)
        widest = { cell: `${f.sheet}!R${f.row}C${f.col}`, cellsRead: reads };
      this.readersOf(f.sheet, f.row, f.col, visit);
    }
    return { dirtiedFormulas: queue.length, cellsRead, widest };
  }
}

export interface LengthStats {
  formulas: number;
  maxChars: number;
  medianChars: number;
  meanChars: number;
  /** UTF-8 bytes of all formula texts. */
  totalBytes: number;
}

export function lengthStats(formulas: readonly string[]): LengthStats {
  const lengths = formulas.map((f) => f.length).sort((a, b) => a - b);
  const n = lengths.length;
  const total = lengths.reduce((a, b) => a + b, 0);
  const mid =
    n === 0 ? 0 : n % 2 ? lengths[(n - 1) / 2]! : (lengths[n / 2 - 1]! + lengths[n / 2]!) / 2;
  return {
    formulas: n,
    maxChars: n === 0 ? 0 : (lengths[n - 1] as number),
    medianChars: mid,
    meanChars: n === 0 ? 0 : Math.round((total / n) * 10) / 10,
    totalBytes: formulas.reduce((a, f) => a + Buffer.byteLength(f, 'utf8'), 0),
  };
}

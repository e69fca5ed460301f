// Moves the relative parts of A1 references in a formula by (dRows, dCols), as Sheets does when
// Range.setFormula writes one formula into many cells. Text in double quotes and quoted sheet
// names are left alone. Also rewrites references after rows or columns are inserted or deleted
// (shiftFormulaForStructure): columns with one regular expression here, rows with the character
// scanner of formula-shift-rows.ts.
import { columnToLetters, lettersToColumn } from './a1';
import { dropGoneQualifiers, GONE, mayName } from './formula-shift-shared';
import { shiftRows } from './formula-shift-rows';

const REF = /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g;

export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  if (dRows === 0 && dCols === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = formula.indexOf(ch, i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    let j = i;
    while (j < formula.length && formula[j] !== '"' && formula[j] !== "'") j++;
    out += formula
      .slice(i, j)
      .replace(
        REF,
        (
          m,
          cAbs: string,
          col: string,
          rAbs: string,
          row: string,
          offset: number,
          whole: string,
        ) => {
          const prev = whole[offset - 1];
          if (prev && /[\w.]/.test(prev)) return m;
          const c = cAbs ? col : columnToLetters(Math.max(1, lettersToColumn(col) + dCols));
          const r = rAbs ? row : String(Math.max(1, Number(row) + dRows));
          return `${cAbs}${c}${rAbs}${r}`;
        },
      );
    i = j;
  }
  return out;
}

// One pass over a formula: string literals (left alone), sheet qualifiers ('Name'! or Name!),
// cell references and ranges (A1, $A$1, A1:B2) and whole-column ranges ($C:$C).
const STRUCTURE_TOKEN =
  /"[^"]*"|'((?:[^']|'')*)'!|(?<![\w.$'])([A-Za-z_][\w.]*)!|(?<![\w.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?::(\$?)([A-Z]{1,3})(\$?)(\d+))?(?![\w(])|(?<![\w.$])(\$?)([A-Z]{1,3}):(\$?)([A-Z]{1,3})(?![\w(])/g;

/**
 * References after rows or columns were inserted (count > 0) or deleted (count < 0) at 1-based
 * `at` on sheet `target`, as Sheets rewrites every formula: single-cell references at or past
 * `at` move by `count` ($-absolute or not), references into deleted rows or columns become
 * #REF!, whole-column references move when columns change (whole-row references such as $5:$7
 * are not handled: the add-on writes none). `onTarget` says
 * whether the formula lives on the target sheet (then unqualified references point at it).
 * Used when formulas are only stored, not evaluated (the engine rewrites them otherwise).
 */
export function shiftFormulaForStructure(
  formula: string,
  onTarget: boolean,
  target: string,
  dim: 'ROWS' | 'COLUMNS',
  at: number,
  count: number,
): string {
  // Quick exit: a formula on another tab that does not name the target has nothing to move.
  if (!onTarget && !mayName(formula, target)) return formula;
  if (dim === 'ROWS') return shiftRows(formula, onTarget, target, at, count);
  return shiftByPattern(formula, onTarget, target, dim, at, count);
}

/**
 * shiftFormulaForStructure with one regular expression (STRUCTURE_TOKEN): used for columns, and
 * by the test that checks the character scanner for rows (shiftRows) finds the same tokens.
 */
export function shiftByPattern(
  formula: string,
  onTarget: boolean,
  target: string,
  dim: 'ROWS' | 'COLUMNS',
  at: number,
  count: number,
): string {
  const moved = (n: number): number | null => {
    if (n < at) return n;
    if (count < 0 && n < at - count) return null;
    return n + count;
  };
  let qualifier: string | null = null; // the sheet named just before this reference
  let qualifierEnd = -1; // where that name ended (a reference must follow right there)
  const refers = (offset: number) =>
    qualifier !== null && qualifierEnd === offset ? qualifier === target : onTarget;
  const out = formula.replace(
    STRUCTURE_TOKEN,
    (m: string, ...g: (string | number | undefined)[]) => {
      const offset = g[g.length - 2] as number;
      const [quoted, bare, c1, col1, r1, row1, c2, col2, r2, row2, wc1, wcol1, wc2, wcol2] = g as (
        string | undefined
      )[];
      if (m.startsWith('"')) return m;
      if (quoted !== undefined || bare !== undefined) {
        qualifier = quoted !== undefined ? quoted.replace(/''/g, "'") : (bare as string);
        qualifierEnd = offset + m.length;
        return m;
      }
      const mine = refers(offset);
      const qualified = qualifier !== null && qualifierEnd === offset;
      qualifier = null;
      if (!mine) return m;
      if (wcol1 !== undefined) {
        // A whole-column range: moves when columns change.
        if (dim !== 'COLUMNS') return m;
        const a = moved(lettersToColumn(wcol1));
        const b = moved(lettersToColumn(wcol2 as string));
        if (a === null || b === null) return GONE(qualified);
        return `${wc1}${columnToLetters(a)}:${wc2}${columnToLetters(b)}`;
      }
      const rowA = Number(row1);
      const colA = lettersToColumn(col1 as string);
      if (col2 === undefined) {
        const r = dim === 'ROWS' ? moved(rowA) : rowA;
        const c = dim === 'COLUMNS' ? moved(colA) : colA;
        if (r === null || c === null) return GONE(qualified);
        return `${c1}${columnToLetters(c)}${r1}${r}`;
      }
      // A range shrinks when part of it is deleted, and is gone when all of it is.
      const rowB = Number(row2);
      const colB = lettersToColumn(col2);
      const lo = dim === 'ROWS' ? rowA : colA;
      const hi = dim === 'ROWS' ? rowB : colB;
      const newLo = moved(lo) ?? (count < 0 && hi >= at - count ? at : null);
      const newHi = moved(hi) ?? (count < 0 && lo < at ? at - 1 : null);
      // (A range written backwards, B9:C2, keeps its ends' order: Sheets would have turned it
      // round when it was typed; the runtime stores what it is given.)
      if (newLo === null || newHi === null || (newHi < newLo && lo <= hi)) return GONE(qualified);
      const [ra, ca, rb, cb] =
        dim === 'ROWS' ? [newLo, colA, newHi, colB] : [rowA, newLo, rowB, newHi];
      return `${c1}${columnToLetters(ca)}${r1}${ra}:${c2}${columnToLetters(cb)}${r2}${rb}`;
    },
  );
  return dropGoneQualifiers(out);
}

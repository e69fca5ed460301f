// Moves the relative parts of A1 references in a formula by (dRows, dCols), as Sheets does when
// Range.setFormula writes one formula into many cells. Text in double quotes and quoted sheet
// names are left alone.
import { columnToLetters, lettersToColumn } from './a1';

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

/**
 * References after rows or columns were inserted (count > 0) or deleted (count < 0) at 1-based
 * `at` on sheet `target`, as Sheets rewrites every formula: single-cell references at or past
 * `at` move by `count` ($-absolute or not), references into deleted rows or columns become
 * #REF!, whole-column (whole-row) references move when columns (rows) change. `onTarget` says
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
  const moved = (n: number): number | null => {
    if (n < at) return n;
    if (count < 0 && n < at - count) return null;
    return n + count;
  };
  let out = '';
  let i = 0;
  let qualifier: string | null = null; // the sheet named just before the current reference
  let qualifierAt = 0; // where that sheet name starts in `out`
  // A reference that is gone reads #REF!, without its sheet name (as Sheets shows it).
  const gone = () => {
    if (qualifier !== null) out = out.slice(0, qualifierAt);
    out += '#REF!';
  };
  const refers = () => (qualifier === null ? onTarget : qualifier === target);
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      qualifier = null;
      continue;
    }
    if (ch === "'") {
      const start = out.length;
      let j = i + 1;
      let name = '';
      while (j < formula.length) {
        if (formula[j] === "'" && formula[j + 1] === "'") {
          name += "'";
          j += 2;
        } else if (formula[j] === "'") break;
        else name += formula[j++];
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      if (formula[i] === '!') {
        out += '!';
        i++;
        qualifier = name;
        qualifierAt = start;
      }
      continue;
    }
    const bare = /^[A-Za-z_][\w.]*!/.exec(formula.slice(i, i + 120));
    if (bare && (i === 0 || !/[\w.]/.test(formula[i - 1] as string))) {
      qualifierAt = out.length;
      out += bare[0];
      i += bare[0].length;
      qualifier = bare[0].slice(0, -1);
      continue;
    }
    const prevWord = i > 0 && /[\w.$]/.test(formula[i - 1] as string);
    const cols = /^(\$?)([A-Z]{1,3}):(\$?)([A-Z]{1,3})(?![\w(])/.exec(formula.slice(i, i + 20));
    if (cols && !prevWord) {
      if (dim === 'COLUMNS' && refers()) {
        const a = moved(lettersToColumn(cols[2] as string));
        const b = moved(lettersToColumn(cols[4] as string));
        if (a === null || b === null) gone();
        else out += `${cols[1]}${columnToLetters(a)}:${cols[3]}${columnToLetters(b)}`;
      } else out += cols[0];
      i += cols[0].length;
      qualifier = null;
      continue;
    }
    const range = /^(\$?)([A-Z]{1,3})(\$?)(\d+):(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/.exec(
      formula.slice(i, i + 40),
    );
    if (range && !prevWord) {
      // A range shrinks when part of it is deleted, and is gone when all of it is.
      if (refers()) {
        const key = dim === 'ROWS' ? [4, 8] : [2, 6];
        const num = (k: number) =>
          dim === 'ROWS' ? Number(range[k]) : lettersToColumn(range[k] as string);
        const lo = num(key[0] as number);
        const hi = num(key[1] as number);
        const newLo = moved(lo) ?? (count < 0 && hi >= at - count ? at : null);
        const newHi = moved(hi) ?? (count < 0 && lo < at ? at - 1 : null);
        if (newLo === null || newHi === null || newHi < newLo) gone();
        else {
          const put = (k: number, n: number) => (dim === 'ROWS' ? String(n) : columnToLetters(n));
          const parts = range.slice(1, 9) as string[];
          parts[(key[0] as number) - 1] = put(key[0] as number, newLo);
          parts[(key[1] as number) - 1] = put(key[1] as number, newHi);
          out += `${parts[0]}${parts[1]}${parts[2]}${parts[3]}:${parts[4]}${parts[5]}${parts[6]}${parts[7]}`;
        }
      } else out += range[0];
      i += range[0].length;
      qualifier = null;
      continue;
    }
    const ref = /^(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/.exec(formula.slice(i, i + 20));
    if (ref && !prevWord) {
      if (refers()) {
        const row = Number(ref[4]);
        const col = lettersToColumn(ref[2] as string);
        const r = dim === 'ROWS' ? moved(row) : row;
        const c = dim === 'COLUMNS' ? moved(col) : col;
        if (r === null || c === null) gone();
        else out += `${ref[1]}${columnToLetters(c)}${ref[3]}${r}`;
      } else out += ref[0];
      i += ref[0].length;
      if (formula[i] !== ':') qualifier = null;
      continue;
    }
    out += ch;
    if (ch !== ':') qualifier = null;
    i++;
  }
  return out;
}

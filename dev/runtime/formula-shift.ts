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

// Rewriting references after rows are inserted or deleted on a tab whose formulas are only
// stored (not evaluated): a character scanner that finds the same tokens as formula-shift.ts's
// regular expression, fast on hundreds of thousands of formulas, and RowInsertShifter, faster
// still on columns written from a few templates.
import { dropGoneQualifiers, GONE, mayName } from './formula-shift-shared';

// Rows inserted or deleted (the common case: every insertRows/deleteRows on a stored-only
// workbook runs this over every formula below the change) without a regular expression: one
// pass over the characters that finds exactly the tokens STRUCTURE_TOKEN (formula-shift.ts)
// finds (string literals, quoted and bare sheet qualifiers, cell references and ranges,
// whole-column ranges) and copies everything else. A test compares both on random formulas.

// Character codes.
const Ch = {
  Dollar: 36,
  Quote: 39,
  DoubleQuote: 34,
  Bang: 33,
  Colon: 58,
  Dot: 46,
  Paren: 40,
  Underscore: 95,
} as const;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLetter = (c: number): boolean => isUpper(c) || (c >= 97 && c <= 122);
const isWord = (c: number): boolean => isLetter(c) || isDigit(c) || c === Ch.Underscore;

/** End of `$?[A-Z]{1,3}` from i (the run of capitals must be 1–3 long), or -1. */
function columnEnd(f: string, i: number): number {
  let p = i;
  if (f.charCodeAt(p) === Ch.Dollar) p++;
  const start = p;
  while (p - start < 4 && isUpper(f.charCodeAt(p))) p++;
  const letters = p - start;
  return letters >= 1 && letters <= 3 ? p : -1;
}

// What cellAt found (module-level, so the scan allocates nothing per reference).
let cellEnd = 0; // end of the reference
let cellDigits = 0; // start of its row digits
let cellRow = 0; // the row number
let cellPlain = true; // the row is written without leading zeros (String(row) gives it back)

/** Whether a cell reference `$?[A-Z]{1,3}$?\d+` starts at i (then sets cellEnd and friends). */
function cellAt(f: string, i: number): boolean {
  let p = columnEnd(f, i);
  if (p < 0) return false;
  if (f.charCodeAt(p) === Ch.Dollar) p++;
  const digits = p;
  let row = 0;
  let c = f.charCodeAt(p);
  while (isDigit(c)) {
    row = row * 10 + (c - 48);
    c = f.charCodeAt(++p);
  }
  if (p === digits) return false;
  cellEnd = p;
  cellDigits = digits;
  cellRow = row;
  cellPlain = p - digits === 1 || f.charCodeAt(digits) !== 48;
  return true;
}

/** Whether a reference may end before position p (the next character is not [\w(]). */
function endsAt(f: string, p: number): boolean {
  const c = f.charCodeAt(p);
  return !(isWord(c) || c === Ch.Paren);
}

export function shiftRows(
  f: string,
  onTarget: boolean,
  target: string,
  at: number,
  count: number,
  spans?: number[],
): string {
  const n = f.length;
  const gone = count < 0 ? at - count : at; // rows [at, gone) are deleted
  let out = '';
  let copied = 0; // f[copied, i) is still to be copied to out
  let qualifier: string | null = null;
  let qualifierEnd = -1;
  let i = 0;
  while (i < n) {
    const c = f.charCodeAt(i);
    if (c === Ch.DoubleQuote) {
      const end = f.indexOf('"', i + 1);
      i = end < 0 ? i + 1 : end + 1;
      continue;
    }
    if (c === Ch.Quote) {
      // '…'! with '' for a quote inside
      let k = i + 1;
      let end = -1;
      while (k < n) {
        if (f.charCodeAt(k) !== Ch.Quote) k++;
        else if (f.charCodeAt(k + 1) === Ch.Quote) k += 2;
        else {
          if (f.charCodeAt(k + 1) === Ch.Bang) end = k + 2;
          break;
        }
      }
      if (end < 0) {
        i++;
        continue;
      }
      qualifier = f.slice(i + 1, end - 2).replace(/''/g, "'");
      qualifierEnd = end;
      i = end;
      continue;
    }
    if (!(isLetter(c) || c === Ch.Underscore || c === Ch.Dollar)) {
      i++;
      continue;
    }
    const prev = i > 0 ? f.charCodeAt(i - 1) : 0;
    if (isWord(prev) || prev === Ch.Dot || prev === Ch.Dollar) {
      i++;
      continue;
    }
    if (c !== Ch.Dollar && prev !== Ch.Quote) {
      // Name! (a bare sheet qualifier)
      let k = i + 1;
      while (k < n && (isWord(f.charCodeAt(k)) || f.charCodeAt(k) === Ch.Dot)) k++;
      if (f.charCodeAt(k) === Ch.Bang) {
        qualifier = f.slice(i, k);
        qualifierEnd = k + 1;
        i = k + 1;
        continue;
      }
    }
    if (cellAt(f, i)) {
      const endA = cellEnd;
      const digitsA = cellDigits;
      const rowA = cellRow;
      const plainA = cellPlain;
      const range = f.charCodeAt(endA) === Ch.Colon && cellAt(f, endA + 1) && endsAt(f, cellEnd);
      if (range || endsAt(f, endA)) {
        const end = range ? cellEnd : endA;
        const qualified = qualifier !== null && qualifierEnd === i;
        const mine = qualified ? qualifier === target : onTarget;
        qualifier = null;
        if (mine && spans) {
          // Where the row numbers that move are (for RowInsertShifter's skeleton); -1 when a
          // row has leading zeros (its text changes even when its number does not).
          spans.push(plainA ? digitsA : -1, endA);
          if (range) spans.push(cellPlain ? cellDigits : -1, cellEnd);
        }
        if (mine) {
          // As moved(r): rows before `at` stay, deleted rows are gone (-1), later rows move.
          const newA = rowA < at ? rowA : rowA < gone ? -1 : rowA + count;
          let text: string | null = null;
          if (!range) {
            if (newA < 0) text = GONE(qualified);
            else if (newA !== rowA || !plainA) text = f.slice(i, digitsA) + newA;
          } else {
            const rowB = cellRow;
            const newB = rowB < at ? rowB : rowB < gone ? -1 : rowB + count;
            // A range shrinks when part of it is deleted, and is gone when all of it is.
            const lo = newA >= 0 ? newA : rowB >= gone ? at : -1;
            const hi = newB >= 0 ? newB : rowA < at ? at - 1 : -1;
            if (lo < 0 || hi < 0 || (hi < lo && rowA <= rowB)) text = GONE(qualified);
            else if (lo !== rowA || hi !== rowB || !plainA || !cellPlain)
              text = f.slice(i, digitsA) + lo + ':' + f.slice(endA + 1, cellDigits) + hi;
          }
          if (text !== null) {
            out += f.slice(copied, i) + text;
            copied = end;
          }
        }
        i = end;
        continue;
      }
    }
    // $?[A-Z]{1,3}:$?[A-Z]{1,3} (a whole-column range; rows do not move it)
    const colA = columnEnd(f, i);
    if (colA >= 0 && f.charCodeAt(colA) === Ch.Colon) {
      const colB = columnEnd(f, colA + 1);
      if (colB >= 0 && endsAt(f, colB)) {
        qualifier = null;
        i = colB;
        continue;
      }
    }
    i++;
  }
  if (copied === 0) return f;
  out += f.slice(copied);
  return dropGoneQualifiers(out);
}

/**
 * Shifts the formulas of a tab after rows were inserted (count > 0), fast on tens of thousands
 * of rows written from a few templates: the first formula of a column is scanned once into a
 * skeleton (its text between the row numbers that belong to the target tab); each next formula
 * of that column that is the same text around other row numbers is shifted by reading only those
 * numbers. Anything else is scanned in full (and becomes the column's skeleton). The same text
 * outside the row numbers means the same tokens, so the result is shiftRows' exactly (tested).
 */
export class RowInsertShifter {
  private readonly skeletons: (string[] | null | undefined)[] = [];
  private readonly spans: number[] = [];
  private readonly out: (string | number)[] = [];

  constructor(
    private readonly onTarget: boolean,
    private readonly target: string,
    private readonly at: number,
    private readonly count: number,
  ) {
    if (count <= 0) throw new Error('RowInsertShifter: rows inserted only');
  }

  shift(formula: string, column: number): string {
    const skeleton = this.skeletons[column];
    if (skeleton) {
      const shifted = this.fromSkeleton(formula, skeleton);
      if (shifted !== null) return shifted;
    }
    if (!this.onTarget && !mayName(formula, this.target)) return formula;
    const spans = this.spans;
    spans.length = 0;
    const out = shiftRows(formula, this.onTarget, this.target, this.at, this.count, spans);
    this.skeletons[column] = skeletonOf(formula, spans);
    return out;
  }

  private fromSkeleton(f: string, pieces: readonly string[]): string | null {
    const out = this.out;
    out.length = 0;
    const { at, count } = this;
    let changed = false;
    let pos = 0;
    const last = pieces.length - 1;
    for (let k = 0; k <= last; k++) {
      const piece = pieces[k] as string;
      if (!f.startsWith(piece, pos)) return null;
      pos += piece.length;
      out.push(piece);
      if (k === last) break;
      const start = pos;
      let row = 0;
      let c = f.charCodeAt(pos);
      while (c >= 48 && c <= 57) {
        row = row * 10 + (c - 48);
        c = f.charCodeAt(++pos);
      }
      if (pos === start || (pos - start > 1 && f.charCodeAt(start) === 48)) return null;
      if (row >= at) {
        out.push(row + count);
        changed = true;
      } else out.push(row);
    }
    if (pos !== f.length) return null;
    return changed ? out.join('') : f;
  }
}

/** The text between the moving row numbers, or null when one has leading zeros. */
function skeletonOf(f: string, spans: readonly number[]): string[] | null {
  const pieces: string[] = [];
  let from = 0;
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k] as number;
    if (start < 0) return null;
    pieces.push(f.slice(from, start));
    from = spans[k + 1] as number;
  }
  pieces.push(f.slice(from));
  return pieces;
}

/**
 * A quick test before the full rewrite: whether the formula has a row number at or past `at`
 * right after a column letter or `$` (a cell reference's row). False means no reference moves.
 */
export function mentionsRowFrom(formula: string, at: number): boolean {
  const n = formula.length;
  for (let i = 1; i < n; i++) {
    let ch = formula.charCodeAt(i);
    if (ch < 48 || ch > 57) continue;
    const prev = formula.charCodeAt(i - 1);
    const afterRef = (prev >= 65 && prev <= 90) || prev === 36; // A-Z or $
    let value = 0;
    while (i < n && ch >= 48 && ch <= 57) {
      value = value * 10 + (ch - 48);
      ch = formula.charCodeAt(++i);
    }
    if (afterRef && value >= at) return true;
  }
  return false;
}

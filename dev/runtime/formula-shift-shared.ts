// What the two rewrites of references after rows or columns change (formula-shift.ts and
// formula-shift-rows.ts) share: the #REF! of a reference that is gone, and the quick test
// whether a formula may name a tab.

const DROP_QUALIFIER = '\uE000'; // a private-use character: never in a formula
const QUALIFIED_GONE = /(?:'(?:[^']|'')*'|[A-Za-z_][\w.]*)!\uE000/g;

/** A reference that is gone reads #REF!; Sheets drops its sheet name too (marked for removal). */
export function GONE(qualified: boolean): string {
  return qualified ? DROP_QUALIFIER + '#REF!' : '#REF!';
}

/** Drops the sheet name before each #REF! that GONE marked, as Sheets does. */
export function dropGoneQualifiers(out: string): string {
  return out.includes(DROP_QUALIFIER) ? out.replace(QUALIFIED_GONE, '') : out;
}

/** Whether a formula may name the tab `target` (as Name! or 'Name'!, a quote inside doubled). */
export function mayName(formula: string, target: string): boolean {
  return (
    formula.includes(target) ||
    (target.includes("'") && formula.includes(target.replace(/'/g, "''")))
  );
}

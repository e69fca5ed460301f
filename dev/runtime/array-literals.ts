// HyperFormula (3.5) evaluates an array literal such as {"max",1;"color1",B2} but leaves the
// references inside it out of the dependency graph (parser/collectDependencies has no case for
// arrays): such a cell is computed in the wrong order ("Value of the formula cell is not
// computed") and not recalculated when B2 changes. Sheets tracks them. Rather than compute stale
// values, the local runtime refuses a formula with a reference that appears only inside an array
// literal; the same reference also named outside the literal is tracked and evaluates as in
// Sheets.

const REFERENCE = /(?:'(?:[^']|'')+'!|[A-Za-z_][\w.]*!)?\$?[A-Za-z]{1,3}\$?\d+/g;

/** A reference of `formula` that appears only inside an array literal, if any. */
export function untrackedArrayReference(formula: string): string | undefined {
  if (!formula.includes('{')) return undefined;
  let inside = '';
  let outside = '';
  let depth = 0;
  let quoted = false;
  for (const ch of formula) {
    if (ch === '"') quoted = !quoted;
    // Text in quotes is no reference: blanked out on both sides.
    const c = quoted || ch === '"' ? ' ' : ch;
    if (!quoted && ch === '{') depth++;
    if (depth > 0) {
      inside += c;
      outside += ' ';
    } else {
      inside += ' ';
      outside += c;
    }
    if (!quoted && ch === '}') depth = Math.max(0, depth - 1);
  }
  const named = new Set(
    (outside.match(REFERENCE) ?? []).map((r) => r.replace(/\$/g, '').toUpperCase()),
  );
  return (inside.match(REFERENCE) ?? []).find(
    (r) => !named.has(r.replace(/\$/g, '').toUpperCase()),
  );
}

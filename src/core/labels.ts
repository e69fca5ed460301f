// Text as a person sees it in a cell or a chart: a label shortened at its end, clauses joined
// after a semicolon, and how wide a column must be for its text. Pure: the summary tab and the
// OKR and check-ins tabs use them for what they lay out.

const ELLIPSIS = '…';

/**
 * `text` in at most `max` characters: as it is when it fits, else its beginning (cut at a word
 * when one ends in the last third) with "…" at the end, so a chart's label keeps the words a
 * person reads first. Counts characters, not UTF-16 units, so no emoji is cut in half.
 */
export function shortenLabel(text: string, max: number): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join('');
  const keep = Math.max(1, max - 1);
  let head = chars.slice(0, keep).join('');
  const space = head.lastIndexOf(' ');
  const endsAtWord = /\s/u.test(chars[keep]!);
  if (!endsAtWord && space >= Math.ceil((keep * 2) / 3)) head = head.slice(0, space);
  return head.replace(/[\s.,;:\-–—/(]+$/u, '') + ELLIPSIS;
}

/**
 * Clauses joined with "; ", each after the first starting in lower case as a sentence goes on
 * ("Off track; no check-in for 30 days"). A clause that starts with an abbreviation or a code
 * ("KR-1", "ID") keeps its capitals.
 */
export function joinClauses(clauses: readonly string[]): string {
  return clauses
    .map((c, i) => {
      if (i === 0) return c;
      const [first = '', second = ''] = Array.from(c);
      const isWord = second !== '' && second === second.toLowerCase() && /\p{L}/u.test(second);
      return isWord ? first.toLowerCase() + c.slice(first.length) : c;
    })
    .join('; ');
}

/** Pixels per character of Sheets' default font (Arial 10) in bold, generously rounded up. */
const PX_PER_CHAR = 7.5;
/** Cell padding, and room for a dropdown's arrow or a filter button. */
const PADDING_PX = 24;

const SURROGATE = /[\uD800-\uDFFF]/;

/** The characters `text` shows (an emoji is one): its length unless it has surrogate pairs. */
function shownLength(text: string): number {
  return SURROGATE.test(text) ? Array.from(text).length : text.length;
}

/** The width in pixels a column needs to show the longest of `texts` whole (at least `min`). */
export function widthForText(texts: readonly string[], min = 0): number {
  // (A text shows at most its length: one no longer than the longest so far is not counted.)
  let longest = 0;
  for (const text of texts)
    if (text.length > longest) longest = Math.max(longest, shownLength(text));
  return Math.max(min, Math.ceil(longest * PX_PER_CHAR + PADDING_PX));
}

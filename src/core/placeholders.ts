// The shape of a message table and the `{name}` placeholders in its texts: shared by every
// layer's tables (the core's, src/server/messages.json, src/sidebar/messages.ts) and their `t`.
//
// A count's words take the count's plural form: `{count:finding|findings}` is "finding" when
// `count` is 1 and "findings" otherwise, so a text reads "{count} {count:finding|findings}".
// English and Dutch share that rule (CLDR: "one" is the integer 1, everything else "other";
// https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html), so one
// rule serves every catalogue. Texts say "1 finding" / "2 bevindingen", never "finding(s)".

/** One message in every language. */
export interface Message {
  readonly en: string;
  readonly nl: string;
}
/** A table of messages; keys are namespaced with dots: `error.…`, `status.…`, `kind.…`. */
export type Catalogue = { readonly [key: string]: Message };

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * `{count}`, a name of the add-on's actions such as `{name.repair}` (messages/names.ts), or
 * `{count:one|other}`: the word for a count of one, and for any other count.
 */
const PLACEHOLDER = /\{(\w+(?:\.\w+)?)(?::([^{}|]*)\|([^{}|]*))?\}/g;

/** The plural form for `value`: "one" for the number 1, "other" for every other count. */
function pluralForm(value: string | number, one: string, other: string): string {
  return Number(value) === 1 ? one : other;
}

/**
 * `text` with its `{name}` placeholders filled from `params` (else from `names`, e.g. the names
 * of the add-on's actions), and each `{name:one|other}` as the form for that count (unknown names
 * stay as they are).
 */
export function fillPlaceholders(
  text: string,
  params?: MessageParams,
  names?: MessageParams,
): string {
  // Most texts (the words of types, levels, kinds) have no placeholder: no regular expression.
  if ((!params && !names) || !text.includes('{')) return text;
  return text.replace(
    PLACEHOLDER,
    (whole, name: string, one: string | undefined, other: string | undefined) => {
      const value = params?.[name] ?? names?.[name];
      if (value === undefined) return whole;
      return one === undefined ? String(value) : pluralForm(value, one, other ?? '');
    },
  );
}

/** The placeholder names used in a message text, once each, sorted (the catalogue test). */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string))].sort();
}

// The shape of a message table and the `{name}` placeholders in its texts: shared by every
// layer's tables (the core's, src/server/messages.json, src/sidebar/messages.ts) and their `t`.

/** One message in every language. */
export interface Message {
  readonly en: string;
  readonly nl: string;
}
/** A table of messages; keys are namespaced with dots: `error.…`, `status.…`, `kind.…`. */
export type Catalogue = { readonly [key: string]: Message };

export type MessageParams = Readonly<Record<string, string | number>>;

/** `{count}`, or a name of the add-on's actions such as `{name.repair}` (messages/names.ts). */
const PLACEHOLDER = /\{(\w+(?:\.\w+)?)\}/g;

/** `text` with its `{name}` placeholders filled from `params` (unknown names stay as they are). */
export function fillPlaceholders(text: string, params?: MessageParams): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The placeholder names used in a message text, sorted (used by the catalogue test). */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string).sort();
}

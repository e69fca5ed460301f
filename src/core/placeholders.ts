// `{name}` placeholders in message texts: shared by the message catalogue (i18n.ts), the
// browser's stand-in for it (src/sidebar/i18n-browser.ts) and the sidebar's own words.
export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

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

// Languages and the message catalogue. Every user-facing string of the add-on lives in a
// catalogue table: one key, one English and one Dutch text, `{name}` placeholders.
//
// To add strings for another area (sheet headers, sidebar, menu …): create
// `src/core/messages/<area>.ts` exporting `export const <area>Messages = { ... } as const
// satisfies Catalogue;` and add it to `catalogues` below. The test in test/unit/i18n.test.ts
// checks that every key has both languages, that both use the same placeholders and that no
// key is defined twice.
import { coreMessages } from './messages/core';
import { importMessages } from './import/messages';
import { summaryMessages } from './messages/summary';
import { sidebarMessages } from './messages/sidebar';
import { workbookMessages } from './messages/workbook';

export type Lang = 'en' | 'nl';
export const LANGS: readonly Lang[] = ['en', 'nl'];

/** One message in every language. */
export interface Message {
  readonly en: string;
  readonly nl: string;
}
/** A table of messages; keys are namespaced with dots: `error.…`, `status.…`, `kind.…`. */
export type Catalogue = { readonly [key: string]: Message };

/** Every table, by area. Add yours here (keys must not collide; a test checks). */
export const catalogues = {
  core: coreMessages,
  import: importMessages,
  summary: summaryMessages,
  sidebar: sidebarMessages,
  workbook: workbookMessages,
} as const;

export const messages = {
  ...coreMessages,
  ...importMessages,
  ...summaryMessages,
  ...sidebarMessages,
  ...workbookMessages,
} as const;

export type MessageKey = keyof typeof messages;
export type MessageParams = Readonly<Record<string, string | number>>;

const LOCALE_NL = /^nl(?:[-_]|$)/i;

/** The language for a Sheets locale such as "nl", "nl_NL", "nl-BE" (Dutch) or "en_US". */
export function langFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && LOCALE_NL.test(locale.trim()) ? 'nl' : 'en';
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The message `key` in `lang` with its `{name}` placeholders filled from `params`. */
export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const text = messages[key][lang];
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

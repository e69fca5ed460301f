// Languages and the message catalogue. Every user-facing string of the add-on lives in a
// catalogue table: one key, one English and one Dutch text, `{name}` placeholders.
//
// To add strings for another area (sheet headers, sidebar, menu …): create
// `src/core/messages/<area>.ts` exporting `export const <area>Messages = { ... } as const
// satisfies Catalogue;` and add it to `catalogues` below. The test in test/unit/i18n.test.ts
// checks that every key has both languages, that both use the same placeholders and that no
// key is defined twice.
import { coreMessages } from './messages/core';
import { fillPlaceholders, placeholdersOf, type MessageParams } from './placeholders';
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
export type { MessageParams };

const LOCALE_NL = /^nl(?:[-_]|$)/i;

/** The language for a Sheets locale such as "nl", "nl_NL", "nl-BE" (Dutch) or "en_US". */
export function langFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && LOCALE_NL.test(locale.trim()) ? 'nl' : 'en';
}

/** The message `key` in `lang` with its `{name}` placeholders filled from `params`. */
export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return fillPlaceholders(messages[key][lang], params);
}

export { placeholdersOf };

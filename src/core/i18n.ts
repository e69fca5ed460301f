// Languages and messages. Every user-facing string of the add-on lives in a catalogue table:
// one key, one English and one Dutch text, `{name}` placeholders. Each layer has its own
// tables and its own `t`: this module holds the core's vocabulary and errors
// (messages/core.ts) and the machinery; the core's other areas keep theirs beside their code
// (import/messages.ts, messages/health.ts, messages/summary.ts, messages/example.ts, all
// listed in catalogues.ts); the server's are src/server/messages.ts (src/server/i18n.ts), the
// sidebar's src/sidebar/messages.ts (src/sidebar/strings.ts). So the browser gets the core's
// vocabulary and the sidebar's words, and nothing of the server's.
//
// test/unit/i18n.test.ts checks that every key has both languages, that both use the same
// placeholders and that no key is defined in two tables.
import { coreMessages } from './messages/core';
import { nameMessages } from './messages/names';
import {
  fillPlaceholders,
  placeholdersOf,
  type Catalogue,
  type Message,
  type MessageParams,
} from './placeholders';

export type Lang = 'en' | 'nl';
export const LANGS: readonly Lang[] = ['en', 'nl'];

/**
 * The core's own table: vocabulary (levels, types, kinds, statuses …), errors, and the names of
 * the add-on's actions and views (messages/names.ts).
 */
export const messages = { ...coreMessages, ...nameMessages };

export type MessageKey = keyof typeof messages;
export type { Catalogue, MessageParams };

const NAMES: Readonly<Record<Lang, MessageParams>> = {
  en: namesIn('en'),
  nl: namesIn('nl'),
};

function namesIn(lang: Lang): MessageParams {
  return Object.fromEntries(Object.entries(nameMessages).map(([k, m]) => [k, m[lang]]));
}

/**
 * `text` with its placeholders filled from `params`, and the names of the add-on's actions
 * (`{name.repair}` …) in `lang`: every layer's `t` fills messages this way.
 */
export function fillMessage(text: string, lang: Lang, params?: MessageParams): string {
  return fillPlaceholders(text, params, NAMES[lang]);
}

/** A `t` over one table: `key`'s text in `lang` with its `{name}` placeholders filled. */
export function translator<C extends Catalogue>(
  table: C,
): (lang: Lang, key: keyof C & string, params?: MessageParams) => string {
  return (lang, key, params) => fillMessage((table[key] as Message)[lang], lang, params);
}

const LOCALE_NL = /^nl(?:[-_]|$)/i;

/** The language for a Sheets locale such as "nl", "nl_NL", "nl-BE" (Dutch) or "en_US". */
export function langFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && LOCALE_NL.test(locale.trim()) ? 'nl' : 'en';
}

/** The core message `key` in `lang` with its `{name}` placeholders filled from `params`. */
export const t = translator(messages);

export { placeholdersOf };

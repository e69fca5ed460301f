// src/core/i18n.ts as the browser gets it: the sidebar build (scripts/build.mjs) puts this
// module in its place, so the core code the sidebar runs (the numbers of every row, see
// src/shared/snapshot-wire.ts) translates from the two catalogues the sidebar ships, core and
// sidebar, and the server's catalogues (sheet headers, summaries, importer) stay out of the
// browser. Same functions and types; a key of another catalogue (none is reachable from the
// sidebar: test/bundle checks the built sidebar) reads as the key itself.
import type { Catalogue, Lang, MessageKey, MessageParams } from '../core/i18n';
import { coreMessages } from '../core/messages/core';
import { sidebarMessages } from '../core/messages/sidebar';
import { fillPlaceholders, placeholdersOf } from '../core/placeholders';

export type { Catalogue, Lang, Message, MessageKey, MessageParams } from '../core/i18n';

export const LANGS: readonly Lang[] = ['en', 'nl'];

export const catalogues = { core: coreMessages, sidebar: sidebarMessages } as const;

const messages: Catalogue = { ...coreMessages, ...sidebarMessages };

const LOCALE_NL = /^nl(?:[-_]|$)/i;

export function langFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && LOCALE_NL.test(locale.trim()) ? 'nl' : 'en';
}

export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return fillPlaceholders(messages[key]?.[lang] ?? key, params);
}

export { placeholdersOf };

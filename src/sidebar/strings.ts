// The sidebar's words. Its own messages live in the core catalogue under `sidebar.` keys
// (src/core/messages/sidebar.ts); the names of levels, types, statuses, kinds and confidence
// are the core's (src/core/messages/core.ts). Only these two tables are bundled: the server's
// catalogues (sheet headers, summaries, importer) never reach the browser.
import type { Lang, MessageParams } from '../core/i18n';
import { coreMessages } from '../core/messages/core';
import { sidebarMessages } from '../core/messages/sidebar';
import { fillPlaceholders } from '../core/placeholders';

export type { Lang };
export type Params = MessageParams;
export type MessageKey = keyof typeof sidebarMessages extends infer K
  ? K extends `sidebar.${infer Name}`
    ? Name
    : never
  : never;
export type CoreKey = keyof typeof coreMessages;

/** The sidebar message `key` in `lang`, with {placeholders} filled in as plain text. */
export function t(lang: Lang, key: MessageKey, params?: Params): string {
  return fillPlaceholders(sidebarMessages[`sidebar.${key}`][lang], params);
}

/** A core vocabulary message (`level.team`, `status.atRisk` …) in `lang`. */
export function coreT(lang: Lang, key: CoreKey, params?: Params): string {
  return fillPlaceholders(coreMessages[key][lang], params);
}

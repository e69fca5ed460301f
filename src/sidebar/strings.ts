// The sidebar's words: its own table (messages.ts, `sidebar.` keys) and the core's vocabulary
// (names of levels, types, statuses, kinds and confidence: src/core/i18n.ts). The server's
// tables (sheet headers, summaries, importer) are never imported here, so they never reach
// the browser.
import { t as coreText, fillMessage, type Lang, type MessageKey as CoreKey } from '../core/i18n';
import type { MessageParams } from '../core/placeholders';
import { sidebarMessages } from './messages';

export type { Lang };
export type Params = MessageParams;
export type MessageKey = keyof typeof sidebarMessages extends infer K
  ? K extends `sidebar.${infer Name}`
    ? Name
    : never
  : never;

/** The sidebar message `key` in `lang`, with {placeholders} filled in as plain text. */
export function t(lang: Lang, key: MessageKey, params?: Params): string {
  return fillMessage(sidebarMessages[`sidebar.${key}`][lang], lang, params);
}

/** A core vocabulary message (`level.team`, `status.atRisk` …) in `lang`. */
export function coreT(lang: Lang, key: CoreKey, params?: Params): string {
  return coreText(lang, key, params);
}

// The sidebar's words: its own messages live in the core catalogue under `sidebar.` keys
// (src/core/messages/sidebar.ts); this module lets the views name them without the prefix.
import { t as translate, type Lang, type MessageParams } from '../core/i18n';
import type { sidebarMessages } from '../core/messages/sidebar';

export type { Lang };
export type Params = MessageParams;
export type MessageKey = keyof typeof sidebarMessages extends infer K
  ? K extends `sidebar.${infer Name}`
    ? Name
    : never
  : never;

/** The sidebar message `key` in `lang`, with {placeholders} filled in as plain text. */
export function t(lang: Lang, key: MessageKey, params?: Params): string {
  return translate(lang, `sidebar.${key}`, params);
}

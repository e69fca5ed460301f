// The server's messages: its own table (messages.ts: menu, confirmations, API errors, field
// names, the settings tab) and the core's (src/core/catalogues.ts). `t` is the one the
// server's code calls.
import { allCoreMessages } from '../core/catalogues';
import { translator } from '../core/i18n';
import { serverMessages } from './messages';

export type { Lang, MessageParams } from '../core/i18n';

export const messages = { ...allCoreMessages, ...serverMessages } as const;
export type MessageKey = keyof typeof messages;

/** The message `key` in `lang` with its `{name}` placeholders filled from `params`. */
export const t = translator(messages);

// The server's messages: its own table (messages.json: menu labels, confirmations, errors of
// the API with what to do, the names of fields in them, the settings tab; one key, an English
// and a Dutch text) and the core's (src/core/catalogues.ts). `t` is the one the server's code
// calls.
import { allCoreMessages } from '../core/catalogues';
import { translator } from '../core/i18n';
import serverMessages from './messages.json';

export type { Lang, MessageParams } from '../core/i18n';

export const messages = { ...allCoreMessages, ...serverMessages } as const;
export type MessageKey = keyof typeof messages;

/** The message `key` in `lang` with its `{name}` placeholders filled from `params`. */
export const t = translator(messages);

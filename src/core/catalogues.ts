// Every table of the core's messages, by area: what the server's `t` reads besides its own
// (src/server/i18n.ts) and what the catalogue test checks. The sidebar never imports this
// module, so only the tables its code uses reach the browser.
import { importMessages } from './import/messages';
import { coreMessages } from './messages/core';
import { exampleMessages } from './messages/example';
import { healthMessages } from './messages/health';
import { nameMessages } from './messages/names';
import { summaryMessages } from './messages/summary';

export const coreCatalogues = {
  core: coreMessages,
  names: nameMessages,
  import: importMessages,
  summary: summaryMessages,
  health: healthMessages,
  example: exampleMessages,
} as const;

/** The core's tables in one. */
export const allCoreMessages = {
  ...coreMessages,
  ...nameMessages,
  ...importMessages,
  ...summaryMessages,
  ...healthMessages,
  ...exampleMessages,
} as const;

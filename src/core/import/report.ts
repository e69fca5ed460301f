// The importer's report: warnings (row + message in the user's language), the context it took
// from lines that are not items (title, section and heading lines), the rows placed as notes of
// a named item, and the rows it could not place. Everything that does not end up in an item's
// own row ends up here, each row in exactly one list.
import type { ImportWarning, PlacedNote } from './types';
import { messages, translator, type Lang, type MessageParams } from '../i18n';
import { importMessages } from './messages';

const table = { ...messages, ...importMessages } as const;
type MessageKey = keyof typeof table;
const t = translator(table);

export class Report {
  readonly warnings: ImportWarning[] = [];
  readonly context: ImportWarning[] = [];
  readonly notes: PlacedNote[] = [];
  readonly unplaced: { row: number; text: string }[] = [];

  constructor(readonly lang: Lang) {}

  /** A warning about a 1-based row (0 = the whole sheet). */
  warn(row: number, key: MessageKey, params?: MessageParams): void {
    this.warnings.push({ row, message: t(this.lang, key, params) });
  }

  /** What a line that is no item said (context for the items below it, or a heading). */
  took(row: number, key: MessageKey, params?: MessageParams): void {
    this.context.push({ row, message: t(this.lang, key, params) });
  }

  /** A row whose text went into the notes of the item titled `title`. */
  note(row: number, title: string, text: string): void {
    if (text !== '') this.notes.push({ row, title, text });
  }

  /** A row that belongs to no item; its text is listed in full. */
  unplace(row: number, text: string): void {
    if (text !== '') this.unplaced.push({ row, text });
  }

  /** A message in the user's language (for labels such as "Column C"). */
  text(key: MessageKey, params?: MessageParams): string {
    return t(this.lang, key, params);
  }
}

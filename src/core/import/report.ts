// The importer's report: warnings (row + message in the user's language) and the rows it could
// not place. Everything that does not end up in an item ends up here.
import type { ImportWarning } from '../../shared/rpc';
import { t, type Lang, type MessageKey, type MessageParams } from '../i18n';

export class Report {
  readonly warnings: ImportWarning[] = [];
  readonly unplaced: { row: number; text: string }[] = [];

  constructor(readonly lang: Lang) {}

  /** A warning about a 1-based row (0 = the whole sheet). */
  warn(row: number, key: MessageKey, params?: MessageParams): void {
    this.warnings.push({ row, message: t(this.lang, key, params) });
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

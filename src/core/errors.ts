// An error for a person: a message key plus parameters, rendered in their language only when
// shown. Custom functions render it lazily in the spreadsheet's language; `message` holds the
// English text for logs and for callers that do not care.
import {
  fillMessage,
  messages,
  type Catalogue,
  type Lang,
  type MessageKey,
  type MessageParams,
} from './i18n';

export class OkrError extends Error {
  readonly code: string;
  readonly params: MessageParams;
  private readonly table: Catalogue;

  /** A core error (`error.…`), or with `table` one of another area's messages. */
  constructor(code: MessageKey, params?: MessageParams);
  constructor(code: string, params: MessageParams, table: Catalogue);
  constructor(code: string, params: MessageParams = {}, table: Catalogue = messages) {
    super(fillMessage(table[code]?.en ?? code, 'en', params));
    this.name = 'OkrError';
    this.code = code;
    this.params = params;
    this.table = table;
  }

  /** The message in `lang`. */
  render(lang: Lang): string {
    return fillMessage(this.table[this.code]?.[lang] ?? this.code, lang, this.params);
  }
}

export function isOkrError(err: unknown): err is OkrError {
  return err instanceof OkrError;
}

const MAX_QUOTED = 40;

/** A cell value as it is quoted in a message: text as typed, cut short when long. */
export function quoteValue(value: unknown): string {
  let text: string;
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const time = (value as Date).getTime();
    // A date cell arrives as midnight in the spreadsheet's time zone: the nearest UTC midnight
    // is that calendar day.
    text = Number.isNaN(time)
      ? 'Invalid Date'
      : new Date(Math.round(time / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
  } else if (value !== null && typeof value === 'object') {
    // Not a cell value (a malformed request): say what it is; String() may even throw on it.
    text = Array.isArray(value) ? '[…]' : '{…}';
  } else {
    text = String(value);
  }
  return text.length > MAX_QUOTED ? text.slice(0, MAX_QUOTED - 1) + '…' : text;
}

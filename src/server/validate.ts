// Payload checks for every server function the sidebar calls: the sidebar is never trusted.
// Each check throws a UserError in the user's language that names the field and what to do.
import { parseConfidence } from '../core/confidence';
import { quoteValue } from '../core/errors';
import { t, type Lang, type MessageKey } from './i18n';
import { parseKind } from '../core/kinds';
import { FIELD_LIMITS, type LimitedField } from '../core/limits';
import type { Cell } from '../core/model';
import { parsePeriod, periodKey, tryParsePeriod, type Period, type Quarter } from '../core/period';
import { parseMilestone, parseNumber } from '../core/values';
import {
  CONFIDENCES,
  ITEM_TYPES,
  KR_KINDS,
  LEVELS,
  MILESTONE_HINT,
  parseItemType,
  parseLevel,
  type Confidence,
  type ItemType,
  type KrKind,
  type Level,
} from '../core/vocabulary';
import { userError } from './errors';

export class Validator {
  constructor(readonly lang: Lang) {}

  private field(name: string): string {
    const key = `field.${name}` as MessageKey;
    try {
      return t(this.lang, key);
    } catch {
      return name;
    }
  }

  object(value: unknown): Record<string, unknown> {
    if (value === undefined || value === null) return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw userError(this.lang, 'err.badRequest', { detail: 'expected an object' });
    }
    return value as Record<string, unknown>;
  }

  /** Text of a field, at most its length (limits.ts), trimmed, without control characters. */
  text(value: unknown, name: LimitedField, required = false): string {
    return this.limited(value, name, FIELD_LIMITS[name], required);
  }

  private limited(value: unknown, name: string, max: number, required: boolean): string {
    if (value === undefined || value === null) value = '';
    if (typeof value === 'number' || typeof value === 'boolean') value = String(value);
    if (typeof value !== 'string') {
      throw userError(this.lang, 'err.badRequest', { detail: `${name} must be text` });
    }
    // Control characters (other than tab and newline) have no business in a cell.
    // eslint-disable-next-line no-control-regex
    const text = value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').trim();
    if (required && text === '')
      throw userError(this.lang, 'err.required', { field: this.field(name) });
    if (text.length > max) {
      throw userError(this.lang, 'err.tooLong', { field: this.field(name), max });
    }
    return text;
  }

  id(value: unknown, name: string, required = false): string {
    return this.limited(value, name, FIELD_LIMITS.id, required).toUpperCase();
  }

  oneOf<T extends string>(
    value: unknown,
    name: string,
    allowed: readonly T[],
    parse: (v: unknown) => T | null,
    names: (v: T) => string,
  ): T {
    const parsed = allowed.includes(value as T) ? (value as T) : parse(value);
    if (parsed === null || !allowed.includes(parsed)) {
      throw userError(this.lang, 'err.notAllowed', {
        field: this.field(name),
        value: quoteValue(value),
        allowed: allowed.map(names).join(', '),
      });
    }
    return parsed;
  }

  type(value: unknown): ItemType {
    return this.oneOf(value, 'type', ITEM_TYPES, parseItemType, (x) => t(this.lang, `type.${x}`));
  }

  level(value: unknown): Level {
    return this.oneOf(value, 'level', LEVELS, parseLevel, (x) => t(this.lang, `level.${x}`));
  }

  kind(value: unknown): KrKind | '' {
    if (value === undefined || value === null || value === '') return '';
    const safeParse = (v: unknown): KrKind | null => {
      try {
        return parseKind(v);
      } catch {
        return null;
      }
    };
    return this.oneOf(value, 'kind', KR_KINDS, safeParse, (x) => t(this.lang, `kind.${x}`));
  }

  confidence(value: unknown): Confidence | '' {
    if (value === undefined || value === null || value === '') return '';
    return this.oneOf(value, 'confidence', CONFIDENCES, parseConfidence, (x) =>
      t(this.lang, `confidence.${x}`),
    );
  }

  period(value: unknown): string {
    if (value === undefined || value === null || value === '') return '';
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw userError(this.lang, 'err.badRequest', { detail: 'period must be text' });
    }
    const p = tryParsePeriod(typeof value === 'string' ? value.trim() : value);
    if (!p) {
      throw userError(this.lang, 'err.field', {
        field: this.field('period'),
        problem: t(this.lang, 'fix.period'),
      });
    }
    return periodKey(p);
  }

  /**
   * A period that must be there (a summary's, the quarter to close), as the core reads it: with
   * `spellings`, the settings tab's period table, so a synonym a person added is read as well.
   */
  requiredPeriod(value: unknown, spellings?: ReadonlyMap<string, Quarter | null>): Period {
    return parsePeriod(value, 'period', spellings);
  }

  /** A list of item IDs (at most 10,000), upper-cased, blanks dropped. */
  idList(value: unknown): string[] {
    if (
      !Array.isArray(value) ||
      value.length > 10000 ||
      !value.every((i) => typeof i === 'string' && i.length <= FIELD_LIMITS.id)
    ) {
      throw userError(this.lang, 'rollover.badIds');
    }
    return value.map((i: string) => i.trim().toUpperCase()).filter((i) => i !== '');
  }

  /** A number field: a number, numeric text ("45%", " 1.5 ") or blank. */
  number(value: unknown, name: string): number | '' {
    if (value === undefined || value === null || value === '') return '';
    if (typeof value !== 'number' && typeof value !== 'string') {
      throw userError(this.lang, 'err.notANumber', {
        field: this.field(name),
        value: quoteValue(value),
      });
    }
    let n: number | null;
    try {
      n = parseNumber(value, name);
    } catch {
      throw userError(this.lang, 'err.notANumber', {
        field: this.field(name),
        value: quoteValue(value),
      });
    }
    if (n !== null && Math.abs(n) > 1e15) {
      throw userError(this.lang, 'err.notANumber', {
        field: this.field(name),
        value: quoteValue(value),
      });
    }
    return n === null ? '' : n;
  }

  /** Current: a number, or for a milestone (or an initiative) a done/open word or TRUE/FALSE. */
  current(value: unknown, milestone: boolean): Cell {
    if (value === undefined || value === null || value === '') return '';
    if (milestone) {
      if (typeof value === 'boolean') return value;
      try {
        const state = parseMilestone(typeof value === 'string' ? value : value, 'current');
        if (state === null) return '';
        return typeof value === 'string'
          ? value.trim().slice(0, FIELD_LIMITS.milestoneWord)
          : state === 1;
      } catch {
        throw userError(this.lang, 'err.notAllowed', {
          field: this.field('current'),
          value: quoteValue(value),
          allowed: MILESTONE_HINT[this.lang].join(', '),
        });
      }
    }
    return this.number(value, 'current');
  }

  weight(value: unknown): number | '' {
    const w = this.number(value, 'weight');
    if (w !== '' && w < 0) {
      throw userError(this.lang, 'err.field', {
        field: this.field('weight'),
        problem: t(this.lang, 'fix.negativeWeight'),
      });
    }
    return w;
  }

  /** A 1-based row number of a tab (at most Sheets' 10 million cells, so at most that many rows). */
  row(value: unknown): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 10_000_000) {
      throw userError(this.lang, 'err.notAllowed', {
        field: this.field('row'),
        value: quoteValue(value),
        allowed: '1, 2, 3 …',
      });
    }
    return value;
  }

  bool(value: unknown, name: string): boolean {
    if (value === undefined) return false;
    if (typeof value !== 'boolean') {
      throw userError(this.lang, 'err.badRequest', { detail: `${name} must be true or false` });
    }
    return value;
  }
}

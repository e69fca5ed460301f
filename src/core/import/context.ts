// Lines that are no items but say something about the items below them: the title lines above
// the header ("Team OKRs: Q2 2026", "Team: Customer Success", "Kwartaal: K3 2026", "Owner:
// Iris", "Level: Personal", "Year 2027") and section lines inside the data ("Team: Sales"
// between two groups of rows). What such a line says holds for every item below it that does
// not say otherwise, until a later line says something else; the preview lists each line with
// the number of items that took it.
import { COLUMN_BY_KEY } from '../columns';
import type { Lang } from '../i18n';
import type { Level } from '../model';
import { formatPeriod, periodKey, quarterPeriod, tryParsePeriod, type Quarter } from '../period';
import { levelName } from '../vocabulary';
import { matchHeader } from './headers';
import { readLevel, readPeriod } from './normalise';
import type { Report } from './report';
import type { Draft } from './tree';

export type ContextField = 'level' | 'team' | 'owner' | 'period';

export interface ContextFact {
  field: ContextField;
  /** The value as the item holds it: a level key, a team, an owner, a canonical period. */
  value: string;
}

/** One fact of one line, and where it came from. */
export interface Held extends ContextFact {
  row: number;
  text: string;
}

const KEY_VALUE = /^([^:]{1,40}):\s*(\S.*)$/s;
const YEAR_TOKEN = /(?<![\d])((?:19|20)\d{2})(?![\d])/;
const QUARTER_TOKEN = /(?<![a-z])[QK]([1-4])(?![a-z\d])/i;
const QUARTER_WORDS = /(?<![a-z])(?:quarter|kwartaal)\s*([1-4])(?!\d)/i;

function isContextField(field: string | null): field is ContextField {
  return field === 'level' || field === 'team' || field === 'owner' || field === 'period';
}

/** A period named anywhere in a title: "Team OKRs: Q2 2026", "OKR's 2026", "Q1 OKRs (draft)". */
function periodIn(text: string, defaultPeriod: string): string {
  const year = YEAR_TOKEN.exec(text);
  const quarter = QUARTER_TOKEN.exec(text) ?? QUARTER_WORDS.exec(text);
  const y = year ? Number(year[1]) : (tryParsePeriod(defaultPeriod)?.year ?? null);
  if (y === null) return '';
  if (quarter) return periodKey(quarterPeriod(y, Number(quarter[1]) as Quarter));
  const parsed = year ? tryParsePeriod(y) : null;
  return parsed ? periodKey(parsed) : '';
}

function factsOf(field: ContextField, value: string, defaultPeriod: string): ContextFact[] {
  if (field === 'team' || field === 'owner') return [{ field, value }];
  if (field === 'level') {
    const read = readLevel(value);
    if (!read.level) return [];
    const facts: ContextFact[] = [{ field: 'level', value: read.level }];
    if (read.team) facts.push({ field: 'team', value: read.team });
    return facts;
  }
  const read = readPeriod(value, defaultPeriod);
  const period = read.problem === 'malformed' ? periodIn(value, defaultPeriod) : read.period;
  return period ? [{ field: 'period', value: period }] : [];
}

/**
 * What a line says, from its non-empty cells: "Team: Sales" (or "Team:" | "Sales" in two
 * cells), "Year 2027" / "Q3 2026" as a whole, and, for a title line above the header (`title`),
 * a period anywhere in it. [] when it says nothing of the kind.
 */
export function readContextLine(
  texts: readonly string[],
  defaultPeriod: string,
  title: boolean,
): ContextFact[] {
  let key = '';
  let value = '';
  if (texts.length === 1) {
    const m = KEY_VALUE.exec(texts[0] as string);
    if (m) [key, value] = [(m[1] as string).trim(), (m[2] as string).trim()];
  } else if (texts.length === 2 && (texts[0] as string).endsWith(':')) {
    [key, value] = [(texts[0] as string).slice(0, -1).trim(), texts[1] as string];
  }
  const field = key === '' ? null : matchHeader(key);
  if (isContextField(field)) return factsOf(field, value, defaultPeriod);
  if (texts.length !== 1) return [];
  const whole = texts[0] as string;
  const read = readPeriod(whole, defaultPeriod);
  if (read.problem === null && /[a-z]/i.test(whole))
    return [{ field: 'period', value: read.period }];
  if (!title) return [];
  const period = periodIn(whole, defaultPeriod);
  return period ? [{ field: 'period', value: period }] : [];
}

/** The context lines read so far, and which of their facts each item took. */
export class Scope {
  private readonly current = new Map<ContextField, Held>();
  private readonly lines: Held[][] = [];
  /** The fact each item took, by item (kept out of the item itself). */
  private readonly taken = new Map<Draft, Map<ContextField, Held>>();

  constructor(readonly defaultPeriod: string) {}

  /** A context line: its facts hold from here on (replacing earlier ones of the same field). */
  set(row: number, text: string, facts: readonly ContextFact[]): void {
    const held = facts.map((fact) => ({ ...fact, row, text }));
    for (const fact of held) this.current.set(fact.field, fact);
    this.lines.push(held);
  }

  /** The current value of a field ('' when no line named it), without taking it. */
  peek(field: ContextField): string {
    return this.current.get(field)?.value ?? '';
  }

  /**
   * The value of `field` for a new item that does not name it: `above`'s (the item it inherits
   * from, when the layout means "same as above"), else the current context line's, else ''.
   */
  inherit(draft: Draft, field: ContextField, above: Draft | null): string {
    const inherited = above ? above.item[field] : '';
    if (inherited !== '') {
      const origin = above ? this.taken.get(above)?.get(field) : undefined;
      if (origin) this.take(draft, origin);
      return inherited;
    }
    const held = this.current.get(field);
    if (!held) return '';
    this.take(draft, held);
    return held.value;
  }

  private take(draft: Draft, held: Held): void {
    let map = this.taken.get(draft);
    if (!map) this.taken.set(draft, (map = new Map()));
    map.set(held.field, held);
  }

  /** One line in the report per fact read: what it said and how many items took it. */
  report(report: Report, items: readonly Draft[]): void {
    const uses = new Map<Held, number>();
    for (const draft of items) {
      for (const [field, held] of this.taken.get(draft) ?? []) {
        // Counted only when the item still holds that value (a later row may have set its own).
        if (draft.item[field] === held.value) uses.set(held, (uses.get(held) ?? 0) + 1);
      }
    }
    for (const line of this.lines) {
      for (const held of line) {
        const count = uses.get(held) ?? 0;
        // A line no item took says so, instead of "taken by 0 items".
        report.took(held.row, count === 0 ? 'import.contextUnused' : 'import.contextLine', {
          text: held.text,
          field: COLUMN_BY_KEY[held.field].header[report.lang],
          value: shown(held, report.lang),
          count,
        });
      }
    }
  }
}

function shown(fact: ContextFact, lang: Lang): string {
  if (fact.field === 'level') return levelName(fact.value as Level, lang);
  if (fact.field === 'period') {
    const parsed = tryParsePeriod(fact.value);
    return parsed ? formatPeriod(parsed, lang) : fact.value;
  }
  return fact.value;
}

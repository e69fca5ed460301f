// The live formulas of a summary tab, built from typed pieces (never by splicing user text):
// whole-column references to the OKR tab's columns (found by header, passed in as a column
// map), string literals, and SUMPRODUCT/COUNTIFS masks. Every formula here is evaluated by
// Google Sheets and by HyperFormula alike (whole-column ranges, SUMPRODUCT over comparisons,
// ISNUMBER, IFERROR, DATE, TODAY) — the server tests check their values against src/core.
//
// Words in the OKR tab (type, level, status) are matched in English and Dutch, so the summary
// stays right whichever language the OKR tab was written in; text comparisons are
// case-insensitive in both engines. Periods are not matched as text: a row's period is read
// once, on the OKR tab, by its hidden helper cells (the first day of the period and of the one
// after it: formulas-own.ts periodStartFormula, the sheet's twin of period.ts tryParsePeriod with
// the settings tab's period table), and the summary compares those days. So "Q1 2026",
// "2026k1", 2026 typed as a number and a synonym a person added ("FY 2026") count here exactly
// as src/core counts them.
import type { ColumnKey, ColumnMap } from '../core/columns';
import { messages, type MessageKey } from '../core/i18n';
import {
  FORMER_STATUS_WORDS,
  type ItemType,
  type Level,
  type StatusCode,
} from '../core/vocabulary';
import { periodEnd, periodStart, yearOf, type Period } from '../core/period';
import { ymdFromSerial } from '../core/dates';
import { columnLetter } from '../core/a1';
import type { SheetWords } from '../core/word-tables';
import { quoteSheet, str } from './formulas';

/** A formula text, starting with "=". */
export type Formula = `=${string}`;

/** A string literal: "text" with inner quotes doubled (formulas.ts). */
export const literal = str;

/** A sheet name as it appears in a reference: quoted, with the "!" (formulas.ts quoteSheet). */
export function sheetRef(name: string): string {
  return `${quoteSheet(name)}!`;
}

/** A1 reference of a 1-based cell on the same sheet. */
export function a1(row: number, col: number): string {
  return `${columnLetter(col - 1)}${row}`;
}

function bothLanguages(key: MessageKey): string[] {
  const m = messages[key];
  return m.en === m.nl ? [m.en] : [m.en, m.nl];
}

/** The formulas of one summary over the OKR tab. */
export class SummaryFormulas {
  constructor(
    private readonly okrSheet: string,
    private readonly columns: ColumnMap,
    /** The settings tab's words, as the core read the rows with (word-tables.ts). */
    private readonly words: SheetWords,
  ) {}

  /** Whole-column reference to one of the OKR tab's columns, e.g. 'OKRs'!C:C. */
  col(key: ColumnKey): string {
    const index = this.columns[key];
    if (index === undefined) throw new Error(`The OKR tab has no ${key} column`);
    const letter = columnLetter(index);
    return `${sheetRef(this.okrSheet)}${letter}:${letter}`;
  }

  private anyOf(key: ColumnKey, words: string[]): string {
    const c = this.col(key);
    return words.length === 1
      ? `(${c}=${literal(words[0] as string)})`
      : `((${words.map((w) => `(${c}=${literal(w)})`).join('+')})>0)`;
  }

  /**
   * 1 on rows of the type that run in the period, 0 elsewhere (an array expression): the
   * period's own rows and, for a quarter, the annual rows of its year (src/core/running.ts).
   */
  mask(type: ItemType, period: Period, level?: Level): string {
    const periodMask =
      period.kind === 'quarter'
        ? `(${this.inPeriod(period)}+${this.inPeriod(yearOf(period))})`
        : this.inPeriod(period);
    const parts = [this.anyOf('type', bothLanguages(`type.${type}`)), periodMask];
    if (level) parts.push(this.anyOf('level', bothLanguages(`level.${level}`)));
    return parts.join('*');
  }

  /**
   * 1 on rows whose own period is `period`, as the row's helper cells read it: its first day and
   * the first day after it (date serials, as DATE() gives them; blank, text or "" match no day).
   */
  private inPeriod(period: Period): string {
    const start = `(${this.col('periodStart')}=${periodStart(period)})`;
    return `${start}*(${this.col('periodEnd')}=${periodEnd(period)})`;
  }

  /** Number of rows of a type in the period (optionally of one level). */
  count(type: ItemType, period: Period, level?: Level): Formula {
    return `=SUMPRODUCT(${this.mask(type, period, level)})`;
  }

  /**
   * Weighted mean of objective progress (blank progress left out; weight blank → 1, text or
   * negative → left out), exactly as src/core/summary.ts objectiveMean. Blank when no objective
   * has progress.
   */
  meanProgress(period: Period, level?: Level, team?: string): Formula {
    return `=IFERROR(${this.weightedMean('progress', period, level, team)},"")`;
  }

  /**
   * What the objectives should have by now: the weighted mean of their own Expected (an annual
   * objective's is the year's), or the period's expected when there is none — as
   * src/core/summary.ts expectedMean.
   */
  meanExpected(period: Period, level?: Level): Formula {
    const own = this.expectedToday(period).slice(1);
    return `=IFERROR(${this.weightedMean('expected', period, level)},${own})`;
  }

  /** Σ w·x / Σ w over the objectives with a number in `column` (weights as meanProgress). */
  private weightedMean(column: ColumnKey, period: Period, level?: Level, team?: string): string {
    const x = this.col(column);
    let m = `${this.mask('objective', period, level)}*ISNUMBER(${x})`;
    if (team !== undefined) m += `*(${this.col('team')}=${literal(team)})`;
    const w = this.col('weight');
    const num = `SUMPRODUCT(${m}*(${w}=""),${x})+SUMPRODUCT(${m}*(${w}>=0),${x},${w})`;
    const den = `SUMPRODUCT(${m}*(${w}=""))+SUMPRODUCT(${m}*(${w}>=0),${w})`;
    return `(${num})/(${den})`;
  }

  /** Key results of the period with a status (optionally of one team). */
  statusCount(period: Period, status: StatusCode, team?: string): Formula {
    const words = [...bothLanguages(`status.${status}`), ...(FORMER_STATUS_WORDS[status] ?? [])];
    let m = `${this.mask('keyResult', period)}*${this.anyOf('status', words)}`;
    if (team !== undefined) m += `*(${this.col('team')}=${literal(team)})`;
    return `=SUMPRODUCT(${m})`;
  }

  /**
   * Initiatives of the period that are done (TRUE, 1, or a done word of the settings tab's
   * milestone table as this summary was built: a word added later counts from the next refresh).
   */
  initiativesDone(period: Period): Formula {
    const c = this.col('current');
    const words = [...this.words.done].filter(([, state]) => state === 1).map(([w]) => w);
    const done = [`(${c}=TRUE())`, `(${c}=1)`, ...words.map((w) => `(${c}=${literal(w)})`)];
    return `=SUMPRODUCT(${this.mask('initiative', period)}*((${done.join('+')})>0))`;
  }

  /** Expected progress of the period today: clamp((TODAY() − start) / (end − start), 0, 1). */
  expectedToday(period: Period): Formula {
    const s = dateFormula(periodStart(period));
    const e = dateFormula(periodEnd(period));
    return `=MIN(1,MAX(0,(TODAY()-${s})/(${e}-${s})))`;
  }
}

/** DATE(y,m,d) for a serial. */
export function dateFormula(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `DATE(${year},${month},${day})`;
}

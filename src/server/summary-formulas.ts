// The live formulas of a summary tab, built from typed pieces (never by splicing user text):
// whole-column references to the OKR tab's columns (found by header, passed in as a column
// map), string literals, and SUMPRODUCT/COUNTIFS masks. Every formula here is evaluated by
// Google Sheets and by HyperFormula alike (whole-column ranges, SUMPRODUCT over comparisons,
// ISNUMBER, IFERROR, DATE, TODAY) — the server tests check their values against src/core.
//
// Words in the OKR tab (type, level, status) are matched in English and Dutch, so the summary
// stays right whichever language the OKR tab was written in; periods match "2026-Q1" and
// "2026-K1"; text comparisons are case-insensitive in both engines.
import type { ColumnKey, ColumnMap } from '../core/columns';
import { messages, type MessageKey } from '../core/i18n';
import {
  FORMER_STATUS_WORDS,
  type ItemType,
  type Level,
  type StatusCode,
} from '../core/vocabulary';
import { formatPeriod, periodEnd, periodStart, type Period } from '../core/period';
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
    const periodCol = this.col('period');
    const texts = [formatPeriod(period, 'en'), formatPeriod(period, 'nl')];
    if (period.kind === 'quarter') texts.push(String(period.year));
    // A year typed as a number (2026) is a number cell, not the text "2026".
    const periodMask = `((${[...new Set(texts)].map((p) => `(${periodCol}=${literal(p)})`).join('+')}+(${periodCol}=${period.year}))>0)`;
    const parts = [this.anyOf('type', bothLanguages(`type.${type}`)), periodMask];
    if (level) parts.push(this.anyOf('level', bothLanguages(`level.${level}`)));
    return parts.join('*');
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

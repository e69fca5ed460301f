// The OKR model shared by the server, the sidebar and the importer. Pure types and tiny
// helpers; no Apps Script globals.

export type { Confidence, GradeColor, ItemType, KrKind, Level, StatusCode } from './vocabulary';
import type { Confidence, GradeColor, ItemType, KrKind, Level, StatusCode } from './vocabulary';

/** A cell as Sheets returns it from getValues() (dates are passed as ISO text here). */
export type Cell = string | number | boolean;

/**
 * One row of the OKR tab: an objective, a key result or an initiative. Number fields keep the
 * raw cell (a person may have typed text into them); src/core parses them where it computes.
 */
export interface OkrItem {
  /** Stable, readable, never reused: O-1, KR-1, I-1 … */
  id: string;
  type: ItemType;
  level: Level;
  team: string;
  owner: string;
  /** Canonical period: '2026' (year) or '2026-Q1' (quarter); '' when missing. */
  period: string;
  /** Key result → its objective; initiative → its key result; objective → ''. */
  parentId: string;
  /** Optional alignment: an objective or key result one level up, or an annual objective. */
  alignedTo: string;
  title: string;
  /** '' = auto (increase/decrease from start and target). */
  kind: KrKind | '';
  start: Cell;
  target: Cell;
  /** Key results: the latest value. Initiatives: done state (TRUE/FALSE or done/open words). */
  current: Cell;
  unit: string;
  weight: Cell;
  confidence: Confidence | '';
  /** ISO date (yyyy-mm-dd) of the last check-in, '' when none. */
  lastCheckIn: string;
  notes: string;
  /** Roll-over: the ID this item was continued from ('' when new). */
  sourceId: string;
  /** Roll-over: set when the period was closed and the item graded. */
  closed: boolean;
}

/** The fields a person provides when adding an item; the rest is derived or defaulted. */
export type ItemInput = Partial<Omit<OkrItem, 'id' | 'closed' | 'lastCheckIn'>> &
  Pick<OkrItem, 'type' | 'title'>;

/** An item with the numbers src/core computes for it (the same numbers the sheet shows). */
export interface ItemView extends OkrItem {
  /** 1-based row on the OKR tab. */
  row: number;
  progress: number | '';
  expected: number | '';
  status: StatusCode | '';
  /** End-of-period grade (progress rounded to one decimal) and its colour. */
  grade: number | '';
  gradeColor: GradeColor | '';
  /** Initiatives below a key result or objective: done / total. */
  initiativesDone: number;
  initiativesTotal: number;
  /**
   * Why progress could not be computed (the sheet shows ⚠), in the reader's language; '' or
   * absent when progress is a number or simply blank.
   */
  progressError?: string;
}

export interface CheckIn {
  /** ISO timestamp. */
  timestamp: string;
  keyResultId: string;
  value: Cell;
  confidence: Confidence | '';
  note: string;
  /** E-mail of who checked in, '' when Apps Script does not reveal it. */
  who: string;
}

export function emptyItem(type: ItemType, id = ''): OkrItem {
  return {
    id,
    type,
    level: 'company',
    team: '',
    owner: '',
    period: '',
    parentId: '',
    alignedTo: '',
    title: '',
    kind: '',
    start: '',
    target: '',
    current: '',
    unit: '',
    weight: '',
    confidence: '',
    lastCheckIn: '',
    notes: '',
    sourceId: '',
    closed: false,
  };
}

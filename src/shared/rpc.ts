// The RPC contract between the sidebar and the server: one entry per server function the
// sidebar calls through google.script.run, with its payload and result types. The server's
// entry file implements `OkrApi` (src/server/contract.ts checks it), and the sidebar's client
// is typed by it, so renaming a server function breaks the build, not the user.
//
// Rules of the wire (google.script.run): one argument, a plain object; results are plain
// objects and arrays of primitives; dates travel as ISO strings; errors are thrown on the
// server with a message in the user's language and reach the client's failure handler.
import type { CheckIn, ItemInput, ItemView, OkrItem } from '../core/model';
import type { Lang } from '../core/i18n';
import type { Confidence, StatusThresholds } from '../core/vocabulary';
import type { HealthFinding } from '../core/health';
import type { StructurePreview } from '../core/import/types';
import type { WordLists } from '../core/word-tables';
import type { RolloverCandidateView, RolloverListing } from '../core/rollover';

// The domain types the contract carries are the core's; the wire names them here too.
export type { HealthFinding } from '../core/health';
export type { RolloverListing } from '../core/rollover';
export type { ColumnMapping, StructurePreview } from '../core/import/types';

export type { StatusThresholds };

/**
 * Everything the sidebar needs for its first screen, in one call. The server sends the rows as
 * it read them (SnapshotWire: items without their numbers); the sidebar's client works out
 * every row's progress, expected, status and grade with the same src/core code the server uses
 * (expandSnapshot in snapshot-wire.ts) before any view sees it: the script does less work per
 * call and sends less.
 */
export interface SnapshotOf<I> {
  lang: Lang;
  /** The spreadsheet locale, e.g. 'nl_NL', for number and date formatting. */
  locale: string;
  /** Today in the spreadsheet's time zone, ISO yyyy-mm-dd. */
  today: string;
  /** False until Set up has created the OKR tab. */
  ready: boolean;
  /** The OKR tab's current name (people may rename it). */
  okrSheetName: string;
  /** Canonical periods present in the sheet plus the current quarter, the next one and the year. */
  periods: string[];
  currentQuarter: string;
  teams: string[];
  owners: string[];
  items: I[];
  thresholds: StatusThresholds;
  /** The settings tab's word tables (kinds, milestone words, periods) the rows are read with. */
  words: WordLists;
  /** Days without a check-in after which a key result is due (the settings tab's interval). */
  checkInDays: number;
  /** The person: the owner name they picked for My check-ins ('' until then) and their e-mail. */
  me: { owner: string; email: string };
}

/** A row as the server read it (or wrote it): the item, its row and a closed row's grade. */
export interface SnapshotRow extends OkrItem {
  row: number;
  frozenGrade?: number | null;
}

/** The snapshot as the server sends it. */
export type SnapshotWire = SnapshotOf<SnapshotRow>;
/** The snapshot the sidebar's views get: every row with its numbers. */
export type Snapshot = SnapshotOf<ItemView>;

export interface MutationResult {
  /** The ID of the item created or changed ('' when several). */
  id: string;
  /** A short confirmation in the user's language. */
  message: string;
  snapshot: SnapshotWire;
}

export interface SetUpRequest {
  /** true: fill with the method's example at three levels; false: empty tabs. */
  example: boolean;
}

export interface StructureRequest {
  /** The loose sheet to read (never changed); '' or absent: the tab the person has open. */
  sheetName?: string;
  /**
   * Items already on the OKR tab (same title, parent and period): 'skip' them (the default) or
   * 'write' them again as new rows.
   */
  duplicates?: 'skip' | 'write';
}

export interface StructureResult extends StructurePreview {
  /** Items not written because they are already on the OKR tab (0 when asked to write them). */
  skipped: number;
  /** The structured OKR tab the items were written to. */
  okrSheetName: string;
  /** The periods of the objectives written (none when nothing was written). */
  periods: string[];
  message: string;
  snapshot: SnapshotWire;
}

export interface UpdateRequest {
  id: string;
  changes: Partial<Omit<ItemInput, 'type'>>;
}

export interface MoveRequest {
  id: string;
  /** New parent ('' for an objective); the item moves with its children. */
  parentId: string;
}

export interface DeleteRequest {
  id: string;
  /** Must be true to delete an item that has children; they are deleted with it. */
  withChildren: boolean;
}

export interface CheckInRequest {
  id: string;
  value: string | number | boolean;
  confidence: Confidence | '';
  note: string;
}

export interface CheckInManyRequest {
  /** The check-ins to save, all or none (at most CHECK_IN_BATCH, one per key result). */
  entries: CheckInRequest[];
}

export interface SummaryRequest {
  /** Canonical period, '2026-Q1' or '2026'. */
  period: string;
}

export interface SummaryResult {
  sheetName: string;
  charts: number;
  message: string;
}

/** One item "Start the next quarter" lists (the core's: src/core/rollover.ts). */
export type RolloverCandidate = RolloverCandidateView;

export interface RolloverRequest {
  /** The quarter to close. */
  period: string;
  /** Items that continue into the next quarter. */
  ids: string[];
}

export interface OkrApi {
  getSnapshot(req: Record<string, never>): SnapshotWire;
  setUp(req: SetUpRequest): MutationResult;
  previewStructure(req: StructureRequest): StructurePreview;
  structureSheet(req: StructureRequest): StructureResult;
  addItem(req: ItemInput): MutationResult;
  updateItem(req: UpdateRequest): MutationResult;
  moveItem(req: MoveRequest): MutationResult;
  deleteItem(req: DeleteRequest): MutationResult;
  checkIn(req: CheckInRequest): MutationResult;
  checkInMany(req: CheckInManyRequest): MutationResult;
  setMyOwner(req: { owner: string }): { owner: string };
  getCheckIns(req: { id: string }): CheckIn[];
  runHealthCheck(req: Record<string, never>): HealthFinding[];
  repairSheet(req: Record<string, never>): MutationResult;
  selectItem(req: { id: string }): void;
  selectRow(req: { row: number }): void;
  /** Opens the alignment map beside the sheet (a modeless dialog). */
  showAlignmentMap(req: Record<string, never>): void;
  setLanguage(req: { lang: Lang }): SnapshotWire;
  buildSummary(req: SummaryRequest): SummaryResult;
  listRollover(req: { period: string }): RolloverListing;
  startNextQuarter(req: RolloverRequest): MutationResult;
}

export type ApiName = keyof OkrApi;
export type ApiRequest<K extends ApiName> = Parameters<OkrApi[K]>[0];
export type ApiResult<K extends ApiName> = ReturnType<OkrApi[K]>;

/** An answer as the sidebar receives it: every snapshot in it expanded (see Snapshot). */
export type Received<T> = T extends SnapshotWire
  ? Snapshot
  : T extends { snapshot: SnapshotWire }
    ? Omit<T, 'snapshot'> & { snapshot: Snapshot }
    : T;
export type ApiAnswer<K extends ApiName> = Received<ApiResult<K>>;

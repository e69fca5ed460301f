// The workbook part of the sidebar's API (OkrApi in src/shared/rpc.ts). Each function checks
// its payload, reads what it needs in one batch, lets src/core compute, writes in a few batched
// calls under the document lock and returns a fresh snapshot. Errors reach the person as a
// UserError in their language.
import {
  COLUMN_BY_KEY,
  OKR_COLUMNS,
  freshColumnMap,
  freshHeader,
  matchCheckInHeader,
  type InputKey,
} from '../core/columns';
import { exampleItems } from '../core/example';
import { runHealthRules } from '../core/health';
import { t, type Lang, type MessageKey } from '../core/i18n';
import { IdAllocator } from '../core/ids';
import type { CheckIn, Cell, ItemInput, ItemType, OkrItem } from '../core/model';
import { emptyItem } from '../core/model';
import { indexById, placedItem, protectCell, protectText, type SheetItem } from '../core/okr-rows';
import {
  formatPeriod,
  nextPeriod,
  periodKey,
  quarterOfSerial,
  tryParsePeriod,
  yearOfSerial,
} from '../core/period';
import { computeViews } from '../core/snapshot';
import { decimalMarkOf } from '../core/values';
import { inputText, showInUnit } from '../core/units';
import { appendCheckIn, logFormat } from './checkin-log';
import { confidenceName, parseConfidence } from '../core/confidence';
import type {
  CheckInRequest,
  DeleteRequest,
  HealthFinding,
  MoveRequest,
  MutationResult,
  SetUpRequest,
  SnapshotWire,
  UpdateRequest,
} from '../shared/rpc';
import { quoteValue } from '../core/errors';
import { toUserError, userError } from './errors';
import {
  applyColumnRules,
  applyHeaderLayout,
  applyRowStyles,
  ensureColumnRules,
  formatRows,
} from './formatting';
import {
  rowTemplate,
  templateMatches,
  templateText,
  type RowTemplate,
  type RowText,
} from './formulas';
import { rowSlots } from './formulas-chain';
import { ensureWordTables, wordTablesReady } from './formulas-words';
import { relinkChains } from './relink';
import { startDeadline, type Deadline } from './deadline';
import { withDocumentLock } from './lock';
import { dateFormatter, isDate, setUserLang, today, userLang } from './locale';
import {
  composeRow,
  descendantsOf,
  formulaContext,
  idAllocator,
  insertionRow,
  readOkrTab,
  missingFormulaColumns,
  requireFormulaColumns,
  shapeOf,
  textCellsOfRow,
  writeColumnRuns,
  writeRow,
  type OkrTab,
} from './okr-sheet';
import {
  createTab,
  documentVisibility,
  findTabs,
  readSettings,
  writeCheckInsHeader,
  writeSettingsTab,
  type Settings,
  type Tabs,
} from './tabs';
import { setValuesInChunks } from './chunks';
import { tabFormulaGaps } from './formula-check';
import { moveUnderParent } from './move-rows';
import { Validator } from './validate';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What every action starts from: the document, the person's language, today, the tabs. */
export interface Context {
  ss: Spreadsheet;
  lang: Lang;
  tz: string;
  locale: string;
  today: { iso: string; serial: number };
  tabs: Tabs;
  settings: Settings;
}

export function openContext(): Context {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = userLang();
  const tz = ss.getSpreadsheetTimeZone();
  const locale = ss.getSpreadsheetLocale();
  const tabs = findTabs(ss);
  const settings = readSettings(tabs.settings, lang, decimalMarkOf(locale));
  return { ss, lang, tz, locale, today: today(ss), tabs, settings };
}

/** Runs an action and turns every error into a UserError in the person's language. */
export function run<T>(action: (lang: Lang) => T): T {
  let lang: Lang = 'en';
  try {
    lang = userLang();
  } catch {
    // keep English
  }
  try {
    return action(lang);
  } catch (err) {
    throw toUserError(err, lang);
  }
}

function requireOkr(ctx: Context): Sheet {
  if (!ctx.tabs.okr) throw userError(ctx.lang, 'err.notSetUp');
  return ctx.tabs.okr;
}

function readTab(ctx: Context): OkrTab {
  return readOkrTab(requireOkr(ctx), ctx.tz, ctx.lang, true, decimalMarkOf(ctx.locale));
}

/**
 * The tab for an action that writes rows, checked before anything is written. A tab made by an
 * older version lacks hidden helper columns people never see: they are added first (a Repair,
 * once), instead of asking people to repair something they cannot see.
 */
export function readTabForWriting(ctx: Context): OkrTab {
  const tab = readTab(ctx);
  return requireFormulaColumns(upgradeTab(ctx, tab) ? readTab(ctx) : tab, ctx.lang);
}

/** Repairs a tab whose only missing columns are hidden helpers; true when it did. */
export function upgradeTab(ctx: Context, tab: OkrTab): boolean {
  const { visible, hidden } = missingFormulaColumns(tab);
  if ((hidden.length === 0 && wordTablesReady(ctx.ss)) || visible.length > 0) return false;
  repairTab(ctx);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Snapshot

export function buildSnapshot(
  ctx: Context,
  tab?: Pick<OkrTab, 'items' | 'sheet'>,
  lang: Lang = ctx.lang,
): SnapshotWire {
  const quarter = quarterOfSerial(ctx.today.serial);
  const currentQuarter = periodKey(quarter);
  // People plan next quarter's OKRs before it starts: the pickers offer it too.
  const nextQuarter = periodKey(nextPeriod(quarter));
  const base: SnapshotWire = {
    lang,
    locale: ctx.locale,
    today: ctx.today.iso,
    ready: false,
    okrSheetName: '',
    periods: [currentQuarter, nextQuarter, periodKey(yearOfSerial(ctx.today.serial))].sort(),
    currentQuarter,
    teams: [],
    owners: [],
    items: [],
    thresholds: { ...ctx.settings.thresholds },
  };
  if (!ctx.tabs.okr) return base;
  const okr = tab ?? readTab(ctx);
  const periods = new Set(base.periods);
  const teams = new Set<string>();
  const owners = new Set<string>();
  const seen = new Set<string>();
  for (const item of okr.items) {
    // A handful of period texts over thousands of rows: each parsed once.
    if (!seen.has(item.period)) {
      seen.add(item.period);
      if (tryParsePeriod(item.period)) periods.add(item.period);
    }
    if (item.team) teams.add(item.team);
    if (item.owner) owners.add(item.owner);
  }
  return {
    ...base,
    ready: true,
    okrSheetName: okr.sheet.getName(),
    periods: [...periods].sort(),
    teams: [...teams].sort(),
    owners: [...owners].sort(),
    // The rows as read or written: the sidebar works out their numbers (snapshot-wire.ts).
    items: okr.items,
  };
}

export function getSnapshot(_req?: Record<string, never>): SnapshotWire {
  return run(() => buildSnapshot(openContext()));
}

/**
 * The answer to a mutation. `tab` is the OKR tab as this action read it, with its changes made
 * in memory (rows and row numbers included): the snapshot is built from it instead of reading
 * the tab again. Without it the tab is read again.
 */
function result(
  ctx: Context,
  id: string,
  key: MessageKey,
  params: Record<string, string | number>,
  tab?: Pick<OkrTab, 'items' | 'sheet'>,
): MutationResult {
  return { id, message: t(ctx.lang, key, params), snapshot: buildSnapshot(ctx, tab) };
}

// ---------------------------------------------------------------------------------------------
// Set up

/** Ensures the settings and check-ins tabs exist; returns whether anything was created. */
function ensureSideTabs(ctx: Context, sheetLang: Lang): void {
  if (!ctx.tabs.settings) {
    const sheet = createTab(ctx.ss, 'settings', sheetLang);
    writeSettingsTab(sheet, sheetLang);
    ctx.tabs.settings = sheet;
    ctx.settings = readSettings(sheet, sheetLang, decimalMarkOf(ctx.locale));
  } else ensureWordTables(ctx.ss, ctx.tabs.settings, ctx.settings.lang);
  if (!ctx.tabs.checkins) {
    const sheet = createTab(ctx.ss, 'checkins', sheetLang);
    writeCheckInsHeader(sheet, sheetLang);
    ctx.tabs.checkins = sheet;
  }
}

/**
 * Writes items (outline order) into a fresh OKR tab below a fresh header: one setValues for
 * header and rows (per chunk of CHUNK_ROWS rows), then the layout. Returns the items as written (each with its row).
 */
export function writeFreshOkrTab(ctx: Context, sheet: Sheet, items: OkrItem[]): SheetItem[] {
  const lang = ctx.settings.lang;
  const columns = freshColumnMap();
  const width = OKR_COLUMNS.length;
  const fctx = formulaContext({ columns }, ctx.settings);
  // Placed first: one object shape for every item, whatever built it (import, example).
  const sheetItems: SheetItem[] = items.map((item, i) => placedItem(item, i + 2));
  const byId = indexById(sheetItems);
  const rows: Cell[][] = [freshHeader(lang)];
  for (const item of sheetItems) rows.push(composeRow(item, item.row, width, fctx, byId));
  ensureSize(sheet, rows.length, width);
  setValuesInChunks(sheet, 1, 1, rows);
  applyHeaderLayout(sheet, columns, 1, true);
  applyRowStyles(sheet, columns, 1, items.length + 1, width, sheetItems, true);
  applyColumnRules(sheet, columns, 1, formatRows(items.length + 1, 1), lang);
  groupObjectives(sheet, sheetItems);
  return sheetItems;
}

/** Grows a sheet to at least `rows` × `columns` (two calls, plus one per dimension grown). */
export function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Largest number of objectives that get a collapsible row group (one call each). */
export const MAX_ROW_GROUPS = 100;

/**
 * A collapsible row group per objective over its key results and initiatives. Sheets has one
 * call per group, so this runs only on a fresh tab (Set up, Structure) and for at most
 * MAX_ROW_GROUPS objectives; beyond that, people filter instead.
 */
function groupObjectives(sheet: Sheet, items: readonly SheetItem[]): number {
  const objectives = items.filter((i) => i.type === 'objective');
  if (objectives.length > MAX_ROW_GROUPS) return 0;
  let groups = 0;
  const rowsOf = new Map<string, number[]>();
  const byId = indexById(items);
  for (const item of items) {
    let top: SheetItem | undefined = item;
    for (let guard = 0; top && top.type !== 'objective' && guard < 3; guard++) {
      top = byId.get(top.parentId.toUpperCase());
    }
    if (!top || top === item) continue;
    const list = rowsOf.get(top.id) ?? rowsOf.set(top.id, []).get(top.id)!;
    list.push(item.row);
  }
  for (const o of objectives) {
    const rows = (rowsOf.get(o.id) ?? []).sort((a, b) => a - b);
    if (rows.length === 0) continue;
    const first = rows[0] as number;
    const last = rows[rows.length - 1] as number;
    if (first !== o.row + 1 || last - first + 1 !== rows.length) continue; // not contiguous
    sheet.getRange(first, 1, rows.length, 1).shiftRowGroupDepth(1);
    groups++;
  }
  return groups;
}

export function setUp(req: SetUpRequest): MutationResult {
  return run((lang) => {
    const v = new Validator(lang);
    const body = v.object(req);
    const example = v.bool(body.example, 'example');
    const deadline = startDeadline();
    const ctx = openContext();
    return withDocumentLock(lang, () => {
      if (ctx.tabs.okr) {
        const tab = repairTab(ctx, deadline);
        return result(ctx, '', 'done.setUpAgain', {}, tab ?? undefined);
      }
      const sheetLang = ctx.tabs.settings ? ctx.settings.lang : langOfSpreadsheet(ctx);
      ensureSideTabs(ctx, sheetLang);
      const sheet = createTab(ctx.ss, 'okr', sheetLang);
      ctx.tabs.okr = sheet;
      const ids = new IdAllocator({}, []);
      const items = example
        ? exampleItems(sheetLang, ctx.today.serial, (type) => ids.next(type))
        : [];
      const written = writeFreshOkrTab(ctx, sheet, items);
      sheet.addDeveloperMetadata('okr-sheets.ids', ids.toJSON(), documentVisibility());
      ctx.ss.setActiveSheet(sheet);
      return result(
        ctx,
        '',
        'done.setUp',
        { items: items.length, sheet: sheet.getName() },
        { sheet, items: written },
      );
    });
  });
}

function langOfSpreadsheet(ctx: Context): Lang {
  return /^nl/i.test(ctx.locale) ? 'nl' : ctx.lang;
}

// ---------------------------------------------------------------------------------------------
// Add, update, move, delete

const PARENT_TYPE: Readonly<Record<ItemType, ItemType | null>> = {
  objective: null,
  keyResult: 'objective',
  initiative: 'keyResult',
};

function typeName(lang: Lang, type: ItemType): string {
  return t(lang, `type.${type}`).toLowerCase();
}

/** Checks the parent and alignment of an item against the tab; fills level/period/team defaults. */
function checkLinks(ctx: Context, tab: OkrTab, item: OkrItem, self?: SheetItem): void {
  const byId = indexById(tab.items);
  const parentType = PARENT_TYPE[item.type];
  if (parentType === null) {
    if (item.parentId) throw userError(ctx.lang, 'err.objectiveHasNoParent', { id: item.parentId });
  } else {
    if (!item.parentId) {
      throw userError(ctx.lang, 'err.parentNeeded', {
        type: typeName(ctx.lang, item.type),
        parentType: typeName(ctx.lang, parentType),
      });
    }
    const parent = byId.get(item.parentId);
    if (!parent) throw userError(ctx.lang, 'err.unknownId', { id: item.parentId });
    if (parent.type !== parentType) {
      throw userError(ctx.lang, 'err.wrongParent', {
        type: typeName(ctx.lang, item.type),
        parentType: typeName(ctx.lang, parentType),
        id: item.parentId,
      });
    }
    if (self) {
      const below = new Set(descendantsOf(tab.items, self.id).map((d) => d.id.toUpperCase()));
      if (below.has(item.parentId) || item.parentId === self.id.toUpperCase()) {
        throw userError(ctx.lang, 'err.ownDescendant', { id: self.id });
      }
    }
    item.parentId = parent.id;
  }
  if (item.alignedTo) {
    const target = byId.get(item.alignedTo);
    if (!target || target.type === 'initiative')
      throw userError(ctx.lang, 'err.unknownId', { id: item.alignedTo });
    if (self && target.id.toUpperCase() === self.id.toUpperCase()) {
      throw userError(ctx.lang, 'err.ownDescendant', { id: self.id });
    }
    item.alignedTo = target.id;
  }
}

function readInput(
  v: Validator,
  body: Record<string, unknown>,
  base: OkrItem,
  partial: boolean,
): OkrItem {
  const item = { ...base };
  const has = (k: string) => !partial || Object.prototype.hasOwnProperty.call(body, k);
  if (has('title')) item.title = v.text(body.title, 'title', true);
  if (has('level') && body.level !== undefined && body.level !== '')
    item.level = v.level(body.level);
  if (has('team')) item.team = v.text(body.team, 'team');
  if (has('owner')) item.owner = v.text(body.owner, 'owner');
  if (has('period')) item.period = v.period(body.period);
  if (has('parentId')) item.parentId = v.id(body.parentId, 'parentId');
  if (has('alignedTo')) item.alignedTo = v.id(body.alignedTo, 'alignedTo');
  if (has('kind')) item.kind = item.type === 'keyResult' ? v.kind(body.kind) : '';
  if (has('start')) item.start = v.number(body.start, 'start');
  if (has('target')) item.target = v.number(body.target, 'target');
  if (has('current'))
    item.current = v.current(body.current, item.kind === 'milestone' || item.type === 'initiative');
  if (has('unit')) item.unit = v.text(body.unit, 'unit');
  if (has('weight')) item.weight = v.weight(body.weight);
  if (has('confidence')) item.confidence = v.confidence(body.confidence);
  if (has('notes')) item.notes = v.text(body.notes, 'notes');
  if (has('sourceId')) item.sourceId = v.id(body.sourceId, 'sourceId');
  return item;
}

export function addItem(req: ItemInput): MutationResult {
  return run((lang) => {
    const v = new Validator(lang);
    const body = v.object(req);
    const type = v.type(body.type);
    const ctx = openContext();
    return withDocumentLock(lang, () => {
      const tab = readTabForWriting(ctx);
      const item = readInput(v, body, emptyItem(type), false);
      checkLinks(ctx, tab, item);
      // Defaults from the parent: level, team, period (and owner for initiatives).
      const parent = item.parentId
        ? indexById(tab.items).get(item.parentId.toUpperCase())
        : undefined;
      if (parent) {
        if (body.level === undefined || body.level === '') item.level = parent.level;
        if (!item.team) item.team = parent.team;
        if (!item.period) item.period = parent.period;
        if (!item.owner && type === 'keyResult') item.owner = parent.owner;
      }
      if (!item.period) item.period = periodKey(quarterOfSerial(ctx.today.serial));
      const { ids, save } = idAllocator(tab);
      item.id = ids.next(type);
      const after = insertionRow(tab, item);
      const row = after + 1;
      const sheet = tab.sheet;
      if (after <= tab.headerRow && tab.lastRow <= tab.headerRow) {
        // The first row of an empty tab: the blank row below the header is there, formatted
        // and inside every column rule. A row inserted right below the header would instead
        // push those rules' ranges down and be left outside them (as in Sheets).
        ensureSize(sheet, row, 1);
      } else sheet.insertRowsAfter(after, 1);
      const placed = placedItem(item, row);
      const fctx = formulaContext(tab, ctx.settings);
      const width = Math.max(
        tab.width,
        ...Object.values(tab.columns).map((c) => (c as number) + 1),
      );
      const range = sheet.getRange(row, 1, 1, width);
      const cells = composeRow(placed, row, width, fctx, indexById([...tab.items, placed]));
      range.setValues([textCellsOfRow(cells, range.getNumberFormats()[0] ?? [])]);
      applyRowStyles(sheet, tab.columns, row - 1, row, width, [placed]);
      // Rows are inserted inside the column rules (they grow with them); an objective on a tab
      // of an earlier version needs the row-look rules laid first.
      if (type === 'objective') {
        const last = Math.max(tab.lastRow + 1, row);
        ensureColumnRules(sheet, tab.columns, tab.headerRow, last, ctx.settings.lang);
      }
      save();
      // The answer's snapshot from the tab in memory (rows below the new one moved down), not
      // from a second read of every cell.
      const at = tab.items.findIndex((other) => other.row >= row);
      for (const other of tab.items) if (other.row >= row) other.row++;
      const items =
        at < 0
          ? [...tab.items, placed]
          : [...tab.items.slice(0, at), placed, ...tab.items.slice(at)];
      relinkChains({ ...tab, items }, fctx, [placed]);
      return result(ctx, item.id, 'done.added', { id: item.id }, { ...tab, items });
    });
  });
}

function findItem(ctx: Context, tab: OkrTab, id: string): SheetItem {
  const item = indexById(tab.items).get(id.toUpperCase());
  if (!item) throw userError(ctx.lang, 'err.unknownId', { id });
  return item;
}

/**
 * Rewrites the inputs (`only` those, or none) and the formulas of each row: two calls a row.
 * Returns each row's number formats as writeRow read them (null for a row left as it was).
 */
function rewriteRows(
  ctx: Context,
  tab: OkrTab,
  rows: SheetItem[],
  only: InputKey[] = [],
): (string[] | null)[] {
  const fctx = formulaContext(tab, ctx.settings);
  const byId = indexById(tab.items);
  return rows.map((item) => writeRow(tab, item, fctx, byId, only));
}

const UPDATABLE: readonly InputKey[] = [
  'title',
  'level',
  'team',
  'owner',
  'period',
  'parentId',
  'alignedTo',
  'kind',
  'start',
  'target',
  'current',
  'unit',
  'weight',
  'confidence',
  'notes',
  'sourceId',
];

export function updateItem(req: UpdateRequest): MutationResult {
  return run((lang) => {
    const v = new Validator(lang);
    const body = v.object(req);
    const id = v.id(body.id, 'id', true);
    const changes = v.object(body.changes);
    const ctx = openContext();
    return withDocumentLock(lang, () => {
      const tab = readTabForWriting(ctx);
      const current = findItem(ctx, tab, id);
      const next = readInput(v, changes, current, true) as SheetItem;
      const changed = UPDATABLE.filter((k) => Object.prototype.hasOwnProperty.call(changes, k));
      if (changed.includes('parentId') || changed.includes('alignedTo'))
        checkLinks(ctx, tab, next, current);
      const newParent =
        changed.includes('parentId') &&
        next.parentId.toUpperCase() !== current.parentId.toUpperCase();
      Object.assign(current, next);
      // A new parent: the rows go under it, as moveItem does.
      if (newParent && current.parentId)
        moveUnderParent(tab, current, findItem(ctx, tab, current.parentId));
      // Level, team and period come down from the objective when one of them (or the parent)
      // changed; the rows below follow (their values, and their formulas when the tier changes).
      const cascades = newParent || changed.some((k) => INHERITED.includes(k));
      const inherited = cascades ? cascadeFromParents(tab, current) : [];
      const fields = inherited.includes(current)
        ? [...new Set<InputKey>([...changed, ...INHERITED])]
        : changed;
      rewriteRows(ctx, tab, [current], fields);
      const below = descendantsOf(tab.items, current.id);
      if (below.length > 0 && (inherited.length > 0 || changed.includes('level') || newParent))
        rewriteRows(ctx, tab, below, INHERITED);
      if (changed.includes('unit') || changed.includes('level')) {
        applyRowStyles(tab.sheet, tab.columns, current.row - 1, current.row, tab.width, [current]);
      }
      relinkChains(tab, formulaContext(tab, ctx.settings));
      return result(ctx, current.id, 'done.updated', { id: current.id }, tab);
    });
  });
}

/** What key results and initiatives take from their objective (initiatives keep their team). */
const INHERITED: InputKey[] = ['level', 'team', 'period'];

/**
 * Key results and initiatives share their objective's level and period, and key results its
 * team (an initiative may be done by another team): copies them down from `top`'s parent (when
 * top is not an objective) and from top to everything below it. Returns the items that changed.
 */
function cascadeFromParents(tab: OkrTab, top: SheetItem): SheetItem[] {
  const byId = indexById(tab.items);
  const changed: SheetItem[] = [];
  // descendantsOf lists each item before the items below it, so values flow down in one pass.
  for (const item of [top, ...descendantsOf(tab.items, top.id)]) {
    if (item.type === 'objective' || !item.parentId) continue;
    const parent = byId.get(item.parentId.toUpperCase());
    if (!parent) continue;
    const team = item.type === 'keyResult' ? parent.team : item.team;
    if (item.level !== parent.level || item.team !== team || item.period !== parent.period) {
      item.level = parent.level;
      item.team = team;
      item.period = parent.period;
      changed.push(item);
    }
  }
  return changed;
}

export function moveItem(req: MoveRequest): MutationResult {
  return run((lang) => {
    const v = new Validator(lang);
    const body = v.object(req);
    const id = v.id(body.id, 'id', true);
    const parentId = v.id(body.parentId, 'parentId');
    const ctx = openContext();
    return withDocumentLock(lang, () => {
      const tab = readTabForWriting(ctx);
      const item = findItem(ctx, tab, id);
      const moved = { ...item, parentId };
      checkLinks(ctx, tab, moved, item);
      const changed = item.parentId.toUpperCase() !== moved.parentId.toUpperCase();
      item.parentId = moved.parentId;
      // The rows go under the new parent (the tab in memory follows).
      if (changed && moved.parentId) moveUnderParent(tab, item, findItem(ctx, tab, moved.parentId));
      // Level, team and period come from the new parent, for the item and everything below it;
      // so do their formulas (the tier follows the new parent).
      cascadeFromParents(tab, item);
      rewriteRows(ctx, tab, [item], ['parentId', ...INHERITED]);
      rewriteRows(ctx, tab, descendantsOf(tab.items, item.id), INHERITED);
      relinkChains(tab, formulaContext(tab, ctx.settings));
      if (!parentId) return result(ctx, item.id, 'done.movedTop', { id: item.id }, tab);
      return result(ctx, item.id, 'done.moved', { id: item.id, parent: moved.parentId }, tab);
    });
  });
}

export function deleteItem(req: DeleteRequest): MutationResult {
  return run((lang) => {
    const v = new Validator(lang);
    const body = v.object(req);
    const id = v.id(body.id, 'id', true);
    const withChildren = v.bool(body.withChildren, 'withChildren');
    const ctx = openContext();
    return withDocumentLock(lang, () => {
      const tab = readTabForWriting(ctx);
      const item = findItem(ctx, tab, id);
      const below = descendantsOf(tab.items, item.id);
      if (below.length > 0 && !withChildren) {
        throw userError(lang, 'err.hasChildren', { id: item.id, count: below.length });
      }
      const doomed = [item, ...below];
      const doomedIds = new Set(doomed.map((d) => d.id.toUpperCase()));
      // Keep the ID marks (never reuse the deleted IDs).
      idAllocator(tab).save();
      // Alignments to a deleted item are cleared, not left dangling.
      for (const other of tab.items) {
        if (doomedIds.has(other.id.toUpperCase())) continue;
        if (other.alignedTo && doomedIds.has(other.alignedTo.toUpperCase())) {
          other.alignedTo = '';
          rewriteRows(ctx, tab, [other], ['alignedTo']);
        }
      }
      const rows = [...new Set(doomed.map((d) => d.row))].sort((a, b) => b - a);
      let i = 0;
      while (i < rows.length) {
        let j = i;
        while (j + 1 < rows.length && rows[j + 1] === (rows[j] as number) - 1) j++;
        const bottom = rows[i] as number;
        const top = rows[j] as number;
        tab.sheet.deleteRows(top, bottom - top + 1);
        i = j + 1;
      }
      // The answer's snapshot from the tab in memory (the rows gone, the ones below moved up),
      // not from a second read of every cell. In row order, one pass counts the rows above.
      const deleted = [...rows].reverse();
      const gone = new Set(deleted);
      const kept = tab.items.filter((other) => !gone.has(other.row)).sort((a, b) => a.row - b.row);
      let above = 0;
      for (const other of kept) {
        while (above < deleted.length && (deleted[above] as number) < other.row) above++;
        other.row -= above;
      }
      relinkChains({ ...tab, items: kept }, formulaContext(tab, ctx.settings));
      return result(
        ctx,
        item.id,
        'done.deleted',
        { count: doomed.length },
        { ...tab, items: kept },
      );
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Check-ins

function who(): string {
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

export function checkIn(req: CheckInRequest): MutationResult {
  return run((lang) => {
    const v = new Validator(lang);
    const body = v.object(req);
    const id = v.id(body.id, 'id', true);
    const note = v.text(body.note, 'note');
    const confidence = v.confidence(body.confidence);
    const ctx = openContext();
    return withDocumentLock(lang, () => {
      const tab = readTabForWriting(ctx);
      const item = findItem(ctx, tab, id);
      if (item.type !== 'keyResult') throw userError(lang, 'err.notKeyResult', { id: item.id });
      if (item.closed) {
        const next = tab.items.find((i) => i.sourceId.toUpperCase() === item.id.toUpperCase());
        const parsed = tryParsePeriod(item.period);
        const period = parsed ? formatPeriod(parsed, lang) : item.period || '—';
        throw next
          ? userError(lang, 'err.closedContinued', { id: item.id, period, next: next.id })
          : userError(lang, 'err.closed', { id: item.id, period });
      }
      const value = v.current(body.value, item.kind === 'milestone');
      if (value === '') throw userError(lang, 'err.required', { field: t(lang, 'field.value') });
      item.current = value;
      if (confidence) item.confidence = confidence;
      item.lastCheckIn = ctx.today.iso;
      const fields: InputKey[] = ['current', 'lastCheckIn'];
      if (confidence) fields.push('confidence');
      const [formats] = rewriteRows(ctx, tab, [item], fields);
      if (!ctx.tabs.checkins) ensureSideTabs(ctx, ctx.settings.lang);
      // The value is logged in the key result's number format (its Current cell's).
      const col = tab.columns.current;
      const currentFormat =
        col === undefined || typeof value !== 'number'
          ? ''
          : (formats?.[col] ?? tab.sheet.getRange(item.row, col + 1).getNumberFormat());
      appendCheckIn(
        ctx.tabs.checkins as Sheet,
        [
          new Date(),
          protectText(item.id),
          protectCell(value),
          confidence ? protectText(confidenceName(confidence, ctx.settings.lang)) : '',
          protectText(note),
          protectText(who()),
        ],
        logFormat(value, currentFormat),
      );
      const mark = decimalMarkOf(ctx.locale);
      const shown =
        typeof value === 'number'
          ? showInUnit(value, item.unit, (n) => inputText(n, '', mark))
          : String(value);
      return result(ctx, item.id, 'done.checkIn', { id: item.id, value: shown }, tab);
    });
  });
}

export function getCheckIns(req: { id: string }): CheckIn[] {
  return run((lang) => {
    const v = new Validator(lang);
    const id = v.id(v.object(req).id, 'id', true);
    const ctx = openContext();
    return readCheckIns(ctx).filter((c) => c.keyResultId.toUpperCase() === id);
  });
}

/** The whole check-in log, newest first (one read). */
export function readCheckIns(ctx: Context): CheckIn[] {
  const sheet = ctx.tabs.checkins;
  if (!sheet) return [];
  const values = sheet.getDataRange().getValues();
  const map = matchCheckInHeader(values[0] ?? []);
  const fmt = dateFormatter(ctx.tz);
  const out: CheckIn[] = [];
  const at = (row: unknown[], key: keyof typeof map) =>
    map[key] === undefined ? '' : row[map[key] as number];
  for (const row of values.slice(1)) {
    const krId = String(at(row, 'keyResultId') ?? '').trim();
    if (!krId) continue;
    const ts = at(row, 'timestamp');
    const value = at(row, 'value');
    out.push({
      timestamp: isDate(ts) ? fmt(ts, true).replace(' ', 'T') : String(ts ?? ''),
      keyResultId: krId,
      value: isDate(value) ? fmt(value) : (value as Cell),
      confidence: parseConfidence(at(row, 'confidence')) ?? '',
      note: String(at(row, 'note') ?? ''),
      who: String(at(row, 'who') ?? ''),
    });
  }
  return out.sort((a, b) => (a.timestamp < b.timestamp ? 1 : a.timestamp > b.timestamp ? -1 : 0));
}

// ---------------------------------------------------------------------------------------------
// Health and repair

export function healthFindings(ctx: Context, tab: OkrTab): HealthFinding[] {
  const views = computeViews(
    tab.items,
    ctx.today.serial,
    ctx.settings.thresholds,
    ctx.lang,
    decimalMarkOf(ctx.locale),
  );
  // Columns the add-on's formulas need: the tab as a whole cannot compute without them.
  const { visible, hidden } = missingFormulaColumns(tab);
  const columns: HealthFinding[] = [];
  if (visible.length > 0 || hidden.length > 0) {
    const key = visible.length > 0 ? 'health.missingColumns' : 'health.outdatedColumns';
    columns.push({
      rule: visible.length > 0 ? 'missingColumns' : 'outdatedColumns',
      severity: 'error',
      id: '',
      row: 0,
      message: t(ctx.lang, key, { columns: visible.map((c) => c.header[ctx.lang]).join(', ') }),
      fix: t(ctx.lang, 'fix.repair'),
    });
  }
  return [
    ...columns,
    ...runHealthRules(views, tab.issues, {
      lang: ctx.lang,
      todaySerial: ctx.today.serial,
      columnName: (key) => COLUMN_BY_KEY[key].header[ctx.lang],
      formulaGaps: hidden.length > 0 || visible.length > 0 ? [] : tabFormulaGaps(tab, ctx.settings),
    }),
  ];
}

export function runHealthCheck(_req?: Record<string, never>): HealthFinding[] {
  return run(() => {
    const ctx = openContext();
    return healthFindings(ctx, readTab(ctx));
  });
}

/**
 * Rewrites formulas, validation and formatting; adds missing columns at the end; gives rows
 * without an ID (and later copies of a duplicated ID) a new one. People's values stay as they
 * are. Calls: a constant number per column run, whatever the number of rows. Returns the tab
 * with its items as repaired (null when an empty tab was rewritten from scratch).
 */
/** What a Repair did, for its message (done.repaired / done.repairedNothing). */
export interface RepairReport {
  /** Rows whose formula cells were rewritten. */
  formulaRows: number;
  /** IDs given to rows without one (or to later copies of a duplicated one). */
  ids: number;
  /** Headers of the columns added back. */
  columns: string[];
  /** The tab was empty and laid out afresh. */
  fresh: boolean;
}

export function repairTab(
  ctx: Context,
  deadline: Deadline = startDeadline(),
  report: RepairReport = { formulaRows: 0, ids: 0, columns: [], fresh: false },
): OkrTab | null {
  const sheet = requireOkr(ctx);
  let tab = readOkrTab(sheet, ctx.tz, ctx.lang, false, decimalMarkOf(ctx.locale));
  // Everything below writes: refuse now if the read already used up the time budget.
  deadline.beforeWriting(ctx.lang);
  ensureSideTabs(ctx, ctx.settings.lang);
  const lang = ctx.settings.lang;
  if (tab.header.headerRow === 0 && tab.lastRow <= 1 && tab.items.length === 0) {
    // An emptied tab: rows keep no old look (bold, tints) before it is laid out afresh.
    const rows = sheet.getMaxRows();
    if (rows > 1) sheet.getRange(2, 1, rows - 1, sheet.getMaxColumns()).clearFormat();
    writeFreshOkrTab(ctx, sheet, []);
    report.fresh = true;
    return null;
  }
  // Missing columns go to the end, with their header.
  const missing = OKR_COLUMNS.filter((c) => tab.columns[c.key] === undefined);
  report.columns = missing.map((c) => c.header[lang]);
  if (missing.length > 0) {
    const start = tab.width;
    if (sheet.getMaxColumns() < start + missing.length) {
      sheet.insertColumnsAfter(
        sheet.getMaxColumns(),
        start + missing.length - sheet.getMaxColumns(),
      );
    }
    sheet
      .getRange(tab.headerRow, start + 1, 1, missing.length)
      .setValues([missing.map((c) => c.header[lang])]);
    tab = readOkrTab(sheet, ctx.tz, ctx.lang, false, decimalMarkOf(ctx.locale));
  }
  const columns = tab.columns;
  const width = Math.max(tab.width, ...Object.values(columns).map((c) => (c as number) + 1));
  // IDs: fill blanks, renumber later duplicates; only those cells are written (a run of
  // consecutive rows per setValues), every other ID stays as the person typed it.
  const { ids, save } = idAllocator(tab);
  const seen = new Set<string>();
  const newIds = new Map<number, Cell>();
  const byRow = new Map<number, SheetItem>();
  for (const item of tab.items) byRow.set(item.row, item);
  for (const item of tab.items) {
    const key = item.id.toUpperCase();
    if (!key || seen.has(key)) {
      item.id = ids.next(item.type);
      newIds.set(item.row, protectText(item.id));
    }
    seen.add(item.id.toUpperCase());
  }
  const n = tab.lastRow - tab.headerRow;
  writeColumnRuns(sheet, columns.id as number, newIds);
  report.ids = newIds.size;
  save();
  // Formulas: one setValues per contiguous run of formula columns.
  const fctx = formulaContext(tab, ctx.settings);
  const byId = indexById(tab.items);
  // The formula and helper columns in sheet order (people may have moved them).
  const formulaKeys = OKR_COLUMNS.filter((c) => c.role !== 'input')
    .map((c) => c.key)
    .sort((a, b) => (columns[a] as number) - (columns[b] as number));
  const cols = formulaKeys.map((k) => columns[k] as number);
  if (n > 0) {
    // Per row its template's pieces per column (blank rows: all empty; null: a cell the row
    // keeps as it is, such as a closed row's grade). Texts are only built for rows written.
    const rows: RowParts[] = [];
    const blank = formulaKeys.map(() => [''] as readonly string[]);
    const partsOf = new Map<RowTemplate, RowParts['parts']>();
    for (let r = tab.headerRow + 1; r <= tab.lastRow; r++) {
      const item = byRow.get(r);
      if (!item) {
        rows.push({ parts: blank, rowText: String(r) });
        continue;
      }
      const template = rowTemplate(shapeOf(item, byId), fctx);
      let parts = partsOf.get(template);
      if (!parts) {
        const byKey = new Map(template);
        parts = formulaKeys.map((k) => byKey.get(k) ?? null);
        partsOf.set(template, parts);
      }
      rows.push({ parts, rowText: rowSlots(item, byId) });
    }
    const rewritten = new Set<number>();
    let i = 0;
    while (i < cols.length) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === (cols[j] as number) + 1) j++;
      rewriteChangedRows(sheet, tab, rows, i, j, cols[i] as number, rewritten);
      i = j + 1;
    }
    report.formulaRows = rewritten.size;
  }
  applyHeaderLayout(sheet, columns, tab.headerRow, missing.length === OKR_COLUMNS.length);
  applyRowStyles(sheet, columns, tab.headerRow, tab.lastRow, width, tab.items);
  applyColumnRules(sheet, columns, tab.headerRow, formatRows(tab.lastRow, tab.headerRow), lang);
  return tab;
}

/** A row's template pieces per formula column (null: the cell is kept as it is). */
interface RowParts {
  parts: (readonly string[] | null)[];
  rowText: RowText;
}

/**
 * Writes the formula columns i..j (one contiguous run starting at 0-based column `col`) where
 * the sheet differs from the rows' templates: one read of the run's formulas, then one write of
 * the rows from the first to the last that differ, or none. On a healthy tab Repair writes
 * nothing, so Sheets has nothing to recalculate. The rows that differ are added to `differing`
 * (by index).
 */
function rewriteChangedRows(
  sheet: Sheet,
  tab: OkrTab,
  rows: readonly RowParts[],
  i: number,
  j: number,
  col: number,
  differing: Set<number>,
): void {
  const first = tab.headerRow + 1;
  const width = j - i + 1;
  const formulas = sheet.getRange(first, col + 1, rows.length, width).getFormulas();
  const differs = (k: number): boolean => {
    const { parts, rowText } = rows[k] as (typeof rows)[number];
    const has = formulas[k] ?? [];
    const values = tab.values[first - 1 + k] ?? [];
    for (let x = 0; x < width; x++) {
      const want = parts[i + x];
      if (!want) continue; // kept as it is
      if (!templateMatches(want, rowText, has[x] ?? '')) return true;
      if (want.length === 1 && want[0] === '' && (values[col + x] ?? '') !== '') return true;
    }
    return false;
  };
  let lo = -1;
  let hi = -1;
  for (let k = 0; k < rows.length; k++) {
    if (!differs(k)) continue;
    differing.add(k);
    if (lo < 0) lo = k;
    hi = k;
  }
  if (lo < 0) return;
  const block: Cell[][] = [];
  for (let k = lo; k <= hi; k++) {
    const { parts, rowText } = rows[k] as (typeof rows)[number];
    const values = tab.values[first - 1 + k] ?? [];
    block.push(
      parts.slice(i, j + 1).map((p, x) => {
        if (p) return templateText(p, rowText);
        // Kept: its formula, or its value (text protected, so it stays text).
        const formula = formulas[k]?.[x];
        if (formula) return formula;
        return protectCell((values[col + x] ?? '') as Cell);
      }),
    );
  }
  setValuesInChunks(sheet, first + lo, col + 1, block);
}

/** Repair's answer: what it fixed, or that nothing needed fixing. */
function repairResult(ctx: Context, report: RepairReport, tab?: OkrTab): MutationResult {
  const lang = ctx.lang;
  const fixed: string[] = [];
  if (report.fresh) fixed.push(t(lang, 'repair.fresh'));
  if (report.columns.length > 0)
    fixed.push(t(lang, 'repair.columns', { columns: report.columns.join(', ') }));
  if (report.ids > 0) fixed.push(t(lang, 'repair.ids', { count: report.ids }));
  if (report.formulaRows > 0) fixed.push(t(lang, 'repair.formulas', { count: report.formulaRows }));
  if (fixed.length === 0) return result(ctx, '', 'done.repairedNothing', {}, tab);
  return result(ctx, '', 'done.repaired', { fixed: fixed.join('; ') }, tab);
}

export function repairSheet(_req?: Record<string, never>): MutationResult {
  return run((lang) => {
    const deadline = startDeadline();
    const ctx = openContext();
    requireOkr(ctx);
    return withDocumentLock(lang, () => {
      const report: RepairReport = { formulaRows: 0, ids: 0, columns: [], fresh: false };
      const tab = repairTab(ctx, deadline, report);
      return repairResult(ctx, report, tab ?? undefined);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Selection and language

export function selectItem(req: { id: string }): void {
  run((lang) => {
    const v = new Validator(lang);
    const id = v.id(v.object(req).id, 'id', true);
    const ctx = openContext();
    const tab = readTab(ctx);
    const item = findItem(ctx, tab, id);
    ctx.ss.setActiveSheet(tab.sheet);
    tab.sheet.getRange(item.row, 1, 1, Math.max(tab.width, 1)).activate();
  });
}

export function setLanguage(req: { lang: Lang }): SnapshotWire {
  return run((lang) => {
    const v = new Validator(lang);
    const body = v.object(req);
    if (body.lang !== 'en' && body.lang !== 'nl') {
      throw userError(lang, 'err.notAllowed', {
        field: t(lang, 'field.lang'),
        value: quoteValue(body.lang),
        allowed: 'en, nl',
      });
    }
    setUserLang(body.lang);
    const ctx = openContext();
    return buildSnapshot(ctx, undefined, body.lang);
  });
}

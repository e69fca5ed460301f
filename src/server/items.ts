// Adding, editing, moving and deleting items (the sidebar's Add and Edit). Which type goes
// under which, what children inherit and where a new row goes are the core's rules
// (src/core/hierarchy.ts); this file checks the request, applies them to the tab in memory and
// writes only the rows that changed (okr-writer.ts).
import type { InputKey } from '../core/columns';
import { t, type Lang } from './i18n';
import {
  INHERITED,
  cascadeFromParents,
  checkLinks,
  descendantsOf,
  inheritedFrom,
  type LinkProblem,
} from '../core/hierarchy';
import type { ItemInput, OkrItem } from '../core/model';
import { emptyItem } from '../core/model';
import { indexById, ITEM_CELL_KEYS, type SheetItem } from '../core/okr-rows';
import { periodKey, quarterOfSerial } from '../core/period';
import type { DeleteRequest, MoveRequest, MutationResult, UpdateRequest } from '../shared/rpc';
import { answer } from './answer';
import { userError, type UserError } from './errors';
import { applyRowStyles } from './formatting';
import { moveUnderParent } from './move-rows';
import { formulaContext, idAllocator, type OkrTab } from './okr-sheet';
import { deleteItems, insertItem, rewriteRows } from './okr-writer';
import { relinkChains } from './relink';
import { readTabForWriting } from './repair';
import { serve, type Context, type Session } from './session';
import type { Validator } from './validate';

function typeName(lang: Lang, type: OkrItem['type']): string {
  return t(lang, `type.${type}`).toLowerCase();
}

/** A link the hierarchy refuses, in the person's words. */
function linkError(lang: Lang, p: LinkProblem): UserError {
  if (p.problem === 'parentNeeded' || p.problem === 'wrongParent') {
    const types = { type: typeName(lang, p.type), parentType: typeName(lang, p.parentType) };
    if (p.problem === 'parentNeeded') return userError(lang, 'err.parentNeeded', types);
    return userError(lang, 'err.wrongParent', { ...types, id: p.id });
  }
  return userError(lang, `err.${p.problem}`, { id: p.id });
}

function requireLinks(ctx: Context, tab: OkrTab, item: OkrItem, self?: SheetItem): void {
  const problem = checkLinks(tab.items, item, self);
  if (problem) throw linkError(ctx.lang, problem);
}

export function findItem(ctx: Context, tab: OkrTab, id: string): SheetItem {
  const item = indexById(tab.items).get(id.toUpperCase());
  if (!item) throw userError(ctx.lang, 'err.unknownId', { id });
  return item;
}

/**
 * An action on one item: the request's `id` and what `read` takes from it checked first, then,
 * under the lock, the tab read for writing and the item found.
 */
export function onItem<R>(
  req: unknown,
  read: (s: Session, body: Record<string, unknown>) => R,
  work: (ctx: Context, tab: OkrTab, item: SheetItem, request: R, s: Session) => MutationResult,
): MutationResult {
  return serve(req, (s) => {
    const body = s.body();
    const id = s.v.id(body.id, 'id', true);
    const request = read(s, body);
    return s.locked((ctx) => {
      const tab = readTabForWriting(ctx);
      return work(ctx, tab, findItem(ctx, tab, id), request, s);
    });
  });
}

/** The fields an edit may change: every input but the ID, the type, Last check-in and Closed. */
const FIXED: ReadonlySet<InputKey> = new Set<InputKey>(['id', 'type', 'lastCheckIn', 'closed']);
const UPDATABLE: readonly InputKey[] = ITEM_CELL_KEYS.filter((k) => !FIXED.has(k));

/** The request's fields over `base` (`partial`: only the fields the request names). */
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
  return serve(req, (s) => {
    const body = s.body();
    const type = s.v.type(body.type);
    return s.locked((ctx) => {
      const tab = readTabForWriting(ctx);
      const item = readInput(s.v, body, emptyItem(type), false);
      requireLinks(ctx, tab, item);
      // Defaults from the parent: level, team, period (and owner for key results).
      const parent = item.parentId
        ? indexById(tab.items).get(item.parentId.toUpperCase())
        : undefined;
      if (parent) {
        const inherited = inheritedFrom(parent, item);
        if (body.level === undefined || body.level === '') item.level = inherited.level;
        if (!item.team) item.team = parent.team;
        if (!item.period) item.period = inherited.period;
        if (!item.owner && type === 'keyResult') item.owner = parent.owner;
      }
      if (!item.period) item.period = periodKey(quarterOfSerial(ctx.today.serial));
      const { ids, save } = idAllocator(tab);
      item.id = ids.next(type);
      const placed = insertItem(tab, item, ctx.settings);
      save();
      relinkChains(tab, formulaContext(tab, ctx.settings), [placed]);
      return answer(ctx, item.id, 'done.added', { id: item.id }, tab);
    });
  });
}

/**
 * Puts `item` under the parent it now names (after the links were checked): its rows move under
 * the parent and level, team and period come down to it and everything below it; their rows are
 * rewritten (`fields` of the item itself, the inherited ones below).
 */
function placeUnder(
  ctx: Context,
  tab: OkrTab,
  item: SheetItem,
  fields: readonly InputKey[],
  moved: boolean,
): void {
  if (moved && item.parentId) moveUnderParent(tab, item, findItem(ctx, tab, item.parentId));
  const inherited = cascadeFromParents(tab.items, item);
  const own = inherited.includes(item) ? [...new Set<InputKey>([...fields, ...INHERITED])] : fields;
  rewriteRows(tab, ctx.settings, [item], own);
  const below = descendantsOf(tab.items, item.id);
  if (below.length > 0 && (inherited.length > 0 || fields.includes('level') || moved))
    rewriteRows(tab, ctx.settings, below, INHERITED);
}

/**
 * An edit, a new parent included, in one call under one lock: the rows go under the new parent
 * (as moveItem does), and level, team and period come down when one of them or the parent
 * changed.
 */
export function updateItem(req: UpdateRequest): MutationResult {
  return onItem(
    req,
    (s, body) => s.v.object(body.changes),
    (ctx, tab, current, changes, s) => {
      const next = readInput(s.v, changes, current, true) as SheetItem;
      const changed = UPDATABLE.filter((k) => Object.prototype.hasOwnProperty.call(changes, k));
      if (changed.includes('parentId') || changed.includes('alignedTo'))
        requireLinks(ctx, tab, next, current);
      const newParent =
        changed.includes('parentId') &&
        next.parentId.toUpperCase() !== current.parentId.toUpperCase();
      Object.assign(current, next);
      if (newParent || changed.some((k) => (INHERITED as readonly string[]).includes(k))) {
        placeUnder(ctx, tab, current, changed, newParent);
      } else rewriteRows(tab, ctx.settings, [current], changed);
      if (changed.includes('unit') || changed.includes('level')) {
        applyRowStyles(tab.sheet, tab.columns, current.row - 1, current.row, tab.width, [current]);
      }
      relinkChains(tab, formulaContext(tab, ctx.settings));
      return answer(ctx, current.id, 'done.updated', { id: current.id }, tab);
    },
  );
}

export function moveItem(req: MoveRequest): MutationResult {
  return onItem(
    req,
    (s, body) => s.v.id(body.parentId, 'parentId'),
    (ctx, tab, item, parentId) => {
      const moved = { ...item, parentId };
      requireLinks(ctx, tab, moved, item);
      const changed = item.parentId.toUpperCase() !== moved.parentId.toUpperCase();
      item.parentId = moved.parentId;
      placeUnder(ctx, tab, item, ['parentId', ...INHERITED], changed);
      relinkChains(tab, formulaContext(tab, ctx.settings));
      if (!parentId) return answer(ctx, item.id, 'done.movedTop', { id: item.id }, tab);
      return answer(ctx, item.id, 'done.moved', { id: item.id, parent: moved.parentId }, tab);
    },
  );
}

export function deleteItem(req: DeleteRequest): MutationResult {
  return onItem(
    req,
    (s, body) => s.v.bool(body.withChildren, 'withChildren'),
    (ctx, tab, item, withChildren) => {
      const below = descendantsOf(tab.items, item.id);
      if (below.length > 0 && !withChildren) {
        throw userError(ctx.lang, 'err.hasChildren', { id: item.id, count: below.length });
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
          rewriteRows(tab, ctx.settings, [other], ['alignedTo']);
        }
      }
      deleteItems(tab, doomed);
      relinkChains(tab, formulaContext(tab, ctx.settings));
      return answer(ctx, item.id, 'done.deleted', { count: doomed.length }, tab);
    },
  );
}

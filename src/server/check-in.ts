// Checking in on key results (the sidebar's My check-ins and Check in) and reading their
// history. `checkInMany` saves several check-ins at once, all or nothing: every entry is checked
// first (the request by the Validator, then, under the lock, against the tab as read) and an
// entry that fails is named with what to do, before anything is written. Then it writes only
// Current, Confidence and Last check-in of the key results that changed (check-in-cells.ts)
// and one line per entry on the check-ins tab (checkin-log.ts), in a number of service calls
// that does not grow with the number of entries. `checkIn` is checkInMany of one.
import { CHECK_IN_BATCH } from '../core/limits';
import type { CheckIn } from '../core/model';
import { indexById, type SheetItem } from '../core/okr-rows';
import { formatPeriod, tryParsePeriod } from '../core/period';
import { inputText, showInUnit } from '../core/units';
import { decimalMarkOf } from '../core/values';
import type { Confidence } from '../core/vocabulary';
import type { CheckInManyRequest, CheckInRequest, MutationResult } from '../shared/rpc';
import { answer } from './answer';
import { writeCheckIns, type CheckInWrite } from './check-in-cells';
import { readCheckIns } from './checkin-log';
import { toUserError, userError, type UserError } from './errors';
import { t, type Lang } from './i18n';
import type { OkrTab } from './okr-sheet';
import { readTabForWriting } from './repair';
import { serve, type Session } from './session';

/** An entry as the request checked it (its value is checked against its key result later). */
interface Entry {
  id: string;
  value: unknown;
  confidence: Confidence | '';
  note: string;
}

/**
 * A problem with one entry: "Nothing was saved. KR-3: …" in the person's language (`named`);
 * a single check-in's problem as it is.
 */
function entryError(lang: Lang, id: string, err: unknown, named: boolean): UserError {
  const problem = toUserError(err, lang);
  return named ? userError(lang, 'err.entry', { id, problem: problem.message }) : problem;
}

/** The request's entries, each checked by the Validator; the first bad one is named. */
function readEntries(s: Session, raw: unknown, named: boolean): Entry[] {
  if (!Array.isArray(raw)) {
    throw userError(s.lang, 'err.badRequest', { detail: 'entries must be a list' });
  }
  if (raw.length === 0) throw userError(s.lang, 'err.noEntries');
  if (raw.length > CHECK_IN_BATCH) {
    throw userError(s.lang, 'err.tooManyEntries', { count: raw.length, max: CHECK_IN_BATCH });
  }
  const seen = new Set<string>();
  return raw.map((value, i) => {
    // An entry without a usable ID is named by its place in the list.
    let name = `#${i + 1}`;
    try {
      const body = s.v.object(value);
      const id = s.v.id(body.id, 'id', true);
      name = id;
      if (seen.has(id)) throw userError(s.lang, 'err.twiceInOneSave', { id });
      seen.add(id);
      return {
        id,
        value: body.value,
        confidence: s.v.confidence(body.confidence),
        note: s.v.text(body.note, 'note'),
      };
    } catch (err) {
      throw entryError(s.lang, name, err, named);
    }
  });
}

/** An entry against the tab as read: an open key result and a value it takes. */
function checkEntry(s: Session, tab: OkrTab, byId: Map<string, SheetItem>, e: Entry): CheckInWrite {
  const lang = s.lang;
  const item = byId.get(e.id);
  if (!item) throw userError(lang, 'err.unknownId', { id: e.id });
  if (item.type !== 'keyResult') throw userError(lang, 'err.notKeyResult', { id: item.id });
  if (item.closed) {
    const next = tab.items.find((i) => i.sourceId.toUpperCase() === item.id.toUpperCase());
    const parsed = tryParsePeriod(item.period);
    const period = parsed ? formatPeriod(parsed, lang) : item.period || '—';
    throw next
      ? userError(lang, 'err.closedContinued', { id: item.id, period, next: next.id })
      : userError(lang, 'err.closed', { id: item.id, period });
  }
  const value = s.v.current(e.value, item.kind === 'milestone');
  if (value === '') throw userError(lang, 'err.required', { field: t(lang, 'field.value') });
  return { item, value, confidence: e.confidence, note: e.note };
}

/** Saves every entry or none; answers with the snapshot, as every action does. */
export function checkInMany(req: CheckInManyRequest): MutationResult {
  return serve(req, (s) => save(s, s.body().entries, true));
}

/** One check-in: checkInMany of one entry (its problems said as they are, without the list's). */
export function checkIn(req: CheckInRequest): MutationResult {
  return serve(req, (s) => save(s, [s.body()], false));
}

function save(s: Session, raw: unknown, named: boolean): MutationResult {
  const entries = readEntries(s, raw, named);
  return s.locked((ctx) => {
    const tab = readTabForWriting(ctx);
    const byId = indexById(tab.items);
    const writes = entries.map((e) => {
      try {
        return checkEntry(s, tab, byId, e);
      } catch (err) {
        throw entryError(ctx.lang, e.id, err, named);
      }
    });
    writeCheckIns(ctx, tab, writes);
    const mark = decimalMarkOf(ctx.locale);
    const shown = (w: CheckInWrite) =>
      typeof w.value === 'number'
        ? showInUnit(w.value, w.item.unit, (n) => inputText(n, '', mark))
        : String(w.value);
    if (writes.length === 1) {
      const only = writes[0] as CheckInWrite;
      const id = only.item.id;
      return answer(ctx, id, 'done.checkIn', { id, value: shown(only) }, tab);
    }
    const ids = writes.map((w) => w.item.id).join(', ');
    return answer(ctx, '', 'done.checkInMany', { count: writes.length, ids }, tab);
  });
}

/** A key result's check-ins, newest first. */
export function getCheckIns(req: { id: string }): CheckIn[] {
  return serve(req, (s) => {
    const id = s.v.id(s.body().id, 'id', true);
    return readCheckIns(s.context()).filter((c) => c.keyResultId.toUpperCase() === id);
  });
}

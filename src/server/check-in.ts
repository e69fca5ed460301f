// Checking in on a key result (the sidebar's Check in) and reading its history. A check-in
// writes only Current, Confidence and Last check-in of the key result's row, then one line on
// the check-ins tab (checkin-log.ts).
import type { InputKey } from '../core/columns';
import { t } from './i18n';
import type { CheckIn } from '../core/model';
import { formatPeriod, tryParsePeriod } from '../core/period';
import type { CheckInRequest, MutationResult } from '../shared/rpc';
import { answer } from './answer';
import { appendCheckIn, readCheckIns } from './checkin-log';
import { userError } from './errors';
import { findItem } from './items';
import { rewriteRows } from './okr-writer';
import { readTabForWriting } from './repair';
import { serve } from './session';

export function checkIn(req: CheckInRequest): MutationResult {
  return serve(req, (s) => {
    const { v, lang } = s;
    const body = s.body();
    const id = v.id(body.id, 'id', true);
    const note = v.text(body.note, 'note', 2000);
    const confidence = v.confidence(body.confidence);
    return s.locked((ctx) => {
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
      rewriteRows(tab, ctx.settings, [item], fields);
      appendCheckIn(ctx, item.id, value, confidence, note);
      const shown =
        typeof value === 'number' && item.unit === '%'
          ? `${Math.round(value * 1000) / 10}%`
          : String(value);
      return answer(ctx, item.id, 'done.checkIn', { id: item.id, value: shown }, tab);
    });
  });
}

/** A key result's check-ins, newest first. */
export function getCheckIns(req: { id: string }): CheckIn[] {
  return serve(req, (s) => {
    const id = s.v.id(s.body().id, 'id', true);
    return readCheckIns(s.context()).filter((c) => c.keyResultId.toUpperCase() === id);
  });
}

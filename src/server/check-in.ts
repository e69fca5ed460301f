// Checking in on a key result (the sidebar's Check in) and reading its history. A check-in
// writes only Current, Confidence and Last check-in of the key result's row, then one line on
// the check-ins tab (checkin-log.ts).
import type { InputKey } from '../core/columns';
import { t } from './i18n';
import type { CheckIn } from '../core/model';
import { formatPeriod, tryParsePeriod } from '../core/period';
import { inputText, showInUnit } from '../core/units';
import { decimalMarkOf } from '../core/values';
import type { CheckInRequest, MutationResult } from '../shared/rpc';
import { answer } from './answer';
import { appendCheckIn, logFormat, readCheckIns } from './checkin-log';
import { userError } from './errors';
import { onItem } from './items';
import { rewriteRows } from './okr-writer';
import { serve } from './session';

export function checkIn(req: CheckInRequest): MutationResult {
  return onItem(
    req,
    (s, body) => ({
      note: s.v.text(body.note, 'note'),
      confidence: s.v.confidence(body.confidence),
      value: body.value,
    }),
    (ctx, tab, item, { note, confidence, value: raw }, { v, lang }) => {
      if (item.type !== 'keyResult') throw userError(lang, 'err.notKeyResult', { id: item.id });
      if (item.closed) {
        const next = tab.items.find((i) => i.sourceId.toUpperCase() === item.id.toUpperCase());
        const parsed = tryParsePeriod(item.period);
        const period = parsed ? formatPeriod(parsed, lang) : item.period || '—';
        throw next
          ? userError(lang, 'err.closedContinued', { id: item.id, period, next: next.id })
          : userError(lang, 'err.closed', { id: item.id, period });
      }
      const value = v.current(raw, item.kind === 'milestone');
      if (value === '') throw userError(lang, 'err.required', { field: t(lang, 'field.value') });
      item.current = value;
      if (confidence) item.confidence = confidence;
      item.lastCheckIn = ctx.today.iso;
      const fields: InputKey[] = ['current', 'lastCheckIn'];
      if (confidence) fields.push('confidence');
      const [formats] = rewriteRows(tab, ctx.settings, [item], fields);
      // The value is logged in the key result's number format (its Current cell's).
      const col = tab.columns.current;
      const currentFormat =
        col === undefined || typeof value !== 'number'
          ? ''
          : (formats?.[col] ?? tab.sheet.getRange(item.row, col + 1).getNumberFormat());
      appendCheckIn(ctx, item.id, value, confidence, note, logFormat(value, currentFormat));
      const mark = decimalMarkOf(ctx.locale);
      const shown =
        typeof value === 'number'
          ? showInUnit(value, item.unit, (n) => inputText(n, '', mark))
          : String(value);
      return answer(ctx, item.id, 'done.checkIn', { id: item.id, value: shown }, tab);
    },
  );
}

/** A key result's check-ins, newest first. */
export function getCheckIns(req: { id: string }): CheckIn[] {
  return serve(req, (s) => {
    const id = s.v.id(s.body().id, 'id', true);
    return readCheckIns(s.context()).filter((c) => c.keyResultId.toUpperCase() === id);
  });
}

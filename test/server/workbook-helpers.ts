// Helpers for the workbook's server tests: a local spreadsheet with the built add-on loaded,
// and readers that look at the OKR tab the way a person would (evaluated values by header).
import fs from 'node:fs';
import path from 'node:path';
import {
  createSpreadsheet,
  loadAddon,
  type LocalAddon,
  type LocalSpreadsheet,
} from '../../dev/runtime';
import { TAB_METADATA_KEY, matchHeader, type ColumnKey } from '../../src/core/columns';
import type { ItemInput, ItemView } from '../../src/core/model';
import type { MutationResult, Received, Snapshot, SnapshotWire } from '../../src/shared/rpc';
import { receive } from '../../src/shared/snapshot-wire';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

export interface Setup {
  ss: LocalSpreadsheet;
  addon: LocalAddon;
}

export function fresh(
  opts: { locale?: string; today?: string; userLocale?: string; evaluate?: boolean } = {},
): Setup {
  const ss = createSpreadsheet({
    locale: opts.locale ?? 'en_US',
    timeZone: 'Europe/Amsterdam',
    evaluateFormulas: opts.evaluate ?? true,
  });
  const addon = loadAddon({
    spreadsheet: ss,
    today: opts.today ?? '2026-02-15',
    userLocale: opts.userLocale ?? (opts.locale ?? 'en_US').slice(0, 2),
  });
  return { ss, addon };
}

export function tab(ss: LocalSpreadsheet, role: 'okr' | 'checkins' | 'settings') {
  const found = ss.createDeveloperMetadataFinder().withKey(TAB_METADATA_KEY).withValue(role).find();
  const sheet = found[0]?.getLocation().getSheet();
  if (!sheet) throw new Error(`no ${role} tab`);
  return sheet;
}

export type Row = Partial<Record<ColumnKey, unknown>> & { _row: number };

/** The OKR tab's rows as objects keyed by column, evaluated values (blank rows skipped). */
export function okrRows(ss: LocalSpreadsheet): Row[] {
  const values = tab(ss, 'okr').getDataRange().getValues();
  const header = matchHeader(values);
  if (!header) throw new Error('no header');
  const out: Row[] = [];
  values.slice(header.headerRow + 1).forEach((row, i) => {
    if (row.every((c) => c === '')) return;
    const obj: Row = { _row: header.headerRow + 2 + i };
    for (const [k, c] of Object.entries(header.columns)) obj[k as ColumnKey] = row[c as number];
    out.push(obj);
  });
  return out;
}

export function byId(rows: Row[]): Map<string, Row> {
  return new Map(rows.map((r) => [String(r.id), r]));
}

/**
 * Calls a server function as the sidebar does: the answer as received, its snapshot (if any)
 * expanded with every row's numbers (src/shared/snapshot-wire.ts).
 */
export function call<T>(addon: LocalAddon, name: string, arg?: unknown): Received<T> {
  return receive(addon.call(name, arg) as T);
}

export function add(addon: LocalAddon, input: ItemInput): Received<MutationResult> {
  return call<MutationResult>(addon, 'addItem', input);
}

/** A check-in of `id` as the sidebar sends it, measured: its answer and the service calls. */
export function measuredCheckIn(
  addon: LocalAddon,
  id: string,
  value: unknown,
  more: { confidence?: string; note?: string } = {},
) {
  return addon.measure(() =>
    call<MutationResult>(addon, 'checkIn', { id, value, confidence: '', note: '', ...more }),
  );
}

export function snapshot(addon: LocalAddon): Snapshot {
  return call<SnapshotWire>(addon, 'getSnapshot', {});
}

export function view(s: Snapshot, id: string): ItemView {
  const v = s.items.find((i) => i.id === id);
  if (!v) throw new Error(`no item ${id}`);
  return v;
}

/** The message of the error a call throws. */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return err instanceof Error
      ? err.message
      : String((err as { message?: unknown })?.message ?? err);
  }
  throw new Error('expected an error');
}

/**
 * Sorts the data rows below row 1 by `order` (new position → old 0-based index), as Sheets'
 * Range.sort moves whole rows (the local runtime has no sort). How Sheets adjusts formulas that
 * name other rows of the sorted range is not documented, so both readings are offered:
 * - 'copy': each formula keeps its relative offsets (as a copy and paste: a reference 2 rows
 *   below still points 2 rows below, at whatever row is there now);
 * - 'move': references follow the rows they point at (as Range.moveTo and cut and paste).
 * Same-row references follow the row either way; absolute rows ($B$3) stay.
 */
export function sortRows(
  sheet: ReturnType<typeof tab>,
  order: readonly number[],
  mode: 'copy' | 'move',
): void {
  const last = sheet.getLastRow();
  const width = sheet.getLastColumn();
  const range = sheet.getRange(2, 1, last - 1, width);
  const values = range.getValues();
  const formulas = range.getFormulas();
  const newRow = new Map<number, number>(order.map((from, to) => [from + 2, to + 2]));
  const out = order.map((from, to) =>
    values[from]!.map((v, c) => {
      const f = formulas[from]![c]!;
      if (f)
        return f.replace(/(\$[A-Z]{1,3})(\d+)\b/g, (_m, col: string, row: string) => {
          const r = Number(row);
          const moved = mode === 'copy' ? r + (to - from) : (newRow.get(r) ?? r);
          return moved < 1 ? '#REF!' : col + String(moved);
        });
      if (typeof v === 'string' && v !== '') return "'" + v;
      return v;
    }),
  );
  range.setValues(out);
}

/** The order that sorts the data rows by a column's text, descending (Z → A). */
export function descendingBy(sheet: ReturnType<typeof tab>, column: number): number[] {
  const values = sheet.getRange(2, column, sheet.getLastRow() - 1, 1).getValues();
  return values
    .map((_, i) => i)
    .sort((a, b) => String(values[b]![0]).localeCompare(String(values[a]![0])));
}

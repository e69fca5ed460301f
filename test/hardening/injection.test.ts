// Formula and script injection through every entry point: text that starts with = + - @ (or
// carries markup) stays text in the sheet — getFormulas() is '' and the value equals the input —
// and the manifest asks for its three scopes (README, Permissions).
import fs from 'node:fs';
import path from 'node:path';
import { loadCsvAsSheet } from '../../dev/runtime';
import type { MutationResult, SummaryResult } from '../../src/shared/rpc';
import { exampleWorkbook, restore, type Loaded } from './helpers';

const PAYLOADS = [
  '=HYPERLINK("http://evil.invalid","click")',
  '=IMPORTXML("http://evil.invalid","//a")',
  '+1+1',
  '-2+3',
  '@SUM(1)',
  '=1+1',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
];

/** Every cell of every tab whose value is `text`, with its formula. */
function cellsWith(loaded: Loaded, text: string) {
  const out: { sheet: string; a1: string; formula: string }[] = [];
  for (const sheet of loaded.ss.getSheets()) {
    const range = sheet.getDataRange();
    const values = range.getValues();
    const formulas = range.getFormulas();
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === text)
          out.push({ sheet: sheet.getName(), a1: `R${r + 1}C${c + 1}`, formula: formulas[r]![c]! });
      }),
    );
  }
  return out;
}

/**
 * No formula has the payload spliced in: where a formula mentions it at all (the summary filters
 * by team name), it is one quoted string literal with its quotes doubled.
 */
function noFormulaContains(loaded: Loaded, text: string): void {
  const literal = `"${text.replace(/"/g, '""')}"`;
  for (const sheet of loaded.ss.getSheets())
    for (const row of sheet.getDataRange().getFormulas())
      for (const f of row) expect(f.split(literal).join('""').includes(text)).toBe(false);
}

describe.each(PAYLOADS)('payload %s stays text', (payload) => {
  test('through add, update, check-in, summary and roll-over', () => {
    const loaded = restore(exampleWorkbook({ evaluate: true }), { evaluate: true });
    const { addon } = loaded;
    const o = addon.call('addItem', {
      type: 'objective',
      title: `${payload} objective`,
      owner: payload,
      team: payload,
      period: '2026-Q1',
    }) as MutationResult;
    const added = addon.call('addItem', {
      type: 'keyResult',
      parentId: o.id,
      title: payload,
      owner: payload,
      team: payload,
      unit: payload.slice(0, 20),
      notes: payload,
      start: 0,
      target: 10,
    }) as MutationResult;
    addon.call('updateItem', { id: o.id, changes: { title: payload, notes: payload } });
    addon.call('checkIn', { id: added.id, value: 4, confidence: 'low', note: payload });
    const summary = addon.call('buildSummary', { period: '2026-Q1' }) as SummaryResult;
    expect(summary.sheetName).toBe('Summary 2026-Q1');
    addon.call('startNextQuarter', { period: '2026-Q1', ids: [o.id, added.id] });
    const found = cellsWith(loaded, payload);
    // title, owner, team, notes of both items, their copies, the check-in note, the summary.
    expect(found.length).toBeGreaterThanOrEqual(6);
    for (const cell of found) expect(cell).toEqual({ ...cell, formula: '' });
    noFormulaContains(loaded, payload);
    // The sidebar gets the text back as it was typed.
    const snap = addon.call('getSnapshot', {}) as MutationResult['snapshot'];
    expect(snap.items.find((i) => i.id === added.id)?.title).toBe(payload);
    expect(snap.owners).toContain(payload);
  });

  test('through Structure this sheet (loose-sheet cells and the sheet name)', () => {
    const loaded = restore(exampleWorkbook());
    const csv = [
      'Objective,Key Result,Owner,Team,Start,Target,Current,Unit,Notes',
      [payload, payload, payload, payload, 0, 10, 5, payload.slice(0, 20), payload]
        .map((v) => `"${String(v).replace(/"/g, '""')}"`)
        .join(','),
    ].join('\n');
    const name = `Loose ${payload.slice(0, 20)}`.replace(/[[\]*?:/\\]/g, '');
    loadCsvAsSheet(loaded.ss, name, csv);
    loaded.addon.call('structureSheet', { sheetName: name });
    const okr = cellsWith(loaded, payload).filter((c) => c.sheet === 'OKRs');
    expect(okr.length).toBeGreaterThanOrEqual(3);
    for (const cell of okr) expect(cell).toEqual({ ...cell, formula: '' });
    noFormulaContains(loaded, payload);
  });
});

test('the manifest asks for exactly its three scopes', () => {
  for (const file of ['appsscript.json', path.join('dist', 'appsscript.json')]) {
    const manifest = JSON.parse(
      fs.readFileSync(path.join(__dirname, '..', '..', file), 'utf8'),
    ) as { oauthScopes: string[]; addOns?: unknown };
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
    expect(manifest.addOns).toBeUndefined();
  }
});

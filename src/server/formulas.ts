// Every formula the add-on writes on the OKR tab, by row shape: built once per shape as a
// template with placeholders for the rows it refers to (formulas-pieces.ts: SLOT), then joined
// with a row's numbers. The pieces: formulas-own.ts (what a row computes from its own cells),
// formulas-chain.ts (roll-up), formulas-words.ts (the word tables on the settings tab).
//
// The formulas evaluate the same in Google Sheets and in HyperFormula (the local runtime):
// only the functions FORMULA_FUNCTIONS lists (ISDATE, REGEXMATCH, REGEXREPLACE, REGEXEXTRACT and
// SPARKLINE are Sheets functions the local runtime adds to HyperFormula, dev/runtime/hf-plugins.ts
// and sparkline.ts; VALUE
// there reads the spreadsheet locale as Sheets does). No formula reads a whole column that a
// check-in changes: one edit of a Current recomputes a handful of cells (formulas-chain.ts).
import type { ColumnKey, ColumnMap } from '../core/columns';
import type { Lang } from '../core/i18n';
import type { ItemType, Level } from '../core/model';
import type { DecimalMark } from '../core/values';
import {
  NO_CHAIN,
  chainFormulas,
  chainProgress,
  linkCountFormula,
  type ChainShape,
} from './formulas-chain';
import {
  doneFormula,
  expectedFormula,
  gradeFormula,
  kindKeyFormula,
  linearFormula,
  numberHelper,
  ownProgress,
  periodEndFormula,
  periodKeyFormula,
  periodSpellingFormula,
  periodStartFormula,
  periodYearFormula,
  rollWeightFormula,
  spanFormula,
  statusFormula,
} from './formulas-own';
import { barFormula } from './formulas-bar';
import { RowRefs, SLOT, WARN, fn } from './formulas-pieces';

export { columnLetter, quoteSheet, str } from './formulas-pieces';

/**
 * Every function the formulas use: each exists in Sheets and (with the plugins) HyperFormula.
 * @public (the list the formulas are held to; read by people, not by code)
 */
export const FORMULA_FUNCTIONS: readonly string[] = [
  'AND',
  'COUNTIF',
  'COUNTIFS',
  'DATE',
  'EDATE',
  'IF',
  'IFERROR',
  'ISDATE',
  'ISLOGICAL',
  'ISNUMBER',
  'MAX',
  'MIN',
  'NA',
  'OR',
  'REGEXEXTRACT',
  'REGEXMATCH',
  'REGEXREPLACE',
  'ROUND',
  'SPARKLINE',
  'SWITCH',
  'TODAY',
  'TRIM',
  'UNICHAR',
  'UPPER',
  'VALUE',
  'VLOOKUP',
];

/** Where the status thresholds live: absolute cells on the settings tab. */
export interface ThresholdCells {
  sheetName: string;
  /** 1-based rows of the two values in column `column` (0-based). */
  onTrackRow: number;
  atRiskRow: number;
  column: number;
}

export interface FormulaContext {
  columns: ColumnMap;
  lang: Lang;
  thresholds: ThresholdCells;
  /** The spreadsheet locale's decimal mark: which texts are numbers (values.ts). */
  mark: DecimalMark;
}

/** The formulas of one row; keys without a formula get '' (the cell is cleared). */
export type RowFormulas = Partial<Record<ColumnKey, string>>;

export interface RowShape extends Partial<ChainShape> {
  type: ItemType;
  /** The row's tier (tierOf in okr-rows.ts). */
  tier: Level;
  /** True when the key result is a roll-up. */
  rollup: boolean;
  /**
   * True when the row is closed: its Grade holds the value it closed with, so the row has no
   * grade formula (the key is left out: writers keep the cell as it is).
   */
  closed?: boolean;
}

/**
 * The formulas of one row shape with the rows left out: per column, the pieces to join. A cell
 * that names only its own row is its text split at the row (joined with the row number, one
 * allocation); a cell naming other rows starts with MULTI, then literal pieces and slot
 * placeholders (SLOT) by turns. A cell without formula is the single piece ''.
 */
export type RowTemplate = readonly (readonly [ColumnKey, readonly string[]])[];
/** A row's slot texts: its row number, its next link's row and its first link's row. */
export type RowText = string | readonly string[];

const templates = new WeakMap<FormulaContext, Map<number, RowTemplate>>();
const TYPE_CODE: Readonly<Record<ItemType, number>> = { objective: 0, keyResult: 1, initiative: 2 };
const TIER_CODE: Readonly<Record<Level, number>> = { company: 0, team: 1, personal: 2 };
const CHAIN_CODE = { none: 0, parent: 1, aligned: 2 } as const;
const SLOTS = new RegExp(`([${SLOT.row}${SLOT.next}${SLOT.first}])`);
const OTHER_ROWS = new RegExp(`[${SLOT.next}${SLOT.first}]`);
const MULTI = '\u0004';

function shapeKey(shape: RowShape): number {
  let key = TYPE_CODE[shape.type] * 3 + TIER_CODE[shape.tier];
  key = key * 2 + (shape.rollup ? 1 : 0);
  key = key * 2 + (shape.closed === true ? 1 : 0);
  key = key * 2 + (shape.counts === true ? 1 : 0);
  key = key * 2 + (shape.hasNext === true ? 1 : 0);
  key = key * 2 + (shape.hasFirst === true ? 1 : 0);
  return key * 3 + CHAIN_CODE[shape.chain ?? 'none'];
}

function pieces(text: string): readonly string[] {
  return OTHER_ROWS.test(text) ? [MULTI, ...text.split(SLOTS)] : text.split(SLOT.row);
}

export function rowTemplate(shape: RowShape, ctx: FormulaContext): RowTemplate {
  let byShape = templates.get(ctx);
  if (!byShape) templates.set(ctx, (byShape = new Map()));
  // A number per shape: no key text built per row.
  const key = shapeKey(shape);
  let template = byShape.get(key);
  if (!template) {
    const built = buildRowFormulas(shape, ctx);
    template = (Object.keys(built) as ColumnKey[]).map((k) => [k, pieces(built[k] ?? '')] as const);
    byShape.set(key, template);
  }
  return template;
}

function slotText(rowText: RowText, slot: string): string {
  if (typeof rowText === 'string') return rowText;
  const i = slot === SLOT.row ? 0 : slot === SLOT.next ? 1 : 2;
  return rowText[i] ?? '0';
}

/** A template cell's text for a row. */
export function templateText(parts: readonly string[], rowText: RowText): string {
  if (parts.length === 1) return parts[0] as string;
  if (parts[0] !== MULTI) return parts.join(typeof rowText === 'string' ? rowText : rowText[0]);
  const out: string[] = [];
  for (let i = 1; i < parts.length; i++)
    out.push(i % 2 === 1 ? (parts[i] as string) : slotText(rowText, parts[i] as string));
  return out.join('');
}

/**
 * Whether `text` is the template cell's text for a row: lengths first, then one join and one
 * string comparison (three times faster over a tab's 280,000 formulas than comparing piece by
 * piece).
 */
export function templateMatches(parts: readonly string[], rowText: RowText, text: string): boolean {
  let expectedLength = 0;
  if (parts[0] !== MULTI) {
    const row = typeof rowText === 'string' ? rowText : (rowText[0] as string);
    expectedLength = (parts.length - 1) * row.length;
    for (const p of parts) expectedLength += p.length;
  } else
    for (let i = 1; i < parts.length; i++)
      expectedLength +=
        i % 2 === 1 ? (parts[i] as string).length : slotText(rowText, parts[i] as string).length;
  return text.length === expectedLength && templateText(parts, rowText) === text;
}

/** Every formula and helper cell of one row (1-based `row`, or its slot texts); '' clears. */
export function rowFormulas(
  shape: RowShape,
  row: number | RowText,
  ctx: FormulaContext,
): RowFormulas {
  const rowText = typeof row === 'number' ? String(row) : row;
  const out: RowFormulas = {};
  for (const [k, parts] of rowTemplate(shape, ctx)) out[k] = templateText(parts, rowText);
  return out;
}

function buildRowFormulas(shape: RowShape, ctx: FormulaContext): RowFormulas {
  const out = buildOpenRowFormulas(shape, ctx);
  if (shape.closed) delete out.grade;
  return out;
}

function buildOpenRowFormulas(shape: RowShape, ctx: FormulaContext): RowFormulas {
  const r = new RowRefs(ctx.columns);
  const chain: ChainShape = { ...NO_CHAIN, ...shape };
  const out: RowFormulas = Object.fromEntries(FORMULA_COLUMNS.map((k) => [k, '']));
  const derived = shape.type === 'objective' || (shape.type === 'keyResult' && shape.rollup);
  Object.assign(out, chainFormulas(r, chain, derived));
  // Every row's period as the core reads it: the summary tab's live figures filter on these.
  out.periodKey = '=' + periodKeyFormula(r);
  out.periodYear = '=' + periodYearFormula(r);
  out.periodSpelling = '=' + periodSpellingFormula(r);
  out.periodStart = '=' + periodStartFormula(r);
  out.periodEnd = '=' + periodEndFormula(r);
  if (shape.type === 'initiative') return out;
  out.expected = '=' + expectedFormula(r);
  out.status = '=' + statusFormula(r, ctx);
  out.grade = '=' + gradeFormula(r);
  out.bar = '=' + barFormula(r, ctx);
  out.rollWeight = '=' + rollWeightFormula(r, ctx.mark);
  if (shape.type === 'objective') {
    out.linkCount = '=' + linkCountFormula(r, 'parent');
    out.progress = '=' + chainProgress(r, 'parent', chain.hasFirst);
    return out;
  }
  out.kindKey = '=' + kindKeyFormula(r);
  out.startNum = '=' + numberHelper(r, 'start', '0', ctx.mark);
  out.targetNum = '=' + numberHelper(r, 'target', 'NA()', ctx.mark);
  out.currentNum = '=' + numberHelper(r, 'current', '""', ctx.mark);
  if (!shape.rollup) {
    out.doneNum = '=' + doneFormula(r);
    out.span = '=' + spanFormula(r);
    out.linear = '=' + linearFormula(r);
    out.progress = '=' + ownProgress(r);
    return out;
  }
  // A roll-up key result adds up the objectives aligned to it; a personal one has none below
  // it (blank, like src/core). Typed to another kind by hand it shows ⚠ until Repair.
  const notRollup = fn('IFERROR', `${r.cell('kindKey')}<>"rollup"`, 'TRUE');
  if (shape.tier === 'personal') {
    out.progress = '=' + fn('IF', notRollup, WARN, '""');
    return out;
  }
  out.linkCount = '=' + linkCountFormula(r, 'aligned');
  out.progress = '=' + fn('IF', notRollup, WARN, chainProgress(r, 'aligned', chain.hasFirst));
  return out;
}

/** Keys of the columns whose cells the add-on owns as formulas (never people's values). */
export const FORMULA_COLUMNS: readonly ColumnKey[] = [
  'progress',
  'bar',
  'expected',
  'status',
  'grade',
  'kindKey',
  'startNum',
  'targetNum',
  'currentNum',
  'doneNum',
  'span',
  'linear',
  'periodKey',
  'periodYear',
  'periodSpelling',
  'periodStart',
  'periodEnd',
  'rollWeight',
  'chainWP',
  'chainW',
  'chainN',
  'chainValued',
  'linkCount',
];

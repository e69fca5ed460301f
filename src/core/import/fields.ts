// Filling an item from a row: where it sits (level, team, owner, period) and what it measures
// (start, target, current, unit, weight, confidence, kind). A repeated row (a flat table
// repeats its key result on every initiative's row) never overwrites: a value that differs is
// kept in the item's notes and reported. A blank team, level or period is taken from the item
// above (the layout's "same as above") or a context line (context.ts); a blank owner never from
// the row above (a person is named, not assumed), only from an "Owner:" line.
import type { Level, OkrItem } from '../model';
import { inputText } from '../units';
import type { DecimalMark } from '../values';
import { levelName } from '../vocabulary';
import type { Scope } from './context';
import { readConfidence, readKind, readLevel, readNumber, readPeriod } from './normalise';
import type { Report } from './report';
import type { FieldCell, RowView } from './row';
import { appendNote, type Draft } from './tree';

export interface FillContext {
  report: Report;
  defaultPeriod: string;
  /** What title and section lines said so far. */
  scope: Scope;
  /** The spreadsheet's decimal mark: how numbers stored as text are read. */
  decimalMark: DecimalMark;
}

type Value = OkrItem[keyof OkrItem];

function put<K extends keyof OkrItem>(
  ctx: FillContext,
  row: RowView,
  draft: Draft,
  field: K,
  value: OkrItem[K],
  from: FieldCell,
): void {
  const current: Value = draft.item[field];
  if (draft.fresh || current === '') {
    draft.item[field] = value;
    return;
  }
  if (current === value) return;
  appendNote(draft, `${from.column.header}: ${from.text}`);
  ctx.report.warn(row.number, 'import.conflict', {
    title: draft.item.title,
    column: from.column.header,
    value: from.text,
  });
}

export interface Place {
  level: Level | null;
  team: string;
  owner: string;
  period: string;
}

/** Where a row says its item sits, without using its cells (for grouping flat tables). */
export function peekPlace(row: RowView, scope: Scope): Place {
  const levelText = row.text('level');
  const read = levelText ? readLevel(levelText) : { level: null, team: '' };
  const periodCell = row.peek('period');
  return {
    level: read.level ?? ((scope.peek('level') || null) as Level | null),
    team: row.text('team') || read.team || scope.peek('team'),
    owner: row.text('owner') || scope.peek('owner'),
    period: periodCell
      ? readPeriod(periodCell.cell, scope.defaultPeriod).period
      : scope.peek('period'),
  };
}

/** The level of an item that names none: team when a team is named, else company. */
export function inferLevel(team: string): Level {
  return team === '' ? 'company' : 'team';
}

/**
 * Level, team, owner and period from the row; blanks inherit from `above` (the row above within
 * the same objective), or are inferred (level) / left blank (period: set later to the default).
 */
export function fillPlace(ctx: FillContext, row: RowView, draft: Draft, above: Draft | null): void {
  const { report } = ctx;
  const levelCell = row.take('level');
  let level: Level | null = null;
  let teamFromLevel = '';
  if (levelCell) {
    const read = readLevel(levelCell.text);
    level = read.level;
    teamFromLevel = read.team;
  }
  const { scope } = ctx;
  const teamCell = row.take('team');
  const fresh = draft.fresh;
  const team =
    teamCell?.text || teamFromLevel || (fresh ? scope.inherit(draft, 'team', above) : '');
  if (teamCell && teamFromLevel && teamFromLevel !== teamCell.text && levelCell) {
    appendNote(draft, `${levelCell.column.header}: ${levelCell.text}`);
  }
  const inheritedLevel = fresh && level === null ? scope.inherit(draft, 'level', above) : '';
  const finalLevel =
    level ?? (fresh ? ((inheritedLevel || inferLevel(team)) as Level) : draft.item.level);
  if (levelCell && level === null) {
    report.warn(row.number, 'import.unknownLevel', {
      column: levelCell.column.header,
      value: levelCell.text,
      level: levelName(finalLevel, report.lang),
    });
  }
  if (levelCell) put(ctx, row, draft, 'level', finalLevel, levelCell);
  else if (draft.fresh) draft.item.level = finalLevel;
  if (teamCell) put(ctx, row, draft, 'team', team, teamCell);
  else if (draft.fresh) draft.item.team = team;
  // A later row of the same item naming its team in the level cell ("Team Sales"): the team
  // fills a blank one, or a different one goes to the notes (was silently dropped).
  else if (teamFromLevel && levelCell) put(ctx, row, draft, 'team', teamFromLevel, levelCell);

  const ownerCell = row.take('owner');
  if (ownerCell) put(ctx, row, draft, 'owner', ownerCell.text, ownerCell);
  else if (draft.fresh) draft.item.owner = scope.inherit(draft, 'owner', null);

  const periodCell = row.take('period');
  if (periodCell) {
    const read = readPeriod(periodCell.cell, ctx.defaultPeriod);
    if (read.problem === 'malformed') {
      report.warn(row.number, 'import.periodMalformed', {
        column: periodCell.column.header,
        value: periodCell.text,
      });
    } else if (read.problem === 'assumed') {
      report.warn(row.number, 'import.periodAssumed', {
        column: periodCell.column.header,
        value: periodCell.text,
        period: read.period,
      });
    }
    put(ctx, row, draft, 'period', read.period, periodCell);
  } else if (draft.fresh) {
    draft.item.period = scope.inherit(draft, 'period', above);
  }
}

const NUMBER_FIELDS = ['start', 'target', 'current', 'weight'] as const;

/** A number field's cell: the number, or the text as typed plus a warning naming row and column. */
function fillNumber(
  ctx: FillContext,
  row: RowView,
  draft: Draft,
  field: (typeof NUMBER_FIELDS)[number],
): string {
  const cell = row.take(field);
  if (!cell) return '';
  const read = readNumber(cell.cell, ctx.decimalMark);
  const milestoneOk = field === 'current' || field === 'target';
  if (read.problem === 'ambiguous') {
    const percent = read.unit === '%' ? '%' : '';
    const shown = (n: unknown): string => inputText(Number(n), percent, ctx.decimalMark) + percent;
    ctx.report.warn(row.number, 'import.ambiguousNumber', {
      column: cell.column.header,
      value: cell.text,
      read: shown(read.value),
      otherwise: shown(read.otherwise),
      mark: ctx.decimalMark,
    });
  } else if (read.problem || (read.milestone && !milestoneOk)) {
    ctx.report.warn(row.number, 'import.notANumber', {
      column: cell.column.header,
      value: cell.text,
    });
  }
  put(ctx, row, draft, field, read.value, cell);
  // A number the loose sheet shows as a percentage (Sheets stores "3%" as 0.03).
  return cell.percent ? '%' : read.unit;
}

/** What a key result measures: start, target, current, weight, unit, kind and confidence. */
export function fillMeasures(ctx: FillContext, row: RowView, draft: Draft): void {
  let unit = '';
  for (const field of NUMBER_FIELDS) {
    const found = fillNumber(ctx, row, draft, field);
    if (field !== 'weight') unit = unit || found;
  }
  const unitCell = row.take('unit');
  if (unitCell) put(ctx, row, draft, 'unit', unitCell.text, unitCell);
  else if (unit !== '' && draft.item.unit === '') draft.item.unit = unit;

  const kindCell = row.take('kind');
  if (kindCell) {
    const kind = readKind(kindCell.text);
    if (kind === 'unknown') {
      ctx.report.warn(row.number, 'import.unknownKind', {
        column: kindCell.column.header,
        value: kindCell.text,
      });
    } else if (kind !== null) {
      put(ctx, row, draft, 'kind', kind, kindCell);
    }
  }
  fillConfidence(ctx, row, draft);
  const checkIn = row.take('lastCheckIn');
  if (checkIn) put(ctx, row, draft, 'lastCheckIn', checkIn.text, checkIn);
}

function fillConfidence(ctx: FillContext, row: RowView, draft: Draft): void {
  const cell = row.take('confidence');
  if (!cell) return;
  const confidence = readConfidence(cell.text);
  if (confidence) {
    put(ctx, row, draft, 'confidence', confidence, cell);
  } else {
    ctx.report.warn(row.number, 'import.unknownConfidence', {
      column: cell.column.header,
      value: cell.text,
    });
  }
}

/**
 * An initiative's own state: Current (done/open, TRUE/FALSE) as typed, else its checkbox (in
 * the title, `done`, or a TRUE/FALSE cell right before the title column): TRUE done, FALSE open.
 */
export function fillInitiativeState(
  ctx: FillContext,
  row: RowView,
  draft: Draft,
  titleField: 'title' | 'initiativeTitle' | 'keyResultTitle',
  done?: boolean,
): void {
  const cell = row.take('current');
  if (cell) {
    put(ctx, row, draft, 'current', cell.cell, cell);
    return;
  }
  const box = checkboxCell(row, titleField);
  if (box) {
    row.useColumn(box.column);
    put(ctx, row, draft, 'current', box.done, box);
  } else if (done !== undefined && draft.fresh) {
    draft.item.current = done;
  }
}

/** A TRUE/FALSE cell (a Sheets checkbox) in an unnamed column right before the title column. */
export function checkboxCell(
  row: RowView,
  titleField: string,
): (FieldCell & { done: boolean }) | null {
  const left = row.before(titleField as 'title');
  if (!left || left.column.field !== 'notes' || !left.column.labelled) return null;
  const isBox = typeof left.cell === 'boolean' || /^(true|false)$/i.test(left.text);
  if (!isBox) return null;
  return { ...left, done: left.cell === true || /^true$/i.test(left.text) };
}

/**
 * The row's unused cells go to the notes of `draft` (the deepest item on the row); every item
 * the row created or touched is then settled, so later rows compare instead of overwrite.
 */
export function finishRow(row: RowView, draft: Draft, touched: readonly Draft[]): void {
  for (const note of row.leftovers()) appendNote(draft, note);
  row.useAll();
  draft.fresh = false;
  for (const other of touched) other.fresh = false;
}

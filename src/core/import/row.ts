// One row of the loose sheet as the layouts read it: the cell of each field, and which cells
// have been used, so that whatever is left over can go to the item's notes (nothing is lost).
import type { Cell } from '../model';
import type { Column } from './headers';
import type { ColumnField } from './types';

/** The columns of a sheet by field (the first column of a field; notes columns all). */
export class ColumnSet {
  private readonly byField = new Map<ColumnField, Column>();

  constructor(readonly columns: readonly Column[]) {
    for (const column of columns) {
      if (column.field !== 'notes' && !this.byField.has(column.field)) {
        this.byField.set(column.field, column);
      }
    }
  }

  get(field: ColumnField): Column | undefined {
    return this.byField.get(field);
  }

  has(field: ColumnField): boolean {
    return this.byField.has(field);
  }
}

export interface FieldCell {
  column: Column;
  cell: Cell;
  /** The trimmed text of the cell (never ''). */
  text: string;
  /** A number shown as a percentage in the loose sheet. */
  percent: boolean;
}

export class RowView {
  private readonly used: boolean[] = [];

  /**
   * @param number 1-based row in the loose sheet
   */
  constructor(
    readonly number: number,
    private readonly cells: readonly Cell[],
    private readonly texts: readonly string[],
    private readonly columns: ColumnSet,
    private readonly percent: (column: number) => boolean = () => false,
  ) {}

  /** True when every cell is blank. */
  isBlank(): boolean {
    return this.texts.every((text) => text === '');
  }

  /** The field's cell when it is not blank (does not mark it used). */
  peek(field: ColumnField): FieldCell | null {
    const column = this.columns.get(field);
    if (!column) return null;
    const text = this.texts[column.index] ?? '';
    if (text === '') return null;
    return {
      column,
      cell: this.cells[column.index] ?? '',
      text,
      percent: this.percent(column.index),
    };
  }

  /** The non-blank cells with their columns, left to right (does not mark them used). */
  filled(): FieldCell[] {
    const found: FieldCell[] = [];
    for (const column of this.columns.columns) {
      const text = this.texts[column.index] ?? '';
      if (text === '') continue;
      found.push({ column, cell: this.cells[column.index] ?? '', text, percent: false });
    }
    return found;
  }

  /** The cell of the column right before `field`'s (a checkbox column beside a title). */
  before(field: ColumnField): FieldCell | null {
    const column = this.columns.get(field);
    const left = column ? this.columns.columns[column.index - 1] : undefined;
    if (!left) return null;
    const text = this.texts[left.index] ?? '';
    if (text === '' || this.used[left.index]) return null;
    return { column: left, cell: this.cells[left.index] ?? '', text, percent: false };
  }

  /** Marks one column's cell as used. */
  useColumn(column: Column): void {
    this.used[column.index] = true;
  }

  /** The field's text, '' when blank or absent. */
  text(field: ColumnField): string {
    return this.peek(field)?.text ?? '';
  }

  /** The field's cell, marked as used. */
  take(field: ColumnField): FieldCell | null {
    const found = this.peek(field);
    if (found) this.used[found.column.index] = true;
    return found;
  }

  /** Marks a field's cell as used (its text went somewhere). */
  use(field: ColumnField): void {
    const column = this.columns.get(field);
    if (column) this.used[column.index] = true;
  }

  /** Non-blank cells not used yet, as notes: "Header: value" (or the value of a Notes column). */
  leftovers(): string[] {
    const notes: string[] = [];
    for (const column of this.columns.columns) {
      const text = this.texts[column.index] ?? '';
      if (text === '' || this.used[column.index]) continue;
      notes.push(column.labelled || column.field !== 'notes' ? `${column.header}: ${text}` : text);
    }
    return notes;
  }

  /** Every non-blank cell, for a row listed as unplaced. */
  allText(): string {
    return this.texts.filter((text) => text !== '').join(' | ');
  }

  /** Marks every cell as used (the row went to the report as a whole). */
  useAll(): void {
    for (let i = 0; i < this.texts.length; i++) this.used[i] = true;
  }
}

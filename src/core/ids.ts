// Stable, readable IDs: O-1, KR-1, I-1 … Unique within the workbook and never reused: the
// next number is one above both the high-water mark kept in the OKR tab's developer metadata
// and the highest number found in the sheet, so deleting the last item does not free its ID.
import type { ItemType } from './model';

export const ID_PREFIX: Readonly<Record<ItemType, string>> = {
  objective: 'O',
  keyResult: 'KR',
  initiative: 'I',
};

/** Highest number used per prefix, e.g. { O: 3, KR: 9, I: 4 }. */
export type IdMarks = Record<string, number>;

const ID_PATTERN = /^\s*(O|KR|I)\s*-\s*(\d{1,9})\s*$/i;

/** The prefix and number of one of our IDs, or null for any other text. */
export function parseId(id: unknown): { prefix: string; n: number } | null {
  if (typeof id !== 'string') return null;
  const m = ID_PATTERN.exec(id);
  if (!m) return null;
  return { prefix: (m[1] as string).toUpperCase(), n: Number(m[2]) };
}

/** The type an ID's prefix names, or null. */
export function typeOfId(id: unknown): ItemType | null {
  const p = parseId(id);
  if (!p) return null;
  return p.prefix === 'O' ? 'objective' : p.prefix === 'KR' ? 'keyResult' : 'initiative';
}

/** Reads the high-water marks from metadata text; anything malformed counts as none. */
export function parseMarks(text: string | null | undefined): IdMarks {
  const marks: IdMarks = {};
  if (!text) return marks;
  try {
    const raw: unknown = JSON.parse(text);
    if (raw && typeof raw === 'object') {
      for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
        if (typeof v === 'number' && Number.isInteger(v) && v >= 0) marks[k] = v;
      }
    }
  } catch {
    // a person edited the metadata: start from the IDs in the sheet
  }
  return marks;
}

/** Allocates new IDs above every mark and every ID in use; `marks` is updated in place. */
export class IdAllocator {
  readonly marks: IdMarks;

  constructor(marks: IdMarks, existing: Iterable<string>) {
    this.marks = { ...marks };
    for (const id of existing) {
      const p = parseId(id);
      if (p && p.n > (this.marks[p.prefix] ?? 0)) this.marks[p.prefix] = p.n;
    }
  }

  next(type: ItemType): string {
    const prefix = ID_PREFIX[type];
    const n = (this.marks[prefix] ?? 0) + 1;
    this.marks[prefix] = n;
    return `${prefix}-${n}`;
  }

  toJSON(): string {
    return JSON.stringify(this.marks);
  }
}

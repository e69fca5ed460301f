// How long a field may be, in characters: the server's validation refuses longer text with a
// message naming the field, and the sidebar's inputs stop at the same length (maxLength).
// One table, so the form and the server never disagree.
export const FIELD_LIMITS = {
  /** An item's title. */
  title: 500,
  /** Team and owner names. */
  team: 100,
  owner: 100,
  /** A key result's unit ("%", "customers", "€"). */
  unit: 20,
  /** An item's notes. */
  notes: 5000,
  /** The note of a check-in. */
  note: 2000,
  /** An ID typed or sent (O-1, KR-12, a loose sheet's own IDs). */
  id: 40,
  /** The name of a tab (Structure this sheet). */
  sheetName: 100,
  /** A milestone's done or open word as it is written into Current. */
  milestoneWord: 20,
} as const;

export type LimitedField = keyof typeof FIELD_LIMITS;

/** The most check-ins one save of My check-ins may carry (checkInMany). */
export const CHECK_IN_BATCH = 500;

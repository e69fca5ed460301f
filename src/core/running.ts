// Which items a period's views show (the sidebar's overview, the summary tab's tables and
// charts): the items that run in it. An item runs in its own period and, being annual, in each
// quarter of its year: the 2026-Q2 views list the annual objective of 2026 beside the quarter's
// own, in its own row marked with its period ("2026"), with its own expected progress (the
// year's, by the pace rule for its own period; snapshot.ts works that out per item). A quarter
// does not run in its year's views: a year's summary has a row per quarter instead, and the
// sidebar lists a year's quarters with it (src/sidebar/options.ts).
// Periods here are canonical keys ("2026", "2026-Q2"), as rows carry them; no imports, so the
// sidebar bundles only this.

const QUARTER_KEY = /^(\d{4})-Q[1-4]$/;

/** True when an item of period `itemPeriod` runs in `period`: the same, or the quarter's year. */
export function runsIn(itemPeriod: string, period: string): boolean {
  if (itemPeriod === period) return itemPeriod !== '';
  const quarter = QUARTER_KEY.exec(period);
  return quarter !== null && itemPeriod === quarter[1];
}

/** True when an item runs in `period` from a longer period: an annual item in a quarter. */
export function runsFromEnclosing(itemPeriod: string, period: string): boolean {
  return itemPeriod !== period && runsIn(itemPeriod, period);
}

/** The items that run in `period` (its own and, for a quarter, the annual items of its year). */
export function itemsRunningIn<T extends { period: string }>(
  items: readonly T[],
  period: string,
): T[] {
  return items.filter((i) => runsIn(i.period, period));
}

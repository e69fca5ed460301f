// Pace: how far through its period a key result should be on a given day.
import { periodEnd, periodStart, type Period } from './period';

/**
 * Expected progress of `period` on the day `asOfSerial` (a date serial in the spreadsheet's
 * time zone; a time-of-day fraction is dropped): clamp((asOf − start) / (end − start), 0, 1)
 * in whole days. The first day of the period gives 0, the day after its end gives 1.
 */
export function expectedProgress(period: Period, asOfSerial: number): number {
  const start = periodStart(period);
  const end = periodEnd(period);
  const asOf = Math.floor(asOfSerial);
  if (asOf <= start) return 0;
  if (asOf >= end) return 1;
  return (asOf - start) / (end - start);
}

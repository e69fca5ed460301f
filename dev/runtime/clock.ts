// The runtime's clock: "today" is a fixed instant (12:00 in the spreadsheet's time zone) that
// only moves when Utilities.sleep or a waiting lock advances it. new Date(), Date.now(),
// TODAY() and NOW() inside the runtime all read it.
import { instantOf, parseIsoDay, wallTime } from './dates';

export class Clock {
  ms: number;

  constructor(
    public timeZone: string,
    today?: string,
  ) {
    this.ms = 0;
    if (today) this.setToday(today);
    else {
      const w = wallTime(Date.now(), timeZone);
      this.ms = instantOf(timeZone, w.year, w.month, w.day, 12);
    }
  }

  now(): number {
    return this.ms;
  }

  /** 'YYYY-MM-DD' → 12:00 that day in the clock's time zone. */
  setToday(day: string): void {
    const [y, m, d] = parseIsoDay(day);
    this.ms = instantOf(this.timeZone, y, m, d, 12);
  }

  advance(ms: number): void {
    this.ms += Math.max(0, ms);
  }
}

// The demo workbook the preview starts on, made by the add-on itself (nothing cached): Set up
// with the method's example at three levels, then a check-in on every key result each week
// (a milestone with its value, not yet reached), with the runtime's clock moved week by week,
// up to today, so every Current value has its check-ins. The weeks are those of the current
// quarter so far (at most five), so the team and personal objectives stay in it. The notes are
// in the workbook's language.
import type { PreviewSession } from './session';

interface DemoItem {
  id: string;
  type: string;
  kind: string;
  start: unknown;
  target: unknown;
  current: unknown;
  unit: string;
}

const DAY = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whole weeks from the first day of today's quarter to today, at most `max`. */
export function weeksIntoQuarter(today: string, max = 5): number {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const first = Date.UTC(y, Math.floor((m - 1) / 3) * 3, 1);
  const days = Math.round((Date.parse(today) - first) / DAY);
  return Math.max(0, Math.min(max, Math.floor(days / 7)));
}

function round(value: number, like: number[]): number {
  if (like.every(Number.isInteger)) return Math.round(value);
  return Math.round(value * 10000) / 10000;
}

const CONFIDENCE = ['medium', 'medium', 'high', 'medium', 'high', 'high'] as const;
const NOTE = { en: 'Campaign is picking up', nl: 'De campagne komt op gang' } as const;

export function buildDemo(session: PreviewSession, today: string): void {
  const weeks = weeksIntoQuarter(today);
  const startDay = Date.parse(today) - weeks * 7 * DAY;
  session.setToday(isoDay(startDay));
  const setUp = session.addon.call('setUp', { example: true }) as {
    snapshot: { items: DemoItem[]; lang: 'en' | 'nl' };
  };
  const numeric = (i: DemoItem) =>
    typeof i.start === 'number' && typeof i.target === 'number' && typeof i.current === 'number';
  const krs = setUp.snapshot.items.filter(
    (i) => i.type === 'keyResult' && (numeric(i) || i.kind === 'milestone'),
  );
  for (let w = 1; w <= weeks; w++) {
    session.setToday(isoDay(startDay + w * 7 * DAY));
    krs.forEach((kr, k) => {
      // Steady progress with a slow week now and then, ending on the example's value.
      const share = w === weeks ? 1 : Math.min(1, (w + ((w + k) % 3 === 0 ? -0.5 : 0)) / weeks);
      let value = kr.current;
      if (numeric(kr)) {
        const start = kr.start as number;
        const current = kr.current as number;
        value = round(start + (current - start) * share, [start, current]);
      }
      session.addon.call('checkIn', {
        id: kr.id,
        value,
        confidence: CONFIDENCE[(w + k) % CONFIDENCE.length],
        note: w === weeks && k === 0 ? NOTE[setUp.snapshot.lang] : '',
      });
    });
  }
  session.setToday(today);
}

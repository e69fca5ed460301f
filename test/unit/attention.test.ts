// src/core/attention.ts: which key results the overview's "needs attention" shows.
import { dueForCheckIn, needsAttention, type AttentionCandidate } from '../../src/core/attention';

const TODAY = '2026-05-20';
const kr = (p: Partial<AttentionCandidate>): AttentionCandidate => ({
  type: 'keyResult',
  kind: 'increase',
  closed: false,
  period: '2026-Q2',
  status: 'onTrack',
  lastCheckIn: '2026-05-18',
  ...p,
});

describe('needsAttention', () => {
  test('at risk or off track: yes; on track and checked in within the interval: no', () => {
    expect(needsAttention(kr({}), TODAY, 7)).toBe(false);
    expect(needsAttention(kr({ status: 'atRisk' }), TODAY, 7)).toBe(true);
    expect(needsAttention(kr({ status: 'offTrack' }), TODAY, 7)).toBe(true);
  });

  test('due for a check-in (the interval of check-in-due.ts, "older than" strictly)', () => {
    expect(needsAttention(kr({ lastCheckIn: '2026-05-13' }), TODAY, 7)).toBe(false);
    expect(needsAttention(kr({ lastCheckIn: '2026-05-12' }), TODAY, 7)).toBe(true);
    expect(needsAttention(kr({ lastCheckIn: '2026-05-12' }), TODAY, 14)).toBe(false);
    expect(needsAttention(kr({ lastCheckIn: '', status: 'noCheckIn' }), TODAY, 7)).toBe(true);
  });

  test('not when achieved, closed, not a key result, or of a period that is not running', () => {
    expect(needsAttention(kr({ status: 'achieved', lastCheckIn: '' }), TODAY, 7)).toBe(false);
    expect(needsAttention(kr({ closed: true, status: 'offTrack' }), TODAY, 7)).toBe(false);
    expect(needsAttention(kr({ type: 'objective', status: 'offTrack' }), TODAY, 7)).toBe(false);
    expect(needsAttention(kr({ period: '2026-Q3', lastCheckIn: '' }), TODAY, 7)).toBe(false);
    // The year it runs in has begun.
    expect(needsAttention(kr({ period: '2026', lastCheckIn: '' }), TODAY, 7)).toBe(true);
  });

  test('a roll-up is never checked in itself: only its status counts', () => {
    expect(needsAttention(kr({ kind: 'rollup', lastCheckIn: '' }), TODAY, 7)).toBe(false);
    expect(needsAttention(kr({ kind: 'rollup', status: 'atRisk' }), TODAY, 7)).toBe(true);
  });
});

describe("dueForCheckIn (the overview's Due chip)", () => {
  test('due whatever the status, but never when achieved, a roll-up or not begun', () => {
    expect(dueForCheckIn(kr({ lastCheckIn: '' }), TODAY, 7)).toBe(true);
    expect(dueForCheckIn(kr({ status: 'offTrack' }), TODAY, 7)).toBe(false);
    expect(dueForCheckIn(kr({ status: 'offTrack', lastCheckIn: '2026-05-01' }), TODAY, 7)).toBe(
      true,
    );
    expect(dueForCheckIn(kr({ status: 'achieved', lastCheckIn: '' }), TODAY, 7)).toBe(false);
    expect(dueForCheckIn(kr({ kind: 'rollup', lastCheckIn: '' }), TODAY, 7)).toBe(false);
    expect(dueForCheckIn(kr({ period: '2027', lastCheckIn: '' }), TODAY, 7)).toBe(false);
    // A quarter that is over is to be closed (Start the next quarter), not checked in.
    expect(dueForCheckIn(kr({ period: '2026-Q1', lastCheckIn: '' }), TODAY, 7)).toBe(false);
    expect(needsAttention(kr({ period: '2026-Q1', status: 'atRisk' }), TODAY, 7)).toBe(true);
  });
});

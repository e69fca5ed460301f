// The check-in rule (src/core/check-in-due.ts): due when never checked in or when the last
// check-in is older than the interval; My check-ins lists a person's open key results of the
// period, due ones first.
import {
  DEFAULT_CHECK_IN_DAYS,
  isCheckInDue,
  isStaleCheckIn,
  myCheckIns,
  parseCheckInDays,
  preselectOwner,
} from '../../src/core/check-in-due';

describe('isCheckInDue', () => {
  test('older than the interval is due; exactly the interval is not', () => {
    expect(isCheckInDue('2026-02-08', '2026-02-15', 7)).toBe(false);
    expect(isCheckInDue('2026-02-07', '2026-02-15', 7)).toBe(true);
    expect(isCheckInDue('2026-02-15', '2026-02-15', 7)).toBe(false);
    expect(isCheckInDue('2026-02-01', '2026-02-15', 14)).toBe(false);
    expect(isCheckInDue('2026-01-31', '2026-02-15', 14)).toBe(true);
  });
  test('never checked in, or a date that does not read, is due', () => {
    expect(isCheckInDue('', '2026-02-15', 7)).toBe(true);
    expect(isCheckInDue('last week', '2026-02-15', 7)).toBe(true);
  });
  test('a date-time counts its time of day', () => {
    expect(isCheckInDue('2026-02-08T09:00', '2026-02-15', 7)).toBe(false);
    expect(isStaleCheckIn(46000.5, 46007, 7)).toBe(false);
    expect(isStaleCheckIn(45999.5, 46007, 7)).toBe(true);
  });
  test('the interval setting: whole days from 1 to 366', () => {
    expect(DEFAULT_CHECK_IN_DAYS).toBe(7);
    expect(parseCheckInDays(14)).toBe(14);
    for (const bad of [0, -1, 1.5, 367, '7', '', null]) expect(parseCheckInDays(bad)).toBeNull();
  });
});

describe('myCheckIns', () => {
  const kr = (row: number, owner: string, lastCheckIn: string, more = {}) => ({
    row,
    id: `KR-${row}`,
    parentId: 'O-1',
    type: 'keyResult',
    closed: false,
    owner,
    period: '2026-Q1',
    lastCheckIn,
    ...more,
  });
  const items = [
    kr(2, 'Eva', '2026-02-14'),
    kr(3, 'eva ', ''),
    kr(4, 'Anna', ''),
    kr(5, 'Eva', '2026-02-01'),
    kr(6, 'Eva', '', { closed: true }),
    kr(7, 'Eva', '', { period: '2026-Q2' }),
    kr(8, 'Eva', '2026-02-10', { period: '2026' }),
    { ...kr(9, 'Eva', ''), type: 'objective' },
  ];
  test('open key results of the owner in the period (and its year), due first, then by row', () => {
    const list = myCheckIns(items, 'Eva', '2026-Q1', '2026-02-15', 7);
    expect(list.map((e) => [e.item.row, e.due])).toEqual([
      [3, true],
      [5, true],
      [2, false],
      [8, false],
    ]);
    expect(list.every((e) => !e.viaObjective)).toBe(true);
  });
  test("a key result without an owner is its objective owner's, marked so", () => {
    const withObjective = [
      { ...kr(1, 'Eva', ''), id: 'O-1', parentId: '', type: 'objective' },
      kr(2, '', ''),
      { ...kr(3, '', ''), parentId: 'O-9' },
      kr(4, 'Anna', ''),
    ];
    const eva = myCheckIns(withObjective, 'eva', '2026-Q1', '2026-02-15', 7);
    expect(eva.map((e) => [e.item.row, e.viaObjective])).toEqual([[2, true]]);
    expect(myCheckIns(withObjective, 'Anna', '2026-Q1', '2026-02-15', 7)).toHaveLength(1);
  });
  test('no owner, no key results', () => {
    expect(myCheckIns(items, '', '2026-Q1', '2026-02-15', 7)).toEqual([]);
  });
});

describe('preselectOwner', () => {
  const owners = ['Anna de Vries', 'eva@example.com'];
  test('the picked name while it is an owner, else the owner written as the e-mail', () => {
    expect(preselectOwner(owners, 'anna de vries', 'eva@example.com')).toBe('Anna de Vries');
    expect(preselectOwner(owners, 'Gone', 'EVA@example.com')).toBe('eva@example.com');
    expect(preselectOwner(owners, '', 'someone@example.com')).toBe('');
  });
});

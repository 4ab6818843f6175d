// Utilities.formatDate patterns in real IANA zones, whatever the machine's TZ.

import {
  formatSimpleDate,
  usWeekOfYear,
} from '../../tools/emulator/simple-date-format';
import {
  instantOf,
  offsetMinutes,
  wallTime,
} from '../../tools/emulator/time-zone';

const HCM = 'Asia/Ho_Chi_Minh';
// Friday 12 June 2026, 08:05:09.042 in Hanoi.
const FRIDAY_MORNING = Date.UTC(2026, 5, 12, 1, 5, 9, 42);

describe('formatSimpleDate', () => {
  const cases: [string, string][] = [
    ['yyyy-MM-dd HH:mm:ss', '2026-06-12 08:05:09'],
    ['dd/MM/yyyy', '12/06/2026'],
    ['d/M/yy', '12/6/26'],
    ['MMM', 'Jun'],
    ['MMMM', 'June'],
    ['E', 'Fri'],
    ['EEE', 'Fri'],
    ['EEEE', 'Friday'],
    ['u', '5'],
    ['h:mm a', '8:05 AM'],
    ['hh', '08'],
    ['H', '8'],
    ['k', '8'],
    ['K', '8'],
    ['S', '42'],
    ['SSS', '042'],
    ['Z', '+0700'],
    ['X', '+07'],
    ['XX', '+0700'],
    ['XXX', '+07:00'],
    ["'ngày' dd", 'ngày 12'],
    ["HH'h'mm", '08h05'],
    ["''yy''", "'26'"],
    ["'it''s'", "it's"],
    ['D', '163'],
    ['w', '24'],
    ['F', '2'],
    ['zzzz', 'Indochina Time'],
  ];
  test.each(cases)('%s', (pattern, expected) => {
    expect(formatSimpleDate(FRIDAY_MORNING, HCM, pattern)).toBe(expected);
  });

  test('afternoon hour 12-hour', () => {
    const afternoon = Date.UTC(2026, 5, 12, 7, 30);
    expect(formatSimpleDate(afternoon, HCM, 'hh:mm a')).toBe('02:30 PM');
  });

  test('midnight in 12- and 24-hour fields', () => {
    const midnight = instantOf(HCM, 2026, 6, 13);
    expect(formatSimpleDate(midnight, HCM, 'h a')).toBe('12 AM');
    expect(formatSimpleDate(midnight, HCM, 'k')).toBe('24');
    expect(formatSimpleDate(midnight, HCM, 'HH')).toBe('00');
  });

  test('accepts a Date', () => {
    expect(formatSimpleDate(new Date(FRIDAY_MORNING), HCM, 'HH:mm')).toBe(
      '08:05',
    );
  });

  test('UTC zone gives Z for X', () => {
    expect(formatSimpleDate(FRIDAY_MORNING, 'UTC', 'X')).toBe('Z');
  });

  test('other zone shifts the day', () => {
    const late = Date.UTC(2026, 5, 12, 20, 0);
    expect(formatSimpleDate(late, HCM, 'EEE dd')).toBe('Sat 13');
    expect(formatSimpleDate(late, 'America/New_York', 'EEE dd HH Z')).toBe(
      'Fri 12 16 -0400',
    );
  });

  test('fixed offset zone', () => {
    expect(formatSimpleDate(FRIDAY_MORNING, 'GMT+7', 'HH:mm')).toBe('08:05');
  });

  test('illegal letter throws', () => {
    expect(() => formatSimpleDate(FRIDAY_MORNING, HCM, 'yyyy q')).toThrow(
      "Illegal pattern character 'q'",
    );
  });
});

describe('time zone helpers', () => {
  test('wall time in Hanoi', () => {
    const wall = wallTime(FRIDAY_MORNING, HCM);
    expect([wall.year, wall.month, wall.day, wall.hour, wall.minute]).toEqual([
      2026, 6, 12, 8, 5,
    ]);
    expect(wall.weekday).toBe(5);
  });

  test('instantOf inverts wallTime', () => {
    expect(instantOf(HCM, 2026, 6, 12, 8, 5, 9)).toBe(FRIDAY_MORNING - 42);
  });

  test('offset across DST', () => {
    expect(offsetMinutes(Date.UTC(2026, 0, 15), 'America/New_York')).toBe(-300);
    expect(offsetMinutes(Date.UTC(2026, 6, 15), 'America/New_York')).toBe(-240);
  });

  test('week of year at year end', () => {
    // Thursday 31 December 2026 shares a Sunday-based week with 1 January 2027.
    const wall = wallTime(Date.UTC(2026, 11, 31, 5), 'UTC');
    expect(usWeekOfYear(wall)).toEqual({week: 1, weekYear: 2027});
  });
});

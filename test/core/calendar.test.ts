import {
  CalendarError,
  addDays,
  civilDate,
  civilDateOf,
  dayOfWeek,
  daysBetween,
  fridayOf,
  formatViDate,
  isCivilDate,
  isoWeek,
  parseViDate,
  quarterBounds,
  quarterOf,
  reportingPeriod,
  romanToNumber,
  wallTimeToInstant,
  weekStart,
} from '../../src/core/calendar';

const VN = 'Asia/Ho_Chi_Minh';

describe('civilDateOf', () => {
  test.each([
    // 16:59:59.999 UTC is 23:59:59.999 in Hanoi; one ms later is midnight.
    ['2026-06-11T16:59:59.999Z', VN, '2026-06-11'],
    ['2026-06-11T17:00:00.000Z', VN, '2026-06-12'],
    ['2026-12-31T17:00:00.000Z', VN, '2027-01-01'],
    ['2026-06-11T17:00:00.000Z', 'UTC', '2026-06-11'],
    ['2026-06-12T03:59:00.000Z', 'America/New_York', '2026-06-11'],
    ['2026-06-12T04:00:00.000Z', 'America/New_York', '2026-06-12'],
  ])('%s in %s', (iso, zone, expected) => {
    expect(civilDateOf(Date.parse(iso), zone)).toBe(expected);
  });

  test('accepts a Date', () => {
    expect(civilDateOf(new Date('2026-03-31T17:30:00Z'), VN)).toBe(
      '2026-04-01',
    );
  });

  test('rejects an unknown zone', () => {
    expect(() => civilDateOf(0, 'Mars/Olympus')).toThrow(CalendarError);
  });
});

describe('wallTimeToInstant', () => {
  test.each([
    ['2026-06-12', '14:00', VN, '2026-06-12T07:00:00.000Z'],
    ['2026-06-12', '00:00', VN, '2026-06-11T17:00:00.000Z'],
    ['2026-06-12', '23:59', VN, '2026-06-12T16:59:00.000Z'],
    ['2026-01-01', '06:30', VN, '2025-12-31T23:30:00.000Z'],
    ['2026-06-12', '14:00', 'UTC', '2026-06-12T14:00:00.000Z'],
    ['2026-01-15', '08:00', 'America/New_York', '2026-01-15T13:00:00.000Z'],
    ['2026-07-15', '08:00', 'America/New_York', '2026-07-15T12:00:00.000Z'],
    // 2026-03-08 02:30 does not exist in New York; the clock jumps to 03:30.
    ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
    // 2026-11-01 01:30 happens twice in New York; the first one is taken.
    ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'],
  ])('%s %s in %s', (date, time, zone, iso) => {
    expect(wallTimeToInstant(date, time, zone)).toBe(Date.parse(iso));
  });

  test('round-trips near Hanoi midnight', () => {
    const instant = wallTimeToInstant('2026-06-12', '00:00', VN);
    expect(civilDateOf(instant, VN)).toBe('2026-06-12');
    expect(civilDateOf(instant - 1, VN)).toBe('2026-06-11');
  });

  test.each(['24:00', '14:60', '2pm', ''])('rejects time %p', time => {
    expect(() => wallTimeToInstant('2026-06-12', time, VN)).toThrow(
      CalendarError,
    );
  });

  test('rejects an invalid date', () => {
    expect(() => wallTimeToInstant('2026-02-30', '14:00', VN)).toThrow(
      CalendarError,
    );
  });
});

describe('day arithmetic', () => {
  test.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-06-12', 0, '2026-06-12'],
    ['2026-01-01', 365, '2027-01-01'],
  ])('addDays %s %d', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  test.each([
    ['2026-06-12', '2026-06-19', 7],
    ['2026-06-19', '2026-06-12', -7],
    ['2026-01-01', '2027-01-01', 365],
    ['2028-01-01', '2029-01-01', 366],
    // Spans the New York daylight-saving change, which must not matter.
    ['2026-03-07', '2026-03-09', 2],
  ])('daysBetween %s %s', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  test('rejects a malformed date', () => {
    expect(() => addDays('12/06/2026', 1)).toThrow(CalendarError);
  });
});

describe('weeks', () => {
  test.each([
    ['2026-06-08', 1],
    ['2026-06-12', 5],
    ['2026-06-14', 7],
    ['2026-01-01', 4],
  ])('dayOfWeek %s', (date, expected) => {
    expect(dayOfWeek(date)).toBe(expected);
  });

  test.each([
    ['2026-06-08', '2026-06-08'],
    ['2026-06-12', '2026-06-08'],
    ['2026-06-14', '2026-06-08'],
    ['2026-01-01', '2025-12-29'],
  ])('weekStart %s', (date, expected) => {
    expect(weekStart(date)).toBe(expected);
  });

  test.each([
    ['2026-06-08', '2026-06-12'],
    ['2026-06-14', '2026-06-12'],
    ['2025-12-29', '2026-01-02'],
  ])('fridayOf %s', (date, expected) => {
    expect(fridayOf(date)).toBe(expected);
  });

  test.each([
    ['2026-01-01', 2026, 1],
    ['2025-12-29', 2026, 1],
    ['2026-06-12', 2026, 24],
    ['2026-12-31', 2026, 53],
    ['2027-01-03', 2026, 53],
    ['2027-01-04', 2027, 1],
    ['2021-01-03', 2020, 53],
  ])('isoWeek %s', (date, year, week) => {
    expect(isoWeek(date)).toEqual({year, week});
  });
});

describe('quarters', () => {
  test.each([
    ['2026-01-01', 1],
    ['2026-03-31', 1],
    ['2026-04-01', 2],
    ['2026-09-30', 3],
    ['2026-12-31', 4],
  ])('quarterOf %s', (date, quarter) => {
    expect(quarterOf(date)).toEqual({year: 2026, quarter});
  });

  test.each([
    [1, '2026-01-01', '2026-03-31'],
    [2, '2026-04-01', '2026-06-30'],
    [3, '2026-07-01', '2026-09-30'],
    [4, '2026-10-01', '2026-12-31'],
  ] as const)('quarterBounds Q%d', (quarter, start, end) => {
    expect(quarterBounds(2026, quarter)).toEqual({start, end});
  });
});

describe('reportingPeriod', () => {
  test.each([
    [1, 15, '2025-12-15', '2026-03-14'],
    [2, 15, '2026-03-15', '2026-06-14'],
    [3, 15, '2026-06-15', '2026-09-14'],
    [4, 15, '2026-09-15', '2026-12-14'],
    ['year', 15, '2025-12-15', '2026-12-14'],
    [2, 20, '2026-03-20', '2026-06-19'],
    [1, 1, '2025-12-01', '2026-02-28'],
  ] as const)('Q%s cut-off %d', (quarter, cutoff, from, to) => {
    expect(reportingPeriod(2026, quarter, cutoff)).toEqual({from, to});
  });

  test('defaults to the 15th', () => {
    expect(reportingPeriod(2026, 2)).toEqual({
      from: '2026-03-15',
      to: '2026-06-14',
    });
  });

  test.each([0, 29, 15.5])('rejects cut-off %p', cutoff => {
    expect(() => reportingPeriod(2026, 1, cutoff)).toThrow(CalendarError);
  });
});

describe('Vietnamese dates', () => {
  test.each([
    ['2026-06-05', '05/06/2026'],
    ['2026-12-31', '31/12/2026'],
  ])('formatViDate %s', (date, expected) => {
    expect(formatViDate(date)).toBe(expected);
  });

  test.each([
    ['30/06/2026', '2026-06-30'],
    ['30/6/2026', '2026-06-30'],
    ['5/6/2026', '2026-06-05'],
    ['15-08-2026', '2026-08-15'],
    ['15.08.2026', '2026-08-15'],
    [' 29/02/2028 ', '2028-02-29'],
  ])('parseViDate %p', (text, expected) => {
    expect(parseViDate(text)).toBe(expected);
  });

  test.each([
    '31/02/2026',
    '29/02/2026',
    '32/01/2026',
    '15/13/2026',
    '15/08-2026',
    '2026-08-15',
    '15/08/26',
    '',
    'ngày 15/08/2026',
  ])('parseViDate rejects %p', text => {
    expect(parseViDate(text)).toBeNull();
  });

  test.each([
    ['I', 1],
    ['iv', 4],
    ['IX', 9],
    ['XII', 12],
    [' III ', 3],
  ])('romanToNumber %p', (text, expected) => {
    expect(romanToNumber(text)).toBe(expected);
  });

  test.each(['', 'IIII', 'XIII', 'IC', '4'])(
    'romanToNumber rejects %p',
    text => {
      expect(romanToNumber(text)).toBeNull();
    },
  );
});

describe('civil date checks', () => {
  test('civilDate builds a valid day', () => {
    expect(civilDate(2026, 2, 28)).toBe('2026-02-28');
  });

  test('civilDate rejects a missing day', () => {
    expect(civilDate(2026, 2, 29)).toBeNull();
  });

  test.each([
    ['2026-06-12', true],
    ['2026-6-12', false],
    ['2026-06-31', false],
  ])('isCivilDate %s', (text, expected) => {
    expect(isCivilDate(text)).toBe(expected);
  });
});

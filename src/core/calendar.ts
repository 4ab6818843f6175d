// Civil-date arithmetic (weeks, quarters, reporting periods) and conversion
// between instants and wall time in a named time zone.
//
// Civil dates are 'YYYY-MM-DD' strings computed with UTC arithmetic, so the
// result never depends on the zone of the machine or of Apps Script. Instants
// are converted only through Intl.DateTimeFormat with an explicit timeZone.

import {CivilDate} from './model';

export type Quarter = 1 | 2 | 3 | 4;

const MS_PER_DAY = 86_400_000;
const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Thrown when a value that must be a civil date, wall time or time zone is not one. */
export class CalendarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarError';
  }
}

/** Returns true when `text` is a 'YYYY-MM-DD' date that exists in the calendar. */
export function isCivilDate(text: string): boolean {
  const match = CIVIL_DATE.exec(text);
  return match !== null && isValidDay(+match[1], +match[2], +match[3]);
}

/** Builds a civil date from numbers, or returns null when the day does not exist. */
export function civilDate(
  year: number,
  month: number,
  day: number,
): CivilDate | null {
  if (!isValidDay(year, month, day)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Returns the number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month, 0)).getUTCDate();
}

/** Returns the last day of `month` (1–12) of `year`. */
export function lastDayOfMonth(year: number, month: number): CivilDate {
  return toCivil(utcMs(year, month, 0));
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return toCivil(toUtcMidnight(date) + days * MS_PER_DAY);
}

/** Returns `to` minus `from` in days; negative when `to` is earlier. */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / MS_PER_DAY);
}

/** Returns the ISO weekday: 1 = Monday … 7 = Sunday. */
export function dayOfWeek(date: CivilDate): number {
  const day = new Date(toUtcMidnight(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Returns the Monday of the ISO week that contains `date`. */
export function weekStart(date: CivilDate): CivilDate {
  return addDays(date, 1 - dayOfWeek(date));
}

/** Returns the ISO 8601 week: weeks start on Monday and week 1 contains the year's first Thursday. */
export function isoWeek(date: CivilDate): {year: number; week: number} {
  const thursday = addDays(date, 4 - dayOfWeek(date));
  const year = yearOf(thursday);
  const dayOfYear = daysBetween(`${pad(year, 4)}-01-01`, thursday);
  return {year, week: Math.floor(dayOfYear / 7) + 1};
}

/** Returns the Friday of the week that starts on `weekStartDate`; any day of the week gives the same Friday. */
export function fridayOf(weekStartDate: CivilDate): CivilDate {
  return addDays(weekStart(weekStartDate), 4);
}

export function quarterOf(date: CivilDate): {year: number; quarter: Quarter} {
  const month = Number(date.slice(5, 7));
  return {
    year: yearOf(date),
    quarter: (Math.floor((month - 1) / 3) + 1) as Quarter,
  };
}

/** Returns the first and last day of a calendar quarter. */
export function quarterBounds(
  year: number,
  quarter: Quarter,
): {start: CivilDate; end: CivilDate} {
  const firstMonth = (quarter - 1) * 3 + 1;
  return {
    start: `${pad(year, 4)}-${pad(firstMonth, 2)}-01`,
    end: lastDayOfMonth(year, firstMonth + 2),
  };
}

/**
 * Returns the period whose figures a report covers, after Decree
 * 09/2019/NĐ-CP. A quarter runs from `cutoffDay` of the month before it to
 * the day before `cutoffDay` of its last month, so with cutoffDay 15 Q2 2026
 * is 2026-03-15 … 2026-06-14. The year runs from `cutoffDay` of December of
 * the year before to the day before `cutoffDay` of December.
 * @throws CalendarError when cutoffDay is not 1–28 (every month has that day).
 */
export function reportingPeriod(
  year: number,
  quarter: Quarter | 'year',
  cutoffDay = 15,
): {from: CivilDate; to: CivilDate} {
  if (!Number.isInteger(cutoffDay) || cutoffDay < 1 || cutoffDay > 28) {
    throw new CalendarError(
      `Invalid reporting cut-off day ${cutoffDay}: expected a whole number from 1 to 28.`,
    );
  }
  const lastMonth = quarter === 'year' ? 12 : quarter * 3;
  const monthsCovered = quarter === 'year' ? 12 : 3;

  // Month index -1 rolls back to December of the year before, and day 0 to
  // the last day of the month before.
  const from = toCivil(utcMs(year, lastMonth - monthsCovered - 1, cutoffDay));
  const to = toCivil(utcMs(year, lastMonth - 1, cutoffDay - 1));
  return {from, to};
}

/** Returns the civil date of `instant` as seen on a wall clock in `timeZone`. */
export function civilDateOf(
  instant: number | Date,
  timeZone: string,
): CivilDate {
  const parts = wallClockAt(Number(instant), timeZone);
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

/**
 * Returns the instant (ms since epoch) when wall clocks in `timeZone` show
 * `time` ('HH:mm') on `date`. In a daylight-saving gap the later offset wins
 * and in an overlap the earlier instant wins; Asia/Ho_Chi_Minh has neither.
 * @throws CalendarError on an invalid date, time or time zone.
 */
export function wallTimeToInstant(
  date: CivilDate,
  time: string,
  timeZone: string,
): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!match || +match[1] > 23 || +match[2] > 59) {
    throw new CalendarError(
      `Invalid wall time "${time}": expected HH:mm, e.g. 14:00.`,
    );
  }
  const wallAsUtc = toUtcMidnight(date) + (+match[1] * 60 + +match[2]) * 60_000;

  // This assumes at most one offset change within a day either side of the
  // wall time, so the offsets at those two instants give every candidate.
  // A candidate is right when the zone's clock at it shows the wall time.
  const candidates = [
    wallAsUtc - offsetAt(wallAsUtc - MS_PER_DAY, timeZone),
    wallAsUtc - offsetAt(wallAsUtc + MS_PER_DAY, timeZone),
  ];
  const matching = candidates.filter(
    instant => instant + offsetAt(instant, timeZone) === wallAsUtc,
  );
  return matching.length > 0 ? Math.min(...matching) : Math.max(...candidates);
}

/** Formats a civil date as 'dd/mm/yyyy', the form Vietnamese documents use. */
export function formatViDate(date: CivilDate): string {
  const [year, month, day] = splitCivil(date);
  return `${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`;
}

/**
 * Reads 'dd/mm/yyyy', 'd/m/yyyy', 'dd-mm-yyyy' or 'dd.mm.yyyy' (one separator
 * throughout), or returns null when the text is not such a date or the day
 * does not exist ("31/02/2026").
 */
export function parseViDate(text: string): CivilDate | null {
  const match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text.trim());
  if (!match) return null;
  return civilDate(+match[4], +match[3], +match[1]);
}

const ROMAN_NUMERALS = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
];

/** Reads a Roman numeral from I to XII in either case, or returns null. */
export function romanToNumber(text: string): number | null {
  const index = ROMAN_NUMERALS.indexOf(text.trim().toUpperCase());
  return index < 0 ? null : index + 1;
}

function isValidDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function splitCivil(date: CivilDate): [number, number, number] {
  const match = CIVIL_DATE.exec(date);
  if (!match || !isValidDay(+match[1], +match[2], +match[3])) {
    throw new CalendarError(
      `Invalid civil date "${date}": expected YYYY-MM-DD.`,
    );
  }
  return [+match[1], +match[2], +match[3]];
}

function yearOf(date: CivilDate): number {
  return Number(date.slice(0, 4));
}

function toUtcMidnight(date: CivilDate): number {
  const [year, month, day] = splitCivil(date);
  return utcMs(year, month - 1, day);
}

/** Returns UTC midnight of a day; out-of-range months and days roll over as in Date.UTC. */
function utcMs(year: number, monthIndex: number, day: number): number {
  const at = new Date(0);
  // setUTCFullYear keeps years 0–99 literal, which Date.UTC would map to 19xx.
  at.setUTCFullYear(year, monthIndex, day);
  return at.getTime();
}

function toCivil(utcMidnight: number): CivilDate {
  const at = new Date(utcMidnight);
  return `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1, 2)}-${pad(at.getUTCDate(), 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Building an Intl.DateTimeFormat is far slower than using one, and the
// readers convert many instants in the same few zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new CalendarError(
        `Invalid time zone "${timeZone}": expected an IANA name such as Asia/Ho_Chi_Minh.`,
      );
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClockAt(instant: number, timeZone: string): WallClock {
  if (!Number.isFinite(instant)) {
    throw new CalendarError(
      `Invalid instant ${instant}: expected ms since epoch.`,
    );
  }
  const clock: WallClock = {
    year: 0,
    month: 0,
    day: 0,
    hour: 0,
    minute: 0,
    second: 0,
  };
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type in clock) {
      clock[part.type as keyof WallClock] = Number(part.value);
    }
  }
  // Some engines print midnight as hour 24 even with hourCycle h23.
  if (clock.hour === 24) clock.hour = 0;
  return clock;
}

/** Returns the zone's offset from UTC at `instant`, in ms (+7 h for Asia/Ho_Chi_Minh). */
function offsetAt(instant: number, timeZone: string): number {
  const clock = wallClockAt(instant, timeZone);
  const wallAsUtc =
    utcMs(clock.year, clock.month - 1, clock.day) +
    ((clock.hour * 60 + clock.minute) * 60 + clock.second) * 1000;
  // The wall clock has no milliseconds, so compare against the whole second.
  const wholeSecond = instant - (((instant % 1000) + 1000) % 1000);
  return wallAsUtc - wholeSecond;
}

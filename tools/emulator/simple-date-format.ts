// Java SimpleDateFormat patterns, as Utilities.formatDate reads them, in English (en_US).

import {Exception} from './exception';
import {
  formatOffset,
  offsetMinutes,
  wallTime,
  type WallTime,
} from './time-zone';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/**
 * Returns the week of the year and its year as Java's en_US Calendar counts them: weeks start
 * on Sunday and week 1 is the week that contains 1 January.
 */
export function usWeekOfYear(wall: WallTime): {week: number; weekYear: number} {
  const dayMs = 86400000;
  const date = Date.UTC(wall.year, wall.month - 1, wall.day);
  const saturday = date + (6 - wall.weekday) * dayMs;
  if (new Date(saturday).getUTCFullYear() > wall.year) {
    return {week: 1, weekYear: wall.year + 1};
  }
  const jan1 = Date.UTC(wall.year, 0, 1);
  const jan1Weekday = new Date(jan1).getUTCDay();
  const dayOfYear = Math.round((date - jan1) / dayMs);
  return {
    week: Math.floor((dayOfYear + jan1Weekday) / 7) + 1,
    weekYear: wall.year,
  };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function zoneName(instant: number, zone: string, long: boolean): string {
  // NOTE: Java prints short names such as 'ICT' for Asia/Ho_Chi_Minh; Intl only has 'GMT+7'.
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      timeZoneName: long ? 'long' : 'short',
    }).formatToParts(new Date(instant));
    return parts.find(p => p.type === 'timeZoneName')?.value ?? zone;
  } catch {
    return zone;
  }
}

function isoOffset(minutes: number, count: number): string {
  if (minutes === 0) return 'Z';
  if (count === 1) return formatOffset(minutes).slice(0, 3);
  return formatOffset(minutes, count >= 3);
}

function formatField(
  letter: string,
  count: number,
  instant: number,
  zone: string,
  wall: WallTime,
): string {
  switch (letter) {
    case 'G':
      return 'AD';
    case 'y':
      return count === 2 ? pad(wall.year % 100, 2) : pad(wall.year, count);
    case 'Y': {
      const weekYear = usWeekOfYear(wall).weekYear;
      return count === 2 ? pad(weekYear % 100, 2) : pad(weekYear, count);
    }
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[wall.month - 1];
      if (count === 3) return MONTHS[wall.month - 1].slice(0, 3);
      return pad(wall.month, count);
    case 'w':
      return pad(usWeekOfYear(wall).week, count);
    case 'W': {
      const firstWeekday = (wall.weekday - ((wall.day - 1) % 7) + 7) % 7;
      return pad(Math.floor((wall.day - 1 + firstWeekday) / 7) + 1, count);
    }
    case 'D': {
      const start = Date.UTC(wall.year, 0, 1);
      const date = Date.UTC(wall.year, wall.month - 1, wall.day);
      return pad(Math.round((date - start) / 86400000) + 1, count);
    }
    case 'd':
      return pad(wall.day, count);
    case 'F':
      return pad(Math.floor((wall.day - 1) / 7) + 1, count);
    case 'E':
      return count >= 4
        ? WEEKDAYS[wall.weekday]
        : WEEKDAYS[wall.weekday].slice(0, 3);
    case 'u':
      return pad(wall.weekday === 0 ? 7 : wall.weekday, count);
    case 'a':
      return wall.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(wall.hour, count);
    case 'k':
      return pad(wall.hour === 0 ? 24 : wall.hour, count);
    case 'K':
      return pad(wall.hour % 12, count);
    case 'h':
      return pad(wall.hour % 12 === 0 ? 12 : wall.hour % 12, count);
    case 'm':
      return pad(wall.minute, count);
    case 's':
      return pad(wall.second, count);
    case 'S':
      return pad(wall.millisecond, count);
    case 'z':
      return zoneName(instant, zone, count >= 4);
    case 'Z':
      return formatOffset(offsetMinutes(instant, zone));
    case 'X':
      return isoOffset(offsetMinutes(instant, zone), count);
    default:
      // NOTE: Java's IllegalArgumentException text; Apps Script may wrap it differently.
      throw new Exception(`Illegal pattern character '${letter}'`);
  }
}

/**
 * Formats a Date or an instant (ms since epoch) in `zone` with a SimpleDateFormat pattern
 * such as 'dd/MM/yyyy HH:mm'.
 */
export function formatSimpleDate(
  date: number | Date,
  zone: string,
  pattern: string,
): string {
  const instant = typeof date === 'number' ? date : date.getTime();
  const wall = wallTime(instant, zone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i];
    if (char === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      i++;
      while (i < pattern.length) {
        if (pattern[i] === "'" && pattern[i + 1] === "'") {
          out += "'";
          i += 2;
        } else if (pattern[i] === "'") {
          i++;
          break;
        } else {
          out += pattern[i++];
        }
      }
      continue;
    }
    if (!/[A-Za-z]/.test(char)) {
      out += char;
      i++;
      continue;
    }
    let count = 1;
    while (pattern[i + count] === char) count++;
    out += formatField(char, count, instant, zone, wall);
    i += count;
  }
  return out;
}

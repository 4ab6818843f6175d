// Wall-clock arithmetic in IANA time zones through Intl, independent of the machine's TZ.

export interface WallTime {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday … 6 = Saturday, as Date.getDay. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const FIXED_OFFSET = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/;

/** Returns the offset in minutes of a Java-style custom zone such as 'GMT+07:00', else null. */
function fixedOffsetMinutes(zone: string): number | null {
  const match = FIXED_OFFSET.exec(zone);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Tells whether `zone` is an IANA zone known to Intl or a fixed offset like 'GMT+7'. */
export function isKnownTimeZone(zone: string): boolean {
  if (fixedOffsetMinutes(zone) !== null) return true;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** Splits an instant into the wall-clock fields seen in `zone`. */
export function wallTime(instant: number, zone: string): WallTime {
  const fixed = fixedOffsetMinutes(zone);
  if (fixed !== null) {
    const shifted = new Date(instant + fixed * 60000);
    return {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: shifted.getUTCHours(),
      minute: shifted.getUTCMinutes(),
      second: shifted.getUTCSeconds(),
      millisecond: shifted.getUTCMilliseconds(),
      weekday: shifted.getUTCDay(),
    };
  }
  const fields: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const millisecond = ((instant % 1000) + 1000) % 1000;
  const asUtc = Date.UTC(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second,
  );
  return {
    year: fields.year,
    month: fields.month,
    day: fields.day,
    hour: fields.hour,
    minute: fields.minute,
    second: fields.second,
    millisecond,
    weekday: new Date(asUtc).getUTCDay(),
  };
}

/** Returns the zone's offset from UTC in minutes at `instant` (+420 for Asia/Ho_Chi_Minh). */
export function offsetMinutes(instant: number, zone: string): number {
  const wall = wallTime(instant, zone);
  const asUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
    wall.millisecond,
  );
  return Math.round((asUtc - instant) / 60000);
}

/**
 * Returns the instant at which `zone` shows the given wall time. Out-of-range fields roll over
 * as in Date.UTC (day 32 is the next month). In a DST gap the later offset wins.
 */
export function instantOf(
  zone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  let instant = asUtc - offsetMinutes(asUtc, zone) * 60000;
  // A second pass corrects the guess when the offset differs on either side of a DST change.
  instant = asUtc - offsetMinutes(instant, zone) * 60000;
  return instant;
}

/** Formats an offset in minutes as '+0700' or, with a colon, '+07:00'. */
export function formatOffset(minutes: number, colon = false): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  const mins = String(abs % 60).padStart(2, '0');
  return `${sign}${hours}${colon ? ':' : ''}${mins}`;
}

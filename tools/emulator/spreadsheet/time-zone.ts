// Conversions between instants and Sheets serial numbers (days since 1899-12-30) in a
// named time zone, through Intl, so the host machine's time zone never matters.

const MS_PER_DAY = 86_400_000;
/** 1899-12-30T00:00:00Z, the day Sheets counts serial numbers from. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
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
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Returns the wall time of `instant` in `timeZone`, encoded as if it were a UTC instant. */
export function wallTimeAsUtc(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wholeSeconds = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  const millis = ((instant % 1000) + 1000) % 1000;
  return wholeSeconds + millis;
}

/** Returns the offset of `timeZone` from UTC at `instant`, in ms. */
export function offsetAt(instant: number, timeZone: string): number {
  return wallTimeAsUtc(instant, timeZone) - instant;
}

/** Returns the instant whose wall time in `timeZone` is `wall` (a UTC-encoded wall time). */
export function instantFromWallTime(wall: number, timeZone: string): number {
  const guess = wall - offsetAt(wall, timeZone);
  return wall - offsetAt(guess, timeZone);
}

export function serialFromInstant(instant: number, timeZone: string): number {
  return (wallTimeAsUtc(instant, timeZone) - SERIAL_EPOCH_MS) / MS_PER_DAY;
}

export function instantFromSerial(serial: number, timeZone: string): number {
  const wall = Math.round(serial * MS_PER_DAY) + SERIAL_EPOCH_MS;
  return instantFromWallTime(wall, timeZone);
}

/** Returns the UTC-encoded wall time of a serial number, rounded to the millisecond. */
export function wallTimeFromSerial(serial: number): number {
  return Math.round(serial * MS_PER_DAY) + SERIAL_EPOCH_MS;
}

export function serialFromWallTime(wall: number): number {
  return (wall - SERIAL_EPOCH_MS) / MS_PER_DAY;
}

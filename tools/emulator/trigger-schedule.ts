// When clock triggers fire: the recurrence of a ClockTriggerBuilder turned into instants.

import {instantOf, wallTime} from './time-zone';

export type WeekDayName =
  | 'MONDAY'
  | 'TUESDAY'
  | 'WEDNESDAY'
  | 'THURSDAY'
  | 'FRIDAY'
  | 'SATURDAY'
  | 'SUNDAY';

export const WEEK_DAYS: WeekDayName[] = [
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
];

export interface ClockSchedule {
  kind: 'minutes' | 'hours' | 'days' | 'weeks' | 'monthDay' | 'once';
  /** Minutes, hours, days or weeks between fires; 1 for monthDay and once. */
  interval: number;
  timeZone: string;
  /** Instant the trigger was created: the anchor of minute, hour, day and week intervals. */
  createdAt: number;
  weekDay?: WeekDayName;
  monthDay?: number;
  hour?: number;
  /** Minutes after `hour`:00 at which the trigger fires, chosen once; may be negative. */
  slotMinute: number;
  slotSecond: number;
  /** Instant of a one-off trigger (at / after). */
  at?: number;
}

const DAY_MS = 86400000;
/** How far ahead to look for the next matching date; covers a 31st that recurs yearly. */
const MAX_SEARCH_DAYS = 800;

function dayIndex(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

function dateOfIndex(index: number): {
  year: number;
  month: number;
  day: number;
  weekday: number;
} {
  const date = new Date(index * DAY_MS);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
  };
}

/** Tells whether the local date `index` is one on which the schedule fires. */
function firesOn(
  schedule: ClockSchedule,
  index: number,
  anchor: number,
): boolean {
  const date = dateOfIndex(index);
  switch (schedule.kind) {
    case 'days':
      return index >= anchor && (index - anchor) % schedule.interval === 0;
    case 'weeks': {
      const weekday = WEEK_DAYS.indexOf(schedule.weekDay!);
      if (date.weekday !== weekday || index < anchor) return false;
      const first = anchor + ((weekday - dateOfIndex(anchor).weekday + 7) % 7);
      return ((index - first) / 7) % schedule.interval === 0;
    }
    case 'monthDay':
      // NOTE: a month without the chosen day (31 in April) is skipped, because Google does not document it.
      return date.day === schedule.monthDay;
    default:
      return false;
  }
}

/** Returns the first instant after `after` at which the schedule fires, or null if never. */
export function nextFireAfter(
  schedule: ClockSchedule,
  after: number,
): number | null {
  const {createdAt} = schedule;
  if (schedule.kind === 'once') {
    return schedule.at! > after ? schedule.at! : null;
  }
  if (schedule.kind === 'minutes' || schedule.kind === 'hours') {
    const step =
      schedule.interval * (schedule.kind === 'minutes' ? 60000 : 3600000);
    const base = Math.max(after, createdAt);
    const steps = Math.floor((base - createdAt) / step) + 1;
    return createdAt + steps * step;
  }

  const zone = schedule.timeZone;
  const created = wallTime(createdAt, zone);
  const anchor = dayIndex(created.year, created.month, created.day);
  const start = wallTime(after, zone);
  // The slot may fall up to 15 minutes before the hour, so start one day early.
  const first = dayIndex(start.year, start.month, start.day) - 1;
  const hour = schedule.hour ?? created.hour;
  for (let index = first; index < first + MAX_SEARCH_DAYS; index++) {
    if (!firesOn(schedule, index, anchor)) continue;
    const date = dateOfIndex(index);
    const fire =
      instantOf(zone, date.year, date.month, date.day, hour) +
      schedule.slotMinute * 60000 +
      schedule.slotSecond * 1000;
    if (fire > after && fire > createdAt) return fire;
  }
  return null;
}

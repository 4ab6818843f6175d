// Event objects passed to trigger handlers, shaped as Apps Script builds them.

import type {ServiceEnv} from './env';
import {User} from './session';
import {usWeekOfYear} from './simple-date-format';
import type {TriggerRecord} from './triggers';
import {wallTime} from './time-zone';

/** Result of emuUserEdit and emuUserPaste in the spreadsheet half. */
export interface UserEditResult {
  accepted: boolean;
  reason?: string;
  oldValue?: unknown;
  /** The edited Range (an object of the spreadsheet half). */
  range: EditedRange;
  value?: unknown;
}

export interface EditedRange {
  getNumRows(): number;
  getNumColumns(): number;
  getValue(): unknown;
}

/**
 * Builds the time-driven event. NOTE: Google's only example has timezone 'UTC', and users
 * report the fields in UTC whatever the script's zone, so the emulator gives them in UTC.
 */
export function clockEvent(trigger: TriggerRecord, instant: number): object {
  const wall = wallTime(instant, 'UTC');
  return {
    authMode: 'FULL',
    triggerUid: trigger.uid,
    year: wall.year,
    month: wall.month,
    'day-of-month': wall.day,
    'day-of-week': wall.weekday === 0 ? 7 : wall.weekday,
    hour: wall.hour,
    minute: wall.minute,
    second: wall.second,
    'week-of-year': usWeekOfYear(wall).week,
    timezone: 'UTC',
  };
}

const SHEETS_EPOCH = Date.UTC(1899, 11, 30);

/**
 * Turns a cell value into the string that `e.value` carries. NOTE: Apps Script passes edit
 * values as text: numbers as typed, checkboxes as 'TRUE'/'FALSE', dates as serial numbers.
 */
export function eventText(
  value: unknown,
  timeZone: string,
): string | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const wall = wallTime(value.getTime(), timeZone);
    const local = Date.UTC(
      wall.year,
      wall.month - 1,
      wall.day,
      wall.hour,
      wall.minute,
      wall.second,
    );
    return String((local - SHEETS_EPOCH) / 86400000);
  }
  return String(value);
}

/** Builds the edit event; `value` and `oldValue` are present only for a single cell. */
export function editEvent(
  env: ServiceEnv,
  edit: UserEditResult,
  source: unknown,
  userEmail: string,
  authMode: string,
  timeZone: string,
  triggerUid?: string,
): Record<string, unknown> {
  const {counter} = env.ctx;
  const single = counter.uncounted(
    () => edit.range.getNumRows() === 1 && edit.range.getNumColumns() === 1,
  );
  const event: Record<string, unknown> = {
    authMode,
    range: edit.range,
    source,
    user: new User(env, userEmail),
  };
  if (single) {
    // NOTE: what `value` holds when a cell is cleared is not documented; here it is absent.
    const value =
      edit.value !== undefined
        ? edit.value
        : counter.uncounted(() => edit.range.getValue());
    const text = eventText(value, timeZone);
    if (text !== undefined) event.value = text;
    const old = eventText(edit.oldValue, timeZone);
    if (old !== undefined) event.oldValue = old;
  }
  if (triggerUid !== undefined) event.triggerUid = triggerUid;
  return event;
}

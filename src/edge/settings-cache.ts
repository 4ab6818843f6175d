// Settings that triggers need on every run, kept in the document properties by setup, the
// daily refresh and edits of "Cấu hình", so an edit does not have to read the whole tab.
// Storing them also moves the Friday triggers when their times in "Cấu hình" changed.
import {PlanConfig} from '../core/model';
import {followScheduleChanges} from './automation';

const DEADLINE_KEY = 'config:deadline';
const REMINDER_KEY = 'config:reminder';
const ZONE_KEY = 'config:timeZone';
const YEAR_KEY = 'config:planYear';

export function storeSettings(config: PlanConfig): void {
  PropertiesService.getDocumentProperties().setProperties({
    [DEADLINE_KEY]: config.deadlineTime,
    [REMINDER_KEY]: config.reminderTime,
    [ZONE_KEY]: config.timeZone,
    [YEAR_KEY]: String(config.planYear),
  });
  followScheduleChanges(config);
}

/** Reads the Friday times ('HH:mm') and the plan's zone and year as setup last stored them. */
export function scheduleSettings(): {
  reminderTime: string;
  deadlineTime: string;
  timeZone: string;
  planYear: number;
} {
  const properties = PropertiesService.getDocumentProperties().getProperties();
  return {
    reminderTime: properties[REMINDER_KEY] ?? '08:00',
    deadlineTime: properties[DEADLINE_KEY] ?? '14:00',
    timeZone: properties[ZONE_KEY] ?? 'Asia/Ho_Chi_Minh',
    planYear: Number(properties[YEAR_KEY] ?? new Date().getUTCFullYear()),
  };
}

/** Returns the Friday deadline as hour and minute; 14:00 until setup has stored one. */
export function deadlineSetting(): {hour: number; minute: number} {
  const text =
    PropertiesService.getDocumentProperties().getProperty(DEADLINE_KEY) ??
    '14:00';
  const [hour, minute] = text.split(':').map(Number);
  return {hour, minute};
}

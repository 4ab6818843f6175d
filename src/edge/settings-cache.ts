// Settings that triggers need on every run, kept in the document properties by setup, the
// daily refresh and edits of "Cấu hình", so an edit does not have to read the whole tab.
// Storing them also moves the Friday triggers when their times in "Cấu hình" changed.
import {PlanConfig} from '../core/model';
import {followScheduleChanges} from './automation';

const DEADLINE_KEY = 'config:deadline';

export function storeSettings(config: PlanConfig): void {
  PropertiesService.getDocumentProperties().setProperty(
    DEADLINE_KEY,
    config.deadlineTime,
  );
  followScheduleChanges(config);
}

/** Returns the Friday deadline as hour and minute; 14:00 until setup has stored one. */
export function deadlineSetting(): {hour: number; minute: number} {
  const text =
    PropertiesService.getDocumentProperties().getProperty(DEADLINE_KEY) ??
    '14:00';
  const [hour, minute] = text.split(':').map(Number);
  return {hour, minute};
}

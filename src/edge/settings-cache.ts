// Settings that triggers need on every run, kept in the document properties by setup and the
// daily refresh so an edit does not have to read the whole Cấu hình tab.
import {PlanConfig} from '../core/model';

const DEADLINE_KEY = 'config:deadline';

export function storeSettings(config: PlanConfig): void {
  PropertiesService.getDocumentProperties().setProperty(
    DEADLINE_KEY,
    config.deadlineTime,
  );
}

/** The Friday deadline as hour and minute; 14:00 until setup has stored one. */
export function deadlineSetting(): {hour: number; minute: number} {
  const text =
    PropertiesService.getDocumentProperties().getProperty(DEADLINE_KEY) ??
    '14:00';
  const [hour, minute] = text.split(':').map(Number);
  return {hour, minute};
}

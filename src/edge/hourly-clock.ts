// The add-on variant's only clock trigger. Editor add-ons may keep one clock trigger per user
// and document, firing at most hourly, so each hourly run does whatever is due. That is the
// daily refresh once a day, the Friday reminder from its time, the summary after the deadline
// and any resume work an earlier run left. The jobs send each email once, so running them again in a
// later hour only finishes what is pending.
import {civilDateOf, dayOfWeek, wallTimeToInstant} from '../core/calendar';
import {
  DAILY_REFRESH_HOUR,
  deleteResumeTriggers,
  resumeDueAt,
} from './automation';
import {refreshMessage, refreshSpreadsheet} from './jobs';
import {scheduleSettings} from './settings-cache';
import {runReminders, runSummary} from './weekly-jobs';

const DAILY_DONE_KEY = 'clock:dailyRefreshDate';
const FRIDAY = 5;

export function runHourlyClock(now: number = Date.now()): string {
  const settings = scheduleSettings();
  const zone = settings.timeZone;
  const today = civilDateOf(now, zone);
  const properties = PropertiesService.getDocumentProperties();
  const messages: string[] = [];

  const refreshFrom = wallTimeToInstant(
    today,
    `${String(DAILY_REFRESH_HOUR).padStart(2, '0')}:00`,
    zone,
  );
  if (properties.getProperty(DAILY_DONE_KEY) !== today && now >= refreshFrom) {
    const {upgrade, problems} = refreshSpreadsheet({check: false});
    properties.setProperty(DAILY_DONE_KEY, today);
    messages.push(refreshMessage(upgrade, problems.length));
  }

  const resumeAt = resumeDueAt();
  const resumeDue = resumeAt !== null && resumeAt <= now;
  if (resumeDue) deleteResumeTriggers();
  const friday = dayOfWeek(today) === FRIDAY;
  if (
    resumeDue ||
    (friday && now >= wallTimeToInstant(today, settings.deadlineTime, zone))
  ) {
    messages.push(runSummary().message);
  }
  if (
    resumeDue ||
    (friday && now >= wallTimeToInstant(today, settings.reminderTime, zone))
  ) {
    messages.push(runReminders().message);
  }
  return messages.length > 0
    ? messages.join(' ')
    : 'Chưa đến giờ của việc nào.';
}

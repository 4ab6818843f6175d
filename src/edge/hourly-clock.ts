// The add-on variant's only clock trigger. Editor add-ons may keep one clock trigger per user
// and document, firing at most hourly, so each hourly run does whatever is due. That is the
// daily refresh once a day, the Friday reminder from its time, the summary after the deadline
// and any resume work an earlier run left. The jobs send each email once, so running them again in a
// later hour only finishes what is pending. A Friday job that finished with nothing pending is
// not run again that day unless a resume is due, because every run reads the whole plan, which
// takes minutes of the daily trigger time on large plans.
import {civilDateOf, dayOfWeek, wallTimeToInstant} from '../core/calendar';
import {MAIL_TAB} from '../workbook/schema';
import {
  DAILY_REFRESH_HOUR,
  deleteResumeTriggers,
  resumeDueAt,
} from './automation';
import {refreshMessage, refreshSpreadsheet} from './jobs';
import {scheduleSettings} from './settings-cache';
import {JOB_LABELS, JobResult, runReminders, runSummary} from './weekly-jobs';

const DAILY_DONE_KEY = 'clock:dailyRefreshDate';
const FRIDAY = 5;

type Properties = GoogleAppsScript.Properties.Properties;

interface FridayJob {
  label: string;
  /** Wall time ('HH:mm') on Friday from which the job is due. */
  dueFrom: string;
  /** Document property with the date of the Friday on which the job finished. */
  doneKey: string;
  run(): JobResult;
}

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
  const jobs: FridayJob[] = [
    {
      label: JOB_LABELS.summary,
      dueFrom: settings.deadlineTime,
      doneKey: 'clock:summaryDoneDate',
      run: () => runSummary(),
    },
    {
      label: JOB_LABELS.reminder,
      dueFrom: settings.reminderTime,
      doneKey: 'clock:reminderDoneDate',
      run: () => runReminders(),
    },
  ];
  for (const job of jobs) {
    const message = runFridayJob(job, {
      now,
      today,
      zone,
      resumeDue,
      properties,
    });
    if (message !== null) messages.push(message);
  }
  return messages.length > 0
    ? messages.join(' ')
    : 'Chưa đến giờ của việc nào.';
}

/**
 * Runs `job` when it is due on this Friday or a resume run is due, and records the date once
 * it has finished. Returns its message, or null when the job is not due.
 */
function runFridayJob(
  job: FridayJob,
  run: {
    now: number;
    today: string;
    zone: string;
    resumeDue: boolean;
    properties: Properties;
  },
): string | null {
  const friday = dayOfWeek(run.today) === FRIDAY;
  const due =
    friday && run.now >= wallTimeToInstant(run.today, job.dueFrom, run.zone);
  if (!due && !run.resumeDue) return null;
  // A due resume runs the job even when it finished earlier today, because a later run,
  // such as one from the menu, may have left emails pending.
  if (!run.resumeDue && run.properties.getProperty(job.doneKey) === run.today)
    return `${job.label}: đã chạy xong trong tuần này, không còn thư nào chờ gửi. Kết quả từng thư ở tab "${MAIL_TAB.name}".`;

  const result = job.run();
  if (friday && result.finished)
    run.properties.setProperty(job.doneKey, run.today);
  return result.message;
}

// The add-on variant's only clock trigger. Editor add-ons may keep one clock trigger per user
// and document, firing at most hourly, so each hourly run does whatever is due. That is the
// daily refresh once a day, the Friday reminder from its time, the summary after the deadline
// and any resume work an earlier run left. Each Friday job runs once, in the first hourly run
// after its time. A job that leaves work pending (a busy lock, a deferred or failed email)
// stores a resume time, and the first hourly run after that time runs it again. Every run
// reads the plan, which takes minutes of the daily trigger time on large plans, so no hour
// repeats a job for nothing.
import {civilDateOf, dayOfWeek, wallTimeToInstant} from '../core/calendar';
import {MAIL_TAB} from '../workbook/schema';
import {
  DAILY_REFRESH_HOUR,
  deleteResumeTriggers,
  HANDLERS,
  HandlerName,
  resumeDueAt,
} from './automation';
import {deferJob, hasTimeForAnotherJob, resumeCallsFor} from './resumed-jobs';
import {refreshMessage, refreshSpreadsheet} from './jobs';
import {scheduleSettings} from './settings-cache';
import {JOB_LABELS, JobResult, runReminders, runSummary} from './weekly-jobs';

const DAILY_DONE_KEY = 'clock:dailyRefreshDate';
const FRIDAY = 5;

type Properties = GoogleAppsScript.Properties.Properties;

interface FridayJob {
  handler: HandlerName;
  label: string;
  /** Wall time ('HH:mm') on Friday from which the job is due. */
  dueFrom: string;
  /** Document property with the date of the Friday on which the job ran. */
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
  let readPlan = false;
  if (properties.getProperty(DAILY_DONE_KEY) !== today && now >= refreshFrom) {
    const {upgrade, problems} = refreshSpreadsheet({check: false});
    properties.setProperty(DAILY_DONE_KEY, today);
    messages.push(refreshMessage(upgrade, problems.length));
    readPlan = true;
  }

  const resumeAt = resumeDueAt();
  const resumeReasons =
    resumeAt !== null && resumeAt <= now ? deleteResumeTriggers() : null;
  const jobs: FridayJob[] = [
    {
      handler: HANDLERS.summary,
      label: JOB_LABELS.summary,
      dueFrom: settings.deadlineTime,
      doneKey: 'clock:summaryDoneDate',
      run: () => runSummary(),
    },
    {
      handler: HANDLERS.reminder,
      label: JOB_LABELS.reminder,
      dueFrom: settings.reminderTime,
      doneKey: 'clock:reminderDoneDate',
      run: () => runReminders(),
    },
  ];
  for (const job of jobs) {
    const resumeDue =
      resumeReasons !== null && resumeCallsFor(job.handler, resumeReasons);
    const message = runFridayJob(job, {
      now,
      today,
      zone,
      resumeDue,
      properties,
      readPlan,
    });
    if (message === null) continue;
    messages.push(message.text);
    readPlan ||= message.readPlan;
  }
  return messages.length > 0
    ? messages.join(' ')
    : 'Chưa đến giờ của việc nào.';
}

/**
 * Runs `job` when it is due on this Friday and has not run yet, or when a resume is due for
 * it, and records the date it ran. Returns its message and whether it read the plan, or null when the
 * job is not due. After another plan read, a job starts only while the run is young.
 */
function runFridayJob(
  job: FridayJob,
  run: {
    now: number;
    today: string;
    zone: string;
    resumeDue: boolean;
    properties: Properties;
    /** Whether this execution already read the plan. */
    readPlan: boolean;
  },
): {text: string; readPlan: boolean} | null {
  const friday = dayOfWeek(run.today) === FRIDAY;
  const due =
    friday && run.now >= wallTimeToInstant(run.today, job.dueFrom, run.zone);
  if (!due && !run.resumeDue) return null;
  // A due resume runs the job even when it ran earlier today, because that run or a later
  // one, such as one from the menu, left emails pending.
  if (!run.resumeDue && run.properties.getProperty(job.doneKey) === run.today)
    return {
      text: `${job.label}: đã chạy hôm nay; thư nào còn chờ sẽ được gửi khi đến giờ hẹn gửi lại. Kết quả từng thư ở tab "${MAIL_TAB.name}".`,
      readPlan: false,
    };
  if (run.readPlan && !hasTimeForAnotherJob())
    return {text: deferJob(job.handler), readPlan: false};

  const result = job.run();
  // What the run left pending has a resume time, so the job need not run every hour.
  if (friday) run.properties.setProperty(job.doneKey, run.today);
  return {text: result.message, readPlan: true};
}

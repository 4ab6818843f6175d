// The Friday jobs: the morning reminder to each unit and the summary after the deadline.
// Both run under the document lock, so a trigger that fires twice or a "send now" click
// during a run waits for it and then finds every email already sent. Whatever a run could
// not finish (quota, time budget, a failed send, a busy lock) is left for the resume trigger.
import {civilDateOf, wallTimeToInstant} from '../core/calendar';
import {PlanConfig} from '../core/model';
import {RecipientProblem} from '../core/report-model';
import {weekInfo} from '../core/week';
import {
  cancelResume,
  HANDLERS,
  HandlerName,
  scheduleResume,
  summaryHour,
} from './automation';
import {KIND_LABELS, resultLabel, writeLedger} from './mail-ledger';
import {MarkStore} from './mail-marks';
import {untilQuotaReset} from './mail-quota';
import {recipientProblems} from './mail-recipients';
import {emptyOutcome, sendOnce, SendOutcome} from './mail-sender';
import {
  mailKey,
  OutgoingMail,
  reminderMails,
  summaryMail,
  SUMMARY_KEY_UNIT,
  summaryRecipients,
} from './messages';
import {recordRun, recordStart} from './run-records';
import {
  loadConfig,
  loadState,
  PlanState,
  REMINDER_COLUMNS,
  StateColumns,
  SUMMARY_COLUMNS,
} from './state';
import {previousSnapshot, storeSnapshot} from './weekly-snapshot';

/**
 * When this execution started. Apps Script runs a script's top-level code at the start of
 * every execution, so this is the instant the 6-minute limit counts from.
 */
export const EXECUTION_STARTED_AT = Date.now();
/** No email is started after this much of the 6 minutes, leaving time to record results. */
export const TIME_BUDGET_MS = 4.5 * 60 * 1000;
/**
 * Limit for starting the first email of an execution, so that a run whose plan read used the
 * whole budget still sends one. A send takes seconds even with its retries (3 s of backoff),
 * so 5 minutes leaves about a minute to record the results before the 6-minute stop.
 */
// NOTE: a plan read longer than this still defers every email, so each resume run repeats it.
const FIRST_MAIL_LIMIT_MS = 5 * 60 * 1000;
const LOCK_WAIT_MS = 30 * 1000;
const MINUTE_MS = 60 * 1000;
/** After the 6-minute limit, so a run that Apps Script stops is finished by the resume run. */
const SAFETY_RESUME_MS = 7 * MINUTE_MS;
export const SAFETY_REASON = 'unfinished';
/** A resume run after the summary's hour, in case Apps Script skips the summary trigger. */
export const SUMMARY_BACKUP_REASON = 'summary-backup';

export interface JobResult {
  outcome: SendOutcome | null;
  /** Vietnamese one-line result for the status view and alerts. */
  message: string;
}

/** Names of the Friday jobs in messages, as users see them. */
export const JOB_LABELS = {
  reminder: 'Nhắc báo cáo tuần',
  summary: 'Tổng hợp tuần',
} as const;

export interface JobOptions {
  /** Set for menu requests: reminders may then go out after the deadline. */
  manual?: boolean;
}

/** Emails this execution started in any job (global code runs again in every execution). */
let mailsStarted = 0;

function withDocumentLock<T>(work: () => T): T | null {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return null;
  try {
    return work();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

function describe(outcome: SendOutcome): string {
  const parts = [`đã gửi ${outcome.sent.length}`];
  if (outcome.skipped.length > 0)
    parts.push(`bỏ qua ${outcome.skipped.length} thư đã gửi trước đó`);
  if (outcome.failed.length > 0) parts.push(`lỗi ${outcome.failed.length}`);
  if (outcome.deferred.length > 0)
    parts.push(`chờ gửi ${outcome.deferred.length}`);
  return parts.join(', ');
}

/**
 * Milliseconds until the resume run: a minute after a time stop, a backoff after a failed
 * send, and just after the daily quota resets when the quota ran out.
 */
function resumeDelay(outcome: SendOutcome, store: MarkStore): number | null {
  const delays: number[] = [];
  for (const {reason} of outcome.deferred)
    delays.push(reason === 'time' ? MINUTE_MS : untilQuotaReset(Date.now()));
  for (const {mail, permanent} of outcome.failed) {
    if (permanent) continue;
    const tries = store.get(mail.key)?.tries ?? 1;
    delays.push(Math.min(60, 5 * 2 ** (tries - 1)) * MINUTE_MS);
  }
  return delays.length === 0 ? null : Math.min(...delays);
}

interface Job {
  handler: HandlerName;
  label: string;
  /** The columns the job reads; the rest of the large tabs costs time and is not used. */
  columns: StateColumns;
  /**
   * Returns a message to stop before the plan is read, from the settings alone, or null to
   * go on. At 100,000 tasks the read takes minutes that a job with nothing to do must not spend.
   */
  ready?(config: PlanConfig, now: number): string | null;
  /** Builds the emails and the send options from the state; returns a message to stop. */
  plan(
    state: PlanState,
    store: MarkStore,
  ):
    | {mails: OutgoingMail[]; allowFresh: boolean; reserve: number}
    | {stop: string};
  /** Runs after sending, still under the lock. */
  after?(state: PlanState, outcome: SendOutcome, store: MarkStore): void;
}

function runJob(job: Job): JobResult {
  recordStart(job.handler);
  const result = withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const notReady = job.ready?.(loadConfig(spreadsheet), Date.now()) ?? null;
    if (notReady !== null) {
      const message = `${job.label}: ${notReady}`;
      return {outcome: emptyOutcome(), message};
    }
    const state = loadState(spreadsheet, Date.now(), job.columns);
    const week = weekInfo(state.today, state.config);
    const store = new MarkStore(
      spreadsheet,
      PropertiesService.getDocumentProperties(),
    );
    store.moveLegacy();
    store.settle(week.monday, Date.now());

    const plan = job.plan(state, store);
    const stopped = 'stop' in plan;
    let outcome = emptyOutcome();
    let message: string;
    if (stopped) {
      message = `${job.label}: ${plan.stop}`;
    } else {
      // If Apps Script ends this run before it records its work, this run finishes it.
      scheduleResume(SAFETY_RESUME_MS, SAFETY_REASON);
      outcome = sendOnce(store, plan.mails, {
        allowFresh: () => plan.allowFresh,
        reservedForSummary: plan.reserve,
        stopAt: EXECUTION_STARTED_AT + TIME_BUDGET_MS,
        firstMailStopAt:
          mailsStarted === 0
            ? EXECUTION_STARTED_AT + FIRST_MAIL_LIMIT_MS
            : null,
      });
      mailsStarted += outcome.started;
      message = `${job.label}: ${describe(outcome)}.`;
    }
    writeLedger(spreadsheet, store);
    job.after?.(state, outcome, store);
    cancelResume(SAFETY_REASON);
    const delay = resumeDelay(outcome, store);
    if (delay !== null) scheduleResume(delay, job.handler);
    else cancelResume(job.handler);
    return {outcome, message};
  });
  if (result === null) {
    // The run holding the lock may be another job, so this one must still happen later.
    scheduleResume(MINUTE_MS, job.handler);
    const message = `${job.label}: một lần chạy khác đang gửi thư; sẽ chạy lại sau ít phút để không gửi trùng.`;
    console.warn(`${job.handler}: ${message}`);
    recordRun(job.handler, {at: Date.now(), ok: true, message});
    return {outcome: null, message};
  }
  const ok = result.outcome?.failed.length === 0;
  recordRun(job.handler, {at: Date.now(), ok, message: result.message});
  console.info(`${job.handler}: ${result.message}`);
  return result;
}

/**
 * Sends this week's reminders. Before the Friday deadline it sends every reminder not sent
 * yet; after it only those an earlier run left pending, unless the request comes from the menu.
 */
export function runReminders(options: JobOptions = {}): JobResult {
  return runJob({
    handler: HANDLERS.reminder,
    label: JOB_LABELS.reminder,
    columns: REMINDER_COLUMNS,
    plan(state, store) {
      const week = weekInfo(state.today, state.config);
      const url = SpreadsheetApp.getActiveSpreadsheet().getUrl();
      const summaryKey = mailKey(week.monday, 'summary', SUMMARY_KEY_UNIT);
      const summarySent = store.get(summaryKey)?.state === 'sent';
      return {
        mails: reminderMails(state, url).mails,
        allowFresh: options.manual === true || state.now < week.deadlineAt,
        reserve: summarySent ? 0 : summaryRecipients(state).length,
      };
    },
    after(state, _outcome, store) {
      const week = weekInfo(state.today, state.config);
      const summaryKey = mailKey(week.monday, 'summary', SUMMARY_KEY_UNIT);
      if (state.now >= week.deadlineAt || store.get(summaryKey)) return;
      const hour = String(summaryHour(state.config) + 1).padStart(2, '0');
      const backupAt = wallTimeToInstant(
        week.friday,
        `${hour}:15`,
        state.config.timeZone,
      );
      scheduleResume(backupAt - Date.now(), SUMMARY_BACKUP_REASON);
    },
  });
}

/** Sends this week's summary, only after the Friday deadline. */
export function runSummary(): JobResult {
  return runJob({
    handler: HANDLERS.summary,
    label: JOB_LABELS.summary,
    columns: SUMMARY_COLUMNS,
    ready(config, now) {
      const week = weekInfo(civilDateOf(now, config.timeZone), config);
      return now < week.deadlineAt
        ? `chưa đến hạn báo cáo (${week.deadlineText}); bản tổng hợp chỉ gửi sau hạn.`
        : null;
    },
    plan(state, store) {
      const week = weekInfo(state.today, state.config);
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const url = spreadsheet.getUrl();
      const reminders = reminderMails(state, url);
      const problems = summaryProblems(
        spreadsheet,
        state,
        reminders.unitCodes,
        store,
      );
      const mails = summaryMail(
        state,
        url,
        previousSnapshot(week.monday),
        problems,
      );
      if (mails.length === 0)
        return {
          stop: 'không có địa chỉ email hợp lệ của Văn phòng Đảng ủy hoặc người nhận trong tab "Cấu hình".',
        };
      return {mails, allowFresh: true, reserve: 0};
    },
    after(state, outcome, store) {
      const week = weekInfo(state.today, state.config);
      if (outcome.sent.length > 0) storeSnapshot(state, week.monday);
      const summaryKey = mailKey(week.monday, 'summary', SUMMARY_KEY_UNIT);
      if (store.get(summaryKey)?.state === 'sent')
        cancelResume(SUMMARY_BACKUP_REASON);
      store.prune(week.monday);
    },
  });
}

/**
 * Problems the summary lists: missing and invalid addresses, then emails of this week that
 * failed for good, expired or may not have gone out.
 */
export function summaryProblems(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  state: PlanState,
  unitCodes: ReadonlySet<string>,
  store = new MarkStore(spreadsheet, PropertiesService.getDocumentProperties()),
): RecipientProblem[] {
  return [
    ...recipientProblems(spreadsheet, unitCodes),
    ...deliveryProblems(store, state),
  ];
}

/** Emails that failed for good, expired or may not have gone out, since this week began. */
function deliveryProblems(
  store: MarkStore,
  state: PlanState,
): RecipientProblem[] {
  const week = weekInfo(state.today, state.config);
  const since = wallTimeToInstant(week.monday, '00:00', state.config.timeZone);
  return store
    .problems()
    .filter(([, mark]) => mark.at >= since)
    .map(([, mark]) => ({
      owner: `${KIND_LABELS[mark.kind]} – ${mark.unitName}`,
      address: mark.to.join(', '),
      problem: `${resultLabel(mark)}${mark.error ? `: ${mark.error}` : ''}`,
    }));
}

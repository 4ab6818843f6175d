// Dispatch of the Friday jobs in a resume run. Every job reads the plan, which takes minutes
// of the 6-minute limit at 100,000 tasks. So a run starts a further job only while it is young
// and otherwise leaves that job to a resume run of its own.
import {HANDLERS, HandlerName, scheduleResume} from './automation';
import {
  EXECUTION_STARTED_AT,
  JOB_LABELS,
  JobResult,
  runReminders,
  runSummary,
  SAFETY_REASON,
  SUMMARY_BACKUP_REASON,
} from './weekly-jobs';

/**
 * Time from the execution's start within which a run may start another plan-reading job.
 * A small plan's jobs take seconds, so they still run together. A large plan's first job
 * takes longer than this, because two reads of 100,000 tasks would not fit in 6 minutes.
 */
const ANOTHER_JOB_WITHIN_MS = 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** Returns whether this execution is young enough to start another plan-reading job. */
export function hasTimeForAnotherJob(now: number = Date.now()): boolean {
  return now - EXECUTION_STARTED_AT < ANOTHER_JOB_WITHIN_MS;
}

/** Schedules `handler`'s job for a resume run and returns the message for the run record. */
export function deferJob(handler: HandlerName): string {
  scheduleResume(MINUTE_MS, handler);
  const label =
    handler === HANDLERS.summary ? JOB_LABELS.summary : JOB_LABELS.reminder;
  return `${label}: để lần chạy sau, vì lần này đã đọc bảng tính lâu và còn ít thời gian trong giới hạn 6 phút.`;
}

interface ResumedJob {
  handler: HandlerName;
  /** Resume reasons that call for the job. */
  reasons: string[];
  run(): JobResult;
}

const RESUMED_JOBS: ResumedJob[] = [
  {
    handler: HANDLERS.summary,
    reasons: [HANDLERS.summary, SUMMARY_BACKUP_REASON, SAFETY_REASON],
    run: () => runSummary(),
  },
  {
    handler: HANDLERS.reminder,
    reasons: [HANDLERS.reminder, SAFETY_REASON],
    run: () => runReminders(),
  },
];

/**
 * Returns whether the due resume `reasons` call for `handler`'s job. No reason or an unknown
 * one calls for both jobs, so a reason stored by an older version still runs everything.
 */
export function resumeCallsFor(
  handler: HandlerName,
  reasons: string[],
): boolean {
  const known = new Set(RESUMED_JOBS.flatMap(job => job.reasons));
  if (reasons.length === 0 || reasons.some(reason => !known.has(reason)))
    return true;
  const job = RESUMED_JOBS.find(entry => entry.handler === handler);
  return job !== undefined && job.reasons.some(r => reasons.includes(r));
}

/**
 * Runs the jobs that the due resume `reasons` call for, the summary first. A job that cannot
 * start in time is scheduled for the next resume run.
 */
export function runResumedJobs(reasons: string[]): string {
  const due = RESUMED_JOBS.filter(job => resumeCallsFor(job.handler, reasons));
  const messages: string[] = [];
  due.forEach((job, index) => {
    if (index > 0 && !hasTimeForAnotherJob()) {
      messages.push(deferJob(job.handler));
      return;
    }
    messages.push(job.run().message);
  });
  return messages.join(' ');
}

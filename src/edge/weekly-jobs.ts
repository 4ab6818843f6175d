// The Friday jobs: the morning reminder to each unit and the summary after the deadline.
// Both run under the document lock, so a trigger that fires twice or a "send now" click
// during a run waits for it and then finds every email already sent.
import {TimelinessSnapshot} from '../core/report-model';
import {snapshot} from '../core/weekly';
import {weekInfo} from '../core/week';
import {HANDLERS, HandlerName, recordRun, scheduleResume} from './automation';
import {OutgoingMail, reminderMails, summaryMail} from './messages';
import {sendOnce, SendOutcome} from './mail-sender';
import {loadState, PlanState} from './state';

const LOCK_WAIT_MS = 30 * 1000;
const RESUME_DELAY_MS = 5 * 60 * 1000;
const SNAPSHOT_KEY = 'snapshot:last';
const PREVIOUS_SNAPSHOT_KEY = 'snapshot:previous';
/** Apps Script keeps at most 9 KB in one property value. */
const MAX_PROPERTY_BYTES = 9000;

export interface JobResult {
  outcome: SendOutcome | null;
  /** Vietnamese one-line result for the status view and alerts. */
  message: string;
}

interface StoredSnapshot {
  weekStart: string;
  data: TimelinessSnapshot;
}

function readSnapshot(key: string): StoredSnapshot | null {
  const text = PropertiesService.getDocumentProperties().getProperty(key);
  return text ? (JSON.parse(text) as StoredSnapshot) : null;
}

/** The snapshot of the latest summary before `weekStart`, to report what changed since. */
function previousSnapshot(weekStart: string): TimelinessSnapshot | null {
  const last = readSnapshot(SNAPSHOT_KEY);
  if (last && last.weekStart < weekStart) return last.data;
  const previous = readSnapshot(PREVIOUS_SNAPSHOT_KEY);
  return previous && previous.weekStart < weekStart ? previous.data : null;
}

function storeSnapshot(state: PlanState, weekStart: string): void {
  const properties = PropertiesService.getDocumentProperties();
  const text = JSON.stringify({
    weekStart,
    data: snapshot(state.tasks, state.today),
  });
  if (text.length > MAX_PROPERTY_BYTES) {
    // NOTE: plans this large lose "what changed since last week" until the snapshot moves to a tab.
    console.warn(
      `Snapshot of ${state.tasks.length} tasks is too large to store (${text.length} bytes)`,
    );
    return;
  }
  const last = readSnapshot(SNAPSHOT_KEY);
  if (last && last.weekStart < weekStart)
    properties.setProperty(PREVIOUS_SNAPSHOT_KEY, JSON.stringify(last));
  properties.setProperty(SNAPSHOT_KEY, text);
}

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

function finish(
  handler: HandlerName,
  outcome: SendOutcome,
  label: string,
): JobResult {
  if (
    outcome.deferred.length > 0 ||
    outcome.failed.some(f => !/invalid email/i.test(f.error))
  ) {
    scheduleResume(RESUME_DELAY_MS);
  }
  const message = `${label}: ${describe(outcome)}.`;
  recordRun(handler, {
    at: Date.now(),
    ok: outcome.failed.length === 0,
    message,
  });
  console.info(`${handler}: ${message}`);
  return {outcome, message};
}

function busy(handler: HandlerName): JobResult {
  const message =
    'Một lần chạy khác đang gửi thư; lần này dừng để không gửi trùng.';
  console.warn(`${handler}: ${message}`);
  return {outcome: null, message};
}

export function runReminders(): JobResult {
  const startedAt = Date.now();
  const result = withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const state = loadState(spreadsheet, startedAt);
    const {mails} = reminderMails(state, spreadsheet.getUrl());
    return finish(
      HANDLERS.reminder,
      sendOnce(spreadsheet, mails, startedAt),
      'Nhắc báo cáo tuần',
    );
  });
  return result ?? busy(HANDLERS.reminder);
}

export function runSummary(): JobResult {
  const startedAt = Date.now();
  const result = withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const state = loadState(spreadsheet, startedAt);
    const week = weekInfo(state.today, state.config);
    const {problems} = reminderMails(state, spreadsheet.getUrl());
    const mails: OutgoingMail[] = summaryMail(
      state,
      spreadsheet.getUrl(),
      previousSnapshot(week.monday),
      problems,
    );
    const outcome = sendOnce(spreadsheet, mails, startedAt);
    if (outcome.sent.length > 0) storeSnapshot(state, week.monday);
    return finish(HANDLERS.summary, outcome, 'Tổng hợp tuần');
  });
  return result ?? busy(HANDLERS.summary);
}

/** Whether the Friday deadline of the current week has passed. */
export function deadlinePassed(state: PlanState): boolean {
  return state.now >= weekInfo(state.today, state.config).deadlineAt;
}

// The add-on's installable triggers: the Friday reminder, the Friday summary after the
// deadline, the daily refresh and the edit tracker. Installing replaces the add-on's own
// triggers, so installing twice, or again in a copy of the spreadsheet (triggers do not travel
// with a copy), leaves exactly one trigger per handler.
import {PlanConfig} from '../core/model';

export const HANDLERS = {
  reminder: 'onFridayReminder',
  summary: 'onFridaySummary',
  daily: 'onDailyRefresh',
  edit: 'onSheetEdit',
  resume: 'onResumeWork',
} as const;

export type HandlerName = (typeof HANDLERS)[keyof typeof HANDLERS];

const OWN_HANDLERS = new Set<string>(Object.values(HANDLERS));

/** Hour at which the daily refresh runs (it fires somewhere inside that hour). */
const DAILY_REFRESH_HOUR = 6;

function hourOf(time: string): number {
  return Number(time.split(':')[0]);
}

export function removeOwnTriggers(): number {
  let removed = 0;
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (OWN_HANDLERS.has(trigger.getHandlerFunction())) {
      ScriptApp.deleteTrigger(trigger);
      removed++;
    }
  }
  return removed;
}

/**
 * Installs the triggers. `atHour(h)` fires at a minute Apps Script picks within [h:00, h+1:00),
 * so the summary set to the 14:00 deadline always runs after it, within the hour.
 */
export function installTriggers(config: PlanConfig): void {
  removeOwnTriggers();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const friday = ScriptApp.WeekDay.FRIDAY;
  ScriptApp.newTrigger(HANDLERS.reminder)
    .timeBased()
    .onWeekDay(friday)
    .atHour(hourOf(config.reminderTime))
    .inTimezone(config.timeZone)
    .create();
  ScriptApp.newTrigger(HANDLERS.summary)
    .timeBased()
    .onWeekDay(friday)
    .atHour(hourOf(config.deadlineTime))
    .inTimezone(config.timeZone)
    .create();
  ScriptApp.newTrigger(HANDLERS.daily)
    .timeBased()
    .everyDays(1)
    .atHour(DAILY_REFRESH_HOUR)
    .inTimezone(config.timeZone)
    .create();
  ScriptApp.newTrigger(HANDLERS.edit)
    .forSpreadsheet(spreadsheet)
    .onEdit()
    .create();
}

/** Schedules a one-off run of the resume handler to finish work a run had to stop. */
export function scheduleResume(delayMs: number): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === HANDLERS.resume) return;
  }
  ScriptApp.newTrigger(HANDLERS.resume).timeBased().after(delayMs).create();
}

export function deleteResumeTriggers(): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === HANDLERS.resume)
      ScriptApp.deleteTrigger(trigger);
  }
}

export interface RunRecord {
  at: number;
  ok: boolean;
  message: string;
}

const RUN_PREFIX = 'run:';

/** Stores how a handler's last run ended, for the automation status view. */
export function recordRun(handler: HandlerName, record: RunRecord): void {
  PropertiesService.getDocumentProperties().setProperty(
    RUN_PREFIX + handler,
    JSON.stringify(record),
  );
}

export function lastRuns(): Map<string, RunRecord> {
  const all = PropertiesService.getDocumentProperties().getProperties();
  const runs = new Map<string, RunRecord>();
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(RUN_PREFIX))
      runs.set(key.slice(RUN_PREFIX.length), JSON.parse(value) as RunRecord);
  }
  return runs;
}

export interface TriggerStatus {
  handler: string;
  label: string;
  installed: number;
  lastRun: RunRecord | null;
}

const LABELS: Record<string, string> = {
  [HANDLERS.reminder]: 'Nhắc báo cáo thứ Sáu',
  [HANDLERS.summary]: 'Tổng hợp tuần sau hạn báo cáo',
  [HANDLERS.daily]: 'Làm mới hằng ngày',
  [HANDLERS.edit]: 'Ghi nhận chỉnh sửa',
};

export function automationStatus(): TriggerStatus[] {
  const counts = new Map<string, number>();
  for (const trigger of ScriptApp.getProjectTriggers()) {
    const handler = trigger.getHandlerFunction();
    counts.set(handler, (counts.get(handler) ?? 0) + 1);
  }
  const runs = lastRuns();
  return Object.keys(LABELS).map(handler => ({
    handler,
    label: LABELS[handler],
    installed: counts.get(handler) ?? 0,
    lastRun: runs.get(handler) ?? null,
  }));
}

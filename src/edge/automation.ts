// The add-on's installable triggers: the Friday reminder, the Friday summary after the
// deadline, the daily refresh, the edit tracker and the one-off resume. Installing replaces
// the add-on's own triggers of this spreadsheet, so installing twice, or again in a copy of
// the spreadsheet (triggers do not travel with a copy), leaves exactly one trigger per handler.
import {PlanConfig} from '../core/model';
import {recordRun, RunRecord} from './run-records';

export {recordRun};
export type {RunRecord};

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
export const DAILY_REFRESH_HOUR = 6;

const RESUME_AT_KEY = 'resume:at';
const RESUME_REASONS_KEY = 'resume:reasons';
const SCHEDULE_KEY = 'triggers:schedule';

type Trigger = GoogleAppsScript.Script.Trigger;

function parseTime(time: string): {hour: number; minute: number} {
  const [hour, minute] = time.split(':').map(Number);
  return {hour, minute};
}

/** Hour the reminder trigger is set to: the hour of the configured time. */
export function reminderSlot(config: PlanConfig): {
  hour: number;
  minute: number;
} {
  return parseTime(config.reminderTime);
}

/**
 * Hour the summary trigger is set to. `atHour(h)` fires at a minute Apps Script picks within
 * [h:00, h+1:00), so a 14:00 deadline gives hour 14 and 14:30 gives hour 15: the summary
 * always runs after the deadline, within the hour after it.
 */
export function summaryHour(config: PlanConfig): number {
  const {hour, minute} = parseTime(config.deadlineTime);
  return Math.min(23, minute === 0 ? hour : hour + 1);
}

/** The add-on's triggers in this spreadsheet; clock triggers belong to the whole project. */
function ownTriggers(): Trigger[] {
  const id = SpreadsheetApp.getActiveSpreadsheet().getId();
  return ScriptApp.getProjectTriggers().filter(trigger => {
    if (!OWN_HANDLERS.has(trigger.getHandlerFunction())) return false;
    const source = trigger.getTriggerSourceId();
    return source === null || source === '' || source === id;
  });
}

export function removeOwnTriggers(): number {
  const own = ownTriggers();
  for (const trigger of own) ScriptApp.deleteTrigger(trigger);
  const properties = PropertiesService.getDocumentProperties();
  properties.deleteProperty(RESUME_AT_KEY);
  properties.deleteProperty(RESUME_REASONS_KEY);
  return own.length;
}

function scheduleSignature(config: PlanConfig): string {
  return `${config.reminderTime}|${config.deadlineTime}|${config.timeZone}`;
}

function createFridayTriggers(config: PlanConfig): void {
  const friday = ScriptApp.WeekDay.FRIDAY;
  const reminder = reminderSlot(config);
  let builder = ScriptApp.newTrigger(HANDLERS.reminder)
    .timeBased()
    .onWeekDay(friday)
    .atHour(reminder.hour);
  if (reminder.minute !== 0) builder = builder.nearMinute(reminder.minute);
  builder.inTimezone(config.timeZone).create();
  ScriptApp.newTrigger(HANDLERS.summary)
    .timeBased()
    .onWeekDay(friday)
    .atHour(summaryHour(config))
    .inTimezone(config.timeZone)
    .create();
  PropertiesService.getDocumentProperties().setProperty(
    SCHEDULE_KEY,
    scheduleSignature(config),
  );
}

/** Installs one trigger per handler, replacing the add-on's earlier ones in this file. */
export function installTriggers(config: PlanConfig): void {
  removeOwnTriggers();
  createFridayTriggers(config);
  ScriptApp.newTrigger(HANDLERS.daily)
    .timeBased()
    .everyDays(1)
    .atHour(DAILY_REFRESH_HOUR)
    .inTimezone(config.timeZone)
    .create();
  ScriptApp.newTrigger(HANDLERS.edit)
    .forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet())
    .onEdit()
    .create();
}

/**
 * Re-creates the two Friday triggers when the times in "Cấu hình" changed since they were
 * installed. Does nothing while the automation is off. Returns whether it re-created them.
 */
export function followScheduleChanges(config: PlanConfig): boolean {
  const stored =
    PropertiesService.getDocumentProperties().getProperty(SCHEDULE_KEY);
  if (stored === null || stored === scheduleSignature(config)) return false;
  const friday = ownTriggers().filter(trigger => {
    const handler = trigger.getHandlerFunction();
    return handler === HANDLERS.reminder || handler === HANDLERS.summary;
  });
  if (friday.length === 0) return false;
  for (const trigger of friday) ScriptApp.deleteTrigger(trigger);
  createFridayTriggers(config);
  console.info(`Friday triggers moved to ${scheduleSignature(config)}`);
  return true;
}

/**
 * Schedules a one-off run of the resume handler in `delayMs`, unless one is already due
 * sooner, and remembers `reason` so that `cancelResume` keeps the run while another reason
 * still needs it. The instant is kept in the document properties because triggers do not
 * expose it.
 */
export function scheduleResume(delayMs: number, reason: string): void {
  const properties = PropertiesService.getDocumentProperties();
  const reasons = new Set(readReasons(properties));
  reasons.add(reason);
  properties.setProperty(RESUME_REASONS_KEY, [...reasons].join(','));
  const wanted = Date.now() + delayMs;
  const existing = ownTriggers().filter(
    trigger => trigger.getHandlerFunction() === HANDLERS.resume,
  );
  const storedAt = Number(properties.getProperty(RESUME_AT_KEY) ?? NaN);
  if (existing.length === 1 && storedAt <= wanted) return;
  for (const trigger of existing) ScriptApp.deleteTrigger(trigger);
  ScriptApp.newTrigger(HANDLERS.resume).timeBased().after(delayMs).create();
  properties.setProperty(RESUME_AT_KEY, String(wanted));
}

/** Drops `reason`; deletes the resume run when no other reason needs it. */
export function cancelResume(reason: string): void {
  const properties = PropertiesService.getDocumentProperties();
  const reasons = readReasons(properties).filter(r => r !== reason);
  if (reasons.length > 0) {
    properties.setProperty(RESUME_REASONS_KEY, reasons.join(','));
    return;
  }
  deleteResumeTriggers();
}

function readReasons(
  properties: GoogleAppsScript.Properties.Properties,
): string[] {
  const text = properties.getProperty(RESUME_REASONS_KEY) ?? '';
  return text === '' ? [] : text.split(',');
}

/** When the pending resume run is due, or null when none is scheduled. */
export function resumeDueAt(): number | null {
  const text =
    PropertiesService.getDocumentProperties().getProperty(RESUME_AT_KEY);
  return text === null ? null : Number(text);
}

/** Deletes the resume trigger and its reasons; the resume run calls this first. */
export function deleteResumeTriggers(): void {
  for (const trigger of ownTriggers()) {
    if (trigger.getHandlerFunction() === HANDLERS.resume)
      ScriptApp.deleteTrigger(trigger);
  }
  const properties = PropertiesService.getDocumentProperties();
  properties.deleteProperty(RESUME_AT_KEY);
  properties.deleteProperty(RESUME_REASONS_KEY);
}

/** Counts the add-on's triggers of this spreadsheet by handler. */
export function triggerCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const trigger of ownTriggers()) {
    const handler = trigger.getHandlerFunction();
    counts.set(handler, (counts.get(handler) ?? 0) + 1);
  }
  return counts;
}

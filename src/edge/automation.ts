// The add-on's installable triggers: the Friday reminder, the Friday summary after the
// deadline, the daily refresh, the edit tracker and the one-off resume. Installing replaces
// the add-on's own triggers of this spreadsheet, so installing twice, or again in a copy of
// the spreadsheet (triggers do not travel with a copy), leaves exactly one trigger per handler.
import {PlanConfig} from '../core/model';
import {recordRun, RunRecord} from './run-records';
import {isAddon} from './target';

export {recordRun};
export type {RunRecord};

export const HANDLERS = {
  reminder: 'onFridayReminder',
  summary: 'onFridaySummary',
  daily: 'onDailyRefresh',
  edit: 'onSheetEdit',
  resume: 'onResumeWork',
  /** The add-on variant's only clock trigger, which dispatches the jobs above. */
  clock: 'onHourlyClock',
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

/** Returns the add-on's triggers of this spreadsheet; clock triggers belong to the whole project. */
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

/**
 * Installs one trigger per handler, replacing the add-on's earlier ones in this file. The
 * add-on variant installs one hourly clock instead of the Friday, daily and resume triggers.
 */
export function installTriggers(config: PlanConfig): void {
  removeOwnTriggers();
  if (isAddon()) {
    ScriptApp.newTrigger(HANDLERS.clock).timeBased().everyHours(1).create();
    PropertiesService.getDocumentProperties().setProperty(
      SCHEDULE_KEY,
      scheduleSignature(config),
    );
    ScriptApp.newTrigger(HANDLERS.edit)
      .forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet())
      .onEdit()
      .create();
    return;
  }
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
  // The hourly clock reads the times on every run, so it has nothing to move.
  if (isAddon()) return false;
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
 * Asks for a run of the resume handler in `delayMs` on behalf of `reason`. Each reason keeps
 * its own instant in the document properties, because triggers do not expose theirs, and one
 * one-off trigger is kept for the earliest of them.
 */
export function scheduleResume(delayMs: number, reason: string): void {
  const reasons = readReasons();
  reasons[reason] = Date.now() + delayMs;
  writeReasons(reasons);
}

/** Drops `reason`; the resume trigger stays only while another reason needs it. */
export function cancelResume(reason: string): void {
  const reasons = readReasons();
  if (!(reason in reasons)) return;
  delete reasons[reason];
  writeReasons(reasons);
}

/**
 * Deletes the resume trigger that fired and the reasons now due, keeping a trigger for the
 * reasons that are due later, and returns the reasons deleted. The resume run calls this first.
 */
export function deleteResumeTriggers(): string[] {
  const reasons = readReasons();
  const dueBy = Date.now() + MINUTE_MS;
  const due: string[] = [];
  for (const [reason, at] of Object.entries(reasons)) {
    if (at > dueBy) continue;
    due.push(reason);
    delete reasons[reason];
  }
  writeReasons(reasons);
  return due;
}

/** When the next resume run is due, or null when none is scheduled. */
export function resumeDueAt(): number | null {
  const times = Object.values(readReasons());
  return times.length === 0 ? null : Math.min(...times);
}

const MINUTE_MS = 60 * 1000;

function readReasons(): Record<string, number> {
  const text =
    PropertiesService.getDocumentProperties().getProperty(RESUME_REASONS_KEY);
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, number>;
  } catch {
    console.warn(`Ignoring unreadable ${RESUME_REASONS_KEY}`);
    return {};
  }
}

/** Stores the reasons and keeps exactly one resume trigger, set for the earliest reason. */
function writeReasons(reasons: Record<string, number>): void {
  const properties = PropertiesService.getDocumentProperties();
  const times = Object.values(reasons);
  const dueAt = times.length === 0 ? null : Math.min(...times);
  const existing = ownTriggers().filter(
    trigger => trigger.getHandlerFunction() === HANDLERS.resume,
  );
  const storedAt = properties.getProperty(RESUME_AT_KEY);
  const current = existing.length === 1 && storedAt !== null;
  // The add-on's hourly clock runs the resume work when it is due, so it needs no trigger.
  if (
    !isAddon() &&
    !(current && dueAt !== null && Number(storedAt) === dueAt)
  ) {
    for (const trigger of existing) ScriptApp.deleteTrigger(trigger);
    if (dueAt !== null) {
      const delay = Math.max(MINUTE_MS, dueAt - Date.now());
      ScriptApp.newTrigger(HANDLERS.resume).timeBased().after(delay).create();
    }
  }
  if (dueAt === null) {
    properties.deleteProperty(RESUME_AT_KEY);
    properties.deleteProperty(RESUME_REASONS_KEY);
    return;
  }
  properties.setProperties({
    [RESUME_AT_KEY]: String(dueAt),
    [RESUME_REASONS_KEY]: JSON.stringify(reasons),
  });
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

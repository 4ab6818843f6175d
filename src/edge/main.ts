// Entry points that Apps Script calls by global name: the simple triggers, the menu items,
// the installable triggers and the sidebar's server functions. The build turns every export
// of this module into a top-level function of Code.js.
import {
  automationStatusAction,
  installAutomationAction,
  previewEmailsAction,
  removeAutomationAction,
  sendRemindersNowAction,
  sendSummaryNowAction,
} from './actions-mail';
import {createReportAction} from './actions-report';
import {checkSixClearAction, refreshAction, setupAction} from './actions-sheet';
import {guarded} from './ui-common';
import {
  deleteResumeTriggers,
  HANDLERS,
  HandlerName,
  recordRun,
} from './automation';
import {handleEdit} from './edit-tracking';
import {runResumedJobs} from './resumed-jobs';
import {refreshMessage, refreshSpreadsheet} from './jobs';
import {buildMenu} from './menu';
import {
  dashboardData,
  selectTask,
  showDashboard,
  sidebarReminder,
  sidebarReport,
  sidebarSixClear,
  sidebarSummary,
} from './sidebar';
import {runReminders, runSummary} from './weekly-jobs';
import {runHourlyClock} from './hourly-clock';

// Simple triggers.
export function onOpen(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(event);
}

export function onInstall(
  event?: GoogleAppsScript.Events.AddonOnInstall,
): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

// Menu items.
export const menuSetup = () => guarded(setupAction);
export const menuRefresh = () => guarded(refreshAction);
export const menuCheckSixClear = () => guarded(checkSixClearAction);
export const menuPreviewEmails = () => guarded(previewEmailsAction);
export const menuSendRemindersNow = () => guarded(sendRemindersNowAction);
export const menuSendSummaryNow = () => guarded(sendSummaryNowAction);
export const menuCreateQuarterlyReport = () => guarded(createReportAction);
export const menuShowDashboard = () => guarded(showDashboard);
export const menuInstallAutomation = () => guarded(installAutomationAction);
export const menuRemoveAutomation = () => guarded(removeAutomationAction);
export const menuShowAutomationStatus = () => guarded(automationStatusAction);

/**
 * Runs a trigger handler and rethrows any error so the run shows as failed in Apps Script.
 * The Friday jobs store their own run record (with failed sends counted), so `records`
 * is false for them and only an uncaught error is recorded here.
 */
function triggered(
  handler: HandlerName,
  job: () => string,
  records = true,
): void {
  try {
    const message = job();
    if (records) recordRun(handler, {at: Date.now(), ok: true, message});
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${handler} failed: ${message}`);
    recordRun(handler, {at: Date.now(), ok: false, message});
    throw error;
  }
}

// Installable triggers.
export function onFridayReminder(): void {
  triggered(HANDLERS.reminder, () => runReminders().message, false);
}

export function onFridaySummary(): void {
  triggered(HANDLERS.summary, () => runSummary().message, false);
}

export function onDailyRefresh(): void {
  triggered(HANDLERS.daily, () => {
    const {upgrade, problems} = refreshSpreadsheet({check: false});
    return refreshMessage(upgrade, problems.length);
  });
}

export function onSheetEdit(event: GoogleAppsScript.Events.SheetsOnEdit): void {
  handleEdit(event);
}

/** Finishes the emails a Friday run had to leave (quota, time or a failed send). */
export function onResumeWork(): void {
  const reasons = deleteResumeTriggers();
  triggered(HANDLERS.resume, () => runResumedJobs(reasons));
}

/** Runs whichever timed job is due: the add-on variant's hourly clock trigger. */
export function onHourlyClock(): void {
  triggered(HANDLERS.clock, () => runHourlyClock());
}

// Server functions of the sidebar (google.script.run).
export const sidebarData = () => JSON.stringify(dashboardData());
export const jumpToTask = (code: string) => selectTask(code);
export const runWeeklyReminderNow = () => sidebarReminder();
export const runWeeklySummaryNow = () => sidebarSummary();
export const createQuarterlyReport = () => sidebarReport();
export const checkSixClear = () => sidebarSixClear();

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
import {refreshSpreadsheet} from './jobs';
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

/** Runs a trigger handler, records how it ended, and rethrows so the run shows as failed. */
function triggered(handler: HandlerName, job: () => string): void {
  try {
    const message = job();
    recordRun(handler, {at: Date.now(), ok: true, message});
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${handler} failed: ${message}`);
    recordRun(handler, {at: Date.now(), ok: false, message});
    throw error;
  }
}

// Installable triggers.
export function onFridayReminder(): void {
  triggered(HANDLERS.reminder, () => runReminders().message);
}

export function onFridaySummary(): void {
  triggered(HANDLERS.summary, () => runSummary().message);
}

export function onDailyRefresh(): void {
  triggered(HANDLERS.daily, () => {
    const {state, upgrade} = refreshSpreadsheet();
    const problems = state.issues.length + upgrade.blocked.length;
    return `Làm mới ${state.tasks.length} nhiệm vụ; ${problems} vấn đề dữ liệu cần sửa.`;
  });
}

export function onSheetEdit(event: GoogleAppsScript.Events.SheetsOnEdit): void {
  handleEdit(event);
}

/** Finishes the emails a Friday run had to leave (quota, time or a failed send). */
export function onResumeWork(): void {
  deleteResumeTriggers();
  triggered(
    HANDLERS.resume,
    () => `${runSummary().message} ${runReminders().message}`,
  );
}

// Server functions of the sidebar (google.script.run).
export const sidebarData = () => JSON.stringify(dashboardData());
export const jumpToTask = (code: string) => selectTask(code);
export const runWeeklyReminderNow = () => sidebarReminder();
export const runWeeklySummaryNow = () => sidebarSummary();
export const createQuarterlyReport = () => sidebarReport();
export const checkSixClear = () => sidebarSixClear();

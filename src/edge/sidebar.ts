// Server side of the dashboard sidebar: its data, and the actions its buttons call through
// google.script.run. Each returns a Vietnamese message for the sidebar's status line.
import {buildWeeklySummary} from '../core/weekly';
import {renderSidebar} from '../html/sidebar/page';
import {sidebarDataFrom, SidebarData} from '../html/sidebar/data';
import {isPartner} from '../plan';
import {TASKS_TAB} from '../workbook/schema';
import {loadState, SUMMARY_COLUMNS} from './state';
import {formatInstant} from './time-format';
import {runReport} from './actions-report';
import {writeDashboardTab} from './dashboard-tab';
import {outcomeMessage, showReportDialog} from './report-run';
import {runReminders, runSummary} from './weekly-jobs';
import {checkSixClearAction} from './actions-sheet';

export function dashboardData(): SidebarData {
  const state = loadState(
    SpreadsheetApp.getActiveSpreadsheet(),
    Date.now(),
    SUMMARY_COLUMNS,
  );
  const summary = buildWeeklySummary({
    config: state.config,
    units: state.units.filter(unit => !isPartner(unit)),
    tasks: state.tasks,
    reports: state.reports,
    today: state.today,
    indicators: state.indicators,
    previous: null,
    recipientProblems: [],
  });
  return sidebarDataFrom(
    summary,
    formatInstant(state.now, state.config.timeZone),
  );
}

export function showDashboard(): void {
  writeDashboardTab(SpreadsheetApp.getActiveSpreadsheet());
  const html = HtmlService.createHtmlOutput(
    renderSidebar(dashboardData()),
  ).setTitle('Tổng quan NQ57');
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Selects the row of a task in "Nhiệm vụ"; returns a message for the sidebar. */
export function selectTask(code: string): string {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const state = loadState(spreadsheet, Date.now(), {
    tasks: ['code'],
    indicators: false,
    budget: false,
  });
  const task = state.tasks.find(candidate => candidate.code === String(code));
  const sheet = spreadsheet.getSheetByName(TASKS_TAB.name);
  if (!task || !sheet)
    return `Không tìm thấy nhiệm vụ ${String(code)} trong tab "${TASKS_TAB.name}".`;
  sheet.activate();
  sheet.getRange(task.row, 1, 1, sheet.getLastColumn()).activate();
  return `Đã chọn nhiệm vụ ${task.code} (dòng ${task.row}).`;
}

export function sidebarReminder(): string {
  return runReminders({manual: true}).message;
}

export function sidebarSummary(): string {
  return runSummary().message;
}

/** Runs "Tạo báo cáo quý" as the menu does, questions and links dialog included. */
export function sidebarReport(): string {
  const outcome = runReport();
  if (outcome === null) return 'Đã hủy tạo báo cáo.';
  showReportDialog(outcome);
  return outcomeMessage(outcome);
}

export function sidebarSixClear(): string {
  checkSixClearAction();
  return 'Đã mở danh sách nhiệm vụ còn thiếu "6 rõ".';
}

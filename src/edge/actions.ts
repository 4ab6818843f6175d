// Menu items: each runs a job, then tells the person what happened in Vietnamese, naming the
// tab, column and row of anything they need to fix.
import {missingSixClearLabels} from '../core/six-clear';
import {timelinessOf, TIMELINESS_LABELS} from '../core/timeliness';
import {escapeHtml} from '../html/escape';
import {CellIssue} from '../workbook/cells';
import {describeIssue} from '../workbook/table';
import {TASKS_TAB} from '../workbook/schema';
import {
  automationStatus,
  installTriggers,
  removeOwnTriggers,
} from './automation';
import {jumpButton, showDialog, table} from './dialogs';
import {refreshSpreadsheet, setupSpreadsheet} from './jobs';
import {reminderMails, summaryMail} from './messages';
import {buildReport, defaultPeriod, writeReportTab} from './quarterly-report';
import {loadState, PlanState} from './state';
import {runReminders, runSummary} from './weekly-jobs';
import {formatInstant} from './time-format';

const TITLE = 'NQ57';
/** Issues listed in one alert; the rest are counted, to keep the alert readable. */
const MAX_LISTED = 15;

function ui(): GoogleAppsScript.Base.Ui {
  return SpreadsheetApp.getUi();
}

export function issueLines(issues: CellIssue[]): string {
  const listed = issues
    .slice(0, MAX_LISTED)
    .map(issue => `• ${describeIssue(issue)}`);
  if (issues.length > MAX_LISTED)
    listed.push(`… và ${issues.length - MAX_LISTED} vấn đề khác.`);
  return listed.join('\n');
}

/** Runs a menu action and turns any unexpected error into a Vietnamese alert. */
export function guarded(action: () => void): void {
  try {
    action();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Menu action failed: ${message}`);
    ui().alert(
      TITLE,
      `Không thực hiện được thao tác: ${message}\n\nDữ liệu đã nhập không bị thay đổi. ` +
        'Hãy thử lại; nếu vẫn lỗi, chụp màn hình thông báo này gửi Văn phòng Đảng ủy.',
      ui().ButtonSet.OK,
    );
  }
}

export function setupAction(): void {
  const {upgrade, state} = setupSpreadsheet();
  const lines: string[] = [];
  if (upgrade.createdTabs.length > 0)
    lines.push(`Đã tạo các tab: ${upgrade.createdTabs.join(', ')}.`);
  for (const [tab, count] of Object.entries(upgrade.addedRows))
    lines.push(`Tab "${tab}": thêm ${count} dòng của kế hoạch.`);
  for (const [tab, columns] of Object.entries(upgrade.addedColumns))
    lines.push(`Tab "${tab}": thêm cột ${columns.join(', ')}.`);
  if (lines.length === 0)
    lines.push(
      'Bảng tính đã đầy đủ; không có gì cần thêm. Các công thức đã được cập nhật.',
    );
  lines.push('Đã bật gửi tự động: nhắc báo cáo và tổng hợp tuần vào thứ Sáu.');
  const problems = [...upgrade.blocked, ...state.issues];
  if (problems.length > 0) lines.push('', 'Cần sửa:', issueLines(problems));
  ui().alert('Thiết lập bảng tính NQ57', lines.join('\n'), ui().ButtonSet.OK);
}

export function refreshAction(): void {
  const {upgrade, state} = refreshSpreadsheet();
  const problems = [...upgrade.blocked, ...state.issues];
  if (problems.length === 0) {
    SpreadsheetApp.getActiveSpreadsheet().toast(
      'Đã làm mới trạng thái; không có lỗi dữ liệu.',
      TITLE,
      5,
    );
    return;
  }
  ui().alert(
    'Làm mới trạng thái',
    `Đã làm mới. Cần sửa:\n${issueLines(problems)}`,
    ui().ButtonSet.OK,
  );
}

export function checkSixClearAction(): void {
  const state = loadState(SpreadsheetApp.getActiveSpreadsheet());
  const rows = state.tasks
    .filter(task => task.status !== 'cancelled')
    .map(task => ({task, missing: missingSixClearLabels(task)}))
    .filter(entry => entry.missing.length > 0);
  if (rows.length === 0) {
    ui().alert(
      'Kiểm tra 6 rõ',
      'Tất cả nhiệm vụ đã đủ "6 rõ".',
      ui().ButtonSet.OK,
    );
    return;
  }
  const body =
    `<p>${rows.length} nhiệm vụ còn thiếu "6 rõ". Bấm nút để đến dòng của nhiệm vụ trong tab ` +
    `"${escapeHtml(TASKS_TAB.name)}".</p>` +
    table(
      ['Mã NV', 'Nội dung', 'Còn thiếu', ''],
      rows.map(({task, missing}) => [
        task.code,
        task.content,
        missing.join(', '),
        jumpButton(task.code),
      ]),
      [3],
    );
  showDialog('Kiểm tra 6 rõ', body);
}

export function previewEmailsAction(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const state = loadState(spreadsheet);
  const {mails, problems} = reminderMails(state, spreadsheet.getUrl());
  const summary = summaryMail(state, spreadsheet.getUrl(), null, problems);
  const all = [...summary, ...mails];
  const blocks = all.map(
    mail =>
      `<h3>${escapeHtml(mail.subject)}</h3><p>Gửi đến: ${escapeHtml(mail.to.join(', '))}</p>` +
      `<iframe title="${escapeHtml(mail.subject)}" style="width:100%;height:360px;border:1px solid #ccc" ` +
      `srcdoc="${escapeHtml(mail.html)}"></iframe>`,
  );
  const missing = problems
    .map(p => `<li>${escapeHtml(p.owner)}: ${escapeHtml(p.problem)}</li>`)
    .join('');
  const body =
    `<p>Xem trước ${all.length} thư của tuần này. Không thư nào được gửi.</p>` +
    (missing ? `<p>Đơn vị không nhận được thư:</p><ul>${missing}</ul>` : '') +
    blocks.join('');
  showDialog('Xem trước thư tuần', body, 900, 640);
}

function confirm(title: string, question: string): boolean {
  return ui().alert(title, question, ui().ButtonSet.YES_NO) === ui().Button.YES;
}

export function sendRemindersNowAction(): void {
  if (
    !confirm(
      'Gửi nhắc báo cáo',
      'Gửi thư nhắc của tuần này đến các đơn vị ngay bây giờ? Đơn vị nào đã nhận thư nhắc tuần này sẽ không nhận lại.',
    )
  )
    return;
  ui().alert('Gửi nhắc báo cáo', runReminders().message, ui().ButtonSet.OK);
}

export function sendSummaryNowAction(): void {
  if (
    !confirm(
      'Gửi tổng hợp tuần',
      'Gửi bản tổng hợp tuần này đến Văn phòng Đảng ủy và người nhận ngay bây giờ? Nếu tuần này đã gửi, thư sẽ không gửi lại.',
    )
  )
    return;
  ui().alert('Gửi tổng hợp tuần', runSummary().message, ui().ButtonSet.OK);
}

export function createReportAction(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const state = loadState(spreadsheet);
  const period = defaultPeriod(state);
  if (period.ambiguous) {
    const answer = ui().alert(
      'Tạo báo cáo quý',
      `Tạo báo cáo cho quý ${period.kind} năm ${period.year} (quý vừa chốt số liệu)?\n` +
        'Chọn "Không" để tạo báo cáo cho quý hiện tại.',
      ui().ButtonSet.YES_NO_CANCEL,
    );
    if (answer === ui().Button.CANCEL || answer === ui().Button.CLOSE) return;
    if (answer === ui().Button.NO) {
      const next =
        period.kind === 4
          ? {year: period.year + 1, kind: 1 as const}
          : {
              year: period.year,
              kind: ((period.kind as number) + 1) as 1 | 2 | 3 | 4,
            };
      Object.assign(period, next);
    }
  }
  const report = buildReport(state, period.year, period.kind);
  const tab = writeReportTab(spreadsheet, report);
  ui().alert(
    'Tạo báo cáo quý',
    `Đã tạo tab "${tab}" (${report.period.cutoffText}).`,
    ui().ButtonSet.OK,
  );
}

export function installAutomationAction(): void {
  const state = loadState(SpreadsheetApp.getActiveSpreadsheet());
  installTriggers(state.config);
  ui().alert(
    'Tự động hóa',
    `Đã bật: nhắc báo cáo lúc ${state.config.reminderTime} và tổng hợp tuần sau ${state.config.deadlineTime} thứ Sáu, làm mới hằng ngày và ghi nhận chỉnh sửa.`,
    ui().ButtonSet.OK,
  );
}

export function removeAutomationAction(): void {
  if (
    !confirm(
      'Tắt gửi tự động',
      'Tắt nhắc báo cáo, tổng hợp tuần và ghi nhận chỉnh sửa tự động?',
    )
  )
    return;
  const removed = removeOwnTriggers();
  ui().alert(
    'Tự động hóa',
    `Đã tắt ${removed} trigger. Có thể bật lại trong menu NQ57 → Tự động hóa.`,
    ui().ButtonSet.OK,
  );
}

export function automationStatusAction(): void {
  const state: PlanState = loadState(SpreadsheetApp.getActiveSpreadsheet());
  const statuses = automationStatus();
  const rows = statuses.map(status => [
    status.label,
    status.installed === 1
      ? 'Đang bật'
      : status.installed === 0
        ? 'THIẾU – hãy bật lại'
        : `Trùng ${status.installed} trigger – hãy bật lại`,
    status.lastRun
      ? formatInstant(status.lastRun.at, state.config.timeZone)
      : 'Chưa chạy',
    status.lastRun
      ? `${status.lastRun.ok ? 'Thành công' : 'Có lỗi'}: ${status.lastRun.message}`
      : '',
  ]);
  const missing = statuses.some(status => status.installed !== 1);
  const warning = missing
    ? '<p><strong>Cảnh báo:</strong> có trigger bị thiếu hoặc trùng. Chọn NQ57 → Tự động hóa → Bật gửi tự động để cài lại.</p>'
    : '';
  showDialog(
    'Trạng thái tự động',
    warning +
      table(['Việc', 'Trạng thái', 'Lần chạy gần nhất', 'Kết quả'], rows),
    720,
    360,
  );
}

/** Counts shown by the toast after the daily refresh runs from the menu. */
export function countsText(state: PlanState): string {
  const counts = new Map<string, number>();
  for (const task of state.tasks) {
    const timeliness = timelinessOf(task, state.today);
    if (timeliness)
      counts.set(
        TIMELINESS_LABELS[timeliness],
        (counts.get(TIMELINESS_LABELS[timeliness]) ?? 0) + 1,
      );
  }
  return [...counts.entries()]
    .map(([label, count]) => `${label}: ${count}`)
    .join('; ');
}

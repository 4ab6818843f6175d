// Menu items about the Friday emails and the automation: preview, send now, install, remove
// and the status view.
import {escapeHtml} from '../html/escape';
import {
  automationStatus,
  installTriggers,
  removeOwnTriggers,
} from './automation';
import {showDialog, table} from './dialogs';
import {reminderMails, summaryMail} from './messages';
import {loadState, PlanState} from './state';
import {formatInstant} from './time-format';
import {confirm, ui} from './ui-common';
import {runReminders, runSummary} from './weekly-jobs';

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

// Menu items about the Friday emails and the automation: preview, send now, install, remove
// and the status view.
import {escapeHtml} from '../html/escape';
import {installTriggers, removeOwnTriggers} from './automation';
import {automationStatus, lastRunText, resumeText} from './automation-status';
import {showDialog, table} from './dialogs';
import {reminderMails, summaryMail} from './messages';
import {loadConfig, loadState, SUMMARY_COLUMNS} from './state';
import {confirm, ui} from './ui-common';
import {runReminders, runSummary, summaryProblems} from './weekly-jobs';
import {previousSnapshot} from './weekly-snapshot';
import {weekInfo} from '../core/week';

/** Shows this week's emails exactly as the jobs would build them now; sends nothing. */
export function previewEmailsAction(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const state = loadState(spreadsheet, Date.now(), SUMMARY_COLUMNS);
  const week = weekInfo(state.today, state.config);
  const {mails, unitCodes} = reminderMails(state, spreadsheet.getUrl());
  const problems = summaryProblems(spreadsheet, state, unitCodes);
  const summary = summaryMail(
    state,
    spreadsheet.getUrl(),
    previousSnapshot(week.monday),
    problems,
  );
  const all = [...summary, ...mails];
  const blocks = all.map(
    mail =>
      `<h3>${escapeHtml(mail.subject)}</h3><p>Gửi đến: ${escapeHtml(mail.to.join(', '))}</p>` +
      `<iframe title="${escapeHtml(mail.subject)}" style="width:100%;height:360px;border:1px solid #ccc" ` +
      `srcdoc="${escapeHtml(mail.html)}"></iframe>`,
  );
  const missing = problems
    .map(
      p =>
        `<li>${escapeHtml(p.owner)}: ${escapeHtml(p.problem)}${p.address ? ` (${escapeHtml(p.address)})` : ''}</li>`,
    )
    .join('');
  const body =
    `<p>Xem trước ${all.length} thư của tuần này. Không thư nào được gửi.</p>` +
    (missing ? `<p>Địa chỉ cần sửa:</p><ul>${missing}</ul>` : '') +
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
  ui().alert(
    'Gửi nhắc báo cáo',
    runReminders({manual: true}).message,
    ui().ButtonSet.OK,
  );
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
  const config = loadConfig(SpreadsheetApp.getActiveSpreadsheet());
  installTriggers(config);
  ui().alert(
    'Tự động hóa',
    `Đã bật: nhắc báo cáo lúc ${config.reminderTime} và tổng hợp tuần sau ${config.deadlineTime} thứ Sáu, làm mới hằng ngày và ghi nhận chỉnh sửa.`,
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

/** Lists each trigger with its next run and last result, and warns when one is missing. */
export function automationStatusAction(): void {
  const config = loadConfig(SpreadsheetApp.getActiveSpreadsheet());
  const statuses = automationStatus(config);
  const rows = statuses.map(status => [
    status.label,
    status.installed === 1
      ? 'Đang bật'
      : status.installed === 0
        ? 'THIẾU – hãy bật lại'
        : `Trùng ${status.installed} trigger – hãy bật lại`,
    status.nextRun,
    lastRunText(status, config.timeZone),
  ]);
  const missing = statuses.filter(status => status.installed === 0);
  const duplicated = statuses.filter(status => status.installed > 1);
  const warnings: string[] = [];
  if (missing.length > 0)
    warnings.push(
      `Thiếu trigger: ${missing.map(s => s.label).join(', ')}. Chọn NQ57 → Tự động hóa → Bật gửi tự động để cài lại.`,
    );
  if (duplicated.length > 0)
    warnings.push(
      `Trigger bị trùng: ${duplicated.map(s => s.label).join(', ')}. Bật gửi tự động lại để chỉ còn một.`,
    );
  const resume = resumeText(config);
  const body =
    warnings
      .map(
        w => `<p role="alert"><strong>Cảnh báo:</strong> ${escapeHtml(w)}</p>`,
      )
      .join('') +
    table(['Việc', 'Trạng thái', 'Lần chạy tới', 'Lần chạy gần nhất'], rows) +
    (resume ? `<p>${escapeHtml(resume)}</p>` : '');
  showDialog('Trạng thái tự động', body, 820, 420);
}

// Menu items about the spreadsheet itself: setup, refresh and the "6 rõ" check.
import {missingSixClearLabels} from '../core/six-clear';
import {escapeHtml} from '../html/escape';
import {TASKS_TAB} from '../workbook/schema';
import {jumpButton, showDialog, table} from './dialogs';
import {refreshSpreadsheet, setupSpreadsheet} from './jobs';
import {loadState, SIX_CLEAR_COLUMNS} from './state';
import {issueLines, TITLE, ui} from './ui-common';

/** Returns the note naming the tabs too large to check whole, or null when every tab was. */
function partialCheckNote(tabs: string[]): string | null {
  if (tabs.length === 0) return null;
  const names = tabs.map(name => `"${name}"`).join(', ');
  return `Tab ${names} quá lớn để kiểm tra hết trong giới hạn 6 phút của Google, nên chỉ kiểm tra các cột ngày, số, đơn vị và danh sách chọn; lỗi công thức trong các cột chữ (nội dung, người phụ trách…) chưa được kiểm tra.`;
}

export function setupAction(): void {
  const {upgrade, problems} = setupSpreadsheet();
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
  const note = partialCheckNote(upgrade.checkedInPart);
  if (note) lines.push(note);
  if (problems.length > 0) lines.push('', 'Cần sửa:', issueLines(problems));
  ui().alert('Thiết lập bảng tính NQ57', lines.join('\n'), ui().ButtonSet.OK);
}

export function refreshAction(): void {
  const {upgrade, problems} = refreshSpreadsheet({check: true});
  const note = partialCheckNote(upgrade.checkedInPart);
  if (problems.length === 0 && !note) {
    SpreadsheetApp.getActiveSpreadsheet().toast(
      'Đã làm mới trạng thái; không có lỗi dữ liệu.',
      TITLE,
      5,
    );
    return;
  }
  const lines = ['Đã làm mới.'];
  if (note) lines.push(note);
  lines.push(
    problems.length > 0
      ? `Cần sửa:\n${issueLines(problems)}`
      : 'Không có lỗi dữ liệu trong các cột đã kiểm tra.',
  );
  ui().alert('Làm mới trạng thái', lines.join('\n'), ui().ButtonSet.OK);
}

export function checkSixClearAction(): void {
  const state = loadState(
    SpreadsheetApp.getActiveSpreadsheet(),
    Date.now(),
    SIX_CLEAR_COLUMNS,
  );
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

// Shared helpers of the menu items: the alert that turns an error into Vietnamese, and the
// list of problems a person must fix.
import {CellIssue} from '../workbook/cells';
import {describeIssue} from '../workbook/table';

export const TITLE = 'NQ57';
/** Issues listed in one alert; the rest are counted, to keep the alert readable. */
const MAX_LISTED = 15;

export function ui(): GoogleAppsScript.Base.Ui {
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

export function confirm(title: string, question: string): boolean {
  return ui().alert(title, question, ui().ButtonSet.YES_NO) === ui().Button.YES;
}

// The "Tổng quan" tab: task counts by timeliness and indicator counts by status, as COUNTIF
// formulas over the "Nhiệm vụ" and "Chỉ tiêu" columns, so the counts follow every edit. The
// tab is rewritten when the dashboard opens and after each report, which also follows columns
// that staff have moved.
import {INDICATOR_STATUS_ORDER} from '../core/indicator-status';
import {TIMELINESS_ORDER} from '../core/timeliness';
import {
  CANCELLED_TEXT,
  INDICATOR_STATUS_TEXT,
  TIMELINESS_TEXT,
} from '../workbook/labels';
import {INDICATORS_TAB, TabSpec, TASKS_TAB} from '../workbook/schema';
import {columnLetter, mapHeaders} from '../workbook/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const DASHBOARD_TAB = 'Tổng quan';
const WIDTH = 2;

/** Returns a column of a tab below its header as a closed A1 range, e.g. 'Nhiệm vụ'!$V$2:$V$300. */
function columnRange(
  spreadsheet: Spreadsheet,
  tab: TabSpec,
  key: string,
): string | null {
  const sheet = spreadsheet.getSheetByName(tab.name);
  if (!sheet || sheet.getLastColumn() === 0) return null;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const position = mapHeaders(tab, header).index.get(key);
  if (position === undefined) return null;
  const letter = columnLetter(position);
  const lastRow = Math.max(sheet.getMaxRows(), 2);
  return `'${tab.name}'!$${letter}$2:$${letter}$${lastRow}`;
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

function countRows(
  title: string,
  labels: string[],
  range: string | null,
  totalRange: string | null,
  totalLabel: string,
): Array<Array<string | number>> {
  if (range === null)
    return [
      [
        title,
        'Không tìm thấy cột cần đếm; hãy chạy "Thiết lập / cập nhật bảng tính".',
      ],
    ];
  return [
    [title, 'Số lượng'],
    ...labels.map(label => [label, `=COUNTIF(${range},${quote(label)})`]),
    [totalLabel, totalRange === null ? '' : `=COUNTA(${totalRange})`],
  ];
}

/** Creates or rewrites the "Tổng quan" tab in place, keeping its id for links. */
export function writeDashboardTab(spreadsheet: Spreadsheet): void {
  const tasks = countRows(
    'Nhiệm vụ theo tình trạng thời hạn',
    [...TIMELINESS_ORDER.map(key => TIMELINESS_TEXT[key]), CANCELLED_TEXT],
    columnRange(spreadsheet, TASKS_TAB, 'timeliness'),
    columnRange(spreadsheet, TASKS_TAB, 'code'),
    'Tổng số nhiệm vụ (cả nhiệm vụ đã hủy)',
  );
  const indicators = countRows(
    'Chỉ tiêu theo trạng thái',
    INDICATOR_STATUS_ORDER.map(key => INDICATOR_STATUS_TEXT[key]),
    columnRange(spreadsheet, INDICATORS_TAB, 'status'),
    columnRange(spreadsheet, INDICATORS_TAB, 'no'),
    'Tổng số chỉ tiêu',
  );
  const rows: Array<Array<string | number>> = [
    ['TỔNG QUAN THỰC HIỆN KẾ HOẠCH NGHỊ QUYẾT 57-NQ/TW', ''],
    [
      'Các số dưới đây tự cập nhật theo tab "Nhiệm vụ" và "Chỉ tiêu". Danh sách quá hạn: menu NQ57 → Mở bảng điều khiển.',
      '',
    ],
    ['', ''],
    ...tasks,
    ['', ''],
    ...indicators,
  ];

  let sheet = spreadsheet.getSheetByName(DASHBOARD_TAB);
  if (!sheet) {
    // insertSheet activates the new tab, so give the person back the one they were on.
    const active = spreadsheet.getActiveSheet();
    sheet = spreadsheet.insertSheet(DASHBOARD_TAB, 0);
    active?.activate();
  }
  sheet.clear();
  sheet.getRange(1, 1, rows.length, WIDTH).setValues(rows);
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(14);
  const headerRows = [4, 4 + tasks.length + 1];
  for (const row of headerRows)
    sheet
      .getRange(row, 1, 1, WIDTH)
      .setFontWeight('bold')
      .setBackground('#d9e2f3');
  sheet.setColumnWidth(1, 360);
  sheet.setColumnWidth(2, 120);
}

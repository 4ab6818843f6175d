// One run of "Tạo báo cáo quý" for a chosen period: the tab with its charts, the PDF and HTML
// in Drive, the report number, and the dialog with the links. Running it again for the same
// period replaces the tab and updates the same two files under the same number.
import {QuarterlyReport, ReportPeriodKind} from '../core/report-model';
import {escapeHtml} from '../html/escape';
import {quarterlyReportHtml, reportTitle} from '../html/report/document';
import {builtInPlan} from '../plan';
import {periodTabName} from '../workbook/report-sheet';
import {
  BUDGET_TAB,
  INDICATORS_TAB,
  TASKS_TAB,
  WEEKLY_TAB,
} from '../workbook/schema';
import {showDialog} from './dialogs';
import {writeDashboardTab} from './dashboard-tab';
import {buildReport, writeReportTab} from './quarterly-report';
import {DriveFile, reportFolder, saveFile} from './report-drive';
import {
  readReportRecord,
  ReportRecord,
  reserveReportNumber,
  storeReportRecord,
} from './report-registry';
import {loadState, REPORT_COLUMNS} from './state';

export interface ReportOutcome {
  tabName: string;
  tabUrl: string;
  /** "Số 3-BC/ĐU". */
  numberText: string;
  cutoffText: string;
  pdfUrl: string;
  htmlUrl: string;
  folderName: string;
  /** True when this period had a report already, which was replaced. */
  replaced: boolean;
}

/** Tabs whose rows the report counts; without one of them its figures would be wrong. */
const REPORT_SOURCES = [
  TASKS_TAB.name,
  INDICATORS_TAB.name,
  BUDGET_TAB.name,
  WEEKLY_TAB.name,
];

/** Time to wait for another person's report run on the same document. */
const LOCK_WAIT_MS = 30_000;

/** Creates or replaces the report of one period. */
export function createReport(
  year: number,
  kind: ReportPeriodKind,
): ReportOutcome {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new Error(
      'Một người khác đang tạo báo cáo trên bảng tính này. Hãy đợi một phút rồi thử lại.',
    );
  }
  try {
    return createReportLocked(year, kind);
  } finally {
    lock.releaseLock();
  }
}

function createReportLocked(
  year: number,
  kind: ReportPeriodKind,
): ReportOutcome {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const state = loadState(spreadsheet, Date.now(), REPORT_COLUMNS);
  const missing = state.missingTabs.filter(name =>
    REPORT_SOURCES.includes(name),
  );
  if (missing.length > 0) {
    throw new Error(
      `Không tìm thấy tab ${missing.map(name => `"${name}"`).join(', ')}. ` +
        'Hãy chạy "Thiết lập / cập nhật bảng tính" rồi tạo lại báo cáo.',
    );
  }
  const tabName = periodTabName(year, kind);
  const record = readReportRecord(tabName);
  const number = record?.number ?? state.config.nextReportNumber;
  if (!record) reserveReportNumber(spreadsheet, tabName, number);
  const report = buildReport(state, year, kind, number);

  const sheet = writeReportTab(spreadsheet, report);
  writeDashboardTab(spreadsheet);

  const folderName =
    state.config.reportFolderName.trim() ||
    builtInPlan().config.reportFolderName;
  const {pdf, htmlFile} = saveReportFiles(report, folderName, record);

  storeReportRecord(tabName, {number, pdfId: pdf.id, htmlId: htmlFile.id});
  sheet.activate();
  console.info(
    `Report ${tabName} number ${number} saved as ${pdf.id} and ${htmlFile.id}`,
  );
  return {
    tabName,
    tabUrl: `${spreadsheet.getUrl()}#gid=${sheet.getSheetId()}`,
    numberText: report.header.numberText,
    cutoffText: report.period.cutoffText,
    pdfUrl: pdf.webViewLink ?? '',
    htmlUrl: htmlFile.webViewLink ?? '',
    folderName,
    replaced: record !== null && record.pdfId !== null,
  };
}

/** Converts the report to PDF and saves it with its HTML, over the period's earlier files. */
function saveReportFiles(
  report: QuarterlyReport,
  folderName: string,
  record: ReportRecord | null,
): {pdf: DriveFile; htmlFile: DriveFile} {
  const title = reportTitle(report);
  const html = quarterlyReportHtml(report);
  const folder = reportFolder(folderName);
  const pdfBlob = HtmlService.createHtmlOutput(html)
    .setTitle(title)
    .getAs('application/pdf')
    .setName(`${title}.pdf`);
  const pdf = saveFile(
    folder.id,
    `${title}.pdf`,
    pdfBlob,
    record?.pdfId ?? null,
  );
  // The HTML beside the PDF lets staff open the wording in Word or LibreOffice to edit it.
  const htmlBlob = Utilities.newBlob(html, 'text/html', `${title}.html`);
  const htmlFile = saveFile(
    folder.id,
    `${title}.html`,
    htmlBlob,
    record?.htmlId ?? null,
  );
  return {pdf, htmlFile};
}

function link(url: string, text: string): string {
  return `<a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(text)}</a>`;
}

/** Shows the links to the tab and the files in a dialog. */
export function showReportDialog(outcome: ReportOutcome): void {
  const action = outcome.replaced ? 'Đã cập nhật' : 'Đã tạo';
  const body =
    `<p>${escapeHtml(`${action} báo cáo ${outcome.numberText} (${outcome.cutoffText}).`)}</p>` +
    '<ul>' +
    `<li>Tab trong bảng tính: ${link(outcome.tabUrl, outcome.tabName)}</li>` +
    `<li>Bản PDF để ký, gửi: ${link(outcome.pdfUrl, 'Mở tệp PDF')}</li>` +
    `<li>Bản HTML để sửa câu chữ: ${link(outcome.htmlUrl, 'Mở tệp HTML')}</li>` +
    '</ul>' +
    `<p>${escapeHtml(`Các tệp nằm trong thư mục "${outcome.folderName}" trên Drive.`)}</p>` +
    '<p><button type="button" onclick="google.script.host.close()">Đóng</button></p>';
  showDialog('Báo cáo quý', body, 520, 280);
}

/** Formats the outcome as one line for the sidebar's status area. */
export function outcomeMessage(outcome: ReportOutcome): string {
  const action = outcome.replaced ? 'Đã cập nhật' : 'Đã tạo';
  return (
    `${action} tab "${outcome.tabName}" và tệp PDF, ${outcome.numberText} ` +
    `(${outcome.cutoffText}). PDF: ${outcome.pdfUrl}`
  );
}

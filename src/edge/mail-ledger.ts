// The "Thư đã gửi" tab: one row per state an email reached (sent, waiting, failed, expired),
// written from the marks in one batch per run. Rows are written again for marks a dead run
// left unlogged, and a row already in the tab (same key, result and time) is not repeated.
import {CellValue, instantValue} from '../workbook/cell-value';
import {cellText} from '../workbook/cells';
import {MAIL_TAB} from '../workbook/schema';
import {mapHeaders} from '../workbook/table';
import {MailMark, MarkStore} from './mail-marks';
import {ensureRows, readTab, toSheetRows} from './sheet-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const RESULT_LABELS = {
  sent: 'Đã gửi',
  unconfirmed: 'Đã gửi (chưa xác nhận)',
  pending: 'Chờ gửi',
  failed: 'Lỗi, sẽ thử lại',
  permanent: 'Lỗi, không thử lại',
  expired: 'Không gửi',
} as const;

export const KIND_LABELS = {
  reminder: 'Nhắc báo cáo',
  summary: 'Tổng hợp tuần',
} as const;

export function resultLabel(mark: MailMark): string {
  switch (mark.state) {
    case 'sent':
      return mark.unconfirmed ? RESULT_LABELS.unconfirmed : RESULT_LABELS.sent;
    case 'pending':
      return RESULT_LABELS.pending;
    case 'failed':
      return mark.permanent ? RESULT_LABELS.permanent : RESULT_LABELS.failed;
    case 'expired':
      return RESULT_LABELS.expired;
    default:
      return mark.state;
  }
}

function ledgerRow(key: string, mark: MailMark): CellValue[] {
  const note = mark.unconfirmed
    ? 'Lần chạy trước dừng ngay sau khi gọi gửi thư nên không ghi được kết quả; ' +
      'thư không được gửi lại để tránh trùng. Hãy hỏi đơn vị nếu cần.'
    : (mark.error ?? '');
  return [
    key,
    KIND_LABELS[mark.kind],
    mark.weekLabel,
    mark.unitName,
    mark.to.join(', '),
    mark.subject,
    instantValue(mark.at),
    resultLabel(mark),
    note,
  ];
}

/** Writes the rows of every unlogged mark, then flags those marks as logged. */
export function writeLedger(spreadsheet: Spreadsheet, store: MarkStore): void {
  const entries = store.unlogged();
  if (entries.length === 0) return;
  const sheet =
    spreadsheet.getSheetByName(MAIL_TAB.name) ??
    spreadsheet.insertSheet(MAIL_TAB.name);
  const existing = readTab(sheet);
  let headers = mapHeaders(MAIL_TAB, existing[0] ?? []);
  if (headers.missing.length > 0 && existing.length <= 1) {
    const header = MAIL_TAB.columns.map(column => column.header);
    sheet.getRange(1, 1, 1, header.length).setValues([header]);
    headers = mapHeaders(MAIL_TAB, header);
  }
  const seen = existingRows(existing, headers);
  const rows: CellValue[][] = [];
  for (const [key, mark] of entries) {
    if (seen.has(identity(key, resultLabel(mark), mark.at))) continue;
    const row = ledgerRow(key, mark);
    const line: CellValue[] = new Array(headers.width).fill('');
    MAIL_TAB.columns.forEach((column, i) => {
      const position = headers.index.get(column.key);
      if (position !== undefined) line[position] = row[i];
    });
    rows.push(line);
  }
  if (rows.length > 0) {
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const firstRow = Math.max(2, existing.length + 1);
    // A week of a few thousand units passes the 1,000 rows of a new tab.
    ensureRows(sheet, firstRow + rows.length - 1);
    sheet
      .getRange(firstRow, 1, rows.length, headers.width)
      .setValues(toSheetRows(rows, timeZone));
  }
  store.putAll(entries.map(([key, mark]) => [key, {...mark, logged: true}]));
}

/** Identifies a ledger row; seconds, because a date cell may not keep milliseconds exactly. */
function identity(key: string, result: string, at: number): string {
  return `${key}\u0000${result}\u0000${Math.round(at / 1000)}`;
}

function existingRows(
  values: unknown[][],
  headers: ReturnType<typeof mapHeaders>,
): Set<string> {
  const seen = new Set<string>();
  const keyAt = headers.index.get('key');
  const resultAt = headers.index.get('result');
  const sentAt = headers.index.get('sentAt');
  if (keyAt === undefined || resultAt === undefined || sentAt === undefined)
    return seen;
  for (const line of values.slice(1)) {
    // Dates from the sheet may come from another realm, so no instanceof check.
    const at = line[sentAt] as {getTime?: () => number};
    if (typeof at?.getTime !== 'function') continue;
    seen.add(
      identity(cellText(line[keyAt]), cellText(line[resultAt]), at.getTime()),
    );
  }
  return seen;
}

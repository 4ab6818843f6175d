// The record of each period's report in the document properties: the number it was issued
// under and its Drive files. A report made again for the same period keeps its
// number and files. Only a new period takes the next number from Cấu hình and advances it.
import {configRow} from '../workbook/config-rows';
import {cellText} from '../workbook/cells';
import {CONFIG_TAB} from '../workbook/schema';
import {headerKey, mapHeaders} from '../workbook/table';
import {readTab} from './sheet-io';

export interface ReportRecord {
  /** The number in "Số 3-BC/ĐU". */
  number: number;
  pdfId: string | null;
  htmlId: string | null;
}

const keyOf = (tabName: string) => `report:${tabName}`;

export function readReportRecord(tabName: string): ReportRecord | null {
  const text = PropertiesService.getDocumentProperties().getProperty(
    keyOf(tabName),
  );
  if (text === null) return null;
  try {
    const record = JSON.parse(text) as Partial<ReportRecord>;
    if (typeof record.number !== 'number') return null;
    return {
      number: record.number,
      pdfId: record.pdfId ?? null,
      htmlId: record.htmlId ?? null,
    };
  } catch (error) {
    console.warn(`Ignoring unreadable ${keyOf(tabName)}: ${String(error)}`);
    return null;
  }
}

export function storeReportRecord(tabName: string, record: ReportRecord): void {
  PropertiesService.getDocumentProperties().setProperty(
    keyOf(tabName),
    JSON.stringify(record),
  );
}

/**
 * Writes `next` into the "Số báo cáo tiếp theo" row of Cấu hình, found by its label wherever
 * the office has moved it. Returns false when the tab, its columns or the row are missing.
 */
export function writeNextReportNumber(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  next: number,
): boolean {
  const sheet = spreadsheet.getSheetByName(CONFIG_TAB.name);
  if (!sheet) return false;
  const values = readTab(sheet);
  const headers = mapHeaders(CONFIG_TAB, values[0] ?? []);
  const labelAt = headers.index.get('setting');
  const valueAt = headers.index.get('value');
  if (labelAt === undefined || valueAt === undefined) return false;
  const label = headerKey(configRow('nextReportNumber').label);
  const index = values.findIndex(
    row => headerKey(cellText(row[labelAt])) === label,
  );
  if (index < 0) return false;
  sheet.getRange(index + 1, valueAt + 1).setValue(next);
  return true;
}

/**
 * Reserves `number` for a new period's report before anything is written: stores the record,
 * then advances the counter in Cấu hình. When the counter cannot be written (the row is gone
 * or the person may not edit it) the reservation is undone, so no number is skipped.
 */
export function reserveReportNumber(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tabName: string,
  number: number,
): void {
  storeReportRecord(tabName, {number, pdfId: null, htmlId: null});
  let written: boolean;
  try {
    written = writeNextReportNumber(spreadsheet, number + 1);
  } catch (error) {
    PropertiesService.getDocumentProperties().deleteProperty(keyOf(tabName));
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Không ghi được "${configRow('nextReportNumber').label}" trong tab "${CONFIG_TAB.name}" ` +
        `(${message}). Người có quyền sửa tab này cần tạo báo cáo.`,
    );
  }
  if (!written)
    console.warn(`No "${configRow('nextReportNumber').label}" row to advance.`);
}

// A control workbook converted beside each export: =TODAY() and =NOW() with cached results of 0.
// LibreOffice must replace both with the faked time in the spreadsheet's time zone. That shows
// it recalculated the file instead of keeping cached results, and that its clock is right.
import ExcelJS from 'exceljs';
import {serialFromInstant} from '../emulator/spreadsheet/time-zone';
import {readNumber} from './formulas-compare';

export const CLOCK_SHEET = 'Clock';

export async function writeClockWorkbook(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(CLOCK_SHEET);
  sheet.getCell('A1').value = {formula: 'TODAY()', result: 0};
  sheet.getCell('B1').value = {formula: 'NOW()', result: 0};
  await book.xlsx.writeFile(file);
}

/** Seconds NOW() may run ahead of the faked start: faketime lets the clock tick from it. */
const MAX_CLOCK_DRIFT_SECONDS = 300;

/** Returns what is wrong with LibreOffice's TODAY() and NOW(), or null when both are right. */
export function clockProblem(
  rows: string[][],
  instant: number,
  timeZone: string,
): string | null {
  const [today, now] = rows[0] ?? [];
  const expected = serialFromInstant(instant, timeZone);
  const readToday = readNumber(today ?? '');
  const readNow = readNumber(now ?? '');
  if (readToday === null || readToday.value !== Math.floor(expected)) {
    return `LibreOffice's TODAY() is "${today}", expected the serial ${Math.floor(expected)}`;
  }
  const drift = readNow === null ? NaN : (readNow.value - expected) * 86_400;
  if (!(drift > -1 && drift < MAX_CLOCK_DRIFT_SECONDS)) {
    return `LibreOffice's NOW() is "${now}", expected the serial ${expected.toFixed(6)}`;
  }
  return null;
}

// A control workbook converted beside each export, with cached results of 0 for =TODAY(),
// =NOW() and =1+1. LibreOffice recalculates volatile TODAY() and NOW() on every load, so they
// show whether its clock and time zone are the faked ones. =1+1 is recalculated only when the
// profile forces a full recalculation; otherwise LibreOffice would keep the exporter's cached
// results and the check would compare the emulator with itself.
import ExcelJS from 'exceljs';
import {serialFromInstant} from '../emulator/spreadsheet/time-zone';
import {readNumber} from './formulas-compare';

export const CLOCK_SHEET = 'Clock';

export async function writeClockWorkbook(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(CLOCK_SHEET);
  sheet.getCell('A1').value = {formula: 'TODAY()', result: 0};
  sheet.getCell('B1').value = {formula: 'NOW()', result: 0};
  sheet.getCell('C1').value = {formula: '1+1', result: 0};
  await book.xlsx.writeFile(file);
}

/** Seconds NOW() may run ahead of the faked start: faketime lets the clock tick from it. */
const MAX_CLOCK_DRIFT_SECONDS = 300;

/**
 * Returns what is wrong with LibreOffice's results of the control workbook, or null when it
 * recalculated every formula at the faked time.
 */
export function controlProblem(
  rows: string[][],
  instant: number,
  timeZone: string,
): string | null {
  const [today, now, sum] = rows[0] ?? [];
  if (sum !== '2') {
    return `LibreOffice kept the cached result of =1+1 ("${sum}"): the profile does not force a recalculation.`;
  }
  const expected = serialFromInstant(instant, timeZone);
  const readToday = readNumber(today ?? '');
  if (readToday === null || readToday.value !== Math.floor(expected)) {
    return `LibreOffice's TODAY() is "${today}", expected the serial ${Math.floor(expected)}`;
  }
  const readNow = readNumber(now ?? '');
  const drift = readNow === null ? NaN : (readNow.value - expected) * 86_400;
  if (!(drift > -1 && drift < MAX_CLOCK_DRIFT_SECONDS)) {
    return `LibreOffice's NOW() is "${now}", expected the serial ${expected.toFixed(6)}`;
  }
  return null;
}

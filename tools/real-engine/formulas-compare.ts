// Comparison of the emulator's formula results with LibreOffice's CSV text of the same cells.
// With "save cell contents as shown" off and the language en-US, LibreOffice writes numbers
// with a decimal point and up to 15 significant digits, percentages as "12.5%", dates as
// MM/DD/YYYY and date-times as MM/DD/YYYY HH:MM:SS. Booleans are TRUE/FALSE, and errors are
// "#DIV/0!" or "Err:502".
import {cellA1} from '../emulator/spreadsheet/a1';
import {contentExtent} from '../emulator/spreadsheet/cells';
import type {EngineValue} from '../emulator/spreadsheet/formula-engine';
import type {EmuSpreadsheet} from '../emulator/spreadsheet/spreadsheet';

export interface FormulaCell {
  tab: string;
  /** 1-based row and column. */
  row: number;
  col: number;
  formula: string;
  value: EngineValue;
}

/** Lists every formula cell of every tab with the value the emulator computed for it. */
export function formulaCells(workbook: EmuSpreadsheet): FormulaCell[] {
  const state = workbook.emuState;
  const cells: FormulaCell[] = [];
  for (const sheet of state.sheets) {
    const [rows, cols] = contentExtent(state, sheet);
    for (let row = 1; row <= rows; row++) {
      for (let col = 1; col <= cols; col++) {
        const formula = state.engine.formula(sheet.engineId, row - 1, col - 1);
        if (formula === '') continue;
        cells.push({
          tab: sheet.name,
          row,
          col,
          formula,
          value: state.engine.value(sheet.engineId, row - 1, col - 1),
        });
      }
    }
  }
  return cells;
}

export function cellName(cell: FormulaCell): string {
  return `${cell.tab}!${cellA1(cell.row, cell.col)}`;
}

const SERIAL_OF_1970 = 25_569;
const DAY_MS = 86_400_000;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?)%$/i;
const DATE_TIME =
  /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2})(?::(\d{2}))?( [AP]M)?)?$/;

/** A number LibreOffice wrote, with how finely its text resolves it. */
interface ReadNumber {
  value: number;
  /** Largest difference explained by the text's rounding, in the number's unit. */
  resolution: number;
  /** A date without a time of day: only the whole day of the value is written. */
  wholeDay: boolean;
}

/** Reads LibreOffice's unformatted en-US text of a number, percentage, date or date-time. */
export function readNumber(text: string): ReadNumber | null {
  if (NUMBER.test(text))
    return {value: Number(text), resolution: 0, wholeDay: false};
  const percent = PERCENT.exec(text);
  if (percent)
    return {value: Number(percent[1]) / 100, resolution: 0, wholeDay: false};
  const date = DATE_TIME.exec(text);
  if (!date) return null;
  const [month, day, year] = [date[1], date[2], date[3]].map(Number);
  let hours = Number(date[4] ?? 0);
  if (date[7] === ' PM' && hours < 12) hours += 12;
  if (date[7] === ' AM' && hours === 12) hours = 0;
  const wall = Date.UTC(
    year,
    month - 1,
    day,
    hours,
    Number(date[5] ?? 0),
    Number(date[6] ?? 0),
  );
  if (new Date(wall).getUTCMonth() !== month - 1) return null;
  return {
    value: wall / DAY_MS + SERIAL_OF_1970,
    resolution: date[6] !== undefined ? 1 / 86_400 : 1 / 1_440,
    wholeDay: date[4] === undefined,
  };
}

/** Relative difference that 15 significant digits of output and float sums can explain. */
const RELATIVE_TOLERANCE = 1e-9;

function numbersAgree(expected: number, actual: ReadNumber): boolean {
  if (actual.wholeDay) return Math.floor(expected) === actual.value;
  const difference = Math.abs(expected - actual.value);
  const tolerance =
    Math.max(Math.abs(expected), 1) * RELATIVE_TOLERANCE + actual.resolution;
  return difference <= tolerance;
}

/**
 * Compares an emulator value with LibreOffice's text of the same cell; returns why they
 * differ, or null when they agree. Texts are compared exactly after NFC normalization.
 */
export function differenceOf(
  expected: EngineValue,
  actual: string,
): string | null {
  if (expected === null || expected === '') {
    return actual === '' ? null : 'LibreOffice has a value, the emulator none';
  }
  if (typeof expected === 'boolean') {
    return actual === (expected ? 'TRUE' : 'FALSE') ? null : 'booleans differ';
  }
  if (typeof expected === 'number') {
    const read = readNumber(actual);
    if (read === null) return 'LibreOffice has no number';
    return numbersAgree(expected, read) ? null : 'numbers differ';
  }
  return expected.normalize('NFC') === actual.normalize('NFC')
    ? null
    : 'texts differ';
}

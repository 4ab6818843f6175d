// Reading and writing cell contents: values, formulas, formats and dates in the spreadsheet's
// time zone. These helpers are uncounted; the public classes count their own calls.

import type {RawCellContent} from 'hyperformula';
import {GridRect, lettersToColumn} from './a1';
import {Exception, MESSAGES} from './errors';
import {parseInput} from './input';
import {CellMeta, SheetData} from './model';
import {
  DEFAULT_DATE_FORMAT,
  DEFAULT_DATE_TIME_FORMAT,
  DEFAULT_TIME_FORMAT,
  formatValue,
  isDateFormat,
  isGeneral,
  isTextFormat,
} from './number-format';
import {WorkbookState} from './state';
import {instantFromSerial, serialFromInstant} from './time-zone';

const INFERRED_FORMATS: Record<string, string> = {
  NUMBER_DATE: DEFAULT_DATE_FORMAT,
  NUMBER_DATETIME: DEFAULT_DATE_TIME_FORMAT,
  NUMBER_TIME: DEFAULT_TIME_FORMAT,
  NUMBER_PERCENT: '0%',
};

// A minus followed by a cell reference or a date function, outside string literals.
const DATE_DIFFERENCE = /-\s*(\$?[A-Za-z]{1,3}\$?\d|'|TODAY\(|NOW\(|DATE)/i;

/**
 * Tells whether a formula subtracts a date. HyperFormula types date - date as a date; Sheets
 * shows the number of days.
 */
// NOTE: approximate; "=C2-D2" with a plain number in D2 is a date in Sheets but a number here.
function subtractsDate(formula: string): boolean {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return DATE_DIFFERENCE.test(code);
}

// "=K2", "=K2+7" or "=K2-3": a reference on the same tab, optionally plus or minus a number.
const REFERENCE_PLUS_DAYS =
  /^=\s*\$?([A-Za-z]{1,3})\$?(\d+)\s*(?:[+-]\s*\d+(?:\.\d+)?\s*)?$/;

/** Returns the date format of the cell a "=K2+7" style formula refers to, if it has one. */
function referencedDateFormat(
  sheet: SheetData,
  formula: string,
): string | undefined {
  const match = REFERENCE_PLUS_DAYS.exec(formula);
  if (!match) return undefined;
  const format = sheet.metaAt(
    Number(match[2]),
    lettersToColumn(match[1]),
  )?.numberFormat;
  return isDateFormat(format) ? format : undefined;
}

/**
 * Returns the format the cell is shown with: its own, or one inferred from a formula result.
 * NOTE: Sheets also infers a date for other formulas over date cells, such as MAX of a date
 * column. The emulator infers it only from the engine's types and "=K2+7" formulas.
 */
export function effectiveFormat(
  state: WorkbookState,
  sheet: SheetData,
  row: number,
  col: number,
): string | undefined {
  const own = sheet.metaAt(row, col)?.numberFormat;
  if (!isGeneral(own)) return own;
  const type = state.engine.detailedType(sheet.engineId, row - 1, col - 1);
  const inferred = INFERRED_FORMATS[type];
  if (type === 'NUMBER_PERCENT') return inferred;
  const formula = state.engine.formula(sheet.engineId, row - 1, col - 1);
  if (!formula) return inferred ?? own;
  if (inferred) return subtractsDate(formula) ? own : inferred;
  if (type !== 'NUMBER_RAW') return own;
  return referencedDateFormat(sheet, formula) ?? own;
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Returns a cell's value as getValues does: Number, Boolean, Date, String or ''. */
export function readValue(
  state: WorkbookState,
  sheet: SheetData,
  row: number,
  col: number,
): unknown {
  const value = state.engine.value(sheet.engineId, row - 1, col - 1);
  if (value === null) return '';
  if (typeof value !== 'number') return value;
  if (!isDateFormat(effectiveFormat(state, sheet, row, col))) return value;
  const instant = instantFromSerial(value, state.timeZone);
  return new state.ctx.DateClass(instant);
}

export function readDisplay(
  state: WorkbookState,
  sheet: SheetData,
  row: number,
  col: number,
): string {
  const value = state.engine.value(sheet.engineId, row - 1, col - 1);
  return formatValue(value, effectiveFormat(state, sheet, row, col));
}

export function readFormula(
  state: WorkbookState,
  sheet: SheetData,
  row: number,
  col: number,
): string {
  return state.engine.formula(sheet.engineId, row - 1, col - 1);
}

/** Text as the engine stores it: a leading apostrophe keeps it from being parsed. */
function textContent(text: string): string {
  return text.startsWith("'") ? text : `'${text}`;
}

/**
 * Converts a value a script writes into engine content, and sets the number format Sheets
 * would add (dates, percentages) on cells that have none.
 */
export function toContent(
  state: WorkbookState,
  meta: CellMeta | undefined,
  value: unknown,
  setFormat: (format: string) => void,
): RawCellContent {
  if (value === undefined || value === null) return null;
  const format = meta?.numberFormat;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value;
  if (isDate(value)) {
    // NOTE: Sheets' choice of format for a written Date is assumed: date and time.
    if (!isDateFormat(format)) setFormat(DEFAULT_DATE_TIME_FORMAT);
    return serialFromInstant(value.getTime(), state.timeZone);
  }
  const parsed = parseInput(String(value), isTextFormat(format));
  if (parsed.kind === 'empty') return null;
  if (parsed.kind === 'formula') return parsed.formula;
  if (typeof parsed.value === 'string') return textContent(parsed.value);
  if (parsed.format && isGeneral(format)) setFormat(parsed.format);
  return parsed.value;
}

/** Most characters one cell holds, for values and formulas alike. */
export const MAX_CELL_CHARS = 50_000;

/** Throws before anything is written when one of `values` is text longer than a cell holds. */
function checkCellText(values: unknown[][]): void {
  for (const row of values)
    for (const value of row)
      if (typeof value === 'string' && value.length > MAX_CELL_CHARS)
        throw new Exception(MESSAGES.cellTextLimit);
}

/** Writes a block of values (already shape-checked) in one engine call. */
export function writeBlock(
  state: WorkbookState,
  sheet: SheetData,
  rect: GridRect,
  values: unknown[][],
): void {
  checkCellText(values);
  const contents = values.map((rowValues, i) =>
    rowValues.map((value, j) => {
      const row = rect.row + i;
      const col = rect.col + j;
      return toContent(state, sheet.metaAt(row, col), value, format => {
        sheet.metaFor(row, col).numberFormat = format;
      });
    }),
  );
  state.engine.setContents(
    sheet.engineId,
    rect.row - 1,
    rect.col - 1,
    contents,
  );
}

/** Writes formulas; an empty string clears the cell. */
export function writeFormulas(
  state: WorkbookState,
  sheet: SheetData,
  rect: GridRect,
  formulas: string[][],
): void {
  checkCellText(formulas);
  const contents = formulas.map(row =>
    row.map(formula => {
      if (formula === '' || formula === null || formula === undefined)
        return null;
      const text = String(formula);
      return text.startsWith('=') ? text : textContent(text);
    }),
  );
  state.engine.setContents(
    sheet.engineId,
    rect.row - 1,
    rect.col - 1,
    contents,
  );
}

export function clearBlock(
  state: WorkbookState,
  sheet: SheetData,
  rect: GridRect,
): void {
  const empty = Array.from({length: rect.numRows}, () =>
    new Array<null>(rect.numCols).fill(null),
  );
  state.engine.setContents(sheet.engineId, rect.row - 1, rect.col - 1, empty);
}

/** Returns the extent of a sheet's contents: [lastRow, lastColumn], 0 when empty. */
export function contentExtent(
  state: WorkbookState,
  sheet: SheetData,
): [number, number] {
  const serialized = state.engine.serialized(sheet.engineId);
  let lastRow = 0;
  let lastColumn = 0;
  serialized.forEach((row, i) => {
    for (let j = row.length - 1; j >= 0; j--) {
      const content = row[j];
      if (content === null || content === undefined || content === '') continue;
      lastRow = i + 1;
      lastColumn = Math.max(lastColumn, j + 1);
      break;
    }
  });
  return [lastRow, lastColumn];
}

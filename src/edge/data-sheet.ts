// The hidden tab where the add-on keeps data too large for the document properties (9 KB a
// value, 500 KB in all). Row 1 contains a notice for staff. From row 2 down, column A contains
// the weekly snapshot's JSON text in pieces, one piece a cell, so a write is one setValues and
// a read is one getValues at any size. Column B contains the mail marks (mark-column.ts).
// The tab is protected with a warning only, so a run started by any editor can still write it.

import {ensureRows} from './sheet-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Tab name staff see among the hidden tabs, in NFC like every Vietnamese text of the add-on. */
export const DATA_SHEET_NAME = 'NQ57 – dữ liệu nội bộ';

const NOTICE =
  'Dữ liệu nội bộ của tiện ích NQ57: số liệu tiến độ các tuần trước để bản tổng hợp tuần ' +
  'so sánh (cột A) và trạng thái từng thư thứ Sáu để không gửi trùng (cột B). ' +
  'Tiện ích tự ghi tab này; xin đừng sửa, xóa hay đổi tên.';
const PROTECTION_DESCRIPTION =
  'Tiện ích NQ57 tự ghi tab này; sửa tay có thể làm mất phần so sánh với tuần trước ' +
  'hoặc làm gửi trùng thư.';
/** Column A for the snapshot, column B for the mail marks: no other column is needed. */
const COLUMNS = 2;
export const SNAPSHOT_COLUMN = 1;
export const MARK_COLUMN = 2;

/**
 * Characters of JSON per cell. Sheets rejects a cell over 50,000 characters, and a download
 * as .xlsx keeps at most 32,767 (Excel's limit), so pieces stay under both.
 */
const PIECE_CHARS = 30_000;
/** Starts every piece, so Sheets never reads one as a formula, number, date or boolean. */
const PIECE_PREFIX = 'j';
export const FIRST_DATA_ROW = 2;

export interface StoredText {
  /** The JSON text, or null when the tab is missing, empty or unreadable. */
  text: string | null;
  /** Rows below the notice with anything in column A, which a later write must clear. */
  usedRows: number;
}

/**
 * Escapes every character outside printable ASCII (spaces and Vietnamese letters included)
 * as \uXXXX. JSON.stringify puts such characters only inside strings, where the escape means
 * the same, so JSON.parse returns the same value. Pieces can then be cut anywhere without
 * splitting a surrogate pair or leaving a space that Sheets might trim.
 */
function toAsciiJson(json: string): string {
  return json.replace(
    /[^\x21-\x7e]/g,
    character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Reads the JSON text from the tab with one getValues. */
export function readDataText(spreadsheet: Spreadsheet): StoredText {
  const sheet = spreadsheet.getSheetByName(DATA_SHEET_NAME);
  if (!sheet) return {text: null, usedRows: 0};
  const lastRow = sheet.getLastRow();
  if (lastRow < FIRST_DATA_ROW) return {text: null, usedRows: 0};
  const cells = sheet
    .getRange(FIRST_DATA_ROW, SNAPSHOT_COLUMN, lastRow - FIRST_DATA_ROW + 1, 1)
    .getValues();
  // The mail marks of column B may reach further down than column A.
  let usedRows = cells.length;
  while (usedRows > 0 && cells[usedRows - 1][0] === '') usedRows--;

  const pieces: string[] = [];
  for (const [cell] of cells) {
    if (cell === '') break;
    if (typeof cell !== 'string' || !cell.startsWith(PIECE_PREFIX)) {
      console.warn(
        `Ignoring tab "${DATA_SHEET_NAME}": row ${FIRST_DATA_ROW + pieces.length} was edited`,
      );
      return {text: null, usedRows};
    }
    pieces.push(cell.slice(PIECE_PREFIX.length));
  }
  return {text: pieces.length > 0 ? pieces.join('') : null, usedRows};
}

/**
 * Writes `json` into the tab with one setValues, creating the tab first if needed, and blanks
 * the rest of the `usedRows` an earlier read found.
 */
export function writeDataText(
  spreadsheet: Spreadsheet,
  json: string,
  usedRows: number,
): void {
  const sheet = dataSheet(spreadsheet);
  const ascii = toAsciiJson(json);
  const pieces: string[] = [];
  for (let start = 0; start < ascii.length; start += PIECE_CHARS)
    pieces.push(PIECE_PREFIX + ascii.slice(start, start + PIECE_CHARS));

  const rows = Math.max(pieces.length, usedRows, 1);
  ensureRows(sheet, FIRST_DATA_ROW - 1 + rows);
  const cells = Array.from({length: rows}, (_, i) => [pieces[i] ?? '']);
  sheet.getRange(FIRST_DATA_ROW, SNAPSHOT_COLUMN, rows, 1).setValues(cells);
}

/** Returns the tab, creating it first if needed. */
export function dataSheet(spreadsheet: Spreadsheet): Sheet {
  return (
    spreadsheet.getSheetByName(DATA_SHEET_NAME) ?? createDataSheet(spreadsheet)
  );
}

/** Adds the tab at the end, hidden and warning-protected, leaving staff on the tab they had. */
function createDataSheet(spreadsheet: Spreadsheet): Sheet {
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(
    DATA_SHEET_NAME,
    spreadsheet.getSheets().length,
  );
  // Every cell counts towards the file's 10 million, so the tab keeps only its two columns.
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns > COLUMNS)
    sheet.deleteColumns(COLUMNS + 1, maxColumns - COLUMNS);
  sheet.getRange(1, 1).setValue(NOTICE).setFontWeight('bold');
  sheet.protect().setDescription(PROTECTION_DESCRIPTION).setWarningOnly(true);
  sheet.hideSheet();
  // insertSheet activates the new tab, and a summary sent from the menu must not move the user.
  if (active) active.activate();
  console.info(`Created hidden tab "${DATA_SHEET_NAME}"`);
  return sheet;
}

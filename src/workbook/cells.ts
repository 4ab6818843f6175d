// Reading what a person typed into a cell: text, dates, numbers and e-mail lists. Each reader
// returns the value or a Vietnamese problem; it never changes the cell.
import {civilDateOf, isCivilDate, parseViDate} from '../core/calendar';
import {CivilDate} from '../core/model';
import {parseViNumber} from '../core/vietnamese';

/** A problem found in one cell, with everything a person needs to find and fix it. */
export interface CellIssue {
  tab: string;
  column: string;
  /** Spreadsheet row number (1-based). */
  row: number;
  message: string;
}

export type Parsed<T> = {ok: true; value: T} | {ok: false; problem: string};

const ERROR_VALUES = new Set([
  '#REF!',
  '#N/A',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#CYCLE!',
]);

export function isErrorValue(value: unknown): boolean {
  return typeof value === 'string' && ERROR_VALUES.has(value.trim());
}

export function errorProblem(value: unknown): string {
  return (
    `ô đang báo lỗi công thức ${String(value).trim()}. ` +
    'Hãy hoàn tác thao tác vừa làm (Ctrl+Z) hoặc chạy lại "Thiết lập / cập nhật bảng tính".'
  );
}

/** Text as typed, trimmed and stored as NFC so comparisons ignore how it was keyed in. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return value.toISOString();
  return String(value).trim().normalize('NFC');
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * Reads a date cell. Sheets hands back a Date for a real date cell (a wall time in the
 * spreadsheet's zone). Empty gives null. Text such as "30/06/2026" is a problem when `strict`,
 * because formulas cannot compute with it. The reader then does not use it either, so every
 * count agrees with the sheet. Without `strict` (Cấu hình) the text is read.
 */
export function readDateCell(
  value: unknown,
  timeZone: string,
  strict = true,
): Parsed<CivilDate | null> {
  if (value === '' || value === null || value === undefined)
    return {ok: true, value: null};
  if (isDate(value)) {
    if (Number.isNaN(value.getTime()))
      return {ok: false, problem: 'ngày không hợp lệ.'};
    return {ok: true, value: civilDateOf(value, timeZone)};
  }
  if (isErrorValue(value)) return {ok: false, problem: errorProblem(value)};
  const text = cellText(value);
  const parsed = isCivilDate(text) ? text : parseViDate(text);
  if (parsed && !strict) return {ok: true, value: parsed};
  if (parsed) {
    return {
      ok: false,
      problem:
        `ô chứa chữ "${text}" chứ không phải ngày, nên công thức và tiện ích chưa tính được. ` +
        'Hãy chọn ô, định dạng lại là ngày (Định dạng → Số → Ngày) rồi gõ lại ngày theo dạng dd/mm/yyyy.',
    };
  }
  return {
    ok: false,
    problem: `"${text}" không phải là ngày. Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 30/06/2026.`,
  };
}

/** Reads an instant cell (stamps such as "Cập nhật lúc"); text is not accepted there. */
export function readInstantCell(value: unknown): Parsed<number | null> {
  if (value === '' || value === null || value === undefined)
    return {ok: true, value: null};
  if (isDate(value) && !Number.isNaN(value.getTime())) {
    return {ok: true, value: value.getTime()};
  }
  return {
    ok: false,
    problem: `"${cellText(value)}" không phải là thời điểm hợp lệ.`,
  };
}

/**
 * Reads a number cell. Text that reads as a Vietnamese number ("1.234,5", "0,7", "85%") is a
 * problem when `strict`, because formulas cannot compute with it; otherwise it is read.
 */
export function readNumberCell(
  value: unknown,
  strict = true,
): Parsed<number | null> {
  if (value === '' || value === null || value === undefined)
    return {ok: true, value: null};
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return {ok: true, value};
    return {ok: false, problem: 'số không hợp lệ.'};
  }
  if (isErrorValue(value)) return {ok: false, problem: errorProblem(value)};
  const text = cellText(value).replace(/\s+/g, '').replace(/%$/, '');
  const number = parseViNumber(text);
  if (number !== null && !strict) return {ok: true, value: number};
  if (number !== null) {
    return {
      ok: false,
      problem:
        `ô chứa chữ "${cellText(value)}" chứ không phải số, nên công thức và tiện ích chưa tính được. ` +
        'Hãy chọn ô, định dạng lại là số (Định dạng → Số → Số) rồi gõ lại số, ví dụ 1234,5.',
    };
  }
  return {
    ok: false,
    problem: `"${cellText(value)}" không phải là số. Hãy nhập số, ví dụ 85 hoặc 0,7.`,
  };
}

const EMAIL = /^[^\s@;,<>"]+@[^\s@;,<>"]+\.[^\s@;,<>"]+$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

/** Splits "a@x.vn; b@y.vn, c@z.vn" into addresses; returns the valid and the invalid ones. */
export function readEmailList(value: unknown): {
  valid: string[];
  invalid: string[];
} {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const part of cellText(value).split(/[;,\s]+/)) {
    if (part === '') continue;
    if (isEmail(part)) valid.push(part.toLowerCase());
    else invalid.push(part);
  }
  return {valid, invalid};
}

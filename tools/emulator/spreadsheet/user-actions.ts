// Edits and pastes made by emulated people through the Sheets UI. They apply what the UI
// enforces: protections, and data validation that rejects input. They are never counted as
// service calls, and firing onEdit is left to the caller.

import {GridRect, cellA1} from './a1';
import {writeBlock} from './cells';
import {checkedRect, mapCells} from './grid';
import {CellMeta, SheetData} from './model';
import {ProtectionHost, protectionAllows, protectionCovers} from './protection';
import {WorkbookState} from './state';
import {satisfiesRule} from './validation-check';

export interface UserEditResult {
  accepted: boolean;
  /** The UI's reason for rejecting the edit; absent when it was accepted. */
  reason?: string;
  /** Set when the edit went through with a warning (warning-only protection, lax validation). */
  warning?: string;
  /** The cell's value before the edit as an edit event carries it; undefined when empty. */
  oldValue?: string;
  /** The new value as an edit event carries it; undefined after a clear or a rejection. */
  value?: string;
  /** The edited Range (a public Range object). */
  range: unknown;
}

// Texts of the Sheets UI in English.
const PROTECTED_TEXT =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
const WARNING_TEXT =
  'You are trying to edit part of this sheet that shouldn’t be changed accidentally.';

function invalidText(row: number, col: number): string {
  return `The data you entered in cell ${cellA1(row, col)} violates the data validation rules set on this cell.`;
}

/**
 * Returns the string an edit event carries for a value.
 * NOTE: Apps Script's exact e.value for dates and numbers is undocumented; the emulator gives
 * String(value), with dates as their serial number.
 */
function eventString(
  state: WorkbookState,
  sheet: SheetData,
  row: number,
  col: number,
) {
  const value = state.engine.value(sheet.engineId, row - 1, col - 1);
  if (value === null || value === '') return undefined;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Returns the UI's objection to `user` editing `rect`: a rejection, a warning or nothing. */
function protectionVerdict(
  state: WorkbookState,
  host: ProtectionHost,
  sheet: SheetData,
  rect: GridRect,
  user: string,
): {reject?: string; warn?: string} {
  let warn: string | undefined;
  const cells = mapCells(rect, (row, col) => [row, col]).flat();
  for (const protection of state.protections) {
    if (protection.sheet !== sheet) continue;
    const covers = cells.some(([row, col]) =>
      protectionCovers(protection, row, col),
    );
    if (!covers) continue;
    // Sheets shows a warning-only protection's warning to every editor; it has no editor list.
    if (protection.warningOnly) {
      warn = WARNING_TEXT;
      continue;
    }
    if (!protectionAllows(protection, host, user))
      return {reject: PROTECTED_TEXT};
  }
  return {warn};
}

interface Snapshot {
  contents: ReturnType<WorkbookState['engine']['serialized']>;
  formats: (string | undefined)[][];
}

function snapshot(
  state: WorkbookState,
  sheet: SheetData,
  rect: GridRect,
): Snapshot {
  const serialized = state.engine.serialized(sheet.engineId);
  return {
    contents: mapCells(
      rect,
      (row, col) => serialized[row - 1]?.[col - 1] ?? null,
    ),
    formats: mapCells(rect, (row, col) => sheet.metaAt(row, col)?.numberFormat),
  };
}

function restore(
  state: WorkbookState,
  sheet: SheetData,
  rect: GridRect,
  saved: Snapshot,
) {
  state.engine.setContents(
    sheet.engineId,
    rect.row - 1,
    rect.col - 1,
    saved.contents,
  );
  mapCells(rect, (row, col) => {
    const meta: CellMeta = sheet.metaFor(row, col);
    const format = saved.formats[row - rect.row][col - rect.col];
    if (format === undefined) delete meta.numberFormat;
    else meta.numberFormat = format;
  });
}

/** Applies a block of typed values as the UI would, or leaves the sheet unchanged. */
export function applyUserInput(
  state: WorkbookState,
  host: ProtectionHost,
  sheet: SheetData,
  row: number,
  col: number,
  values: unknown[][],
  user: string,
): UserEditResult {
  const width = Math.max(1, ...values.map(cells => cells.length));
  const rect = checkedRect(sheet, row, col, values.length, width);
  const range = state.wrapRange(sheet, rect);
  const single = values.length === 1 && width === 1;
  const oldValue = single ? eventString(state, sheet, row, col) : undefined;
  const verdict = protectionVerdict(state, host, sheet, rect, user);
  if (verdict.reject)
    return {accepted: false, reason: verdict.reject, oldValue, range};
  const saved = snapshot(state, sheet, rect);
  const padded = values.map(cells => [
    ...cells,
    ...new Array(width - cells.length).fill(undefined),
  ]);
  writeBlock(state, sheet, rect, padded);
  let warning = verdict.warn;
  for (const [r, c] of mapCells(rect, (r, c) => [r, c]).flat()) {
    const rule = sheet.metaAt(r, c)?.validation;
    if (!rule || satisfiesRule(state, sheet, r, c, rule)) continue;
    const text = rule.helpText || invalidText(r, c);
    if (!rule.allowInvalid) {
      restore(state, sheet, rect, saved);
      return {accepted: false, reason: text, oldValue, range};
    }
    warning = text;
  }
  const value = single ? eventString(state, sheet, row, col) : undefined;
  const result: UserEditResult = {accepted: true, oldValue, value, range};
  if (warning) result.warning = warning;
  return result;
}

// Entry of the spreadsheet half of the Apps Script emulator: builds the SpreadsheetApp and
// Charts globals around one in-memory spreadsheet (the container the script is bound to).
//
// Every Apps Script method records "Class.method" on ctx.counter. Members whose names start
// with `emu` are emulator-only and uncounted: emuUserEdit/emuUserPaste (edits through the UI,
// no triggers fired), emuCopy, emuRecalculate (after the clock moves), emuValues,
// emuDisplayValues, emuFormulas, emuRange, emuSheets, emuToasts and emuNamedRanges.

import type {EmulatorContext} from '../context';
import {
  buildCharts,
  buildSpreadsheetApp,
  SpreadsheetHooks,
} from './spreadsheet-app';
import {EmuSpreadsheet} from './spreadsheet';
import {SpreadsheetOptions} from './spreadsheet-core';

export type {SpreadsheetHooks} from './spreadsheet-app';
export type {SpreadsheetOptions} from './spreadsheet-core';
export type {UserEditResult} from './user-actions';
export type {SheetData, CellMeta} from './model';
export {EmuSpreadsheet} from './spreadsheet';
export {Exception} from './errors';

export function createSpreadsheetApp(
  ctx: EmulatorContext,
  hooks: SpreadsheetHooks,
  options: SpreadsheetOptions = {},
): {SpreadsheetApp: object; Charts: object; workbook: EmuSpreadsheet} {
  const workbook = new EmuSpreadsheet(ctx, options);
  const effectiveUser = hooks.effectiveUser;
  if (effectiveUser) {
    // Scripts edit as the person they run for, so protections apply to their writes.
    workbook.emuState.scriptUser = () =>
      ctx.execution ? effectiveUser.call(hooks) || null : null;
  }
  return {
    SpreadsheetApp: buildSpreadsheetApp(ctx, hooks, workbook),
    Charts: buildCharts(ctx),
    workbook,
  };
}

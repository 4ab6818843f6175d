// A small stand-in for the spreadsheet half, with the same contract, so these tests do not
// depend on it: one sheet of plain values, counted the same way.

import type {EmulatorContext} from '../../tools/emulator/context';

export interface StubRange {
  getNumRows(): number;
  getNumColumns(): number;
  getValue(): unknown;
  getA1Notation(): string;
}

export function createStubSpreadsheet(
  ctx: EmulatorContext,
  hooks: {getUi(): object},
) {
  const cells = new Map<string, unknown>();
  const key = (sheet: string, row: number, col: number) =>
    `${sheet}!${row}:${col}`;
  const range = (
    sheet: string,
    row: number,
    col: number,
    rows = 1,
    cols = 1,
  ): StubRange => ({
    getNumRows: () => (ctx.counter.record('Range.getNumRows'), rows),
    getNumColumns: () => (ctx.counter.record('Range.getNumColumns'), cols),
    getValue: () => (
      ctx.counter.record('Range.getValue'),
      cells.get(key(sheet, row, col)) ?? ''
    ),
    getA1Notation: () => `${sheet}!R${row}C${col}`,
  });
  const toasts: string[] = [];
  const workbook = {
    cells,
    recalculations: 0,
    getId: () => (
      ctx.counter.record('Spreadsheet.getId'),
      'stub-spreadsheet-id'
    ),
    getSpreadsheetTimeZone: () => (
      ctx.counter.record('Spreadsheet.getSpreadsheetTimeZone'),
      'Asia/Ho_Chi_Minh'
    ),
    getRange(sheet: string, row: number, col: number) {
      ctx.counter.record('Spreadsheet.getRange');
      return range(sheet, row, col);
    },
    setValue(sheet: string, row: number, col: number, value: unknown) {
      ctx.counter.record('Range.setValue');
      cells.set(key(sheet, row, col), value);
    },
    toast(message: string) {
      ctx.counter.record('Spreadsheet.toast');
      toasts.push(message);
    },
    toasts,
    emuUserEdit(
      sheet: string,
      row: number,
      col: number,
      value: unknown,
      user: string,
    ) {
      if (sheet === 'Nhật ký') {
        return {
          accepted: false,
          reason: `${user} cannot edit a protected range`,
          oldValue: undefined,
          range: range(sheet, row, col),
        };
      }
      const oldValue = cells.get(key(sheet, row, col));
      cells.set(key(sheet, row, col), value);
      return {accepted: true, oldValue, range: range(sheet, row, col)};
    },
    emuUserPaste(sheet: string, row: number, col: number, values: unknown[][]) {
      values.forEach((line, r) =>
        line.forEach((v, c) => cells.set(key(sheet, row + r, col + c), v)),
      );
      return {
        accepted: true,
        oldValue: undefined,
        range: range(sheet, row, col, values.length, values[0].length),
      };
    },
    emuRecalculate() {
      workbook.recalculations++;
    },
  };
  const SpreadsheetApp = {
    getActiveSpreadsheet: () => (
      ctx.counter.record('SpreadsheetApp.getActiveSpreadsheet'),
      workbook
    ),
    getUi() {
      ctx.counter.record('SpreadsheetApp.getUi');
      const kind = ctx.execution?.kind;
      if (kind === 'timeTrigger' || kind === 'installableTrigger') {
        throw new Error(
          'Cannot call SpreadsheetApp.getUi() from this context.',
        );
      }
      return hooks.getUi();
    },
  };
  return {SpreadsheetApp, Charts: {}, workbook};
}

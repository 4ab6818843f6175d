// The first half of Sheet: identity, ranges, contents and row/column structure.

import {GridRect, parseA1, toRect} from './a1';
import {clearBlock, contentExtent, writeBlock} from './cells';
import {
  Exception,
  MESSAGES,
  duplicateSheetName,
  signatureMismatch,
} from './errors';
import {guardScriptEdit} from './edit-guard';
import {checkedRect} from './grid';
import {SheetData} from './model';
import {WorkbookState} from './state';
import {Axis, deleteAt, insertAt} from './structure';

export class SheetCore {
  constructor(
    protected readonly state: WorkbookState,
    /** The internal tab behind this Sheet. */
    readonly emuData: SheetData,
  ) {}

  protected count(method: string): void {
    this.state.ctx.counter.record(`Sheet.${method}`);
  }

  protected wrap(rect: GridRect): unknown {
    return this.state.wrapRange(this.emuData, rect);
  }

  protected wholeSheet(): GridRect {
    return {
      row: 1,
      col: 1,
      numRows: this.emuData.maxRows,
      numCols: this.emuData.maxColumns,
    };
  }

  getName(): string {
    this.count('getName');
    return this.emuData.name;
  }

  getSheetName(): string {
    this.count('getSheetName');
    return this.emuData.name;
  }

  setName(name: string): this {
    this.count('setName');
    const existing = this.state.sheetByName(name);
    if (existing && existing !== this.emuData) {
      throw new Exception(duplicateSheetName(name));
    }
    this.state.engine.renameSheet(this.emuData.engineId, name);
    this.emuData.name = name;
    return this;
  }

  getIndex(): number {
    this.count('getIndex');
    return this.state.sheets.indexOf(this.emuData) + 1;
  }

  getSheetId(): number {
    this.count('getSheetId');
    return this.emuData.sheetId;
  }

  getParent(): unknown {
    this.count('getParent');
    return this.state.wrapSpreadsheet();
  }

  getLastRow(): number {
    this.count('getLastRow');
    return contentExtent(this.state, this.emuData)[0];
  }

  getLastColumn(): number {
    this.count('getLastColumn');
    return contentExtent(this.state, this.emuData)[1];
  }

  getMaxRows(): number {
    this.count('getMaxRows');
    return this.emuData.maxRows;
  }

  getMaxColumns(): number {
    this.count('getMaxColumns');
    return this.emuData.maxColumns;
  }

  /** getRange(a1) or getRange(row, column[, numRows[, numColumns]]). */
  getRange(...args: unknown[]): unknown {
    this.count('getRange');
    return this.wrap(this.resolveRange(args));
  }

  protected resolveRange(args: unknown[]): GridRect {
    if (args.length === 1 && typeof args[0] === 'string') {
      const ref = parseA1(args[0]);
      if (!ref) throw new Exception(MESSAGES.rangeNotFound);
      const rect = toRect(ref, this.emuData.maxRows, this.emuData.maxColumns);
      return checkedRect(
        this.emuData,
        rect.row,
        rect.col,
        rect.numRows,
        rect.numCols,
      );
    }
    const numbers =
      args.length >= 2 && args.length <= 4 && args.every(isNumber);
    if (!numbers) throw signatureMismatch('Sheet', 'getRange', args);
    const [row, col, numRows, numCols] = args as number[];
    return checkedRect(this.emuData, row, col, numRows ?? 1, numCols ?? 1);
  }

  getDataRange(): unknown {
    this.count('getDataRange');
    const [lastRow, lastColumn] = contentExtent(this.state, this.emuData);
    return this.wrap({
      row: 1,
      col: 1,
      numRows: Math.max(lastRow, 1),
      numCols: Math.max(lastColumn, 1),
    });
  }

  /** Writes a row below the last row with content, growing the grid when needed. */
  appendRow(values: unknown[]): this {
    this.count('appendRow');
    if (!Array.isArray(values))
      throw signatureMismatch('Sheet', 'appendRow', [values]);
    const row = contentExtent(this.state, this.emuData)[0] + 1;
    const sheet = this.emuData;
    const width = Math.max(values.length, 1);
    guardScriptEdit(this.state, sheet, {
      row,
      col: 1,
      numRows: 1,
      numCols: width,
    });
    if (row > sheet.maxRows)
      insertAt(this.state, sheet, 'row', row, 1, row - 1);
    const missing = values.length - sheet.maxColumns;
    if (missing > 0) {
      insertAt(this.state, sheet, 'col', sheet.maxColumns + 1, missing, null);
    }
    if (values.length > 0) {
      const rect = {row, col: 1, numRows: 1, numCols: values.length};
      writeBlock(this.state, sheet, rect, [values]);
    }
    return this;
  }

  private insert(
    method: string,
    axis: Axis,
    before: number,
    count: number,
    from: number | null,
  ) {
    this.count(method);
    guardScriptEdit(this.state, this.emuData, null);
    insertAt(this.state, this.emuData, axis, before, count, from);
    return this;
  }

  insertRowAfter(afterPosition: number): this {
    return this.insert(
      'insertRowAfter',
      'row',
      afterPosition + 1,
      1,
      afterPosition,
    );
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this.insert(
      'insertRowsAfter',
      'row',
      afterPosition + 1,
      howMany,
      afterPosition,
    );
  }

  insertRowBefore(beforePosition: number): this {
    return this.insert(
      'insertRowBefore',
      'row',
      beforePosition,
      1,
      beforePosition,
    );
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this.insert(
      'insertRowsBefore',
      'row',
      beforePosition,
      howMany,
      beforePosition,
    );
  }

  insertRows(rowIndex: number, numRows = 1): this {
    return this.insert('insertRows', 'row', rowIndex, numRows, rowIndex);
  }

  insertColumnAfter(afterPosition: number): this {
    return this.insert(
      'insertColumnAfter',
      'col',
      afterPosition + 1,
      1,
      afterPosition,
    );
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    return this.insert(
      'insertColumnsAfter',
      'col',
      afterPosition + 1,
      howMany,
      afterPosition,
    );
  }

  insertColumnBefore(beforePosition: number): this {
    return this.insert(
      'insertColumnBefore',
      'col',
      beforePosition,
      1,
      beforePosition,
    );
  }

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    return this.insert(
      'insertColumnsBefore',
      'col',
      beforePosition,
      howMany,
      beforePosition,
    );
  }

  insertColumns(columnIndex: number, numColumns = 1): this {
    return this.insert(
      'insertColumns',
      'col',
      columnIndex,
      numColumns,
      columnIndex,
    );
  }

  deleteRow(rowPosition: number): this {
    this.count('deleteRow');
    guardScriptEdit(this.state, this.emuData, null);
    deleteAt(this.state, this.emuData, 'row', rowPosition, 1);
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): this {
    this.count('deleteRows');
    guardScriptEdit(this.state, this.emuData, null);
    deleteAt(this.state, this.emuData, 'row', rowPosition, howMany);
    return this;
  }

  deleteColumn(columnPosition: number): this {
    this.count('deleteColumn');
    guardScriptEdit(this.state, this.emuData, null);
    deleteAt(this.state, this.emuData, 'col', columnPosition, 1);
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): this {
    this.count('deleteColumns');
    guardScriptEdit(this.state, this.emuData, null);
    deleteAt(this.state, this.emuData, 'col', columnPosition, howMany);
    return this;
  }

  /** Clears contents and formats of the whole sheet. */
  clear(options?: {contentsOnly?: boolean; formatOnly?: boolean}): this {
    this.count('clear');
    guardScriptEdit(this.state, this.emuData, this.wholeSheet());
    if (!options?.formatOnly)
      clearBlock(this.state, this.emuData, this.wholeSheet());
    if (!options?.contentsOnly) this.dropFormats();
    return this;
  }

  clearContents(): this {
    this.count('clearContents');
    guardScriptEdit(this.state, this.emuData, this.wholeSheet());
    clearBlock(this.state, this.emuData, this.wholeSheet());
    return this;
  }

  clearFormats(): this {
    this.count('clearFormats');
    guardScriptEdit(this.state, this.emuData, this.wholeSheet());
    this.dropFormats();
    return this;
  }

  clearNotes(): this {
    this.count('clearNotes');
    guardScriptEdit(this.state, this.emuData, this.wholeSheet());
    for (const cells of this.emuData.meta) {
      for (const meta of cells ?? []) if (meta) delete meta.note;
    }
    return this;
  }

  /** Drops formats but keeps notes and data validation, as Sheets' clearFormats does. */
  private dropFormats(): void {
    this.emuData.meta = this.emuData.meta.map(cells =>
      (cells ?? []).map(meta => {
        if (!meta) return undefined;
        const kept = {
          note: meta.note,
          validation: meta.validation,
          validationOffset: meta.validationOffset,
        };
        return meta.note || meta.validation ? kept : undefined;
      }),
    );
  }
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

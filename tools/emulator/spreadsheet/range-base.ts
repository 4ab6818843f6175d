// The geometry half of Range: position, size, A1 notation, sub-ranges and activation.

import {GridRect, rectA1} from './a1';
import {
  Exception,
  rowsMismatch,
  columnsMismatch,
  signatureMismatch,
} from './errors';
import {guardScriptEdit} from './edit-guard';
import {checkedRect, mapCells} from './grid';
import {SheetData} from './model';
import {WorkbookState} from './state';

export class RangeBase {
  constructor(
    protected readonly state: WorkbookState,
    /** The internal tab this range is on. */
    readonly emuSheet: SheetData,
    /** The range's rectangle, 1-based. */
    readonly emuRect: GridRect,
  ) {}

  protected count(method: string): void {
    this.state.ctx.counter.record(`Range.${method}`);
  }

  /** Throws when the script's user may not edit this range. */
  protected guard(): void {
    guardScriptEdit(this.state, this.emuSheet, this.emuRect);
  }

  protected cells<T>(visit: (row: number, col: number) => T): T[][] {
    return mapCells(this.emuRect, visit);
  }

  /** Throws Apps Script's errors when a 2-D array does not fit this range. */
  protected checkShape(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data) || !data.every(row => Array.isArray(row))) {
      throw signatureMismatch('Range', method, [data]);
    }
    const rows = data as unknown[][];
    if (rows.length !== this.emuRect.numRows) {
      throw new Exception(rowsMismatch(rows.length, this.emuRect.numRows));
    }
    for (const row of rows) {
      if (row.length !== this.emuRect.numCols) {
        throw new Exception(columnsMismatch(row.length, this.emuRect.numCols));
      }
    }
    return rows;
  }

  protected wrap(rect: GridRect): unknown {
    return this.state.wrapRange(this.emuSheet, rect);
  }

  getRow(): number {
    this.count('getRow');
    return this.emuRect.row;
  }

  getRowIndex(): number {
    this.count('getRowIndex');
    return this.emuRect.row;
  }

  getColumn(): number {
    this.count('getColumn');
    return this.emuRect.col;
  }

  getNumRows(): number {
    this.count('getNumRows');
    return this.emuRect.numRows;
  }

  getNumColumns(): number {
    this.count('getNumColumns');
    return this.emuRect.numCols;
  }

  getHeight(): number {
    this.count('getHeight');
    return this.emuRect.numRows;
  }

  getWidth(): number {
    this.count('getWidth');
    return this.emuRect.numCols;
  }

  getLastRow(): number {
    this.count('getLastRow');
    return this.emuRect.row + this.emuRect.numRows - 1;
  }

  getLastColumn(): number {
    this.count('getLastColumn');
    return this.emuRect.col + this.emuRect.numCols - 1;
  }

  getA1Notation(): string {
    this.count('getA1Notation');
    return rectA1(this.emuRect);
  }

  getGridId(): number {
    this.count('getGridId');
    return this.emuSheet.sheetId;
  }

  getSheet(): unknown {
    this.count('getSheet');
    return this.state.wrapSheet(this.emuSheet);
  }

  /** Returns the cell at (row, column) counted from this range's top-left cell. */
  getCell(row: number, column: number): unknown {
    this.count('getCell');
    const {numRows, numCols} = this.emuRect;
    if (row < 1 || column < 1 || row > numRows || column > numCols) {
      // NOTE: the exact Apps Script text for a cell outside the range is unverified.
      throw new Exception('Cell reference out of range');
    }
    return this.wrap({
      row: this.emuRect.row + row - 1,
      col: this.emuRect.col + column - 1,
      numRows: 1,
      numCols: 1,
    });
  }

  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): unknown {
    this.count('offset');
    const rect = checkedRect(
      this.emuSheet,
      this.emuRect.row + rowOffset,
      this.emuRect.col + columnOffset,
      numRows ?? this.emuRect.numRows,
      numColumns ?? this.emuRect.numCols,
    );
    return this.wrap(rect);
  }

  activate(): this {
    this.count('activate');
    this.state.activeSheet = this.emuSheet;
    this.state.activeRect = {...this.emuRect};
    return this;
  }
}

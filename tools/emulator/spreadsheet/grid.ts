// Checks of range coordinates against a sheet's grid, with Apps Script's error texts.

import {GridRect} from './a1';
import {Exception, MESSAGES} from './errors';
import {SheetData} from './model';

export function checkedRect(
  sheet: SheetData,
  row: number,
  col: number,
  numRows = 1,
  numCols = 1,
): GridRect {
  if (row < 1) throw new Exception(MESSAGES.rowTooSmall);
  if (col < 1) throw new Exception(MESSAGES.columnTooSmall);
  if (numRows < 1) throw new Exception(MESSAGES.rowsAtLeastOne);
  if (numCols < 1) throw new Exception(MESSAGES.columnsAtLeastOne);
  const lastRow = row + numRows - 1;
  const lastCol = col + numCols - 1;
  if (lastRow > sheet.maxRows || lastCol > sheet.maxColumns) {
    throw new Exception(MESSAGES.outsideSheet);
  }
  return {row, col, numRows, numCols};
}

/** Calls `visit` for every cell of a rectangle and collects the results row by row. */
export function mapCells<T>(
  rect: GridRect,
  visit: (row: number, col: number) => T,
): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < rect.numRows; i++) {
    const cells: T[] = [];
    for (let j = 0; j < rect.numCols; j++) {
      cells.push(visit(rect.row + i, rect.col + j));
    }
    rows.push(cells);
  }
  return rows;
}

// Insertion and deletion of rows and columns: the formula engine moves references, and this
// module moves formats, sizes and every range-anchored object of the tab to match.

import {GridRect} from './a1';
import {Exception, MESSAGES} from './errors';
import {CellMeta, SheetData, shiftForDelete, shiftForInsert} from './model';
import {MAX_CELLS, MAX_COLUMNS, WorkbookState} from './state';

export type Axis = 'row' | 'col';

/** Returns every rectangle on `sheet` that must move with its cells. */
function anchoredRects(state: WorkbookState, sheet: SheetData): GridRect[][] {
  const lists: GridRect[][] = [sheet.merges];
  for (const rule of sheet.conditionalRules) lists.push(rule.rects);
  for (const protection of state.protections) {
    if (protection.sheet !== sheet) continue;
    if (protection.rect) lists.push([protection.rect]);
    lists.push(protection.unprotected);
  }
  for (const other of state.sheets) {
    for (const chart of other.charts) {
      for (const source of chart.sources) {
        if (source.sheet === sheet) lists.push([source.rect]);
      }
    }
  }
  return lists;
}

/**
 * Copies formats and validation (not notes) from a neighbour, as inserted rows inherit them.
 * NOTE: which neighbour Sheets copies from is assumed: the row or column before for
 * insert*After, the one at the insertion point for insert*Before.
 */
function inheritedMeta(meta: CellMeta | undefined): CellMeta | undefined {
  if (!meta) return undefined;
  const copy = {...meta};
  delete copy.note;
  return copy;
}

function spliceSizes<T>(
  list: T[],
  index: number,
  remove: number,
  add: number,
): void {
  if (list.length < index) return;
  list.splice(index, remove, ...new Array<T>(add));
}

export function insertAt(
  state: WorkbookState,
  sheet: SheetData,
  axis: Axis,
  before: number,
  count: number,
  inheritFrom: number | null,
): void {
  if (count < 1) return;
  const size = axis === 'row' ? sheet.maxRows : sheet.maxColumns;
  if (before < 1 || before > size + 1) {
    throw new Exception(
      axis === 'row' ? MESSAGES.rowsOutOfBounds : MESSAGES.columnsOutOfBounds,
    );
  }
  const otherSize = axis === 'row' ? sheet.maxColumns : sheet.maxRows;
  if (state.totalCells() + count * otherSize > MAX_CELLS) {
    throw new Exception(MESSAGES.cellLimit);
  }
  if (axis === 'col' && sheet.maxColumns + count > MAX_COLUMNS) {
    throw new Exception(MESSAGES.columnLimit);
  }
  const index = before - 1;
  const source = inheritFrom === null ? null : inheritFrom - 1;
  if (axis === 'row') {
    state.engine.addRows(sheet.engineId, index, count);
    const template = source === null ? undefined : sheet.meta[source];
    const added = Array.from(
      {length: count},
      () => template?.map(inheritedMeta) ?? [],
    );
    if (sheet.meta.length >= index) sheet.meta.splice(index, 0, ...added);
    spliceSizes(sheet.rowHeights, index, 0, count);
    spliceSizes(sheet.hiddenRows, index, 0, count);
    sheet.maxRows += count;
    if (before <= sheet.frozenRows) sheet.frozenRows += count;
  } else {
    state.engine.addColumns(sheet.engineId, index, count);
    for (const cells of sheet.meta) {
      if (!cells || cells.length < index) continue;
      const template = source === null ? undefined : cells[source];
      cells.splice(
        index,
        0,
        ...Array.from({length: count}, () => inheritedMeta(template)),
      );
    }
    spliceSizes(sheet.columnWidths, index, 0, count);
    spliceSizes(sheet.hiddenColumns, index, 0, count);
    sheet.maxColumns += count;
    if (before <= sheet.frozenColumns) sheet.frozenColumns += count;
  }
  for (const list of anchoredRects(state, sheet)) {
    for (const rect of list) shiftForInsert(rect, axis, before, count);
  }
}

export function deleteAt(
  state: WorkbookState,
  sheet: SheetData,
  axis: Axis,
  start: number,
  count: number,
): void {
  const size = axis === 'row' ? sheet.maxRows : sheet.maxColumns;
  if (start < 1 || count < 1 || start + count - 1 > size) {
    throw new Exception(
      axis === 'row' ? MESSAGES.rowsOutOfBounds : MESSAGES.columnsOutOfBounds,
    );
  }
  const frozen = axis === 'row' ? sheet.frozenRows : sheet.frozenColumns;
  if (start > frozen && count >= size - frozen) {
    throw new Exception(
      axis === 'row'
        ? 'Sorry, it is not possible to delete all non-frozen rows.'
        : 'Sorry, it is not possible to delete all non-frozen columns.',
    );
  }
  const index = start - 1;
  if (axis === 'row') {
    state.engine.removeRows(sheet.engineId, index, count);
    if (sheet.meta.length > index) sheet.meta.splice(index, count);
    spliceSizes(sheet.rowHeights, index, count, 0);
    spliceSizes(sheet.hiddenRows, index, count, 0);
    sheet.maxRows -= count;
    sheet.frozenRows = Math.min(sheet.frozenRows, sheet.maxRows);
  } else {
    state.engine.removeColumns(sheet.engineId, index, count);
    for (const cells of sheet.meta) if (cells) cells.splice(index, count);
    spliceSizes(sheet.columnWidths, index, count, 0);
    spliceSizes(sheet.hiddenColumns, index, count, 0);
    sheet.maxColumns -= count;
    sheet.frozenColumns = Math.min(sheet.frozenColumns, sheet.maxColumns);
  }
  dropDeleted(state, sheet, axis, start, count);
}

/** Shrinks anchored rectangles and removes objects whose whole range was deleted. */
function dropDeleted(
  state: WorkbookState,
  sheet: SheetData,
  axis: Axis,
  start: number,
  count: number,
): void {
  const keep = (rect: GridRect) => shiftForDelete(rect, axis, start, count);
  sheet.merges = sheet.merges.filter(
    rect => keep(rect) && rect.numRows * rect.numCols > 1,
  );
  for (const rule of sheet.conditionalRules)
    rule.rects = rule.rects.filter(keep);
  sheet.conditionalRules = sheet.conditionalRules.filter(
    rule => rule.rects.length > 0,
  );
  state.protections = state.protections.filter(protection => {
    if (protection.sheet !== sheet) return true;
    protection.unprotected = protection.unprotected.filter(keep);
    return protection.rect === null || keep(protection.rect);
  });
  for (const other of state.sheets) {
    for (const chart of other.charts) {
      chart.sources = chart.sources.filter(
        source => source.sheet !== sheet || keep(source.rect),
      );
    }
  }
}

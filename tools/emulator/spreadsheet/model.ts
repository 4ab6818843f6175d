// The emulator's internal state of a spreadsheet: tabs, per-cell formats and the objects
// anchored to ranges. Values and formulas live in the FormulaEngine, one engine sheet per tab.

import {GridRect} from './a1';
import type {ChartData} from './charts';
import type {ConditionalFormatRuleData} from './conditional-format';
import type {DataValidationData} from './validation';

/** The borders drawn on the four sides of one cell. */
export interface BorderData {
  top: boolean;
  left: boolean;
  bottom: boolean;
  right: boolean;
  color: string | null;
  style: string | null;
}

/** Formats and attachments of one cell; values live in the formula engine. */
export interface CellMeta {
  numberFormat?: string;
  background?: string;
  fontWeight?: string;
  fontColor?: string;
  fontFamily?: string;
  fontSize?: number;
  fontStyle?: string;
  fontLine?: string;
  wrap?: boolean;
  wrapStrategy?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  note?: string;
  validation?: DataValidationData;
  /** Offset of this cell from the top-left cell of the range the rule was set on. */
  validationOffset?: [number, number];
  border?: BorderData;
}

export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;
export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;

/** One tab. Row and column indexes of the arrays are 0-based. */
export class SheetData {
  maxRows = DEFAULT_MAX_ROWS;
  maxColumns = DEFAULT_MAX_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  hidden = false;
  meta: (CellMeta | undefined)[][] = [];
  columnWidths: (number | undefined)[] = [];
  rowHeights: (number | undefined)[] = [];
  hiddenColumns: boolean[] = [];
  hiddenRows: boolean[] = [];
  merges: GridRect[] = [];
  conditionalRules: ConditionalFormatRuleData[] = [];
  charts: ChartData[] = [];

  constructor(
    /** The gid shown in URLs; stable across renames and moves. */
    readonly sheetId: number,
    public name: string,
    /** The sheet's id in the formula engine. */
    readonly engineId: number,
  ) {}

  metaAt(row: number, col: number): CellMeta | undefined {
    return this.meta[row - 1]?.[col - 1];
  }

  /** Returns the cell's meta, creating it on first write. */
  metaFor(row: number, col: number): CellMeta {
    const cells = (this.meta[row - 1] ??= []);
    return (cells[col - 1] ??= {});
  }

  columnWidth(col: number): number {
    return this.columnWidths[col - 1] ?? DEFAULT_COLUMN_WIDTH;
  }

  cellCount(): number {
    return this.maxRows * this.maxColumns;
  }
}

/** Shifts a rectangle after `count` rows (or columns) were inserted before `index` (1-based). */
export function shiftForInsert(
  rect: GridRect,
  axis: 'row' | 'col',
  index: number,
  count: number,
): void {
  const size = axis === 'row' ? 'numRows' : 'numCols';
  const start = rect[axis];
  if (start >= index) rect[axis] = start + count;
  else if (index < start + rect[size]) rect[size] += count;
}

/**
 * Shrinks or moves a rectangle after rows (or columns) index..index+count-1 were deleted.
 * Returns false when the whole rectangle was deleted.
 */
export function shiftForDelete(
  rect: GridRect,
  axis: 'row' | 'col',
  index: number,
  count: number,
): boolean {
  const size = axis === 'row' ? 'numRows' : 'numCols';
  const start = rect[axis];
  const end = start + rect[size] - 1;
  const deleteEnd = index + count - 1;
  if (deleteEnd < start) {
    rect[axis] = start - count;
    return true;
  }
  if (index > end) return true;
  const removed = Math.min(end, deleteEnd) - Math.max(start, index) + 1;
  rect[size] -= removed;
  if (index < start) rect[axis] = index;
  return rect[size] > 0;
}

// Sorting of a block of rows by one or more columns, moving contents and formats together.

import type {RawCellContent} from 'hyperformula';
import {GridRect} from './a1';
import {readValue} from './cells';
import {shiftFormula} from './formula-shift';
import {SheetData} from './model';
import {WorkbookState} from './state';

export interface SortSpec {
  /** Absolute column number on the sheet. */
  column: number;
  ascending: boolean;
}

/** Reads Apps Script's sort argument: a column, {column, ascending} or an array of them. */
export function readSortSpecs(spec: unknown): SortSpec[] {
  const list = Array.isArray(spec) ? spec : [spec];
  return list.map(item =>
    typeof item === 'number'
      ? {column: item, ascending: true}
      : {
          column: Number((item as {column: number}).column),
          ascending: (item as {ascending?: boolean}).ascending !== false,
        },
  );
}

/** Orders numbers (and dates), then text, then booleans; empty cells always go last. */
function rank(value: unknown): number {
  if (value === '') return 3;
  if (typeof value === 'number' || value instanceof Date) return 0;
  if (typeof value === 'string') return 1;
  return 2;
}

function compareValues(a: unknown, b: unknown): number {
  const rankA = rank(a);
  const rankB = rank(b);
  if (rankA !== rankB) return rankA - rankB;
  if (rankA === 0) return Number(a) - Number(b);
  if (rankA === 1) return String(a).localeCompare(String(b), 'vi');
  return Number(a) - Number(b);
}

export function sortRows(
  state: WorkbookState,
  sheet: SheetData,
  rect: GridRect,
  specs: SortSpec[],
): void {
  const serialized = state.engine.serialized(sheet.engineId);
  const rows = Array.from({length: rect.numRows}, (_, i) => {
    const row = rect.row + i;
    return {
      source: row,
      keys: specs.map(spec => readValue(state, sheet, row, spec.column)),
      contents: Array.from(
        {length: rect.numCols},
        (_, j) => serialized[row - 1]?.[rect.col - 1 + j] ?? null,
      ),
      meta: sheet.meta[row - 1]?.slice(
        rect.col - 1,
        rect.col - 1 + rect.numCols,
      ),
    };
  });
  rows.sort((a, b) => {
    for (let k = 0; k < specs.length; k++) {
      const empties = rank(a.keys[k]) === 3 || rank(b.keys[k]) === 3;
      const order = compareValues(a.keys[k], b.keys[k]);
      if (order !== 0) return specs[k].ascending || empties ? order : -order;
    }
    return 0;
  });
  const contents: RawCellContent[][] = rows.map((entry, i) =>
    entry.contents.map(content =>
      typeof content === 'string' && content.startsWith('=')
        ? shiftFormula(content, rect.row + i - entry.source, 0)
        : content,
    ),
  );
  state.engine.setContents(
    sheet.engineId,
    rect.row - 1,
    rect.col - 1,
    contents,
  );
  rows.forEach((entry, i) => {
    const cells = (sheet.meta[rect.row - 1 + i] ??= []);
    for (let j = 0; j < rect.numCols; j++)
      cells[rect.col - 1 + j] = entry.meta?.[j];
  });
}

// Batched reads and writes of whole tabs. Every tab is read with one getValues call and
// written with as few setValues calls as its changes allow, because each Apps Script call
// costs far more than the JavaScript around it.
import {wallTimeToInstant} from '../core/calendar';
import {
  CellValue,
  isCivilDateValue,
  isInstantValue,
} from '../workbook/cell-value';
import {PlanConfig, Unit} from '../core/model';
import {CellIssue} from '../workbook/cells';
import {
  planIndicatorDerivations,
  planTaskDerivations,
  writeRuns,
} from '../workbook/derived';
import {columnRuns} from '../workbook/read-columns';
import {readUnits} from '../workbook/read-tabs';
import {
  INDICATORS_TAB,
  TabSpec,
  TASKS_TAB,
  UNITS_TAB,
} from '../workbook/schema';
import {mergedCellIssue} from '../workbook/tab-issues';
import {HeaderMap} from '../workbook/table';
import {TabWritePlan} from '../workbook/upgrade';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Reads all values of a tab from A1 to its last used cell, or [] for an empty tab. */
export function readTab(sheet: Sheet): unknown[][] {
  if (sheet.getLastRow() === 0) return [];
  return sheet.getDataRange().getValues();
}

/**
 * Reads the header and only the columns `keys` of a tab, one getValues per run of adjacent
 * columns. Rows keep their full width and every row down to the last one in use; the cells of
 * the columns not read are empty strings.
 */
export function readColumns(
  sheet: Sheet,
  tab: TabSpec,
  keys: readonly string[],
): unknown[][] {
  const lastRow = sheet.getLastRow();
  if (lastRow === 0) return [];
  const width = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const rows: unknown[][] = [header];
  for (let row = 2; row <= lastRow; row++) rows.push(new Array(width).fill(''));
  if (lastRow === 1) return rows;
  for (const run of columnRuns(tab, header, keys)) {
    const block = sheet
      .getRange(2, run.start + 1, lastRow - 1, run.count)
      .getValues();
    block.forEach((line, i) => {
      const target = rows[i + 1];
      for (let j = 0; j < run.count; j++) target[run.start + j] = line[j];
    });
  }
  return rows;
}

export function findTab(spreadsheet: Spreadsheet, tab: TabSpec): Sheet | null {
  return spreadsheet.getSheetByName(tab.name);
}

/** Converts a workbook value to what Range.setValues expects, dates in the sheet's zone. */
export function toSheetValue(value: CellValue, timeZone: string): unknown {
  if (isCivilDateValue(value)) {
    return new Date(wallTimeToInstant(value.civilDate, '00:00', timeZone));
  }
  if (isInstantValue(value)) return new Date(value.instant);
  return value;
}

export function toSheetRows(
  rows: CellValue[][],
  timeZone: string,
): unknown[][] {
  return rows.map(row => row.map(value => toSheetValue(value, timeZone)));
}

/** Applies an upgrade plan: header, appended rows, then each formula column. */
export function applyWritePlan(
  sheet: Sheet,
  plan: TabWritePlan,
  timeZone: string,
): void {
  if (plan.header) {
    sheet.getRange(1, 1, 1, plan.header.length).setValues([plan.header]);
  }
  if (plan.append.length > 0) {
    const width = plan.append[0].length;
    ensureRows(sheet, plan.appendAt + plan.append.length - 1);
    sheet
      .getRange(plan.appendAt, 1, plan.append.length, width)
      .setValues(toSheetRows(plan.append, timeZone));
  }
  if (plan.formulaRows === 0) return;
  ensureRows(sheet, plan.formulaRows + 1);
  // One call per column whatever the rows: setFormula fills the first row's formula down,
  // where setFormulas would carry one string per cell.
  for (const column of plan.formulaColumns) {
    sheet
      .getRange(2, column.position + 1, plan.formulaRows, 1)
      .setFormula(column.formula);
  }
}

/**
 * Grows the grid at its end so that `lastRow` exists, adding at least `minimumAdded` rows,
 * and returns the row count. New sheets have 1,000 rows.
 */
export function ensureRows(
  sheet: Sheet,
  lastRow: number,
  minimumAdded = 1,
): number {
  const maxRows = sheet.getMaxRows();
  if (lastRow <= maxRows) return maxRows;
  const added = Math.max(lastRow - maxRows, minimumAdded);
  sheet.insertRowsAfter(maxRows, added);
  return maxRows + added;
}

/** The units of the Đơn vị tab, or null when the tab is missing or could not be upgraded. */
export function unitListOf(
  valuesByTab: Map<string, unknown[][]>,
): Unit[] | null {
  const values = valuesByTab.get(UNITS_TAB.key);
  return values ? readUnits(values).records : null;
}

/** One issue per merged area of a tab that holds anything; one call when nothing is merged. */
export function mergedIssues(
  sheet: Sheet,
  tab: TabSpec,
  values: unknown[][],
): CellIssue[] {
  if (values.length === 0) return [];
  return sheet
    .getDataRange()
    .getMergedRanges()
    .map(range =>
      mergedCellIssue(tab, values[0], {
        row: range.getRow(),
        column: range.getColumn(),
        numRows: range.getNumRows(),
        numColumns: range.getNumColumns(),
      }),
    );
}

/**
 * Returns `values` as they stand after `plan` was applied: the new header and the appended
 * rows in place, so the rest of an upgrade need not read the tab again. Formula cells are
 * left as they were; nothing after the upgrade reads them.
 */
export function valuesAfterWrite(
  values: unknown[][],
  plan: TabWritePlan,
  timeZone: string,
): unknown[][] {
  const result = values.map(row => [...row]);
  if (plan.header) result[0] = [...plan.header];
  plan.append.forEach((row, i) => {
    const index = plan.appendAt - 1 + i;
    while (result.length < index) result.push([]);
    result[index] = row.map(value => readBack(toSheetValue(value, timeZone)));
  });
  return result;
}

/** Returns a written value as getValues returns it: without the apostrophe that forces text. */
function readBack(value: unknown): unknown {
  return typeof value === 'string' && value.startsWith("'")
    ? value.slice(1)
    : value;
}

/**
 * Fills the derived cells of Nhiệm vụ and Chỉ tiêu (lead codes, dates from time phrases,
 * target conditions), one setValues per run of adjacent cells, and returns the warnings.
 * `valuesByTab` contains what the upgrade read; the written cells are updated there too.
 */
export function applyDerivedCells(
  sheets: Map<string, Sheet>,
  headersByTab: Map<string, HeaderMap>,
  valuesByTab: Map<string, unknown[][]>,
  units: Unit[] | null,
  config: PlanConfig,
  timeZone: string,
): CellIssue[] {
  const warnings: CellIssue[] = [];
  const apply = (
    tab: TabSpec,
    derive: (
      headers: HeaderMap,
      values: unknown[][],
    ) => {
      writes: Parameters<typeof writeRuns>[0];
      issues: CellIssue[];
    },
  ) => {
    const sheet = sheets.get(tab.key);
    const headers = headersByTab.get(tab.key);
    const values = valuesByTab.get(tab.key);
    if (!sheet || !headers || !values) return;
    const plan = derive(headers, values);
    for (const run of writeRuns(plan.writes)) {
      const cells = run.values.map(value => toSheetValue(value, timeZone));
      sheet
        .getRange(run.row, run.position + 1, cells.length, 1)
        .setValues(cells.map(cell => [cell]));
      cells.forEach((cell, i) => {
        const row = (values[run.row - 1 + i] ??= []);
        row[run.position] = cell;
      });
    }
    warnings.push(...plan.issues);
  };
  apply(TASKS_TAB, (headers, values) =>
    planTaskDerivations(headers, values, units, config.planYear),
  );
  apply(INDICATORS_TAB, (headers, values) =>
    planIndicatorDerivations(headers, values, config.planYear),
  );
  return warnings;
}

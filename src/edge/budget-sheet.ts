// Writes the totals block of the "Kinh phí" tab, pointing its commune-budget cell at the
// matching row of Cấu hình wherever the office has moved that row.
import {configRow} from '../workbook/config-rows';
import {totalsBlock, TOTALS_TITLE} from '../workbook/budget-totals';
import {CONFIG_TAB} from '../workbook/schema';
import {cellText} from '../workbook/cells';
import {
  columnLetter,
  headerKey,
  HeaderMap,
  mapHeaders,
} from '../workbook/table';
import {readTab} from './sheet-io';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A1 reference of the commune budget value in Cấu hình, or "0" when the row is gone. */
function communeBudgetCell(config: Sheet | null): string {
  if (!config) return '0';
  const values = readTab(config);
  const headers: HeaderMap = mapHeaders(CONFIG_TAB, values[0] ?? []);
  const labelAt = headers.index.get('setting');
  const valueAt = headers.index.get('value');
  if (labelAt === undefined || valueAt === undefined) return '0';
  const label = headerKey(configRow('communeBudgetMillion').label);
  const index = values.findIndex(
    row => headerKey(cellText(row[labelAt])) === label,
  );
  if (index < 0) return '0';
  return `'${CONFIG_TAB.name}'!$${columnLetter(valueAt)}$${index + 1}`;
}

export function writeBudgetTotals(
  sheet: Sheet,
  headers: HeaderMap,
  config: Sheet | null,
): void {
  const firstRow = sheet
    .getRange(1, 1, 1, sheet.getMaxColumns())
    .getValues()[0];
  const titleAt = firstRow.findIndex(cell => cellText(cell) === TOTALS_TITLE);
  const block = totalsBlock(
    headers,
    titleAt >= 0 ? titleAt : null,
    communeBudgetCell(config),
  );
  const needed = block.position + 2;
  const maxColumns = sheet.getMaxColumns();
  if (needed > maxColumns)
    sheet.insertColumnsAfter(maxColumns, needed - maxColumns);
  const range = sheet.getRange(1, block.position + 1, block.rows.length, 2);
  range.setValues(block.rows);
  sheet.getRange(1, block.position + 1, 1, 2).setFontWeight('bold');
  sheet.getRange(4, block.position + 2).setNumberFormat('0.0%');
  sheet.getRange(6, block.position + 2).setNumberFormat('0.00%');
  sheet.getRange(2, block.position + 2, 2, 1).setNumberFormat('#,##0.##');
}

// Cells of a task row that follow what a person typed in the same row: the lead unit codes
// follow "Đơn vị chủ trì", and the dates and recurrence follow "Thời gian (theo kế hoạch)"
// unless someone typed them. The daily refresh does the same for every row; this keeps an
// edited row right at once.
import {readDateCell} from '../workbook/cells';
import {leadCodesText, timeCellsAfterEdit} from '../workbook/derived';
import {readUnits} from '../workbook/read-tabs';
import {UNITS_TAB} from '../workbook/schema';
import {HeaderMap} from '../workbook/table';
import {scheduleSettings} from './settings-cache';
import {readTab, toSheetValue} from './sheet-io';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;

function covers(
  event: EditEvent,
  headers: HeaderMap,
  key: string,
): number | null {
  const position = headers.index.get(key);
  if (position === undefined) return null;
  const column = position + 1;
  const range = event.range;
  return range.getColumn() <= column && range.getLastColumn() >= column
    ? column
    : null;
}

/** Rewrites "Mã đơn vị chủ trì" for the edited rows when their lead unit changed. */
function followLead(
  sheet: Sheet,
  headers: HeaderMap,
  event: EditEvent,
  firstRow: number,
  count: number,
): void {
  const leadColumn = covers(event, headers, 'lead');
  const codesAt = headers.index.get('leadCodes');
  if (leadColumn === null || codesAt === undefined) return;
  const unitsSheet = sheet.getParent().getSheetByName(UNITS_TAB.name);
  const units = unitsSheet ? readUnits(readTab(unitsSheet)).records : [];
  const leads = sheet.getRange(firstRow, leadColumn, count, 1).getValues();
  const codes = leads.map(([lead]) => [
    leadCodesText(String(lead ?? ''), units),
  ]);
  sheet.getRange(firstRow, codesAt + 1, count, 1).setValues(codes);
}

/** Moves the dates and recurrence of one row after a person changed its time phrase. */
function followTime(
  sheet: Sheet,
  headers: HeaderMap,
  event: EditEvent,
  timeZone: string,
): void {
  const single =
    event.range.getNumRows() === 1 && event.range.getNumColumns() === 1;
  if (!single || covers(event, headers, 'timeText') === null) return;
  const positions = ['start', 'due', 'recurrence'].map(key =>
    headers.index.get(key),
  );
  if (positions.some(position => position === undefined)) return;
  const row = event.range.getRow();
  const [start, due, recurrence] = positions.map(position =>
    sheet.getRange(row, position! + 1),
  );
  const dateOf = (range: GoogleAppsScript.Spreadsheet.Range) => {
    const parsed = readDateCell(range.getValue(), timeZone);
    return parsed.ok ? parsed.value : null;
  };
  const planYear = scheduleSettings().planYear;
  const changes = timeCellsAfterEdit(
    String(event.oldValue ?? ''),
    String(event.value ?? event.range.getValue() ?? ''),
    {
      start: dateOf(start),
      due: dateOf(due),
      recurrence: String(recurrence.getValue() ?? ''),
    },
    planYear,
  );
  if (changes.start !== undefined)
    start.setValue(toSheetValue(changes.start, timeZone));
  if (changes.due !== undefined)
    due.setValue(toSheetValue(changes.due, timeZone));
  if (changes.recurrence !== undefined)
    recurrence.setValue(toSheetValue(changes.recurrence, timeZone));
}

export function followTaskEdit(
  sheet: Sheet,
  headers: HeaderMap,
  event: EditEvent,
  firstRow: number,
  lastRow: number,
  timeZone: string,
): void {
  followLead(sheet, headers, event, firstRow, lastRow - firstRow + 1);
  followTime(sheet, headers, event, timeZone);
}

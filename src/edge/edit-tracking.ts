// The installable edit trigger: stamps who changed a task row and when, stamps weekly reports
// when they are first submitted, records each edit in "Nhật ký", and gives rows that staff add
// their formulas. Apps Script fires it only for edits by people, never for the add-on's own
// writes, and nothing depends on it firing: the daily refresh extends formulas too.
import {civilDateOf, weekStart, wallTimeToInstant} from '../core/calendar';
import {CellValue, dateValue, instantValue} from '../workbook/cell-value';
import {cellText} from '../workbook/cells';
import {STATUS_LABELS} from '../workbook/labels';
import {
  LOG_TAB,
  TabSpec,
  TASKS_TAB,
  WEEKLY_TAB,
  INDICATORS_TAB,
  BUDGET_TAB,
  UNITS_TAB,
  CONFIG_TAB,
} from '../workbook/schema';
import {columnLetter, HeaderMap, mapHeaders} from '../workbook/table';
import {adjacentGroups, rowFormulas} from '../workbook/upgrade';
import {readConfig} from '../workbook/read-tabs';
import {builtInPlan} from '../plan';
import {deadlineSetting, storeSettings} from './settings-cache';
import {readTab} from './sheet-io';
import {followTaskEdit} from './edit-derived';
import {toSheetRows, toSheetValue} from './sheet-io';

type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const TRACKED: TabSpec[] = [
  CONFIG_TAB,
  TASKS_TAB,
  WEEKLY_TAB,
  INDICATORS_TAB,
  BUDGET_TAB,
  UNITS_TAB,
];

/** At most this many cells of one paste are written to the log, to stay within time limits. */
const MAX_LOGGED_CELLS = 200;

export function handleEdit(event: EditEvent): void {
  const range = event.range;
  const sheet = range.getSheet();
  const tab = TRACKED.find(spec => spec.name === sheet.getName());
  if (!tab || range.getLastRow() < 2) return;

  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const headers = mapHeaders(tab, header);
  const firstRow = Math.max(2, range.getRow());
  const lastRow = range.getLastRow();
  const editedKeys = editedColumnKeys(
    headers,
    range.getColumn(),
    range.getLastColumn(),
  );
  const onlyManaged = editedKeys.every(
    key => tab.columns.find(c => c.key === key)?.managed,
  );
  if (editedKeys.length > 0 && onlyManaged) return;

  const now = Date.now();
  const user =
    event.user?.getEmail() || Session.getActiveUser().getEmail() || 'không rõ';
  const spreadsheet = sheet.getParent();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();

  if (tab.key === 'tasks') {
    stampTasks(sheet, headers, firstRow, lastRow, now, user, timeZone, event);
    followTaskEdit(sheet, headers, event, firstRow, lastRow, timeZone);
  }
  if (tab.key === 'weekly')
    stampWeekly(sheet, headers, firstRow, lastRow, now, user, timeZone);
  if (tab.key === 'config') applySettings(sheet);
  extendFormulas(sheet, headers, firstRow, lastRow);
  appendLog(spreadsheet, tab, headers, event, header, now, user);
}

function editedColumnKeys(
  headers: HeaderMap,
  first: number,
  last: number,
): string[] {
  const keys: string[] = [];
  for (const [key, position] of headers.index) {
    if (position + 1 >= first && position + 1 <= last) keys.push(key);
  }
  return keys;
}

function writeColumn(
  sheet: Sheet,
  headers: HeaderMap,
  key: string,
  firstRow: number,
  values: CellValue[],
  timeZone: string,
): void {
  const position = headers.index.get(key);
  if (position === undefined || values.length === 0) return;
  sheet.getRange(firstRow, position + 1, values.length, 1).setValues(
    toSheetRows(
      values.map(v => [v]),
      timeZone,
    ),
  );
}

function stampTasks(
  sheet: Sheet,
  headers: HeaderMap,
  firstRow: number,
  lastRow: number,
  now: number,
  user: string,
  timeZone: string,
  event: EditEvent,
): void {
  const count = lastRow - firstRow + 1;
  writeColumn(
    sheet,
    headers,
    'updatedAt',
    firstRow,
    new Array(count).fill(instantValue(now)),
    timeZone,
  );
  writeColumn(
    sheet,
    headers,
    'updatedBy',
    firstRow,
    new Array(count).fill(user),
    timeZone,
  );

  // A task marked done gets today's completion date unless someone typed one.
  const statusAt = headers.index.get('status');
  const completedAt = headers.index.get('completedOn');
  if (statusAt === undefined || completedAt === undefined) return;
  if (
    event.range.getColumn() > statusAt + 1 ||
    event.range.getLastColumn() < statusAt + 1
  )
    return;
  const statuses = sheet.getRange(firstRow, statusAt + 1, count, 1).getValues();
  const completed = sheet.getRange(firstRow, completedAt + 1, count, 1);
  const dates = completed.getValues();
  let changed = false;
  statuses.forEach(([status], i) => {
    if (
      cellText(status) === STATUS_LABELS.done &&
      cellText(dates[i][0]) === ''
    ) {
      dates[i][0] = toSheetValue(
        dateValue(civilDateOf(now, timeZone)),
        timeZone,
      );
      changed = true;
    }
  });
  if (changed) completed.setValues(dates);
}

/**
 * Fills the week, reporter and submission time of report rows that have content and lack
 * them. A later edit keeps the first submission time, so fixing a typo does not make an
 * on-time report late. Only the stamp columns are written, never the formula column.
 */
function stampWeekly(
  sheet: Sheet,
  headers: HeaderMap,
  firstRow: number,
  lastRow: number,
  now: number,
  user: string,
  timeZone: string,
): void {
  const count = lastRow - firstRow + 1;
  const values = sheet.getRange(firstRow, 1, count, headers.width).getValues();
  const monday = weekStart(civilDateOf(now, timeZone));
  const stamps: Array<[string, () => unknown]> = [
    ['week', () => new Date(wallTimeToInstant(monday, '00:00', timeZone))],
    ['reporter', () => user],
    ['submittedAt', () => new Date(now)],
  ];
  for (const [key, value] of stamps) {
    const position = headers.index.get(key);
    if (position === undefined) continue;
    let changed = false;
    const column = values.map(line => {
      const filled = line.some(
        (cell, i) =>
          i !== position && cellText(cell) !== '' && !isStamp(headers, i),
      );
      if (!filled || cellText(line[position]) !== '') return [line[position]];
      changed = true;
      return [value()];
    });
    if (changed)
      sheet.getRange(firstRow, position + 1, count, 1).setValues(column);
  }
}

/** Tells whether the add-on writes the column at `position` (stamps, formulas). */
function isStamp(headers: HeaderMap, position: number): boolean {
  for (const [key, at] of headers.index) {
    if (at !== position) continue;
    const spec = headers.tab.columns.find(column => column.key === key);
    return spec?.managed === true || key === 'week';
  }
  return false;
}

/** Stores the edited settings, moving the Friday triggers when their times changed. */
function applySettings(sheet: Sheet): void {
  const {config} = readConfig(readTab(sheet), builtInPlan().config);
  storeSettings(config);
}

/** Gives the edited rows their computed columns' formulas where a cell of them is empty. */
function extendFormulas(
  sheet: Sheet,
  headers: HeaderMap,
  firstRow: number,
  lastRow: number,
): void {
  const options = {deadline: deadlineSetting()};
  const count = lastRow - firstRow + 1;
  const rows = Array.from({length: count}, (_, i) =>
    rowFormulas(headers, firstRow + i, options),
  );
  if (rows.length === 0 || rows[0].length === 0) return;
  for (const group of adjacentGroups(rows[0])) {
    const offset = rows[0].indexOf(group[0]);
    const range = sheet.getRange(
      firstRow,
      group[0].position + 1,
      count,
      group.length,
    );
    if (
      range.getFormulas().every(line => line.every(formula => formula !== ''))
    )
      continue;
    range.setFormulas(
      rows.map(columns =>
        columns.slice(offset, offset + group.length).map(c => c.formula),
      ),
    );
  }
}

function appendLog(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tab: TabSpec,
  headers: HeaderMap,
  event: EditEvent,
  header: unknown[],
  now: number,
  user: string,
): void {
  const log = spreadsheet.getSheetByName(LOG_TAB.name);
  if (!log) return;
  const range = event.range;
  const single = range.getNumRows() === 1 && range.getNumColumns() === 1;
  const values = single
    ? [[event.value ?? range.getValue()]]
    : range.getValues();
  const keyAt = headers.index.get(tab.keyColumn);
  const keys =
    keyAt === undefined
      ? []
      : range
          .getSheet()
          .getRange(range.getRow(), keyAt + 1, range.getNumRows(), 1)
          .getValues();
  const rows: CellValue[][] = [];
  values.forEach((line, i) => {
    line.forEach((value, j) => {
      if (rows.length >= MAX_LOGGED_CELLS) return;
      const column = range.getColumn() + j;
      rows.push([
        instantValue(now),
        user,
        tab.name,
        `${columnLetter(column - 1)}${range.getRow() + i}`,
        cellText(keys[i]?.[0] ?? ''),
        cellText(header[column - 1] ?? ''),
        single ? cellText(event.oldValue ?? '') : '',
        cellText(value),
      ]);
    });
  });
  if (rows.length === 0) return;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  log
    .getRange(log.getLastRow() + 1, 1, rows.length, rows[0].length)
    .setValues(toSheetRows(rows, timeZone));
}

// readColumns reads a tab's header and only the columns a job requests, one call per run of
// adjacent columns, and keeps every row at full width so the row readers work unchanged.
import {readColumns} from '../../src/edge/sheet-io';
import {columnRuns} from '../../src/workbook/read-columns';
import {TASKS_TAB} from '../../src/workbook/schema';
import {makeSpreadsheet} from '../emulator/spreadsheet/helpers';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER = TASKS_TAB.columns.map(column => column.header);

function tasksSheet(rows: unknown[][]) {
  const {ss, ctx} = makeSpreadsheet();
  const sheet = ss.getSheets()[0];
  sheet.getRange(1, 1, 1, HEADER.length).setValues([HEADER]);
  if (rows.length > 0)
    sheet.getRange(2, 1, rows.length, HEADER.length).setValues(rows);
  ctx.counter.reset();
  return {sheet: sheet as unknown as Sheet, ctx};
}

function row(code: string, extra: Record<string, unknown> = {}): unknown[] {
  return TASKS_TAB.columns.map(column =>
    column.key === 'code' ? code : (extra[column.key] ?? ''),
  );
}

const position = (key: string) =>
  TASKS_TAB.columns.findIndex(column => column.key === key);

describe('columnRuns', () => {
  test('joins adjacent columns and orders them', () => {
    expect(columnRuns(TASKS_TAB, HEADER, ['due', 'start', 'code'])).toEqual([
      {start: position('code'), count: 1},
      {start: position('start'), count: 2},
    ]);
  });

  test('follows the headers where staff moved them and skips missing ones', () => {
    const moved = [...HEADER];
    [moved[0], moved[3]] = [moved[3], moved[0]];
    moved[position('due')] = 'Cột riêng của xã';
    expect(columnRuns(TASKS_TAB, moved, ['code', 'due'])).toEqual([
      {start: 3, count: 1},
    ]);
  });
});

describe('readColumns', () => {
  test('fills only the asked columns, at full width, down to the last row', () => {
    const {sheet} = tasksSheet([
      row('1.1', {content: 'Nội dung', note: 'ghi chú'}),
      row('', {note: 'chỉ có ghi chú'}),
    ]);
    const values = readColumns(sheet, TASKS_TAB, ['code', 'content']);
    expect(values).toHaveLength(3);
    expect(values[0]).toEqual(HEADER);
    expect(values[1]).toHaveLength(HEADER.length);
    expect(values[1][position('code')]).toBe('1.1');
    expect(values[1][position('content')]).toBe('Nội dung');
    expect(values[1][position('note')]).toBe('');
    expect(values[2].every(cell => cell === '')).toBe(true);
  });

  test('makes one getValues for the header and one per run of columns', () => {
    const {sheet, ctx} = tasksSheet([row('1.1'), row('1.2')]);
    readColumns(sheet, TASKS_TAB, ['code', 'start', 'due', 'status']);
    // Runs: code; start and due; status.
    expect(ctx.counter.byMethod()['Range.getValues']).toBe(1 + 3);
  });

  test('empty and header-only tabs', () => {
    const {ss} = makeSpreadsheet();
    const empty = ss.getSheets()[0] as unknown as Sheet;
    expect(readColumns(empty, TASKS_TAB, ['code'])).toEqual([]);
    const {sheet} = tasksSheet([]);
    expect(readColumns(sheet, TASKS_TAB, ['code'])).toEqual([HEADER]);
  });
});

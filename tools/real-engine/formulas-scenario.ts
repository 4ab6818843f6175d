// The moments the real-engine formula check runs at, and the emulated spreadsheet of each. The
// built-in plan is set up through the bundle's menu. Staff edits, where a moment has them, go
// through the emulator's user-edit path, so the edit trigger stamps and extends rows as in Sheets.
import {resolve} from 'node:path';
import {addDays, wallTimeToInstant, weekStart} from '../../src/core/calendar';
import {configRow} from '../../src/workbook/config-rows';
import {cellText} from '../../src/workbook/cells';
import {
  CONFIG_TAB,
  TabSpec,
  BUDGET_TAB,
  INDICATORS_TAB,
  TASKS_TAB,
  WEEKLY_TAB,
} from '../../src/workbook/schema';
import {mapHeaders} from '../../src/workbook/table';
import {createEmulator, type Emulator} from '../emulator/index';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const SETUP_MENU = 'Thiết lập / cập nhật bảng tính';
const DASHBOARD_MENU = 'Mở bảng điều khiển';

export interface CheckMoment {
  /** Wall date in Asia/Ho_Chi_Minh, yyyy-mm-dd. */
  date: string;
  /** Wall time in Asia/Ho_Chi_Minh, HH:mm. */
  time: string;
  staffEdits: boolean;
}

// 04-03 06:30, 07-01 00:30 and 09-30 06:00 fall on the day before in UTC, so a LibreOffice
// that ignored the time zone would compute TODAY() one day early there. 07-01 is the first day
// after the Quý II deadline, when a day's error turns "due soon" into "overdue".
export const CHECK_MOMENTS: CheckMoment[] = [
  {date: '2026-02-10', time: '09:00', staffEdits: false},
  {date: '2026-04-03', time: '06:30', staffEdits: false},
  {date: '2026-06-12', time: '15:00', staffEdits: true},
  {date: '2026-07-01', time: '00:30', staffEdits: true},
  {date: '2026-09-30', time: '06:00', staffEdits: true},
  {date: '2026-12-31', time: '23:30', staffEdits: true},
];

export function momentLabel(moment: CheckMoment): string {
  return `${moment.date} ${moment.time}${moment.staffEdits ? ' (staff edits)' : ''}`;
}

export function momentInstant(moment: CheckMoment): number {
  return wallTimeToInstant(moment.date, moment.time, TIME_ZONE);
}

/** One cell a person types: the row is found by the tab's key column, the column by header. */
interface StaffEdit {
  tab: TabSpec;
  key: string;
  column: string;
  value: string | number;
}

const EVIDENCE = 'https://drive.google.com/drive/folders/nq57-bac-ha';

function taskEdits(): StaffEdit[] {
  const task = (key: string, column: string, value: string | number) => ({
    tab: TASKS_TAB,
    key,
    column,
    value,
  });
  return [
    // Done on time: evidence and a typed completion date before the Quý I deadline.
    task('1.4', 'evidenceLink', `${EVIDENCE}/1.4`),
    task('1.4', 'completedOn', '25/03/2026'),
    task('1.4', 'status', 'Hoàn thành'),
    task('1.4', 'person', 'Nguyễn Thị Lan'),
    // Marked done without evidence: not counted as done, so still overdue.
    task('3.1', 'status', 'Hoàn thành'),
    // Done late with evidence: the edit trigger stamps today as the completion date.
    task('4.1', 'evidenceLink', `${EVIDENCE}/4.1`),
    task('4.1', 'status', 'Hoàn thành'),
    // Progress without evidence, a paused and a cancelled task.
    task('2.1', 'progress', 50),
    task('2.2', 'status', 'Đang thực hiện'),
    task('2.2', 'progress', '30%'),
    task('3.3', 'status', 'Tạm dừng'),
    task('8.5', 'status', 'Đã hủy'),
    // No deadline left and no recurrence: undated, and "rõ thời gian" is missing.
    task('6.1', 'due', ''),
    task('6.1', 'recurrence', ''),
    task('5.1', 'person', 'Hoàng Văn Minh'),
    task('5.1', 'product', ''),
  ];
}

function otherEdits(): StaffEdit[] {
  const indicator = (key: string, column: string, value: string | number) => ({
    tab: INDICATORS_TAB,
    key,
    column,
    value,
  });
  const budget = (key: string, value: string | number) => ({
    tab: BUDGET_TAB,
    key,
    column: 'spent',
    value,
  });
  return [
    indicator('1', 'value1', 100),
    indicator('1', 'value2', 3),
    indicator('2', 'value1', 15),
    indicator('3', 'value1', '1,2'),
    indicator('4', 'value1', 2),
    // Due 30/06 and 30/09 but short of the target: missed once the deadline has passed.
    indicator('25', 'value1', 80),
    indicator('24', 'value1', 0),
    // Exactly the threshold, typed with a decimal comma.
    indicator('30', 'value1', '0,7'),
    // Another operator, and a target the add-on could not read.
    indicator('29', 'operator1', '<='),
    indicator('29', 'value1', 3),
    indicator('31', 'operator1', ''),
    indicator('31', 'value1', 1),
    budget('1', 20),
    budget('2a', '340,5'),
    budget('3a', 0),
    budget('7.1', 100),
    {
      tab: CONFIG_TAB,
      key: configRow('communeBudgetMillion').label,
      column: 'value',
      value: 250000,
    },
  ];
}

/** Finds the cell of an edit: an existing row by key, a column by its header. */
function locate(emu: Emulator, edit: StaffEdit): {row: number; col: number} {
  return emu.ctx.counter.uncounted(() => {
    const sheet = emu.workbook.getSheetByName(edit.tab.name);
    const values = sheet.getDataRange().getValues() as unknown[][];
    const headers = mapHeaders(edit.tab, values[0] ?? []);
    const col = headers.index.get(edit.column);
    const keyCol = headers.index.get(edit.tab.keyColumn);
    if (col === undefined || keyCol === undefined) {
      throw new Error(
        `Tab ${edit.tab.name} has no column ${edit.column} or ${edit.tab.keyColumn}.`,
      );
    }
    const index = values.findIndex(
      (line, i) => i > 0 && cellText(line[keyCol]) === edit.key,
    );
    if (index < 0)
      throw new Error(`Tab ${edit.tab.name} has no row ${edit.key}.`);
    return {row: index + 1, col: col + 1};
  });
}

function type(
  emu: Emulator,
  tab: string,
  row: number,
  col: number,
  value: unknown,
): void {
  const result = emu.userEdit(tab, row, col, value);
  if (!result.accepted) {
    throw new Error(
      `Edit of ${tab} row ${row} column ${col} to ${JSON.stringify(value)} was rejected: ${result.reason}`,
    );
  }
}

/** Adds two weekly reports: one of this week, one typed for the week before (so late). */
function addWeeklyReports(emu: Emulator, date: string): void {
  const sheet = emu.ctx.counter.uncounted(() =>
    emu.workbook.getSheetByName(WEEKLY_TAB.name),
  );
  const header = emu.ctx.counter.uncounted(
    () => sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0],
  );
  const headers = mapHeaders(WEEKLY_TAB, header);
  const column = (key: string) => (headers.index.get(key) ?? 0) + 1;
  const first = emu.ctx.counter.uncounted(() => sheet.getLastRow()) + 1;

  type(emu, WEEKLY_TAB.name, first, column('unit'), 'Văn phòng Đảng ủy');
  type(
    emu,
    WEEKLY_TAB.name,
    first,
    column('result'),
    'Đã tổ chức giao ban BCĐ NQ57 tháng này.',
  );

  const [year, month, day] = addDays(weekStart(date), -7).split('-');
  type(
    emu,
    WEEKLY_TAB.name,
    first + 1,
    column('week'),
    `${day}/${month}/${year}`,
  );
  type(emu, WEEKLY_TAB.name, first + 1, column('unit'), 'Công an xã');
  type(
    emu,
    WEEKLY_TAB.name,
    first + 1,
    column('difficulties'),
    'Thiếu thiết bị đọc CCCD gắn chip.',
  );
}

function applyStaffEdits(emu: Emulator, date: string): void {
  for (const edit of [...taskEdits(), ...otherEdits()]) {
    const {row, col} = locate(emu, edit);
    type(emu, edit.tab.name, row, col, edit.value);
  }
  addWeeklyReports(emu, date);
}

/**
 * Builds the emulated spreadsheet of a moment: setup two hours before it, then staff edits and
 * the dashboard 90 minutes before it. Last, the clock moves to the moment, firing the triggers
 * due on the way.
 */
export function emulateMoment(moment: CheckMoment, buildDir: string): Emulator {
  const at = momentInstant(moment);
  const minute = 60_000;
  const emu = createEmulator({
    now: new Date(at - 120 * minute),
    buildDir: resolve(buildDir),
  });
  emu.load();
  emu.openAgain();
  emu.ui.queueResponse({button: 'OK'});
  emu.clickMenu(SETUP_MENU);
  if (moment.staffEdits) {
    emu.advanceTo(new Date(at - 90 * minute));
    applyStaffEdits(emu, moment.date);
  }
  // Opening the dashboard writes the "Tổng quan" tab's COUNTIF formulas.
  emu.clickMenu(DASHBOARD_MENU);
  emu.advanceTo(new Date(at));
  return emu;
}

// Runs the add-on's operations on a plan of one size through the real bundle in the emulator,
// over one emulated week. Setup and a staff edit run on Monday and the daily refresh on
// Tuesday. The reminder, the summary and the quarterly report run on Friday.
import {resolve} from 'node:path';
import {wallTimeToInstant} from '../../src/core/calendar';
import {quarterToReport} from '../../src/core/report-period';
import {applyWritePlan, readTab} from '../../src/edge/sheet-io';
import {SeedRow, seedRows} from '../../src/workbook/seed';
import {
  INDICATORS_TAB,
  MAIL_TAB,
  TabSpec,
  TASKS_TAB,
  UNITS_TAB,
  WEEKLY_TAB,
} from '../../src/workbook/schema';
import {planTabUpgrade} from '../../src/workbook/upgrade';
import {
  createEmulator,
  type Emulator,
  type TriggerRecord,
} from '../emulator/index';
import {installCellTracking, LatencyMeter} from './latency';
import {ExecutionRecorder, recordExecutions} from './measure';
import {SyntheticPlan, syntheticPlan, WEEK_MONDAY} from './synthetic-plan';

export const ZONE = 'Asia/Ho_Chi_Minh';
const MINUTE_MS = 60_000;
const SETUP_MENU = 'Thiết lập / cập nhật bảng tính';
const REPORT_MENU = 'Tạo báo cáo quý';

/** The measured operations, in the order the week runs them, and the function each one is. */
export const OPERATIONS = [
  {operation: 'setup', functionName: 'menuSetup'},
  {operation: 'staffEdit', functionName: 'onSheetEdit'},
  {operation: 'dailyRefresh', functionName: 'onDailyRefresh'},
  {operation: 'fridayReminder', functionName: 'onFridayReminder'},
  {operation: 'fridaySummary', functionName: 'onFridaySummary'},
  {operation: 'quarterlyReport', functionName: 'menuCreateQuarterlyReport'},
] as const;

export type OperationName = (typeof OPERATIONS)[number]['operation'];

export interface MailCount {
  sent: number;
  deferred: number;
  failed: number;
}

export interface WeekRun {
  emu: Emulator;
  synthetic: SyntheticPlan;
  meter: LatencyMeter;
  recorder: ExecutionRecorder;
  /** Index in recorder.measurements of the first setup, which seeds the built-in plan. */
  firstSetup: number;
  /** Index in recorder.measurements of each operation's execution. */
  executionOf: Partial<Record<OperationName, number>>;
  /** Ledger rows of "Thư đã gửi" by kind after each Friday job. */
  mail: {reminder: MailCount; summary: MailCount};
  /** Cells in the grids of every tab after the week, for the 10-million-cell limit. */
  gridCells: number;
  /** Runs of the resume trigger the bench postponed past the week, by scheduled instant. */
  postponedResumes: number;
}

/** Returns the instant of a wall time in Asia/Ho_Chi_Minh. */
export function at(date: string, time: string): Date {
  return new Date(wallTimeToInstant(date, time, ZONE));
}

function uncounted<T>(emu: Emulator, work: () => T): T {
  return emu.ctx.counter.uncounted(work);
}

/**
 * Clicks a menu item. A run that fails (past six minutes, for instance) is already in the
 * recorder's measurements, so the week goes on, as a person would carry on after an error.
 */
function click(emu: Emulator, caption: string): void {
  try {
    emu.clickMenu(caption);
  } catch (error) {
    console.warn(`Menu item "${caption}" failed: ${String(error)}`);
  }
}

/**
 * Writes the plan's rows as staff would paste them: values only, no formulas, with no call
 * counted and no trigger fired. The next setup or refresh gives the rows their formulas.
 */
export function pasteRows(emu: Emulator, tab: TabSpec, rows: SeedRow[]): void {
  uncounted(emu, () => {
    const sheet = emu.workbook.getSheetByName(tab.name);
    const values = readTab(sheet);
    const plan = planTabUpgrade(tab, values, rows, {
      deadline: {hour: 14, minute: 0},
    });
    applyWritePlan(sheet, {...plan, formulaRows: 0}, ZONE);
  });
}

/** Pastes units, indicators, tasks and weekly reports; seedRows is what setup itself writes. */
function pastePlan(emu: Emulator, synthetic: SyntheticPlan): void {
  pasteRows(emu, UNITS_TAB, seedRows(synthetic.plan, 'units'));
  pasteRows(emu, INDICATORS_TAB, seedRows(synthetic.plan, 'indicators'));
  pasteRows(emu, TASKS_TAB, synthetic.taskRows);
  pasteRows(emu, WEEKLY_TAB, synthetic.weeklyRows);
}

/** Counts the emails of the week by kind, once per key, from the "Thư đã gửi" ledger. */
function countMail(emu: Emulator): {reminder: MailCount; summary: MailCount} {
  const outcome = new Map<string, {kind: string; result: string}>();
  uncounted(emu, () => {
    const sheet = emu.workbook.getSheetByName(MAIL_TAB.name);
    for (const line of readTab(sheet).slice(1)) {
      const key = String(line[0]);
      const kind = line[1] === 'Nhắc báo cáo' ? 'reminder' : 'summary';
      const result = String(line[7]);
      // A key sent once stays sent; a retry of a deferred key replaces its outcome.
      if (outcome.get(key)?.result !== 'Đã gửi')
        outcome.set(key, {kind, result});
    }
  });
  const counts = {
    reminder: {sent: 0, deferred: 0, failed: 0},
    summary: {sent: 0, deferred: 0, failed: 0},
  };
  for (const {kind, result} of outcome.values()) {
    const count = counts[kind as 'reminder' | 'summary'];
    if (result === 'Đã gửi') count.sent++;
    else if (result === 'Chờ gửi') count.deferred++;
    else count.failed++;
  }
  return counts;
}

function gridCells(emu: Emulator): number {
  return uncounted(emu, () =>
    (
      emu.workbook.getSheets() as Array<{
        getMaxRows(): number;
        getMaxColumns(): number;
      }>
    ).reduce(
      (sum, sheet) => sum + sheet.getMaxRows() * sheet.getMaxColumns(),
      0,
    ),
  );
}

/**
 * Moves the next run of every trigger of `handler` to `until` and returns how many it moved.
 * Repeats of a measured job (the daily refresh on Wednesday to Friday, resumes every 5
 * minutes) would otherwise multiply the run time of large sizes.
 */
function postpone(emu: Emulator, handler: string, until: Date): number {
  const store = (emu.emu as unknown as {triggers: {records: TriggerRecord[]}})
    .triggers;
  let moved = 0;
  for (const trigger of store.records) {
    if (
      trigger.handler === handler &&
      trigger.nextFireAt !== null &&
      trigger.nextFireAt < until.getTime()
    ) {
      trigger.nextFireAt = until.getTime();
      moved++;
    }
  }
  return moved;
}

/** Picks a task row staff would mark done: a synthetic "not started" one mid-sheet. */
function editedTaskRow(synthetic: SyntheticPlan): number {
  const builtIn = synthetic.shape.tasks - synthetic.taskRows.length;
  const rows = synthetic.taskRows.length + builtIn;
  let index = Math.floor(rows / 2);
  while (index < rows - 1 && index % 5 !== 3) index++;
  return index + 2;
}

/** Runs the week on a plan of `size` tasks and returns every measurement; `progress` logs steps. */
export function runWeek(
  size: number,
  buildDir = resolve('build'),
  progress: (step: string) => void = () => {},
): WeekRun {
  const meter = new LatencyMeter();
  installCellTracking(meter);
  const emu = createEmulator({
    now: at(WEEK_MONDAY, '07:00'),
    buildDir,
    latencyMs: meter.hook,
  });
  const recorder = new ExecutionRecorder(
    emu.ctx.counter,
    meter,
    emu.emu.log.entries,
  );
  recordExecutions(recorder);
  const synthetic = syntheticPlan(size);
  const executionOf: WeekRun['executionOf'] = {};
  const mark = (operation: OperationName, functionName: string) => {
    const index = recorder.measurements.findIndex(
      (m, i) =>
        m.functionName === functionName &&
        !Object.values(executionOf).includes(i) &&
        i !== firstSetup,
    );
    if (index >= 0) executionOf[operation] = index;
  };

  emu.load();
  emu.openAgain();
  emu.ui.queueResponse({button: 'OK'});
  click(emu, SETUP_MENU);
  const firstSetup = recorder.measurements.findIndex(
    m => m.functionName === 'menuSetup',
  );

  progress('first setup done');
  pastePlan(emu, synthetic);
  progress('rows pasted');
  emu.ui.queueResponse({button: 'OK'});
  click(emu, SETUP_MENU);
  mark('setup', 'menuSetup');
  progress('setup done');

  emu.advanceTo(at(WEEK_MONDAY, '09:00'));
  const statusColumn =
    TASKS_TAB.columns.findIndex(column => column.key === 'status') + 1;
  const edit = emu.userEdit(
    TASKS_TAB.name,
    editedTaskRow(synthetic),
    statusColumn,
    'Hoàn thành',
    'tct0001@bench.example',
  );
  if (!edit.accepted)
    throw new Error(`The staff edit was rejected: ${edit.reason}`);
  mark('staffEdit', 'onSheetEdit');

  emu.advanceTo(at('2026-06-09', '07:00'));
  mark('dailyRefresh', 'onDailyRefresh');
  progress('staff edit and daily refresh done');

  const weekEnd = at('2026-06-13', '00:00');
  postpone(emu, 'onDailyRefresh', weekEnd);
  emu.advanceTo(at('2026-06-12', '07:59'));
  // The reminder fires at some minute of its hour. Its resume runs are postponed as soon as
  // it has run, because at 100,000 tasks each would read the plan again for another batch.
  let postponedResumes = 0;
  const reminderHourEnd = at('2026-06-12', '10:00').getTime();
  for (
    let step = at('2026-06-12', '08:00').getTime();
    step <= reminderHourEnd;
    step += MINUTE_MS
  ) {
    // A long run has already carried the clock past this step.
    if (step > emu.ctx.clock.now()) emu.advanceTo(new Date(step));
    if (executionOf.fridayReminder === undefined)
      mark('fridayReminder', 'onFridayReminder');
    if (executionOf.fridayReminder !== undefined)
      postponedResumes += postpone(emu, 'onResumeWork', weekEnd);
  }
  emu.advanceTo(at('2026-06-12', '15:30'));
  mark('fridaySummary', 'onFridaySummary');
  progress('Friday jobs done');
  postponedResumes += postpone(emu, 'onResumeWork', weekEnd);
  const mail = countMail(emu);

  emu.openAgain();
  const today = '2026-06-12';
  if (quarterToReport(today, synthetic.plan.config.quarterCutoffDay).ambiguous)
    emu.ui.queueResponse({button: 'YES'});
  emu.ui.queueResponse({button: 'OK'});
  click(emu, REPORT_MENU);
  mark('quarterlyReport', 'menuCreateQuarterlyReport');

  return {
    emu,
    synthetic,
    meter,
    recorder,
    firstSetup,
    executionOf,
    mail,
    gridCells: gridCells(emu),
    postponedResumes,
  };
}

// Runs the naive baseline of each operation on the emulator after the add-on's week, counting
// its calls with the emulator's counter and pricing them with the same latency model.
import {toSheetRows} from '../../src/edge/sheet-io';
import {CellValue} from '../../src/workbook/cell-value';
import {SeedRow, seedRows} from '../../src/workbook/seed';
import {
  INDICATORS_TAB,
  TabSpec,
  TASKS_TAB,
  UNITS_TAB,
} from '../../src/workbook/schema';
import type {Emulator} from '../emulator/index';
import {
  baselineDailyRefresh,
  baselineEdit,
  baselineQuarterlyReport,
  baselineReminder,
  BaselineServices,
  baselineSetup,
  baselineSummary,
} from './baseline';
import {costOfCalls} from './latency';
import {callDelta, sumCalls} from './measure';
import {OperationName, WeekRun, ZONE} from './operations';

export interface BaselineMeasurement {
  calls: Record<string, number>;
  totalCalls: number;
  /** Modelled time of the calls; Apps Script would stop the run at 360 s. */
  seconds: number;
  emails: number;
}

const SCRATCH = 'Bench baseline';

function rowsInHeaderOrder(tab: TabSpec, seed: SeedRow[]): CellValue[][] {
  return seed.map(row => tab.columns.map(column => row.get(column.key) ?? ''));
}

/**
 * Returns a scratch tab that counts getSheetByName, getRange and setValue and stores nothing.
 * NOTE: the baseline's single-cell writes do not reach the emulator, because its formula
 * engine makes millions of them take hours; the calls are counted the same way.
 */
function countingScratch(counter: Emulator['ctx']['counter']) {
  const range = {
    setValue(): unknown {
      counter.record('Range.setValue');
      return range;
    },
  };
  const sheet = {
    getRange(): typeof range {
      counter.record('Sheet.getRange');
      return range;
    },
  };
  return (): typeof sheet => {
    counter.record('Spreadsheet.getSheetByName');
    return sheet;
  };
}

/** Runs each baseline job once and returns what each cost. */
export function runBaseline(
  week: WeekRun,
): Record<OperationName, BaselineMeasurement> {
  const {emu, synthetic} = week;
  const counter = emu.ctx.counter;
  let emails = 0;
  const services: BaselineServices = {
    SpreadsheetApp: emu.globals
      .SpreadsheetApp as BaselineServices['SpreadsheetApp'],
    Session: emu.globals.Session as BaselineServices['Session'],
    scratch: countingScratch(counter),
    // The emulator's MailApp enforces the daily recipient quota (100 or 1,500), which an
    // email per task exceeds, so the baseline's sends are counted here and not delivered.
    MailApp: {
      sendEmail: () => {
        counter.record('MailApp.sendEmail');
        emails++;
      },
    },
  };
  const tabs: Array<[string, TabSpec, SeedRow[]]> = [
    [`${SCRATCH} units`, UNITS_TAB, seedRows(synthetic.plan, 'units')],
    [
      `${SCRATCH} indicators`,
      INDICATORS_TAB,
      seedRows(synthetic.plan, 'indicators'),
    ],
    [`${SCRATCH} tasks`, TASKS_TAB, synthetic.taskRows],
  ];

  const measure = (job: () => void): BaselineMeasurement => {
    const before = counter.byMethod();
    emails = 0;
    job();
    const calls = callDelta(before, counter.byMethod());
    return {
      calls,
      totalCalls: sumCalls(calls),
      seconds: costOfCalls(calls) / 1000,
      emails,
    };
  };
  const editedRange = counter.uncounted(() =>
    emu.workbook.getSheetByName(TASKS_TAB.name).getRange(2, 1),
  );

  return {
    setup: measure(() => {
      for (const [name, tab, rows] of tabs)
        baselineSetup(
          services,
          name,
          toSheetRows(rowsInHeaderOrder(tab, rows), ZONE),
        );
    }),
    staffEdit: measure(() =>
      baselineEdit(services, {range: editedRange}, SCRATCH),
    ),
    dailyRefresh: measure(() => baselineDailyRefresh(services, SCRATCH)),
    fridayReminder: measure(() => {
      baselineReminder(services);
    }),
    fridaySummary: measure(() => baselineSummary(services)),
    quarterlyReport: measure(() => baselineQuarterlyReport(services, SCRATCH)),
  };
}

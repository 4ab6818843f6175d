// npm start: runs the add-on's bundle in the Apps Script emulator on the built-in plan, as it
// would run in the shared spreadsheet, and writes what a person would see. See README.
import {resolve} from 'node:path';
import {
  addDays,
  civilDateOf,
  wallTimeToInstant,
  weekStart,
} from '../../src/core/calendar';
import {createEmulator} from '../emulator/index';
import {quarterToReport} from '../../src/core/report-period';
import {builtInPlan} from '../../src/plan';
import {ArgsError, parseArgs, RunArgs, TIME_ZONE, USAGE} from './args';
import {writeOutputs} from './outputs';
import {applyScenario, loadScenario} from './scenario';

const SETUP_MENU = 'Thiết lập / cập nhật bảng tính';
const REPORT_MENU = 'Tạo báo cáo quý';

/** Single-date mode: from Monday 07:00 of the date's week to the later of the date and Friday 15:00. */
function weekWindow(date: number): {start: number; end: number} {
  const monday = weekStart(civilDateOf(date, TIME_ZONE));
  const start = Math.min(date, wallTimeToInstant(monday, '07:00', TIME_ZONE));
  const fridayAfterSummary = wallTimeToInstant(
    addDays(monday, 4),
    '15:00',
    TIME_ZONE,
  );
  return {start, end: Math.max(date, fridayAfterSummary)};
}

async function run(args: RunArgs): Promise<void> {
  const window =
    args.from !== null && args.to !== null
      ? {start: args.from, end: args.to}
      : weekWindow(args.date);
  const emu = createEmulator({
    now: new Date(window.start),
    buildDir: resolve('build'),
  });
  emu.load();
  emu.openAgain();
  emu.ui.queueResponse({button: 'OK'});
  emu.clickMenu(SETUP_MENU);

  if (args.scenario) {
    applyScenario(
      emu,
      loadScenario(args.scenario),
      window.end,
      args.doubleFire,
    );
  } else {
    emu.advanceTo(new Date(window.end), {doubleFire: args.doubleFire});
  }
  emu.openAgain();
  // The report menu asks which quarter right after a cut-off (the person answers "the quarter
  // just cut off"), and after quarter IV whether to make the year report (answered "no").
  const today = civilDateOf(window.end, TIME_ZONE);
  const choice = quarterToReport(today, builtInPlan().config.quarterCutoffDay);
  if (choice.ambiguous) emu.ui.queueResponse({button: 'YES'});
  if (choice.quarter === 4) emu.ui.queueResponse({button: 'NO'});
  emu.clickMenu(REPORT_MENU);

  const requested = new Date(args.from ?? args.date);
  const summary = await writeOutputs(
    emu,
    args.out,
    requested,
    new Date(window.end),
  );
  const failed = emu.executions.filter(execution => !execution.ok);
  console.log(
    `Wrote ${args.out}/: workbook.xlsx, ${emu.outbox.length} emails in mail/, ` +
      `${(summary.reports as string[]).length} report files, summary.json`,
  );
  console.log(
    `Tasks by timeliness: ${JSON.stringify(summary.tasksByTimeliness)}`,
  );
  if (summary.reportPdf === 'emulator')
    console.log(
      "The report's PDF is the emulator's plain-text stand-in (no diacritics or layout): " +
        "install Debian's chromium package (/usr/bin/chromium) to print the real one.",
    );
  for (const execution of failed)
    console.error(
      `Run of ${execution.functionName} failed: ${execution.error}`,
    );
  if (failed.length > 0) process.exitCode = 1;
}

let args: RunArgs;
try {
  args = parseArgs(process.argv.slice(2), Date.now());
} catch (error) {
  if (error instanceof ArgsError) {
    if (error.message) console.error(error.message);
    console.error(USAGE);
    process.exit(error.message ? 2 : 0);
  }
  throw error;
}
run(args).catch(error => {
  if (error instanceof ArgsError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});

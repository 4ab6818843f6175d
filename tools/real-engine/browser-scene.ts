// The state the browser checks look at: the real bundle in the emulator, set up on the
// built-in plan and run through one week up to the requested moment, as `npm start` does.
import {resolve} from 'node:path';
import {
  civilDateOf,
  wallTimeToInstant,
  weekStart,
} from '../../src/core/calendar';
import {quarterToReport} from '../../src/core/report-period';
import {buildReport} from '../../src/edge/quarterly-report';
import {loadState} from '../../src/edge/state';
import {quarterlyReportHtml} from '../../src/html';
import {builtInPlan} from '../../src/plan';
import {createEmulator, type Emulator, type SentMail} from '../emulator/index';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const SETUP_MENU = 'Thiết lập / cập nhật bảng tính';
const REPORT_MENU = 'Tạo báo cáo quý';

export interface Scene {
  emu: Emulator;
  /** The first reminder sent in the week. */
  reminder: SentMail;
  summary: SentMail;
  reportHtml: string;
  /** Source of reportHtml: the bundle's saved Drive file, or rendered from src/. */
  reportSource: string;
}

function findMail(emu: Emulator, subjectStart: string): SentMail {
  const mail = emu.outbox.find(sent => sent.subject.startsWith(subjectStart));
  if (!mail || !mail.htmlBody) {
    const subjects = emu.outbox.map(sent => sent.subject).join('; ');
    throw new Error(
      `No HTML email whose subject starts with "${subjectStart}" was sent; subjects: ${subjects}`,
    );
  }
  return mail;
}

/**
 * Clicks "Tạo báo cáo quý" as the runner does and returns the newest .html file the bundle
 * saved to Drive, or null when it saved none.
 */
function savedReport(emu: Emulator): {name: string; html: string} | null {
  const today = civilDateOf(emu.ctx.clock.now(), TIME_ZONE);
  const cutoffDay = builtInPlan().config.quarterCutoffDay;
  if (quarterToReport(today, cutoffDay).ambiguous)
    emu.ui.queueResponse({button: 'YES'});
  emu.ui.queueResponse({button: 'OK'});
  emu.clickMenu(REPORT_MENU);
  const files = emu.emu.drive
    .listFiles()
    .filter(file => file.name.toLowerCase().endsWith('.html'));
  const newest = files.at(-1);
  if (!newest) return null;
  return {name: newest.name, html: Buffer.from(newest.bytes).toString('utf8')};
}

/**
 * Renders the quarterly report from the spreadsheet as the edge's "Tạo báo cáo quý" reads it,
 * for the quarter that menu item would pick (the one just cut off when it prompts).
 */
function renderReport(emu: Emulator): string {
  return emu.ctx.counter.uncounted(() => {
    const now = emu.ctx.clock.now();
    const state = loadState(emu.workbook, now);
    const period = quarterToReport(state.today, state.config.quarterCutoffDay);
    return quarterlyReportHtml(buildReport(state, period.year, period.quarter));
  });
}

/**
 * Starts at 07:00 on the Monday of the week of `instant`, sets up the built-in plan, and moves
 * the clock to `instant`, firing the Friday triggers on the way.
 */
export function buildScene(
  instant: number,
  buildDir = resolve('build'),
): Scene {
  const monday = weekStart(civilDateOf(instant, TIME_ZONE));
  const start = Math.min(
    instant,
    wallTimeToInstant(monday, '07:00', TIME_ZONE),
  );
  const emu = createEmulator({now: new Date(start), buildDir});
  emu.load();
  emu.openAgain();
  emu.ui.queueResponse({button: 'OK'});
  emu.clickMenu(SETUP_MENU);
  emu.advanceTo(new Date(instant));
  emu.openAgain();

  const saved = savedReport(emu);
  const failed = emu.executions.filter(run => !run.ok);
  if (failed.length > 0) {
    throw new Error(
      `Runs of the bundle failed up to ${new Date(instant).toISOString()}: ` +
        failed.map(run => `${run.functionName}: ${run.error}`).join('; '),
    );
  }
  return {
    emu,
    reminder: findMail(emu, '[NQ57] Nhắc báo cáo tuần'),
    summary: findMail(emu, '[NQ57] Tổng hợp tuần'),
    reportHtml: saved ? saved.html : renderReport(emu),
    reportSource: saved
      ? `the bundle's Drive file "${saved.name}"`
      : 'quarterlyReportHtml on the spreadsheet (the bundle saved no .html to Drive)',
  };
}

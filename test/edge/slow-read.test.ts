// Friday summary runs whose plan read uses up the 4.5-minute send budget, as reading a plan of
// 100,000 tasks may. Each such run must still send one email instead of deferring all of them.
import {resolve} from 'node:path';
import {createEmulator, Emulator} from '../../tools/emulator/index';
import {at, click, columnOf, rows, SETUP} from './harness';
import {summaries} from './mail-outbox';

const MINUTE_MS = 60 * 1000;
/** The add-on's budget for starting emails, counted from the start of the execution. */
const BUDGET_MS = 4.5 * MINUTE_MS;
/** Longer than the budget and shorter than the 5-minute limit for a run's first email. */
const READ_MS = 4.6 * MINUTE_MS;
const DEADLINE = at('2026-06-12', '14:00');

/**
 * Returns an emulator with the built-in plan set up, in which the first range read of every
 * execution that starts after the Friday deadline takes READ_MS. That one read models the
 * plan read of a large plan, and the other calls take no time.
 */
function slowReadsAfterDeadline(
  options: {account?: 'consumer' | 'workspace'} = {},
): Emulator {
  let slowed: object | null = null;
  const emu: Emulator = createEmulator({
    now: at('2026-06-08', '09:00'),
    buildDir: resolve(__dirname, '../../build'),
    ...options,
    latencyMs: key => {
      const run = emu.ctx.execution;
      if (key !== 'Range.getValues' || run === null || run === slowed) return 0;
      if (run.startedAt < DEADLINE.getTime()) return 0;
      slowed = run;
      return READ_MS;
    },
  });
  emu.load();
  emu.openAgain();
  click(emu, SETUP, 'OK');
  return emu;
}

function addSummaryRecipients(emu: Emulator, addresses: string[]): void {
  const row = rows(emu, 'Cấu hình').find(
    r => r.setting === 'Người nhận thêm bản tổng hợp tuần',
  )?.row;
  if (row === undefined) throw new Error('No summary recipients setting');
  const column = columnOf(emu, 'Cấu hình', 'value');
  emu.ctx.counter.uncounted(() =>
    emu.workbook
      .getSheetByName('Cấu hình')
      .getRange(row, column)
      .setValue(addresses.join('; ')),
  );
}

function runsOf(emu: Emulator, functionName: string) {
  return emu.executions.filter(run => run.functionName === functionName);
}

/** Emails each execution started after its budget, for executions that sent any. */
function lateSendsPerRun(emu: Emulator): number[] {
  return emu.executions
    .map(
      run =>
        emu.outbox.filter(
          mail =>
            mail.sentAt.getTime() >= run.start.getTime() + BUDGET_MS &&
            mail.sentAt.getTime() <= run.end.getTime(),
        ).length,
    )
    .filter(count => count > 0);
}

describe('summary after a slow plan read', () => {
  test('first run still sends the summary', () => {
    const emu = slowReadsAfterDeadline();
    emu.advanceTo(at('2026-06-12', '16:00'));

    expect(emu.executions.filter(run => !run.ok)).toEqual([]);
    const summary = summaries(emu);
    expect(summary).toHaveLength(1);
    const [run] = runsOf(emu, 'onFridaySummary');
    expect(summary[0].sentAt.getTime()).toBeGreaterThanOrEqual(
      run.start.getTime() + READ_MS,
    );
    expect(summary[0].sentAt.getTime()).toBeLessThanOrEqual(run.end.getTime());
    expect(runsOf(emu, 'onResumeWork')).toEqual([]);
  });

  test('one late email per run', () => {
    const emu = slowReadsAfterDeadline({account: 'workspace'});
    const many = Array.from({length: 60}, (_, i) => `bcd${i}@bacha.example`);
    addSummaryRecipients(emu, many);
    emu.advanceTo(at('2026-06-12', '16:00'));

    expect(emu.executions.filter(run => !run.ok)).toEqual([]);
    const parts = summaries(emu);
    expect(parts).toHaveLength(2);
    // The two parts share a subject, so each recipient must appear once.
    const everyone = parts.flatMap(part => part.to);
    expect(new Set(everyone).size).toBe(everyone.length);
    expect(lateSendsPerRun(emu)).toEqual([1, 1]);
    // The summary run sends the first part and one resume run the second.
    const [summaryRun] = runsOf(emu, 'onFridaySummary');
    expect(parts[0].sentAt.getTime()).toBeLessThanOrEqual(
      summaryRun.end.getTime(),
    );
    const resumes = runsOf(emu, 'onResumeWork');
    expect(resumes).toHaveLength(1);
    expect(parts[1].sentAt.getTime()).toBeGreaterThan(
      resumes[0].start.getTime(),
    );
  });
});

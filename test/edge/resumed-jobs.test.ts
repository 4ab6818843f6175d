// Resume runs do only the Friday jobs they were scheduled for, and a run whose plan read was
// slow, as at 100,000 tasks, leaves its second job to a resume run of its own.
import {resolve} from 'node:path';
import {createEmulator, Emulator} from '../../tools/emulator/index';
import {at, click, SETUP} from './harness';
import {reminders} from './mail-outbox';

const MINUTE_MS = 60 * 1000;

/** Returns an emulator with the built-in plan set up and the given latency hook. */
function setUpWith(
  latencyMs: (emu: Emulator, key: string) => number,
): Emulator {
  const emu: Emulator = createEmulator({
    now: at('2026-06-08', '09:00'),
    buildDir: resolve(__dirname, '../../build'),
    latencyMs: key => latencyMs(emu, key),
  });
  emu.load();
  emu.openAgain();
  click(emu, SETUP, 'OK');
  return emu;
}

/** Lines that the resume runs logged for `handler`'s job, with their times. */
function resumedJobLines(emu: Emulator, handler: string) {
  return emu.emu.log.entries.filter(
    entry =>
      entry.functionName === 'onResumeWork' &&
      entry.message.startsWith(`${handler}:`),
  );
}

describe('resume runs', () => {
  test('run only the job due', () => {
    const emu = setUpWith(() => 0);
    // Another execution holds the lock until after the reminder's trigger, so the reminder
    // is resumed.
    emu.emu.locks.holdByOther('document', at('2026-06-12', '08:59').getTime());
    emu.advanceTo(at('2026-06-12', '12:00'));

    expect(resumedJobLines(emu, 'onFridayReminder').length).toBeGreaterThan(0);
    expect(resumedJobLines(emu, 'onFridaySummary')).toEqual([]);
    expect(reminders(emu).length).toBeGreaterThan(5);
  });

  test('slow read defers second job', () => {
    const deadline = at('2026-06-12', '14:00').getTime();
    let slowSend = true;
    let slowed: object | null = null;
    const emu = setUpWith((emulator, key) => {
      const run = emulator.ctx.execution;
      if (run === null || run.startedAt < deadline) return 0;
      // The summary's send outlasts the 6-minute limit, so its run dies after scheduling
      // the safety resume, which calls for both jobs.
      if (key === 'MailApp.sendEmail' && slowSend) {
        slowSend = false;
        return 7 * MINUTE_MS;
      }
      // From then on, the first read of each run takes two minutes, as at 100,000 tasks.
      if (key !== 'Range.getValues' || slowSend || run === slowed) return 0;
      slowed = run;
      return 2 * MINUTE_MS;
    });
    emu.advanceTo(at('2026-06-12', '16:00'));

    const died = emu.executions.filter(run => !run.ok);
    expect(died.map(run => run.functionName)).toEqual(['onFridaySummary']);
    const summaryLines = resumedJobLines(emu, 'onFridaySummary');
    const reminderLines = resumedJobLines(emu, 'onFridayReminder');
    expect(summaryLines.length).toBeGreaterThan(0);
    expect(reminderLines.length).toBeGreaterThan(0);
    // The summary ran first; the reminders ran in a later resume run of their own.
    const runOf = (time: number) =>
      emu.executions.find(
        run =>
          run.functionName === 'onResumeWork' &&
          run.start.getTime() <= time &&
          time <= run.end.getTime(),
      );
    const summaryRun = runOf(summaryLines[0].at);
    const reminderRun = runOf(reminderLines[0].at);
    expect(summaryRun).toBeDefined();
    expect(reminderRun).toBeDefined();
    expect(reminderRun).not.toBe(summaryRun);
    expect(reminderRun!.start.getTime()).toBeGreaterThan(
      summaryRun!.end.getTime(),
    );
  });
});

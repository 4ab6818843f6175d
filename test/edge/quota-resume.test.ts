// Resume runs after the daily email quota runs out: one resume trigger, set just after the
// quota resets (midnight in Los Angeles in the emulator), and no run or email before it.
import {Emulator} from '../../tools/emulator/index';
import {at, setUp} from './harness';
import {reminders, repeats, summaries} from './mail-outbox';

/** Margin the add-on waits after the reset. */
const AFTER_RESET_MS = 5 * 60 * 1000;

function resumeTriggers(emu: Emulator) {
  return emu.triggers().filter(trigger => trigger.handler === 'onResumeWork');
}

function resumeRuns(emu: Emulator) {
  return emu.executions.filter(run => run.functionName === 'onResumeWork');
}

function useUpQuota(emu: Emulator): void {
  const quota = emu.emu.mail.quota;
  quota.consume(quota.remaining());
}

describe('resume after quota runs out', () => {
  // In January Los Angeles is on UTC-8, so its midnight is 15:00 in Hà Nội.
  const reset = at('2026-01-09', '15:00').getTime();

  test('one trigger, just after reset', () => {
    const emu = setUp(at('2026-01-05', '09:00'));
    emu.advanceTo(at('2026-01-09', '07:00'));
    useUpQuota(emu);
    emu.advanceTo(at('2026-01-09', '09:00'));

    expect(reminders(emu)).toHaveLength(0);
    const triggers = resumeTriggers(emu);
    expect(triggers).toHaveLength(1);
    expect(triggers[0].nextFireAt).toBe(reset + AFTER_RESET_MS);
  });

  test('nothing runs before the reset', () => {
    const emu = setUp(at('2026-01-05', '09:00'));
    emu.advanceTo(at('2026-01-09', '07:00'));
    useUpQuota(emu);
    emu.advanceTo(at('2026-01-09', '14:59'));

    expect(resumeRuns(emu)).toHaveLength(0);
    expect(emu.outbox).toHaveLength(0);
    // The summary ran out of quota too, and waits for the same reset.
    const triggers = resumeTriggers(emu);
    expect(triggers).toHaveLength(1);
    expect(triggers[0].nextFireAt).toBe(reset + AFTER_RESET_MS);
  });

  test('resume after reset sends all once', () => {
    const emu = setUp(at('2026-01-05', '09:00'));
    emu.advanceTo(at('2026-01-09', '07:00'));
    useUpQuota(emu);
    emu.advanceTo(at('2026-01-09', '16:00'));

    const runs = resumeRuns(emu);
    expect(runs.length).toBeGreaterThan(0);
    expect(runs[0].start.getTime()).toBeGreaterThanOrEqual(reset);
    expect(summaries(emu)).toHaveLength(1);
    expect(reminders(emu).length).toBeGreaterThan(5);
    for (const mail of emu.outbox)
      expect(mail.sentAt.getTime()).toBeGreaterThanOrEqual(reset);
    expect(repeats(emu)).toEqual([]);
    expect(resumeTriggers(emu)).toHaveLength(0);
  });

  test('quota still empty: wait a day', () => {
    const emu = setUp(at('2026-01-05', '09:00'));
    emu.advanceTo(at('2026-01-09', '07:00'));
    useUpQuota(emu);
    // Another script of the same user spends the new day's quota before the resume run.
    emu.advanceTo(at('2026-01-09', '15:01'));
    useUpQuota(emu);
    emu.advanceTo(at('2026-01-09', '15:30'));

    // The run just after the reset, and the summary's backup run at 15:15 that the Friday
    // reminder run always schedules; neither sends.
    const runs = resumeRuns(emu).map(run => run.start.getTime());
    expect(runs).toEqual([
      reset + AFTER_RESET_MS,
      at('2026-01-09', '15:15').getTime(),
    ]);
    expect(emu.outbox).toHaveLength(0);
    const nextReset = at('2026-01-10', '15:00').getTime();
    const triggers = resumeTriggers(emu);
    expect(triggers).toHaveLength(1);
    expect(triggers[0].nextFireAt).toBe(nextReset + AFTER_RESET_MS);

    emu.advanceTo(at('2026-01-10', '14:59'));
    expect(resumeRuns(emu)).toHaveLength(2);
    expect(emu.outbox).toHaveLength(0);
  });
});

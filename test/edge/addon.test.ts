// The editor add-on variant: its menu under Extensions and one hourly clock trigger, which
// Google requires of add-ons, doing the Friday jobs and the daily refresh. A Friday job that
// ran is not run again by later hourly runs; what it left pending waits for its resume time.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {spawnSync} from 'node:child_process';
import {createEmulator, Emulator} from '../../tools/emulator/index';
import {RunRecord} from '../../src/edge/run-records';
import {at, rows} from './harness';
import {reminders, repeats, summaries} from './mail-outbox';

const buildDir = mkdtempSync(join(tmpdir(), 'nq57-addon-'));

function addonEmulator(
  now: Date,
  latencyMs?: (emu: Emulator, key: string) => number,
): Emulator {
  const emu: Emulator = createEmulator({
    now,
    buildDir,
    asAddon: true,
    latencyMs: latencyMs && (key => latencyMs(emu, key)),
  });
  emu.load();
  emu.openAgain();
  return emu;
}

/** Returns the add-on variant with the built-in plan set up at `now`. */
function addonSetUp(
  now: Date,
  latencyMs?: (emu: Emulator, key: string) => number,
): Emulator {
  const emu = addonEmulator(now, latencyMs);
  emu.ui.queueResponse({button: 'OK'});
  emu.clickMenu('Thiết lập / cập nhật bảng tính');
  return emu;
}

/** Returns the run record a handler stored last, read without counting calls. */
function lastRun(emu: Emulator, handler: string): RunRecord | undefined {
  const text = emu.emu.properties.document.get(`run:${handler}`);
  return text === undefined ? undefined : (JSON.parse(text) as RunRecord);
}

function clockRuns(emu: Emulator, from: Date) {
  return emu.executions.filter(
    run =>
      run.functionName === 'onHourlyClock' &&
      run.start.getTime() >= from.getTime(),
  );
}

beforeAll(() => {
  const built = spawnSync(
    process.execPath,
    ['tools/build.mjs', '--out', buildDir],
    {
      cwd: join(__dirname, '../..'),
      env: {...process.env, NQ57_TARGET: 'addon'},
      encoding: 'utf8',
    },
  );
  expect(built.status).toBe(0);
});

describe('add-on variant', () => {
  let emu: Emulator;

  beforeAll(() => {
    emu = addonSetUp(at('2026-06-08', '07:00'));
    emu.advanceTo(at('2026-06-12', '23:00'), {doubleFire: true});
  });

  test('puts its menu under Extensions', () => {
    expect(emu.ui.menus[emu.ui.menus.length - 1].addon).toBe(true);
  });

  test('keeps one clock and one edit trigger', () => {
    const handlers = emu
      .triggers()
      .map(trigger => trigger.handler)
      .sort();
    expect(handlers).toEqual(['onHourlyClock', 'onSheetEdit']);
  });

  test('runs every hour without failing', () => {
    const failed = emu.executions.filter(run => !run.ok).map(run => run.error);
    expect(failed).toEqual([]);
  });

  test('sends one summary after the deadline', () => {
    const summaries = emu.outbox.filter(mail =>
      mail.subject.startsWith('[NQ57] Tổng hợp'),
    );
    expect(summaries).toHaveLength(1);
    expect(summaries[0].sentAt.getTime()).toBeGreaterThanOrEqual(
      at('2026-06-12', '14:00').getTime(),
    );
  });

  test('sends each reminder once on Friday', () => {
    const reminders = emu.outbox.filter(mail =>
      mail.subject.startsWith('[NQ57] Nhắc'),
    );
    const subjects = new Set(reminders.map(mail => mail.subject));
    expect(reminders.length).toBeGreaterThan(0);
    expect(subjects.size).toBe(reminders.length);
    for (const mail of reminders) {
      expect(mail.sentAt.getTime()).toBeGreaterThanOrEqual(
        at('2026-06-12', '08:00').getTime(),
      );
    }
  });
});

describe('hourly clock on Friday', () => {
  test('finished jobs are not run again', () => {
    const emu = addonSetUp(at('2026-06-08', '07:00'));
    emu.advanceTo(at('2026-06-12', '14:30'));
    expect(summaries(emu)).toHaveLength(1);
    expect(reminders(emu).length).toBeGreaterThan(5);
    const sent = emu.outbox.length;
    const reminderRun = lastRun(emu, 'onFridayReminder');
    const summaryRun = lastRun(emu, 'onFridaySummary');

    const from = at('2026-06-12', '14:30');
    emu.ctx.counter.reset();
    emu.advanceTo(at('2026-06-12', '15:30'));

    const runs = clockRuns(emu, from);
    expect(runs).toHaveLength(1);
    expect(runs[0].ok).toBe(true);
    expect(emu.outbox).toHaveLength(sent);
    const calls = emu.ctx.counter.byService();
    expect(calls.SpreadsheetApp).toBeUndefined();
    expect(calls.MailApp).toBeUndefined();
    expect(calls.LockService).toBeUndefined();
    expect(lastRun(emu, 'onFridayReminder')).toEqual(reminderRun);
    expect(lastRun(emu, 'onFridaySummary')).toEqual(summaryRun);
    const message = lastRun(emu, 'onHourlyClock')?.message ?? '';
    expect(message).toContain('Nhắc báo cáo tuần: đã chạy hôm nay');
    expect(message).toContain('Tổng hợp tuần: đã chạy hôm nay');
  });

  test('job is run again next Friday', () => {
    const emu = addonSetUp(at('2026-06-08', '07:00'));
    emu.advanceTo(at('2026-06-19', '16:00'));
    expect(summaries(emu)).toHaveLength(2);
    const weeks = new Set(
      rows(emu, 'Thư đã gửi')
        .filter(r => r.kind === 'Nhắc báo cáo')
        .map(r => String(r.key).split('|')[0]),
    );
    expect(weeks.size).toBe(2);
  });

  test('busy lock runs next hour', () => {
    const emu = addonSetUp(at('2026-06-08', '07:00'));
    emu.advanceTo(at('2026-06-12', '07:30'));
    // Another execution holds the document lock over the 08:00 run.
    emu.emu.locks.holdByOther('document', at('2026-06-12', '08:30').getTime());
    emu.advanceTo(at('2026-06-12', '08:45'));
    expect(reminders(emu)).toHaveLength(0);
    expect(lastRun(emu, 'onFridayReminder')?.message).toContain(
      'một lần chạy khác đang gửi thư',
    );

    emu.advanceTo(at('2026-06-12', '09:30'));
    expect(reminders(emu).length).toBeGreaterThan(5);
    expect(repeats(emu)).toEqual([]);
    for (const mail of reminders(emu))
      expect(mail.sentAt.getTime()).toBeGreaterThanOrEqual(
        at('2026-06-12', '09:00').getTime(),
      );
  });

  // In January the emulated quota day ends at 15:00 in Hà Nội (midnight in Los Angeles).
  test('pending reminders wait for quota', () => {
    const emu = addonSetUp(at('2026-01-05', '07:00'));
    emu.advanceTo(at('2026-01-09', '07:30'));
    const quota = emu.emu.mail.quota;
    quota.consume(quota.remaining() - 5);
    emu.advanceTo(at('2026-01-09', '08:30'));
    // Two recipients stay reserved for the summary, so three reminders fit.
    expect(reminders(emu)).toHaveLength(3);

    // The hours before the quota resets do not read the plan again for nothing.
    const first = lastRun(emu, 'onFridayReminder');
    emu.advanceTo(at('2026-01-09', '14:30'));
    expect(lastRun(emu, 'onFridayReminder')).toEqual(first);
    expect(reminders(emu)).toHaveLength(3);

    // The first hourly run after the reset (15:00 plus a margin) sends the rest.
    emu.advanceTo(at('2026-01-09', '16:30'));
    const retried = lastRun(emu, 'onFridayReminder');
    expect(retried?.at).toBeGreaterThanOrEqual(
      at('2026-01-09', '15:00').getTime(),
    );

    emu.advanceTo(at('2026-01-09', '23:30'));
    expect(repeats(emu)).toEqual([]);
    expect(summaries(emu)).toHaveLength(1);
    const sentKeys = rows(emu, 'Thư đã gửi')
      .filter(r => r.kind === 'Nhắc báo cáo' && r.result === 'Đã gửi')
      .map(r => r.key);
    expect(new Set(sentKeys).size).toBe(reminders(emu).length);
    expect(reminders(emu).length).toBeGreaterThan(3);
    // The ledger keeps the earlier "Chờ gửi" rows, so compare keys, not results.
    const reminderKeys = rows(emu, 'Thư đã gửi')
      .filter(r => r.kind === 'Nhắc báo cáo')
      .map(r => r.key);
    expect(new Set(sentKeys)).toEqual(new Set(reminderKeys));
  });

  test('slow refresh defers the reminders', () => {
    const friday = at('2026-06-12', '08:05');
    let slowed: object | null = null;
    // From Friday on, the first read of each run takes two minutes, as at 100,000 tasks.
    const emu = addonSetUp(friday, (emulator, key) => {
      const run = emulator.ctx.execution;
      if (key !== 'Range.getValues' || run === null || run === slowed) return 0;
      if (run.functionName !== 'onHourlyClock') return 0;
      slowed = run;
      return 2 * 60 * 1000;
    });
    // The first hourly run finds both the daily refresh and the reminders due.
    emu.advanceTo(at('2026-06-12', '12:00'));

    const runs = clockRuns(emu, friday);
    expect(runs.filter(run => !run.ok)).toEqual([]);
    const sentAt = reminders(emu).map(mail => mail.sentAt.getTime());
    expect(sentAt.length).toBeGreaterThan(5);
    expect(Math.min(...sentAt)).toBeGreaterThan(runs[0].end.getTime());
    expect(repeats(emu)).toEqual([]);
  });
});

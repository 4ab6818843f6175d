// The editor add-on variant: its menu under Extensions and one hourly clock trigger, which
// Google requires of add-ons, doing the Friday jobs and the daily refresh.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {spawnSync} from 'node:child_process';
import {createEmulator, Emulator} from '../../tools/emulator/index';
import {at} from './harness';

const buildDir = mkdtempSync(join(tmpdir(), 'nq57-addon-'));

function addonEmulator(now: Date): Emulator {
  const emu = createEmulator({now, buildDir, asAddon: true});
  emu.load();
  emu.openAgain();
  return emu;
}

describe('add-on variant', () => {
  let emu: Emulator;

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
    emu = addonEmulator(at('2026-06-08', '07:00'));
    emu.ui.queueResponse({button: 'OK'});
    emu.clickMenu('Thiết lập / cập nhật bảng tính');
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

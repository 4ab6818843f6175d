// Session and Logger: users per kind of execution, the script zone and the execution log.

import {makeEmulator, servicesOf} from './helpers';

describe('Session', () => {
  test('outside executions the default user', () => {
    const {Session} = servicesOf(
      makeEmulator({activeUser: 'ketoan@bacha.example'}),
    );
    expect(Session.getActiveUser().getEmail()).toBe('ketoan@bacha.example');
    expect(Session.getEffectiveUser().getEmail()).toBe('ketoan@bacha.example');
  });

  test('zone and locale', () => {
    const {Session} = servicesOf(makeEmulator());
    expect(Session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(Session.getActiveUserLocale()).toBe('vi');
  });

  test('temporary key stable per user', () => {
    const {Session} = servicesOf(makeEmulator());
    const first = Session.getTemporaryActiveUserKey();
    expect(Session.getTemporaryActiveUserKey()).toBe(first);
    expect(first).toMatch(/^[A-Za-z0-9+/]{43}$/);
  });

  test('trigger runs as its creator', () => {
    const emulator = makeEmulator();
    emulator.load();
    emulator.run('setup', {user: 'vanphong@bacha.example'});
    emulator.advanceTo(new Date('2026-06-19T02:00:00Z'));
    const run = emulator.executions.find(e => e.kind === 'timeTrigger')!;
    expect(run.effectiveUser).toBe('vanphong@bacha.example');
    expect(run.activeUser).toBe('vanphong@bacha.example');
  });
});

describe('Logger and console', () => {
  test('both reach the log', () => {
    const emulator = makeEmulator();
    const {Logger, console} = servicesOf(emulator);
    Logger.log('Đã gửi %s thư', 3);
    console.warn('cảnh báo', {n: 1});
    expect(emulator.emu.log.entries.map(e => e.message)).toEqual([
      'Đã gửi 3 thư',
      'cảnh báo { n: 1 }',
    ]);
    expect(emulator.emu.log.entries[1].level).toBe('warn');
    expect(Logger.getLog()).toContain('Đã gửi 3 thư');
  });
});

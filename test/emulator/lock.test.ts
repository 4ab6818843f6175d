// LockService: tryLock, waitLock and another process holding the lock.

import {makeEmulator, servicesOf} from './helpers';

function lockSetup() {
  const emulator = makeEmulator();
  return {emulator, LockService: servicesOf(emulator).LockService};
}

describe('Lock', () => {
  test('free lock taken at once', () => {
    const {emulator, LockService} = lockSetup();
    const before = emulator.ctx.clock.now();
    const lock = LockService.getScriptLock();
    expect(lock.tryLock(5000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(emulator.ctx.clock.now()).toBe(before);
  });

  test('release frees it', () => {
    const {LockService} = lockSetup();
    const lock = LockService.getDocumentLock();
    lock.waitLock(1000);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  test('held by other: tryLock waits and fails', () => {
    const {emulator, LockService} = lockSetup();
    emulator.emu.locks.holdByOther('script');
    const before = emulator.ctx.clock.now();
    expect(LockService.getScriptLock().tryLock(3000)).toBe(false);
    expect(emulator.ctx.clock.now() - before).toBe(3000);
  });

  test('held by other: waitLock throws', () => {
    const {emulator, LockService} = lockSetup();
    emulator.emu.locks.holdByOther('document');
    expect(() => LockService.getDocumentLock().waitLock(10000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
  });

  test('released by other within timeout', () => {
    const {emulator, LockService} = lockSetup();
    const now = emulator.ctx.clock.now();
    emulator.emu.locks.holdByOther('script', now + 2000);
    expect(LockService.getScriptLock().tryLock(5000)).toBe(true);
    expect(emulator.ctx.clock.now()).toBe(now + 2000);
  });

  test('user locks are per user', () => {
    const {emulator, LockService} = lockSetup();
    emulator.emu.locks.holdByOther('user:someone@bacha.example');
    expect(LockService.getUserLock().tryLock(0)).toBe(true);
  });

  test('waitLock in bundle times out', () => {
    const emulator = makeEmulator();
    emulator.load();
    emulator.emu.locks.holdByOther('script');
    expect(() => emulator.run('sendReminder')).toThrow('Lock timeout');
    expect(emulator.outbox).toHaveLength(0);
  });
});

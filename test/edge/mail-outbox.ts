// Reading the emulated outbox in tests: reminders, summaries and repeated subjects.
import {Emulator} from '../../tools/emulator/index';

export function reminders(emu: Emulator) {
  return emu.outbox.filter(mail => mail.subject.includes('Nhắc báo cáo'));
}

export function summaries(emu: Emulator) {
  return emu.outbox.filter(mail => mail.subject.includes('Tổng hợp tuần'));
}

/** How many times each subject went out; every value must be 1. */
export function repeats(emu: Emulator): number[] {
  const counts = new Map<string, number>();
  for (const mail of emu.outbox)
    counts.set(mail.subject, (counts.get(mail.subject) ?? 0) + 1);
  return [...counts.values()].filter(count => count > 1);
}

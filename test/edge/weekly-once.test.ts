// Exactly once, whatever happens: double fires, "send now" during and after a run, a run
// that dies after sending, transient failures and the 6-minute limit, through the bundle.
import {resolve} from 'node:path';
import {createEmulator, Emulator} from '../../tools/emulator/index';
import {at, click, rows, setUp, SETUP} from './harness';
import {reminders, repeats, summaries} from './mail-outbox';

const SEND_REMINDERS = 'Gửi nhắc báo cáo ngay';
const SEND_SUMMARY = 'Gửi tổng hợp tuần ngay';

/** Units with an address that a reminder run on a quiet week reaches: one mail each. */
function reminderKeys(emu: Emulator): string[] {
  return rows(emu, 'Thư đã gửi')
    .filter(r => r.kind === 'Nhắc báo cáo')
    .map(r => String(r.key));
}

function ledgerResults(emu: Emulator, result: string): string[] {
  return rows(emu, 'Thư đã gửi')
    .filter(r => r.result === result)
    .map(r => String(r.key));
}

function withLatency(now: Date, latencyMs: (key: string) => number): Emulator {
  const emu = createEmulator({
    now,
    buildDir: resolve(__dirname, '../../build'),
    latencyMs,
  });
  emu.load();
  emu.openAgain();
  click(emu, SETUP, 'OK');
  return emu;
}

describe('weekly jobs exactly once', () => {
  test('double fire sends each once', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    emu.advanceTo(at('2026-06-12', '16:00'), {doubleFire: true});
    expect(repeats(emu)).toEqual([]);
    expect(summaries(emu)).toHaveLength(1);
    expect(reminders(emu).length).toBeGreaterThan(5);
    expect(new Set(reminderKeys(emu)).size).toBe(reminders(emu).length);
  });

  test('send now after the run sends nothing', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    emu.advanceTo(at('2026-06-12', '16:00'));
    const before = emu.outbox.length;
    click(emu, SEND_REMINDERS, 'YES', 'OK');
    click(emu, SEND_SUMMARY, 'YES', 'OK');
    expect(emu.outbox.length).toBe(before);
    const last = emu.ui.alerts[emu.ui.alerts.length - 1];
    expect(last.prompt).toContain('bỏ qua 1 thư đã gửi trước đó');
  });

  test('send now during a run waits', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    emu.advanceTo(at('2026-06-12', '07:50'));
    // Another execution (a trigger run) holds the document lock for ten minutes.
    emu.emu.locks.holdByOther('document', at('2026-06-12', '08:00').getTime());
    click(emu, SEND_REMINDERS, 'YES', 'OK');
    expect(emu.outbox).toHaveLength(0);
    expect(emu.ui.alerts[emu.ui.alerts.length - 1].prompt).toContain(
      'một lần chạy khác đang gửi thư',
    );
    expect(emu.triggers().map(t => t.handler)).toContain('onResumeWork');
    emu.advanceTo(at('2026-06-12', '16:00'), {doubleFire: true});
    expect(repeats(emu)).toEqual([]);
    expect(reminders(emu).length).toBeGreaterThan(5);
    expect(summaries(emu)).toHaveLength(1);
  });

  test('summary waits for the deadline', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    emu.advanceTo(at('2026-06-12', '10:00'));
    click(emu, SEND_SUMMARY, 'YES', 'OK');
    expect(summaries(emu)).toHaveLength(0);
    expect(emu.ui.alerts[emu.ui.alerts.length - 1].prompt).toContain(
      'chưa đến hạn báo cáo',
    );
  });

  test('run dying after a send is not repeated', () => {
    let sends = 0;
    // The third send takes seven minutes, so the run is stopped right after it.
    const emu = withLatency(at('2026-06-08', '09:00'), key =>
      key === 'MailApp.sendEmail' && ++sends === 3 ? 7 * 60 * 1000 : 0,
    );
    emu.advanceTo(at('2026-06-12', '16:00'));
    const died = emu.executions.filter(
      e => e.functionName === 'onFridayReminder' && !e.ok,
    );
    expect(died).toHaveLength(1);
    expect(died[0].error).toContain('Exceeded maximum execution time');
    expect(repeats(emu)).toEqual([]);
    expect(summaries(emu)).toHaveLength(1);
    expect(new Set(reminderKeys(emu)).size).toBe(reminders(emu).length);
    expect(ledgerResults(emu, 'Đã gửi (chưa xác nhận)')).toHaveLength(1);
  });

  test('every sent email is in the ledger once', () => {
    let sends = 0;
    const emu = withLatency(at('2026-06-08', '09:00'), key =>
      key === 'MailApp.sendEmail' && ++sends === 3 ? 7 * 60 * 1000 : 0,
    );
    emu.advanceTo(at('2026-06-12', '16:00'));
    const sent = [
      ...ledgerResults(emu, 'Đã gửi'),
      ...ledgerResults(emu, 'Đã gửi (chưa xác nhận)'),
    ];
    expect(sent.length).toBe(emu.outbox.length);
    expect(new Set(sent).size).toBe(sent.length);
  });

  test('transient failure is retried at once', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    emu.advanceTo(at('2026-06-12', '07:00'));
    emu.emu.mail.failNext(2);
    emu.advanceTo(at('2026-06-12', '16:00'));
    expect(repeats(emu)).toEqual([]);
    expect(ledgerResults(emu, 'Lỗi, sẽ thử lại')).toHaveLength(0);
    expect(new Set(reminderKeys(emu)).size).toBe(reminders(emu).length);
  });

  test('failed send is finished by resume', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    emu.advanceTo(at('2026-06-12', '07:00'));
    emu.emu.mail.failNext(3);
    emu.advanceTo(at('2026-06-12', '16:00'));
    const failed = ledgerResults(emu, 'Lỗi, sẽ thử lại');
    expect(failed).toHaveLength(1);
    expect(ledgerResults(emu, 'Đã gửi')).toContain(failed[0]);
    expect(repeats(emu)).toEqual([]);
    const resumed = emu.executions.filter(
      e => e.functionName === 'onResumeWork',
    );
    expect(resumed.length).toBeGreaterThan(0);
    expect(summaries(emu)[0].sentAt.getTime()).toBeGreaterThanOrEqual(
      at('2026-06-12', '14:00').getTime(),
    );
  });

  test('time limit stops and resumes', () => {
    const emu = withLatency(at('2026-06-08', '09:00'), key =>
      key === 'MailApp.sendEmail' ? 60 * 1000 : 0,
    );
    emu.advanceTo(at('2026-06-12', '16:00'));
    expect(emu.executions.filter(e => !e.ok)).toEqual([]);
    expect(repeats(emu)).toEqual([]);
    expect(ledgerResults(emu, 'Chờ gửi').length).toBeGreaterThan(0);
    const sending = new Set(
      emu.outbox
        .filter(mail => mail.subject.includes('Nhắc báo cáo'))
        .map(mail => mail.sentAt.getTime()),
    );
    expect(sending.size).toBe(reminders(emu).length);
    expect(new Set(reminderKeys(emu)).size).toBe(reminders(emu).length);
    expect(
      emu.executions.filter(e => e.functionName === 'onResumeWork').length,
    ).toBeGreaterThan(0);
  });

  test('quiet week needs no resume run', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    emu.advanceTo(at('2026-06-12', '23:00'));
    const resumed = emu.executions.filter(
      e => e.functionName === 'onResumeWork',
    );
    expect(resumed).toEqual([]);
    expect(emu.triggers().map(t => t.handler)).not.toContain('onResumeWork');
  });

  test('missed summary trigger is covered', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    const {ScriptApp} = emu.globals as {
      ScriptApp: {
        getProjectTriggers(): Array<{getHandlerFunction(): string}>;
        deleteTrigger(t: unknown): void;
      };
    };
    // Apps Script does not promise delivery: here the summary trigger never fires.
    ScriptApp.deleteTrigger(
      ScriptApp.getProjectTriggers().find(
        t => t.getHandlerFunction() === 'onFridaySummary',
      ),
    );
    emu.advanceTo(at('2026-06-12', '23:00'), {doubleFire: true});
    const summary = summaries(emu);
    expect(summary).toHaveLength(1);
    expect(summary[0].sentAt.getTime()).toBeGreaterThanOrEqual(
      at('2026-06-12', '15:15').getTime(),
    );
    expect(summary[0].sentAt.getTime()).toBeLessThan(
      at('2026-06-12', '16:00').getTime(),
    );
  });
});

// Mail limits through the bundle: a short daily quota, more than 50 recipients, and invalid
// or missing addresses, which the summary reports without failing the run.
import {Emulator} from '../../tools/emulator/index';
import {at, click, columnOf, newEmulator, rows, setUp, SETUP} from './harness';
import {repeats, reminders, summaries} from './mail-outbox';

function setCell(
  emu: Emulator,
  tab: string,
  key: string,
  match: (row: Record<string, unknown>) => boolean,
  value: string,
): void {
  const row = rows(emu, tab).find(match)?.row;
  if (row === undefined) throw new Error(`No matching row in ${tab}`);
  const col = columnOf(emu, tab, key);
  emu.ctx.counter.uncounted(() =>
    emu.workbook.getSheetByName(tab).getRange(row, col).setValue(value),
  );
}

function setSetting(emu: Emulator, label: string, value: string): void {
  setCell(emu, 'Cấu hình', 'value', r => r.setting === label, value);
}

describe('mail quota', () => {
  // In January the emulated quota day ends at 15:00 in Hà Nội (midnight in Los Angeles), so
  // the Friday morning and the summary hour share one quota day.
  test('short quota sends summary first', () => {
    const emu = setUp(at('2026-01-05', '09:00'));
    emu.advanceTo(at('2026-01-09', '07:00'));
    const quota = emu.emu.mail.quota;
    quota.consume(quota.remaining() - 5);
    emu.advanceTo(at('2026-01-09', '14:59'));
    const summary = summaries(emu);
    expect(summary).toHaveLength(1);
    // Two recipients stay reserved for the summary, so three reminders fit in the morning.
    expect(reminders(emu)).toHaveLength(3);
    expect(rows(emu, 'Thư đã gửi').some(r => r.result === 'Chờ gửi')).toBe(
      true,
    );

    emu.advanceTo(at('2026-01-09', '23:00'));
    expect(repeats(emu)).toEqual([]);
    const later = reminders(emu).slice(3);
    expect(later.length).toBeGreaterThan(3);
    for (const mail of later)
      expect(mail.sentAt.getTime()).toBeGreaterThan(
        summary[0].sentAt.getTime(),
      );
  });

  test('pending reminders are all sent once', () => {
    const emu = setUp(at('2026-01-05', '09:00'));
    emu.advanceTo(at('2026-01-09', '07:00'));
    const quota = emu.emu.mail.quota;
    quota.consume(quota.remaining() - 5);
    emu.advanceTo(at('2026-01-10', '12:00'), {doubleFire: true});
    const keys = rows(emu, 'Thư đã gửi')
      .filter(r => r.kind === 'Nhắc báo cáo' && r.result === 'Đã gửi')
      .map(r => r.key);
    expect(new Set(keys).size).toBe(reminders(emu).length);
    expect(repeats(emu)).toEqual([]);
    expect(emu.triggers().map(t => t.handler)).not.toContain('onResumeWork');
  });
});

describe('mail recipients', () => {
  test('more than 50 recipients are split', () => {
    const emu = newEmulator(at('2026-06-08', '09:00'), {account: 'workspace'});
    click(emu, SETUP, 'OK');
    const many = Array.from({length: 60}, (_, i) => `bcd${i}@bacha.example`);
    setSetting(emu, 'Người nhận thêm bản tổng hợp tuần', many.join('; '));
    emu.advanceTo(at('2026-06-12', '16:00'), {doubleFire: true});
    const parts = summaries(emu);
    expect(parts).toHaveLength(2);
    for (const part of parts) expect(part.to.length).toBeLessThanOrEqual(50);
    const everyone = parts.flatMap(part => part.to);
    expect(new Set(everyone).size).toBe(everyone.length);
    for (const address of many) expect(everyone).toContain(address);
  });

  test('bad addresses are reported, not fatal', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    setCell(
      emu,
      'Đơn vị',
      'emails',
      r => r.name === 'Phòng Kinh tế',
      'pkt-at-bacha',
    );
    setCell(emu, 'Đơn vị', 'emails', r => r.name === 'Công an xã', '');
    emu.advanceTo(at('2026-06-12', '16:00'));
    expect(emu.executions.filter(e => !e.ok)).toEqual([]);
    const summary = summaries(emu);
    expect(summary).toHaveLength(1);
    const text = summary[0].body;
    expect(text).toContain('pkt-at-bacha');
    expect(text).toContain('Địa chỉ email không hợp lệ');
    expect(text).toContain('Công an xã');
    expect(text).toContain('Chưa có địa chỉ email');
    const to = reminders(emu).flatMap(mail => mail.to);
    expect(to).not.toContain('pkt-at-bacha');
    expect(reminders(emu).length).toBeGreaterThan(5);
  });

  test('mail goes only to configured addresses', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    emu.advanceTo(at('2026-06-12', '16:00'));
    const configured = new Set<string>();
    for (const unit of rows(emu, 'Đơn vị'))
      for (const address of String(unit.emails).split(/[;,]/))
        configured.add(address.trim().toLowerCase());
    for (const setting of rows(emu, 'Cấu hình'))
      for (const address of String(setting.value).split(/[;,]/))
        configured.add(address.trim().toLowerCase());
    const sentTo = emu.outbox.flatMap(mail => mail.to);
    expect(sentTo.length).toBeGreaterThan(0);
    for (const address of sentTo) expect(configured).toContain(address);
  });
});

// The installable edit trigger and the daily refresh through the bundle: stamps, the
// completion date, the audit log, formulas on new rows, weekly reports on time or late,
// and that nothing depends on the trigger firing.
import {Emulator} from '../../tools/emulator/index';
import {at, columnOf, rows, setUp} from './harness';

const EDITOR = 'vanphong@bacha.example';

function lastRowOf(emu: Emulator, tab: string): number {
  return emu.ctx.counter.uncounted(() =>
    emu.workbook.getSheetByName(tab).getLastRow(),
  );
}

function formulasOfRow(emu: Emulator, tab: string, row: number): string[] {
  return emu.workbook.emuFormulas(tab, `A${row}:AZ${row}`)[0];
}

function taskRow(emu: Emulator, code: string) {
  const found = rows(emu, 'Nhiệm vụ').find(r => String(r.code) === code);
  if (!found) throw new Error(`No task ${code}`);
  return found;
}

describe('edit trigger on tasks', () => {
  test('stamps the edited row only', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    emu.advanceTo(at('2026-06-10', '10:15'));
    const row = taskRow(emu, '1.2').row;
    emu.userEdit(
      'Nhiệm vụ',
      row,
      columnOf(emu, 'Nhiệm vụ', 'progress'),
      40,
      EDITOR,
    );
    const edited = taskRow(emu, '1.2');
    expect((edited.updatedAt as Date).getTime()).toBe(
      at('2026-06-10', '10:15').getTime(),
    );
    expect(edited.updatedBy).toBe(EDITOR);
    expect(taskRow(emu, '1.3').updatedAt).toBe('');
  });

  test('Hoàn thành sets the completion date', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    emu.advanceTo(at('2026-06-10', '23:30'));
    const row = taskRow(emu, '1.2').row;
    emu.userEdit(
      'Nhiệm vụ',
      row,
      columnOf(emu, 'Nhiệm vụ', 'status'),
      'Hoàn thành',
      EDITOR,
    );
    const done = taskRow(emu, '1.2').completedOn as Date;
    expect(done.getTime()).toBe(at('2026-06-10').getTime());
    expect(taskRow(emu, '1.3').completedOn).toBe('');
  });

  test('log keeps old and new values', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    const row = taskRow(emu, '2.1').row;
    const col = columnOf(emu, 'Nhiệm vụ', 'person');
    emu.userEdit('Nhiệm vụ', row, col, 'Nguyễn Văn A', EDITOR);
    emu.userEdit('Nhiệm vụ', row, col, 'Trần Thị B', EDITOR);
    const log = rows(emu, 'Nhật ký');
    const last = log[log.length - 1];
    expect(last.tab).toBe('Nhiệm vụ');
    expect(last.rowKey).toBe('2.1');
    expect(last.column).toBe('Người phụ trách');
    expect(last.oldValue).toBe('Nguyễn Văn A');
    expect(last.newValue).toBe('Trần Thị B');
    expect(last.user).toBe(EDITOR);
  });

  test('new row typed at the bottom gets formulas', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    const row = lastRowOf(emu, 'Nhiệm vụ') + 1;
    const before = formulasOfRow(emu, 'Nhiệm vụ', row).filter(f => f !== '');
    expect(before).toEqual([]);
    emu.userEdit(
      'Nhiệm vụ',
      row,
      columnOf(emu, 'Nhiệm vụ', 'code'),
      '9.1',
      EDITOR,
    );
    const after = formulasOfRow(emu, 'Nhiệm vụ', row).filter(f => f !== '');
    expect(after.length).toBeGreaterThanOrEqual(3);
  });
});

describe('edits without the trigger', () => {
  test('script writes stamp nothing', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    const logged = rows(emu, 'Nhật ký').length;
    const row = taskRow(emu, '1.2').row;
    emu.ctx.counter.uncounted(() =>
      emu.workbook
        .getSheetByName('Nhiệm vụ')
        .getRange(row, columnOf(emu, 'Nhiệm vụ', 'progress'))
        .setValue(55),
    );
    expect(taskRow(emu, '1.2').updatedAt).toBe('');
    expect(rows(emu, 'Nhật ký')).toHaveLength(logged);
  });

  test('daily refresh gives a new row formulas', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    const row = lastRowOf(emu, 'Nhiệm vụ') + 1;
    emu.ctx.counter.uncounted(() =>
      emu.workbook
        .getSheetByName('Nhiệm vụ')
        .getRange(row, columnOf(emu, 'Nhiệm vụ', 'code'))
        .setValue('9.2'),
    );
    expect(formulasOfRow(emu, 'Nhiệm vụ', row).filter(f => f !== '')).toEqual(
      [],
    );
    emu.advanceTo(at('2026-06-09', '07:30'));
    const formulas = formulasOfRow(emu, 'Nhiệm vụ', row).filter(f => f !== '');
    expect(formulas.length).toBeGreaterThanOrEqual(3);
  });

  test('daily refresh keeps overdue current', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    const row = taskRow(emu, '1.2').row;
    emu.userEdit(
      'Nhiệm vụ',
      row,
      columnOf(emu, 'Nhiệm vụ', 'due'),
      '10/06/2026',
      EDITOR,
    );
    expect(taskRow(emu, '1.2').timeliness).not.toBe('Quá hạn');
    emu.advanceTo(at('2026-06-13', '07:30'));
    expect(taskRow(emu, '1.2').timeliness).toBe('Quá hạn');
    expect(taskRow(emu, '1.2').daysLate).toBe(3);
  });
});

describe('weekly reports', () => {
  function report(emu: Emulator, unit: string): number {
    const row = lastRowOf(emu, 'Báo cáo tuần') + 1;
    emu.userEdit(
      'Báo cáo tuần',
      row,
      columnOf(emu, 'Báo cáo tuần', 'unit'),
      unit,
      EDITOR,
    );
    emu.userEdit(
      'Báo cáo tuần',
      row,
      columnOf(emu, 'Báo cáo tuần', 'result'),
      'Đã triển khai <b>theo kế hoạch</b>',
      EDITOR,
    );
    return row;
  }

  function reportAt(emu: Emulator, row: number) {
    return rows(emu, 'Báo cáo tuần').find(r => r.row === row)!;
  }

  test('stamps reporter and submission time', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    emu.advanceTo(at('2026-06-12', '13:50'));
    const row = report(emu, 'Phòng Kinh tế');
    const stamped = reportAt(emu, row);
    expect(stamped.reporter).toBe(EDITOR);
    expect((stamped.submittedAt as Date).getTime()).toBe(
      at('2026-06-12', '13:50').getTime(),
    );
    expect((stamped.week as Date).getTime()).toBe(at('2026-06-08').getTime());
  });

  test('before Friday 14:00 is on time', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    emu.advanceTo(at('2026-06-12', '13:59'));
    const row = report(emu, 'Phòng Kinh tế');
    expect(reportAt(emu, row).onTime).toBe('Đúng hạn');
  });

  test('after Friday 14:00 is late', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    emu.advanceTo(at('2026-06-12', '14:01'));
    const row = report(emu, 'Phòng Kinh tế');
    expect(reportAt(emu, row).onTime).toBe('Muộn');
  });

  test('summary lists on-time and late units', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    emu.advanceTo(at('2026-06-12', '09:30'));
    report(emu, 'Phòng Kinh tế');
    emu.advanceTo(at('2026-06-12', '14:10'));
    report(emu, 'Công an xã');
    emu.advanceTo(at('2026-06-12', '16:00'));
    const summary = emu.outbox.find(m => m.subject.includes('Tổng hợp tuần'));
    const text = summary?.body ?? '';
    const onTime = /Báo cáo đúng hạn \(\d+\): (.*)/.exec(text)?.[1] ?? '';
    const late = /Báo cáo muộn \(\d+\): (.*)/.exec(text)?.[1] ?? '';
    expect(onTime).toContain('Phòng Kinh tế');
    expect(late).toContain('Công an xã');
    expect(onTime).not.toContain('Công an xã');
    expect(summary?.htmlBody).not.toContain('<b>theo kế hoạch</b>');
  });
});

describe('edited task rows follow their text', () => {
  const emu = setUp(at('2026-06-12', '09:00'));
  const user = 'vhxh@bacha.example';

  test('lead unit codes follow the lead', () => {
    const task = rows(emu, 'Nhiệm vụ').find(r => r.code === '1.4')!;
    emu.userEdit(
      'Nhiệm vụ',
      task.row,
      columnOf(emu, 'Nhiệm vụ', 'lead'),
      'Công an xã',
      user,
    );
    const after = rows(emu, 'Nhiệm vụ').find(r => r.code === '1.4')!;
    expect(after.leadCodes).toBe('CAX');
  });

  test('dates follow a changed time phrase', () => {
    const task = rows(emu, 'Nhiệm vụ').find(r => r.code === '1.4')!;
    emu.userEdit(
      'Nhiệm vụ',
      task.row,
      columnOf(emu, 'Nhiệm vụ', 'timeText'),
      'Quý III',
      user,
    );
    const after = rows(emu, 'Nhiệm vụ').find(r => r.code === '1.4')!;
    expect((after.due as Date).toISOString()).toBe(
      at('2026-09-30').toISOString(),
    );
    expect(after.timeliness).toBe('Đang thực hiện trong hạn');
  });
});

// The bundle's setup on the built-in plan, run as a person would from the menu.
import {at, click, rows, setUp, SETUP, values, columnOf} from './harness';

describe('setup on the built-in plan', () => {
  const emu = setUp(at('2026-06-12', '15:00'));

  test('creates every tab', () => {
    const names = emu.ctx.counter.uncounted(() =>
      emu.workbook.getSheets().map((s: {getName(): string}) => s.getName()),
    );
    for (const tab of [
      'Cấu hình',
      'Đơn vị',
      'Chỉ tiêu',
      'Kinh phí',
      'Nhiệm vụ',
      'Báo cáo tuần',
      'Nhật ký',
      'Thư đã gửi',
      'Tổng quan',
    ]) {
      expect(names).toContain(tab);
    }
  });

  test('first setup reports no problem', () => {
    const messages = [
      ...emu.ui.alerts.map(alert => alert.prompt),
      ...emu.ui.dialogs.map(dialog => dialog.html),
    ].join('\n');
    expect(messages).toContain('Đã tạo các tab');
    expect(messages).not.toContain('Cần sửa');
  });

  test('writes all 31 indicators', () => {
    expect(rows(emu, 'Chỉ tiêu').map(r => r.no)).toEqual(
      Array.from({length: 31}, (_, i) => i + 1),
    );
  });

  test('writes the 34 tasks of Phụ lục III', () => {
    const codes = rows(emu, 'Nhiệm vụ').map(r => String(r.code));
    expect(codes).toContain('1.1');
    expect(codes).toContain('8.5');
    expect(
      codes.filter(code => /^\d\.\d$/.test(code)).length,
    ).toBeGreaterThanOrEqual(34);
    expect(new Set(codes).size).toBe(codes.length);
  });

  test('every task has a due date or a recurrence', () => {
    const undated = rows(emu, 'Nhiệm vụ').filter(
      r => r.due === '' && (r.recurrence === '' || r.recurrence === 'Không'),
    );
    expect(undated.map(r => r.code)).toEqual([]);
  });

  test('budget total is 2,788 without 7.1 and 7.2', () => {
    const budget = values(emu, 'Kinh phí');
    const label = budget
      .flat()
      .findIndex(cell => String(cell).startsWith('Tổng dự kiến'));
    const width = budget[0].length;
    const total = budget.flat()[label + 1];
    expect(width).toBeGreaterThan(0);
    expect(total).toBe(2788);
  });

  test('timeliness formula flags Quý I tasks overdue on 12/06/2026', () => {
    const overdue = rows(emu, 'Nhiệm vụ')
      .filter(r => r.timeliness === 'Quá hạn')
      .map(r => r.code);
    expect(overdue).toEqual(['1.4', '3.1', '4.1']);
  });

  test('installs the Friday and daily triggers once', () => {
    const handlers = emu
      .triggers()
      .map(t => t.handler)
      .sort();
    expect(handlers).toEqual([
      'onDailyRefresh',
      'onFridayReminder',
      'onFridaySummary',
      'onSheetEdit',
    ]);
  });

  test('rerun keeps typed values and duplicates nothing', () => {
    const before = rows(emu, 'Nhiệm vụ').length;
    const personColumn = columnOf(emu, 'Nhiệm vụ', 'person');
    const edit = emu.userEdit(
      'Nhiệm vụ',
      2,
      personColumn,
      'Nguyễn Văn A',
      'vhxh@bacha.example',
    );
    expect(edit.accepted).toBe(true);
    click(emu, SETUP, 'OK');
    const after = rows(emu, 'Nhiệm vụ');
    expect(after.length).toBe(before);
    expect(after[0].person).toBe('Nguyễn Văn A');
    expect(emu.triggers().length).toBe(4);
  });
});

describe('setup in a new spreadsheet', () => {
  test('removes the blank starter tab', () => {
    const emu = setUp(at('2026-06-12', '15:00'));
    const names: string[] = emu.ctx.counter.uncounted(() =>
      emu.workbook.getSheets().map((s: {getName(): string}) => s.getName()),
    );
    expect(names).not.toContain('Trang tính1');
    expect(names).toContain('Nhiệm vụ');
  });
});

// The Kinh phí tab's formulas: totals that skip detail lines, share spent, and the plan's
// share of the commune budget against the 1 % floor, typed in Cấu hình.
import {Emulator} from '../../tools/emulator/index';
import {at, click, columnOf, rows, setUp, values} from './harness';

const BUDGET = 'Kinh phí';

function total(emu: Emulator, label: string): unknown {
  const flat = values(emu, BUDGET).flat();
  const index = flat.findIndex(cell => String(cell).startsWith(label));
  if (index < 0) throw new Error(`No totals row ${label}`);
  return flat[index + 1];
}

function typeCommuneBudget(emu: Emulator, amount: string): void {
  const config = values(emu, 'Cấu hình');
  const row =
    config.findIndex(line =>
      String(line[0]).startsWith('Tổng chi ngân sách xã'),
    ) + 1;
  const edit = emu.userEdit('Cấu hình', row, 2, amount);
  if (!edit.accepted) throw new Error(`Edit rejected: ${edit.reason}`);
  emu.ctx.counter.uncounted(() => emu.workbook.emuRecalculate());
}

describe('Kinh phí formulas', () => {
  const emu = setUp(at('2026-06-12', '15:00'));
  const line = (code: string) =>
    rows(emu, BUDGET).find(r => String(r.code) === code)!;
  const spend = (code: string, amount: number) =>
    emu.userEdit(
      BUDGET,
      line(code).row,
      columnOf(emu, BUDGET, 'spent'),
      amount,
    );
  spend('1', 50);
  spend('7', 100);
  spend('7.1', 100);

  test('planned total skips 7.1 and 7.2', () => {
    expect(total(emu, 'Tổng dự kiến')).toBe(2788);
  });

  test('spent total skips detail lines', () => {
    expect(total(emu, 'Tổng đã chi')).toBe(150);
  });

  test('share spent of a line', () => {
    const share = line('7').shareSpent as number;
    expect(share).toBeCloseTo(100 / 923, 10);
  });

  test('no commune budget asks for it', () => {
    expect(total(emu, 'Đánh giá')).toBe(
      'Chưa nhập tổng chi ngân sách xã ở tab Cấu hình',
    );
  });

  test('1 % of the commune budget is met', () => {
    typeCommuneBudget(emu, '200000');
    expect(total(emu, 'Đánh giá')).toBe('Đạt');
  });

  test('below 1 % is not met', () => {
    typeCommuneBudget(emu, '300000');
    expect(total(emu, 'Đánh giá')).toBe('Chưa đạt');
  });

  test('refresh reads the typed budget', () => {
    const before = emu.ui.alerts.length;
    click(emu, 'Làm mới trạng thái', 'OK');
    expect(emu.ui.alerts.length).toBe(before);
  });
});

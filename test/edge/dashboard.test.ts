// The "Tổng quan" tab: live counts written when the dashboard opens.
import type {Emulator} from '../../tools/emulator/index';
import {at, click, columnOf, rows, setUp, values} from './harness';
import {sheetNames} from './report-helpers';

const DASHBOARD = 'Mở bảng điều khiển';
const TAB = 'Tổng quan';

/** Returns the count next to a label in the "Tổng quan" tab. */
function countOf(emu: Emulator, label: string): unknown {
  const row = values(emu, TAB).find(line => line[0] === label);
  if (!row) throw new Error(`No row ${label} in ${TAB}`);
  return row[1];
}

function sheetId(emu: Emulator): number {
  return emu.ctx.counter.uncounted(() =>
    emu.workbook.getSheetByName(TAB).getSheetId(),
  );
}

function activeTab(emu: Emulator): string {
  return emu.ctx.counter.uncounted(() =>
    emu.workbook.getActiveSheet().getName(),
  );
}

describe('Tổng quan tab', () => {
  const emu = setUp(at('2026-06-12', '15:00'));
  const activeBefore = activeTab(emu);
  click(emu, DASHBOARD);
  const activeAfter = activeTab(emu);
  const firstId = sheetId(emu);

  test('leaves the active tab', () => {
    expect(activeAfter).toBe(activeBefore);
  });

  test('counts overdue tasks', () => {
    expect(countOf(emu, 'Quá hạn')).toBe(3);
  });

  test('counts every task', () => {
    expect(countOf(emu, 'Tổng số nhiệm vụ (cả nhiệm vụ đã hủy)')).toBe(
      rows(emu, 'Nhiệm vụ').length,
    );
  });

  test('counts every indicator', () => {
    expect(countOf(emu, 'Tổng số chỉ tiêu')).toBe(31);
  });

  test('counts are formulas', () => {
    const formulas = emu.ctx.counter.uncounted(() =>
      emu.workbook.getSheetByName(TAB).getDataRange().getFormulas(),
    );
    const countifs = formulas
      .flat()
      .filter((f: string) => f.startsWith('=COUNTIF('));
    expect(countifs.length).toBeGreaterThanOrEqual(8);
  });

  test('follows an edit of Nhiệm vụ', () => {
    const task = rows(emu, 'Nhiệm vụ').find(r => r.code === '1.4')!;
    const edits: Array<[string, string]> = [
      ['evidenceLink', 'https://drive.google.com/file/d/minh-chung/view'],
      ['completedOn', '10/06/2026'],
      ['status', 'Hoàn thành'],
    ];
    for (const [key, value] of edits)
      emu.userEdit('Nhiệm vụ', task.row, columnOf(emu, 'Nhiệm vụ', key), value);
    expect(countOf(emu, 'Quá hạn')).toBe(2);
    expect(countOf(emu, 'Hoàn thành quá hạn')).toBe(1);
  });

  test('opening again keeps one tab', () => {
    click(emu, DASHBOARD);
    expect(sheetNames(emu).filter(name => name === TAB)).toHaveLength(1);
    expect(sheetId(emu)).toBe(firstId);
  });
});

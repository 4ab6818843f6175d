// Server functions of the dashboard sidebar, called as google.script.run calls them.
import {at, click, rows, setUp} from './harness';
import {reportTabs, savedFiles} from './report-helpers';

const DASHBOARD = 'Mở bảng điều khiển';

describe('sidebar on 12/06/2026', () => {
  const emu = setUp(at('2026-06-12', '15:00'));

  test('sidebarData returns JSON', () => {
    const data = JSON.parse(String(emu.run('sidebarData')));
    const tasks = rows(emu, 'Nhiệm vụ');
    expect(data.totalTasks).toBe(tasks.length);
    expect(
      data.overdue.map((task: {code: string}) => task.code).sort(),
    ).toEqual(['1.4', '3.1', '4.1']);
    expect(Object.keys(data.reporting).sort()).toEqual([
      'late',
      'notReported',
      'onTime',
    ]);
  });

  test('jumpToTask selects the row', () => {
    const task = rows(emu, 'Nhiệm vụ').find(r => r.code === '3.1')!;
    const reply = runWith(emu, 'jumpToTask', '3.1');
    const active = emu.ctx.counter.uncounted(() => ({
      sheet: emu.workbook.getActiveSheet().getName(),
      row: emu.workbook.getActiveRange().getRow(),
    }));
    expect(reply).toBe(`Đã chọn nhiệm vụ 3.1 (dòng ${task.row}).`);
    expect(active).toEqual({sheet: 'Nhiệm vụ', row: task.row});
  });

  test('jumpToTask rejects an unknown code', () => {
    expect(runWith(emu, 'jumpToTask', '9.9')).toContain(
      'Không tìm thấy nhiệm vụ 9.9',
    );
  });

  test('createQuarterlyReport returns a message', () => {
    const message = String(emu.run('createQuarterlyReport'));
    const pdf = savedFiles(emu).find(f => f.name.endsWith('.pdf'));
    expect(message).toContain('BC Quý II-2026');
    expect(message).toContain(`https://drive.google.com/file/d/${pdf?.id}/`);
    expect(reportTabs(emu)).toEqual(['BC Quý II-2026']);
  });

  test('checkSixClear returns a message', () => {
    expect(String(emu.run('checkSixClear'))).toContain('6 rõ');
  });

  test('menu opens the sidebar', () => {
    click(emu, DASHBOARD);
    const sidebar = emu.ui.sidebars[emu.ui.sidebars.length - 1];
    expect(sidebar.title).toBe('Tổng quan NQ57');
    expect(sidebar.html).toContain('"code":"4.1"');
  });
});

describe('sidebar report on 03/07/2026', () => {
  test('cancel returns a message', () => {
    const emu = setUp(at('2026-07-03', '10:00'));
    emu.ui.queueResponse({button: 'CANCEL'});
    expect(emu.run('createQuarterlyReport')).toBe('Đã hủy tạo báo cáo.');
    expect(reportTabs(emu)).toEqual([]);
  });
});

/** Runs a server function with one argument, as google.script.run passes it. */
function runWith(
  emu: ReturnType<typeof setUp>,
  name: string,
  argument: string,
): unknown {
  // The emulator passes `event` as the function's first argument.
  return emu.run(name, {event: argument as unknown as object});
}

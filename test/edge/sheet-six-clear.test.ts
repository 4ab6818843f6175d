// The "Kiểm tra 6 rõ" menu item: a dialog that lists every task missing an item, what it
// misses, and a button that jumps to its row.
import {at, click, columnOf, rows, setUp} from './harness';

const TASKS = 'Nhiệm vụ';
const CHECK = 'Kiểm tra 6 rõ';

function lastDialog(emu: ReturnType<typeof setUp>): string {
  const dialogs = emu.ui.dialogs;
  return dialogs.length === 0 ? '' : dialogs[dialogs.length - 1].html;
}

describe('Kiểm tra 6 rõ', () => {
  const emu = setUp(at('2026-06-12', '15:00'));
  const tasks = rows(emu, TASKS);
  const filled = tasks[0];
  const put = (key: string, value: unknown) =>
    emu.ctx.counter.uncounted(() =>
      emu.workbook
        .getSheetByName(TASKS)
        .getRange(filled.row, columnOf(emu, TASKS, key))
        .setValue(value),
    );
  put('person', 'Nguyễn Văn A');
  click(emu, CHECK);
  const html = lastDialog(emu);

  test('lists every other task', () => {
    for (const task of tasks.slice(1))
      expect(html).toContain(`Đến dòng ${String(task.code)}`);
  });

  test('leaves out a complete task', () => {
    expect(html).not.toContain(`Đến dòng ${String(filled.code)}<`);
  });

  test('says what is missing', () => {
    expect(html).toContain('<td>rõ người</td>');
  });

  test('counts the tasks', () => {
    expect(html).toContain(`${tasks.length - 1} nhiệm vụ còn thiếu`);
  });

  test('jump button names the server function', () => {
    expect(html).toContain(
      `google.script.run.jumpToTask(&quot;${String(tasks[1].code)}&quot;)`,
    );
  });

  test('all complete gives an alert', () => {
    const fill = (key: string, value: string) =>
      emu.ctx.counter.uncounted(() =>
        emu.workbook
          .getSheetByName(TASKS)
          .getRange(2, columnOf(emu, TASKS, key), tasks.length, 1)
          .setValues(tasks.map(() => [value])),
      );
    fill('person', 'Người phụ trách');
    fill('product', 'Báo cáo kết quả');
    const before = emu.ui.alerts.length;
    click(emu, CHECK, 'OK');
    expect(emu.ui.alerts[before]?.prompt).toBe('Tất cả nhiệm vụ đã đủ "6 rõ".');
  });
});

// The Vietnamese menu that onOpen builds, in each authorization mode Apps Script uses.
import {at, newEmulator} from './harness';
import {AUTOMATION_MENU, MENU_ITEMS} from '../../src/edge/menu';

const captions = MENU_ITEMS.flatMap(item => (item ? [item.caption] : []));

describe('onOpen menu', () => {
  test('bound file gets its own NQ57 menu', () => {
    const emu = newEmulator(at('2026-06-12', '09:00'));
    const menu = emu.ui.menus[emu.ui.menus.length - 1];
    expect(menu.caption).toBe('NQ57');
    expect(menu.addon).toBe(false);
  });

  test('lists every action in Vietnamese', () => {
    const emu = newEmulator(at('2026-06-12', '09:00'));
    const text = JSON.stringify(emu.ui.menus);
    for (const caption of [
      ...captions,
      ...AUTOMATION_MENU.items.map(item => item.caption),
    ]) {
      expect(text).toContain(caption);
    }
  });

  test('works before the add-on is enabled', () => {
    const emu = newEmulator(at('2026-06-12', '09:00'));
    emu.openAgain({authMode: 'NONE'});
    const failed = emu.executions.filter(run => !run.ok);
    const menu = emu.ui.menus[emu.ui.menus.length - 1];
    expect(failed).toEqual([]);
    expect(menu.addon).toBe(true);
  });

  test('every item runs from a click', () => {
    const emu = newEmulator(at('2026-06-12', '09:00'));
    emu.ui.queueResponse({button: 'OK'});
    emu.clickMenu('Thiết lập / cập nhật bảng tính');
    emu.clickMenu('Kiểm tra 6 rõ');
    emu.clickMenu('Xem trước thư tuần (không gửi)');
    emu.clickMenu('Mở bảng điều khiển');
    const failed = emu.executions
      .filter(run => !run.ok)
      .map(run => `${run.functionName}: ${run.error}`);
    const alerts = emu.ui.alerts
      .map(alert => alert.prompt)
      .filter(prompt => prompt.startsWith('Không thực hiện được'));
    expect(failed).toEqual([]);
    expect(alerts).toEqual([]);
    expect(emu.ui.dialogs.length).toBe(2);
    expect(emu.ui.sidebars.length).toBe(1);
  });
});

// The automation menu through the real bundle: install, copies, status view and schedule.
import {createEmulatorWith, Emulator} from '../../tools/emulator/index';
import {DEFAULT_OWNER} from '../../tools/emulator/emulator';
import {EmuSpreadsheet} from '../../tools/emulator/spreadsheet/index';
import {copySpreadsheet} from '../../tools/emulator/spreadsheet/copy';
import {
  buildCharts,
  buildSpreadsheetApp,
} from '../../tools/emulator/spreadsheet/spreadsheet-app';
import {resolve} from 'node:path';
import {at, click, rows, setUp, columnOf, ZONE} from './harness';
import {wallTime} from '../../tools/emulator/time-zone';

const INSTALL = 'Bật gửi tự động (cài đặt trigger)';
const STATUS = 'Xem trạng thái tự động';
const REMOVE = 'Tắt gửi tự động';
const HANDLERS = [
  'onDailyRefresh',
  'onFridayReminder',
  'onFridaySummary',
  'onSheetEdit',
];

function handlers(emu: Emulator): string[] {
  return emu
    .triggers()
    .map(t => t.handler)
    .sort();
}

function lastDialog(emu: Emulator): string {
  const dialogs = emu.ui.dialogs;
  return dialogs[dialogs.length - 1]?.html ?? '';
}

/** Opens a second project bound to a copy of `source`'s spreadsheet, as "Make a copy" does. */
function openCopy(source: Emulator, now: Date): Emulator {
  const copy = createEmulatorWith(
    {now, buildDir: resolve(__dirname, '../../build')},
    (ctx, hooks) => {
      const workbook = new EmuSpreadsheet(ctx, {
        id: 'copy-of-plan',
        name: 'Bản sao',
        owner: DEFAULT_OWNER,
        firstSheetName: '__placeholder__',
      });
      copySpreadsheet(source.workbook, workbook);
      return {
        SpreadsheetApp: buildSpreadsheetApp(ctx, hooks, workbook),
        Charts: buildCharts(ctx),
        workbook,
      };
    },
  );
  copy.load();
  copy.openAgain();
  return copy;
}

describe('automation install', () => {
  test('setup then install twice keeps one each', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    click(emu, INSTALL, 'OK');
    click(emu, INSTALL, 'OK');
    expect(handlers(emu)).toEqual(HANDLERS);
  });

  test('copy starts without triggers', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    const copy = openCopy(emu, at('2026-06-08', '10:00'));
    expect(copy.triggers()).toHaveLength(0);
    expect(rows(copy, 'Nhiệm vụ').length).toBe(rows(emu, 'Nhiệm vụ').length);
  });

  test('install in copy gives one each', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    const copy = openCopy(emu, at('2026-06-08', '10:00'));
    click(copy, INSTALL, 'OK');
    click(copy, INSTALL, 'OK');
    expect(handlers(copy)).toEqual(HANDLERS);
    expect(handlers(emu)).toEqual(HANDLERS);
  });

  test('copy edit trigger watches the copy', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    const copy = openCopy(emu, at('2026-06-08', '10:00'));
    click(copy, INSTALL, 'OK');
    const edit = copy.triggers().find(t => t.handler === 'onSheetEdit');
    expect(edit?.sourceId).toBe('copy-of-plan');
  });

  test('remove deletes every trigger', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    click(emu, REMOVE, 'YES', 'OK');
    expect(emu.triggers()).toHaveLength(0);
  });
});

describe('automation status view', () => {
  test('lists each trigger with next run', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    click(emu, STATUS);
    const html = lastDialog(emu);
    for (const label of [
      'Nhắc báo cáo thứ Sáu',
      'Tổng hợp tuần sau hạn báo cáo',
      'Làm mới hằng ngày',
      'Ghi nhận chỉnh sửa',
    ])
      expect(html).toContain(label);
    expect(html).toContain('Thứ Sáu 12/06/2026, trong khoảng 08:00–09:00');
    expect(html).toContain('Thứ Sáu 12/06/2026, trong khoảng 14:00–15:00');
    expect(html).toContain('09/06/2026, trong khoảng 06:00–07:00');
    expect(html).not.toContain('Cảnh báo');
  });

  test('shows how the last run ended', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    emu.advanceTo(at('2026-06-12', '16:00'));
    click(emu, STATUS);
    const html = lastDialog(emu);
    expect(html).toMatch(
      /12\/06\/2026 14:\d\d: thành công\. Tổng hợp tuần: đã gửi 1/,
    );
    expect(html).toMatch(
      /12\/06\/2026 08:\d\d: thành công\. Nhắc báo cáo tuần: đã gửi \d+/,
    );
  });

  test('warns when a trigger is missing', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    const {ScriptApp} = emu.globals as {
      ScriptApp: {
        getProjectTriggers(): Array<{getHandlerFunction(): string}>;
        deleteTrigger(t: unknown): void;
      };
    };
    const summary = ScriptApp.getProjectTriggers().find(
      t => t.getHandlerFunction() === 'onFridaySummary',
    );
    ScriptApp.deleteTrigger(summary);
    click(emu, STATUS);
    const html = lastDialog(emu);
    expect(html).toContain('Cảnh báo');
    expect(html).toContain('Thiếu trigger: Tổng hợp tuần sau hạn báo cáo');
    expect(html).toContain('THIẾU – hãy bật lại');
  });
});

describe('automation schedule from Cấu hình', () => {
  function setTime(emu: Emulator, label: string, value: string): void {
    const config = rows(emu, 'Cấu hình');
    const row = config.find(r => r.setting === label)?.row;
    if (row === undefined) throw new Error(`No setting ${label}`);
    const edit = emu.userEdit(
      'Cấu hình',
      row,
      columnOf(emu, 'Cấu hình', 'value'),
      value,
    );
    expect(edit.accepted).toBe(true);
  }

  function fireHour(emu: Emulator, handler: string): number {
    const trigger = emu.triggers().find(t => t.handler === handler);
    return wallTime(trigger!.nextFireAt!, ZONE).hour;
  }

  test('defaults fire at 08 and 14', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    expect(fireHour(emu, 'onFridayReminder')).toBe(8);
    expect(fireHour(emu, 'onFridaySummary')).toBe(14);
  });

  test('reminder at 07:30 moves to hour 7', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    setTime(emu, 'Giờ gửi nhắc thứ Sáu', '07:30');
    const reminder = emu.triggers().find(t => t.handler === 'onFridayReminder');
    expect(reminder?.schedule?.hour).toBe(7);
    const fire = wallTime(reminder!.nextFireAt!, ZONE);
    expect(fire.hour * 60 + fire.minute).toBeGreaterThanOrEqual(7 * 60 + 15);
    expect(fire.hour * 60 + fire.minute).toBeLessThanOrEqual(7 * 60 + 45);
    expect(handlers(emu)).toEqual(HANDLERS);
  });

  test('deadline 14:30 moves summary to 15', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    setTime(emu, 'Hạn báo cáo thứ Sáu', '14:30');
    expect(fireHour(emu, 'onFridaySummary')).toBe(15);
  });

  test('daily refresh follows a changed time', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    emu.ctx.counter.uncounted(() => {
      const sheet = emu.workbook.getSheetByName('Cấu hình');
      const row = rows(emu, 'Cấu hình').find(
        r => r.setting === 'Giờ gửi nhắc thứ Sáu',
      )!.row;
      sheet.getRange(row, columnOf(emu, 'Cấu hình', 'value')).setValue('09:00');
    });
    expect(fireHour(emu, 'onFridayReminder')).toBe(8);
    emu.advanceTo(at('2026-06-09', '07:00'));
    expect(fireHour(emu, 'onFridayReminder')).toBe(9);
  });
});

// The fixture bundle on the real spreadsheet half, through createEmulator.

import {createEmulator} from '../../tools/emulator/index';
import {FIXTURES, FRIDAY_AFTERNOON} from './helpers';

function emulator(options: {activeUser?: string} = {}) {
  const created = createEmulator({
    now: FRIDAY_AFTERNOON,
    buildDir: FIXTURES,
    ...options,
  });
  created.load();
  return created;
}

describe('createEmulator', () => {
  test('menu click installs triggers', () => {
    const em = emulator();
    em.openAgain();
    expect(em.clickMenu('Cài đặt')).toBe(2);
    expect(
      em
        .triggers()
        .map(t => t.eventType)
        .sort(),
    ).toEqual(['CLOCK', 'ON_EDIT']);
  });

  test('user edit reaches both onEdit handlers', () => {
    const em = emulator();
    em.run('setup');
    const sheet = em.workbook.emuSheets()[0].name;
    expect(em.userEdit(sheet, 2, 3, 'Hoàn thành').accepted).toBe(true);
    const simple = JSON.parse(em.emu.properties.script.get('simpleEdit')!);
    expect(simple.value).toBe('Hoàn thành');
    expect(simple.a1).toBe('C2');
    expect(simple.authMode).toBe('LIMITED');
    const installable = JSON.parse(
      em.emu.properties.script.get('installableEdit')!,
    );
    expect(installable.value).toBe('Hoàn thành');
    expect(installable.user).toBe('vanphong@bacha.example');
  });

  test('second edit carries oldValue', () => {
    const em = emulator();
    const sheet = em.workbook.emuSheets()[0].name;
    em.userEdit(sheet, 1, 1, 5);
    em.userEdit(sheet, 1, 1, 7);
    const simple = JSON.parse(em.emu.properties.script.get('simpleEdit')!);
    expect(simple.value).toBe('7');
    expect(simple.oldValue).toBe('5');
  });

  test('weekly trigger sends once per Friday', () => {
    const em = emulator();
    em.run('setup');
    em.advanceTo(new Date('2026-07-03T03:00:00Z'), {doubleFire: true});
    expect(em.outbox.map(m => m.subject)).toEqual([
      'Nhắc báo cáo tuần 2026-06-19',
      'Nhắc báo cáo tuần 2026-06-26',
      'Nhắc báo cáo tuần 2026-07-03',
    ]);
    expect(
      em.executions.filter(e => e.kind === 'timeTrigger' && e.ok),
    ).toHaveLength(6);
  });

  test('getUi refused in a time trigger', () => {
    const em = emulator();
    em.run('setup');
    expect(() => em.run('onOpen', {kind: 'timeTrigger'})).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });

  test('toasts come from the workbook', () => {
    const em = emulator();
    const spreadsheetApp = em.globals.SpreadsheetApp as {
      getActiveSpreadsheet(): {toast(m: string): void};
    };
    spreadsheetApp.getActiveSpreadsheet().toast('Đã lưu');
    expect(em.ui.toasts).toHaveLength(1);
  });

  test('copy has no triggers', () => {
    const em = emulator();
    em.run('setup');
    const {ScriptApp} = em.globals as {
      ScriptApp: {getUserTriggers(s: object): unknown[]};
    };
    expect(ScriptApp.getUserTriggers(em.workbook)).toHaveLength(1);
    expect(ScriptApp.getUserTriggers(em.workbook.emuCopy())).toHaveLength(0);
  });
});

// Ui and Menu: recorded menus, scripted dialog responses and the LIMITED-mode restrictions.

import {makeEmulator, servicesOf} from './helpers';

function uiSetup() {
  const emulator = makeEmulator();
  return {emulator, ui: servicesOf(emulator).SpreadsheetApp.getUi()};
}

describe('Menu', () => {
  test('records items, separators and submenus', () => {
    const {emulator, ui} = uiSetup();
    const sub = ui
      .createMenu('Báo cáo')
      .addItem('Báo cáo quý', 'makeQuarterly');
    ui.createMenu('NQ57')
      .addItem('Cài đặt', 'setup')
      .addSeparator()
      .addSubMenu(sub)
      .addToUi();
    const [menu] = emulator.ui.menus;
    expect(menu.caption).toBe('NQ57');
    expect(menu.addon).toBe(false);
    expect(menu.items[0]).toEqual({
      kind: 'item',
      caption: 'Cài đặt',
      functionName: 'setup',
    });
    expect(menu.items[1]).toEqual({kind: 'separator'});
    expect(menu.items[2]).toMatchObject({
      kind: 'submenu',
      menu: {caption: 'Báo cáo'},
    });
  });

  test('same caption replaces', () => {
    const {emulator, ui} = uiSetup();
    ui.createMenu('NQ57').addItem('A', 'a').addToUi();
    ui.createMenu('NQ57').addItem('B', 'b').addToUi();
    expect(emulator.ui.menus).toHaveLength(1);
  });

  test('counted as Ui and Menu', () => {
    const {emulator, ui} = uiSetup();
    ui.createAddonMenu().addItem('A', 'a').addToUi();
    const counts = emulator.ctx.counter.byMethod();
    expect(counts['Ui.createAddonMenu']).toBe(1);
    expect(counts['Menu.addItem']).toBe(1);
    expect(counts['Menu.addToUi']).toBe(1);
  });
});

describe('Ui dialogs', () => {
  test('alert returns the queued button', () => {
    const {emulator, ui} = uiSetup();
    emulator.ui.queueResponse({button: 'YES'});
    expect(ui.alert('Tiêu đề', 'Xóa?', ui.ButtonSet.YES_NO)).toBe(
      ui.Button.YES,
    );
    expect(emulator.ui.alerts[0]).toMatchObject({
      title: 'Tiêu đề',
      prompt: 'Xóa?',
      buttons: 'YES_NO',
    });
  });

  test('alert with one argument', () => {
    const {emulator, ui} = uiSetup();
    emulator.ui.queueResponse({button: 'OK'});
    expect(ui.alert('Đã xong')).toBe('OK');
  });

  test('prompt returns text and button', () => {
    const {emulator, ui} = uiSetup();
    emulator.ui.queueResponse({button: 'OK', text: '2026'});
    const response = ui.prompt('Năm kế hoạch?', ui.ButtonSet.OK_CANCEL);
    expect(response.getResponseText()).toBe('2026');
    expect(response.getSelectedButton()).toBe('OK');
  });

  test('no queued response', () => {
    const {ui} = uiSetup();
    expect(() => ui.alert('Xóa?')).toThrow('has no scripted response');
  });

  test('button outside the set', () => {
    const {emulator, ui} = uiSetup();
    emulator.ui.queueResponse({button: 'YES'});
    expect(() => ui.alert('Đã xong')).toThrow('not a button of ButtonSet.OK');
  });

  test('sidebar and dialogs recorded', () => {
    const {emulator, ui} = uiSetup();
    const {HtmlService} = servicesOf(emulator);
    ui.showSidebar(
      HtmlService.createHtmlOutput('<p>Thanh bên</p>').setTitle('NQ57'),
    );
    ui.showModalDialog(
      HtmlService.createHtmlOutput('<p>Hộp thoại</p>'),
      'Xác nhận',
    );
    ui.showModelessDialog(
      HtmlService.createHtmlOutput('<p>Nổi</p>'),
      'Thông tin',
    );
    expect(emulator.ui.sidebars).toEqual([
      {title: 'NQ57', html: '<p>Thanh bên</p>'},
    ]);
    expect(emulator.ui.dialogs).toEqual([
      {title: 'Xác nhận', html: '<p>Hộp thoại</p>', modal: true},
      {title: 'Thông tin', html: '<p>Nổi</p>', modal: false},
    ]);
  });

  test('sidebar refused in LIMITED mode', () => {
    const {emulator, ui} = uiSetup();
    emulator.ctx.execution = {
      functionName: 'onOpen',
      kind: 'simpleTrigger',
      authMode: 'LIMITED',
      activeUser: '',
      startedAt: emulator.ctx.clock.now(),
    };
    const output = servicesOf(emulator).HtmlService.createHtmlOutput('x');
    expect(() => ui.showSidebar(output)).toThrow(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
  });
});

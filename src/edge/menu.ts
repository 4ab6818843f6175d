// The Vietnamese menu. As an add-on it goes under Extensions (createAddonMenu), which also works
// before the add-on is enabled in a file (AuthMode.NONE). Bound to the spreadsheet, it is a
// menu of its own in the menu bar.

import {isAddon} from './target';

export const MENU_TITLE = 'NQ57';

export const MENU_ITEMS = [
  {caption: 'Thiết lập / cập nhật bảng tính', handler: 'menuSetup'},
  {caption: 'Làm mới trạng thái', handler: 'menuRefresh'},
  {caption: 'Kiểm tra 6 rõ', handler: 'menuCheckSixClear'},
  null,
  {caption: 'Xem trước thư tuần (không gửi)', handler: 'menuPreviewEmails'},
  {caption: 'Gửi nhắc báo cáo ngay', handler: 'menuSendRemindersNow'},
  {caption: 'Gửi tổng hợp tuần ngay', handler: 'menuSendSummaryNow'},
  null,
  {caption: 'Tạo báo cáo quý', handler: 'menuCreateQuarterlyReport'},
  {caption: 'Mở bảng điều khiển', handler: 'menuShowDashboard'},
] as const;

export const AUTOMATION_MENU = {
  caption: 'Tự động hóa',
  items: [
    {
      caption: 'Bật gửi tự động (cài đặt trigger)',
      handler: 'menuInstallAutomation',
    },
    {caption: 'Xem trạng thái tự động', handler: 'menuShowAutomationStatus'},
    {caption: 'Tắt gửi tự động', handler: 'menuRemoveAutomation'},
  ],
} as const;

export function buildMenu(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  const notEnabled = event?.authMode === ScriptApp.AuthMode.NONE;
  const menu =
    isAddon() || notEnabled ? ui.createAddonMenu() : ui.createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) {
    if (item === null) menu.addSeparator();
    else menu.addItem(item.caption, item.handler);
  }
  const automation = ui.createMenu(AUTOMATION_MENU.caption);
  for (const item of AUTOMATION_MENU.items)
    automation.addItem(item.caption, item.handler);
  menu.addSeparator().addSubMenu(automation).addToUi();
}

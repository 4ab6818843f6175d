import {createSpreadsheetApp} from '../../../tools/emulator/spreadsheet';
import {Loose, makeContext, makeSpreadsheet, startExecution} from './helpers';

const OWNER = 'vanphong@bacha.example';
const UNIT = 'phongkt@bacha.example';
const OTHER = 'congan@bacha.example';

function protectedLog() {
  const fixture = makeSpreadsheet();
  fixture.workbook.emuAddEditors([UNIT, OTHER]);
  const sheet = fixture.ss.insertSheet('Nhật ký');
  const protection = sheet
    .getRange('A1:F100')
    .protect()
    .setDescription('Nhật ký chỉnh sửa');
  return {...fixture, sheet, protection};
}

describe('Protection', () => {
  test('range.protect always adds', () => {
    const {sheet} = protectedLog();
    sheet.getRange('A1').protect();
    expect(sheet.getProtections('RANGE')).toHaveLength(2);
  });

  test('sheet.protect returns the existing one', () => {
    const {sheet} = protectedLog();
    sheet.protect().setDescription('Cả tab');
    expect(sheet.protect().getDescription()).toBe('Cả tab');
    expect(sheet.getProtections('SHEET')).toHaveLength(1);
  });

  test('new protection mirrors file editors', () => {
    const {workbook} = protectedLog();
    expect(workbook.emuUserEdit('Nhật ký', 2, 1, 'x', UNIT).accepted).toBe(
      true,
    );
  });

  test('removed editor is rejected', () => {
    const {workbook, protection} = protectedLog();
    protection.removeEditors([UNIT, OTHER]);
    const result = workbook.emuUserEdit('Nhật ký', 2, 1, 'x', UNIT);
    expect(result.accepted).toBe(false);
    expect(result.reason).toContain('protected cell');
  });

  test('owner cannot be removed', () => {
    const {protection} = protectedLog();
    protection.removeEditors([OWNER, UNIT, OTHER]);
    const emails = protection
      .getEditors()
      .map((user: {getEmail(): string}) => user.getEmail());
    expect(emails).toEqual([OWNER]);
  });

  test('current user cannot be removed', () => {
    const {protection, ctx} = protectedLog();
    startExecution(ctx, 'menu', UNIT);
    protection.removeEditors([UNIT, OTHER]);
    const emails = protection
      .getEditors()
      .map((user: {getEmail(): string}) => user.getEmail());
    expect(emails).toContain(UNIT);
    expect(emails).not.toContain(OTHER);
  });

  test('owner always edits', () => {
    const {workbook, protection} = protectedLog();
    protection.removeEditors([UNIT, OTHER]);
    expect(workbook.emuUserEdit('Nhật ký', 2, 1, 'x', OWNER).accepted).toBe(
      true,
    );
  });

  test('warning-only accepts with warning', () => {
    const {workbook, protection} = protectedLog();
    protection.removeEditors([UNIT, OTHER]);
    protection.setWarningOnly(true);
    const result = workbook.emuUserEdit('Nhật ký', 2, 1, 'x', UNIT);
    expect(result.accepted).toBe(true);
    expect(result.warning).toBeDefined();
    expect(protection.isWarningOnly()).toBe(true);
  });

  test('added editor can edit', () => {
    const {workbook, protection} = protectedLog();
    protection.removeEditors([UNIT, OTHER]);
    protection.addEditor(UNIT);
    expect(workbook.emuUserEdit('Nhật ký', 2, 1, 'x', UNIT).accepted).toBe(
      true,
    );
  });

  test('canEdit for current user', () => {
    const {protection, ctx} = protectedLog();
    startExecution(ctx, 'menu', OTHER);
    protection.removeEditors([UNIT]);
    expect(protection.canEdit()).toBe(true);
  });

  test('setDomainEdit throws for consumer accounts', () => {
    const {protection} = protectedLog();
    expect(() => protection.setDomainEdit(false)).toThrow(
      'Domain editing is only available to Google Workspace users.',
    );
  });

  test('setDomainEdit on workspace', () => {
    const {protection, ctx} = protectedLog();
    ctx.account = 'workspace';
    protection.setDomainEdit(false);
    expect(protection.canDomainEdit()).toBe(false);
  });

  test('remove lifts protection', () => {
    const {workbook, protection, sheet} = protectedLog();
    protection.removeEditors([UNIT, OTHER]);
    protection.remove();
    expect(sheet.getProtections('RANGE')).toHaveLength(0);
    expect(workbook.emuUserEdit('Nhật ký', 2, 1, 'x', UNIT).accepted).toBe(
      true,
    );
  });

  test('getRange and type', () => {
    const {protection, SpreadsheetApp} = protectedLog();
    expect(protection.getRange().getA1Notation()).toBe('A1:F100');
    expect(protection.getProtectionType()).toBe(
      SpreadsheetApp.ProtectionType.RANGE,
    );
  });

  test('sheet protection with unprotected range', () => {
    const {workbook, ss} = protectedLog();
    const tasks = ss.insertSheet('Nhiệm vụ');
    const protection = tasks.protect();
    protection.removeEditors([UNIT, OTHER]);
    protection.setUnprotectedRanges([tasks.getRange('L2:N100')]);
    expect(
      workbook.emuUserEdit('Nhiệm vụ', 5, 12, 'Hoàn thành', UNIT).accepted,
    ).toBe(true);
    expect(workbook.emuUserEdit('Nhiệm vụ', 5, 1, '9.9', UNIT).accepted).toBe(
      false,
    );
  });

  test('rejected edit keeps old value', () => {
    const {workbook, protection, sheet} = protectedLog();
    sheet.getRange('B2').setValue('cũ');
    protection.removeEditors([UNIT, OTHER]);
    workbook.emuUserEdit('Nhật ký', 2, 2, 'mới', UNIT);
    expect(sheet.getRange('B2').getValue()).toBe('cũ');
  });

  test('protected range shifts with rows', () => {
    const {protection, sheet} = protectedLog();
    sheet.insertRowsBefore(1, 2);
    expect(protection.getRange().getA1Notation()).toBe('A3:F102');
  });

  test('spreadsheet lists all protections', () => {
    const {ss} = protectedLog();
    ss.insertSheet('Thư đã gửi').getRange('A1:B2').protect();
    expect(ss.getProtections('RANGE')).toHaveLength(2);
  });

  test('menu run as non-editor rejected', () => {
    const {protection, sheet, ctx} = protectedLog();
    protection.removeEditors([UNIT, OTHER]);
    startExecution(ctx, 'menu', UNIT);
    expect(() => sheet.getRange('B2').setValue('x')).toThrow(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    );
  });

  test('menu run outside protection allowed', () => {
    const {protection, sheet, ctx} = protectedLog();
    protection.removeEditors([UNIT, OTHER]);
    startExecution(ctx, 'menu', UNIT);
    sheet.getRange('H2').setValue('x');
    expect(sheet.getRange('H2').getValue()).toBe('x');
  });

  test('time trigger writes as creator', () => {
    const {protection, sheet, ctx} = protectedLog();
    protection.removeEditors([UNIT, OTHER]);
    startExecution(ctx, 'timeTrigger', '');
    sheet.appendRow(['08:00', 'nhắc việc']);
    expect(sheet.getLastRow()).toBe(1);
  });

  test('warning-only lets scripts write', () => {
    const {protection, sheet, ctx} = protectedLog();
    protection.removeEditors([UNIT, OTHER]);
    protection.setWarningOnly(true);
    startExecution(ctx, 'menu', UNIT);
    sheet.getRange('B2').setValue('x');
    expect(sheet.getRange('B2').getValue()).toBe('x');
  });

  test('effective user hook applies', () => {
    const ctx = makeContext();
    let effective: string | null = UNIT;
    const {SpreadsheetApp, workbook} = createSpreadsheetApp(ctx, {
      getUi: () => ({}),
      effectiveUser: () => effective,
    });
    workbook.emuAddEditors([UNIT]);
    const sheet = (SpreadsheetApp as Loose).getActiveSheet();
    sheet.getRange('A1:B2').protect().removeEditors([UNIT]);
    startExecution(ctx, 'simpleTrigger', '');
    expect(() => sheet.getRange('A1').setValue(1)).toThrow(/protected cell/);
    effective = OWNER;
    sheet.getRange('A1').setValue(1);
    expect(sheet.getRange('A1').getValue()).toBe(1);
  });
});

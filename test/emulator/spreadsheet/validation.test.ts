import {Loose, makeSpreadsheet} from './helpers';

function statusColumn() {
  const fixture = makeSpreadsheet();
  const sheet = fixture.ss.insertSheet('Nhiệm vụ');
  const rule = fixture.SpreadsheetApp.newDataValidation()
    .requireValueInList(['Chưa bắt đầu', 'Đang thực hiện', 'Hoàn thành'], true)
    .setAllowInvalid(false)
    .setHelpText('Chọn trạng thái trong danh sách.')
    .build();
  sheet.getRange('L2:L10').setDataValidation(rule);
  return {...fixture, sheet, rule};
}

describe('Data validation', () => {
  test('rule getters', () => {
    const {sheet, SpreadsheetApp} = statusColumn();
    const rule = sheet.getRange('L5').getDataValidation();
    expect(rule.getCriteriaType()).toBe(
      SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST,
    );
    expect(rule.getCriteriaValues()).toEqual([
      ['Chưa bắt đầu', 'Đang thực hiện', 'Hoàn thành'],
      true,
    ]);
    expect(rule.getAllowInvalid()).toBe(false);
    expect(rule.getHelpText()).toBe('Chọn trạng thái trong danh sách.');
  });

  test('null clears', () => {
    const {sheet} = statusColumn();
    sheet.getRange('L2:L10').setDataValidation(null);
    expect(sheet.getRange('L5').getDataValidation()).toBeNull();
  });

  test('more than 500 items', () => {
    const {sheet, SpreadsheetApp} = statusColumn();
    const items = Array.from({length: 501}, (_, i) => `Mục ${i}`);
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(items)
      .build();
    expect(() => sheet.getRange('A1').setDataValidation(rule)).toThrow(
      "The data validation rule has more items than the limit of 500. Use the 'List from a range' criteria instead.",
    );
  });

  test('500 items accepted', () => {
    const {sheet, SpreadsheetApp} = statusColumn();
    const items = Array.from({length: 500}, (_, i) => `Mục ${i}`);
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(items)
      .build();
    sheet.getRange('A1').setDataValidation(rule);
    expect(
      sheet.getRange('A1').getDataValidation().getCriteriaValues()[0],
    ).toHaveLength(500);
  });

  test('scripts may write invalid values', () => {
    const {sheet} = statusColumn();
    sheet.getRange('L2').setValue('Không rõ');
    expect(sheet.getRange('L2').getValue()).toBe('Không rõ');
  });

  test('user edit in list accepted', () => {
    const {workbook, sheet} = statusColumn();
    const result = workbook.emuUserEdit(
      'Nhiệm vụ',
      2,
      12,
      'Hoàn thành',
      'a@bacha.example',
    );
    expect(result.accepted).toBe(true);
    expect(sheet.getRange('L2').getValue()).toBe('Hoàn thành');
  });

  test('user edit outside list rejected', () => {
    const {workbook, sheet} = statusColumn();
    sheet.getRange('L2').setValue('Đang thực hiện');
    const result = workbook.emuUserEdit(
      'Nhiệm vụ',
      2,
      12,
      'Xong rồi',
      'a@bacha.example',
    );
    expect(result.accepted).toBe(false);
    expect(result.reason).toBe('Chọn trạng thái trong danh sách.');
    expect(sheet.getRange('L2').getValue()).toBe('Đang thực hiện');
  });

  test('lax rule accepts with warning', () => {
    const {workbook, sheet, SpreadsheetApp} = statusColumn();
    const rule = SpreadsheetApp.newDataValidation()
      .requireNumberBetween(0, 100)
      .build();
    sheet.getRange('M2').setDataValidation(rule);
    const result = workbook.emuUserEdit('Nhiệm vụ', 2, 13, '150');
    expect(result.accepted).toBe(true);
    expect(result.warning).toContain('M2');
  });

  test('number between rejects', () => {
    const {workbook, SpreadsheetApp, sheet} = statusColumn();
    const rule = SpreadsheetApp.newDataValidation()
      .requireNumberBetween(0, 100)
      .setAllowInvalid(false)
      .build();
    sheet.getRange('M2:M10').setDataValidation(rule);
    expect(workbook.emuUserEdit('Nhiệm vụ', 3, 13, '50').accepted).toBe(true);
    expect(workbook.emuUserEdit('Nhiệm vụ', 3, 13, '101').accepted).toBe(false);
  });

  test('date rule takes typed dates', () => {
    const {workbook, SpreadsheetApp, sheet} = statusColumn();
    const rule = SpreadsheetApp.newDataValidation()
      .requireDate()
      .setAllowInvalid(false)
      .build();
    sheet.getRange('J2').setDataValidation(rule);
    expect(workbook.emuUserEdit('Nhiệm vụ', 2, 10, '30/06/2026').accepted).toBe(
      true,
    );
    expect(workbook.emuUserEdit('Nhiệm vụ', 2, 10, 'Quý II').accepted).toBe(
      false,
    );
  });

  test('email rule', () => {
    const {workbook, SpreadsheetApp, sheet} = statusColumn();
    const rule = SpreadsheetApp.newDataValidation()
      .requireTextIsEmail()
      .setAllowInvalid(false)
      .build();
    sheet.getRange('H2').setDataValidation(rule);
    expect(
      workbook.emuUserEdit('Nhiệm vụ', 2, 8, 'ca.xa@bacha.example').accepted,
    ).toBe(true);
    expect(workbook.emuUserEdit('Nhiệm vụ', 2, 8, 'Công an xã').accepted).toBe(
      false,
    );
  });

  test('custom formula relative to each row', () => {
    const {workbook, SpreadsheetApp, sheet} = statusColumn();
    const rule = SpreadsheetApp.newDataValidation()
      .requireFormulaSatisfied('=N2<=100')
      .setAllowInvalid(false)
      .build();
    sheet.getRange('N2:N10').setDataValidation(rule);
    expect(workbook.emuUserEdit('Nhiệm vụ', 5, 14, '80').accepted).toBe(true);
    expect(workbook.emuUserEdit('Nhiệm vụ', 6, 14, '120').accepted).toBe(false);
  });

  test('value in range', () => {
    const {workbook, SpreadsheetApp, ss, sheet} = statusColumn();
    const units = ss.insertSheet('Đơn vị');
    units.getRange('A2:A3').setValues([['Công an xã'], ['Phòng Kinh tế']]);
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInRange(units.getRange('A2:A3'))
      .setAllowInvalid(false)
      .build();
    sheet.getRange('D2').setDataValidation(rule);
    expect(
      workbook.emuUserEdit('Nhiệm vụ', 2, 4, 'Phòng Kinh tế').accepted,
    ).toBe(true);
    expect(workbook.emuUserEdit('Nhiệm vụ', 2, 4, 'CA xã').accepted).toBe(
      false,
    );
  });

  test('checkbox', () => {
    const {workbook, SpreadsheetApp, sheet} = statusColumn();
    const rule = SpreadsheetApp.newDataValidation()
      .requireCheckbox()
      .setAllowInvalid(false)
      .build();
    sheet.getRange('P2').setDataValidation(rule);
    expect(workbook.emuUserEdit('Nhiệm vụ', 2, 16, 'TRUE').accepted).toBe(true);
    expect(workbook.emuUserEdit('Nhiệm vụ', 2, 16, 'có').accepted).toBe(false);
  });

  test('clearing a validated cell allowed', () => {
    const {workbook, sheet} = statusColumn();
    sheet.getRange('L2').setValue('Hoàn thành');
    expect(workbook.emuUserEdit('Nhiệm vụ', 2, 12, '').accepted).toBe(true);
  });

  test('paste with one invalid cell rejected', () => {
    const {workbook, sheet} = statusColumn();
    const result = workbook.emuUserPaste('Nhiệm vụ', 2, 12, [
      ['Hoàn thành'],
      ['Sai'],
    ]);
    expect(result.accepted).toBe(false);
    expect(sheet.getRange('L2').getValue()).toBe('');
  });

  test('edit result carries old and new value', () => {
    const {workbook, sheet} = statusColumn();
    sheet.getRange('L2').setValue('Chưa bắt đầu');
    const result = workbook.emuUserEdit('Nhiệm vụ', 2, 12, 'Hoàn thành');
    expect(result.oldValue).toBe('Chưa bắt đầu');
    expect(result.value).toBe('Hoàn thành');
    expect((result.range as Loose).getA1Notation()).toBe('L2');
  });

  test('oldValue undefined when empty', () => {
    const {workbook} = statusColumn();
    const result = workbook.emuUserEdit('Nhiệm vụ', 2, 12, 'Hoàn thành');
    expect(result.oldValue).toBeUndefined();
  });

  test('user edits are not counted', () => {
    const {workbook, ctx} = statusColumn();
    ctx.counter.reset();
    workbook.emuUserEdit('Nhiệm vụ', 2, 12, 'Hoàn thành');
    expect(ctx.counter.total()).toBe(0);
  });

  test('validation moves with inserted rows', () => {
    const {sheet} = statusColumn();
    sheet.insertRowsBefore(1, 3);
    expect(sheet.getRange('L5').getDataValidation()).not.toBeNull();
    expect(sheet.getRange('L4').getDataValidation()).toBeNull();
  });
});

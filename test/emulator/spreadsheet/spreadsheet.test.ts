import {makeSpreadsheet} from './helpers';

describe('Spreadsheet', () => {
  test('default locale and time zone', () => {
    const {ss} = makeSpreadsheet();
    expect(ss.getSpreadsheetLocale()).toBe('vi_VN');
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
  });

  test('getSheetByName miss is null', () => {
    const {ss} = makeSpreadsheet();
    expect(ss.getSheetByName('Không có')).toBeNull();
  });

  test('insertSheet activates', () => {
    const {ss} = makeSpreadsheet();
    ss.insertSheet('Cấu hình');
    expect(ss.getActiveSheet().getName()).toBe('Cấu hình');
  });

  test('insertSheet at index', () => {
    const {ss} = makeSpreadsheet();
    ss.insertSheet('B');
    ss.insertSheet('A', 0);
    expect(ss.getSheets().map((s: {getName(): string}) => s.getName())).toEqual(
      ['A', 'Trang tính1', 'B'],
    );
  });

  test('sheet index is 1-based', () => {
    const {ss} = makeSpreadsheet();
    expect(ss.insertSheet('Đơn vị').getIndex()).toBe(2);
  });

  test('deleteSheet removes the tab', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.insertSheet('Tạm');
    ss.deleteSheet(sheet);
    expect(ss.getSheetByName('Tạm')).toBeNull();
  });

  test('getRange with tab prefix', () => {
    const {ss} = makeSpreadsheet();
    ss.insertSheet('Cấu hình').getRange('B2').setValue('Bắc Hà');
    ss.insertSheet('Khác');
    expect(ss.getRange("'Cấu hình'!B2").getValue()).toBe('Bắc Hà');
  });

  test('getRangeByName miss is null', () => {
    const {ss} = makeSpreadsheet();
    expect(ss.getRangeByName('KhongCo')).toBeNull();
  });

  test('removeNamedRange miss throws', () => {
    const {ss} = makeSpreadsheet();
    expect(() => ss.removeNamedRange('KhongCo')).toThrow('Range not found');
  });

  test('named range round trip', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.insertSheet('Cấu hình');
    ss.setNamedRange('NamKeHoach', sheet.getRange('B3'));
    expect(ss.getRangeByName('NamKeHoach').getA1Notation()).toBe('B3');
    expect(
      ss.getNamedRanges().map((n: {getName(): string}) => n.getName()),
    ).toEqual(['NamKeHoach']);
  });

  test('named range follows inserted rows', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.insertSheet('Cấu hình');
    ss.setNamedRange('NamKeHoach', sheet.getRange('B3'));
    sheet.insertRowsBefore(1, 2);
    expect(ss.getRangeByName('NamKeHoach').getA1Notation()).toBe('B5');
  });

  test('removed named range is gone', () => {
    const {ss} = makeSpreadsheet();
    ss.setNamedRange('Tam', ss.getSheets()[0].getRange('A1'));
    ss.removeNamedRange('Tam');
    expect(ss.getRangeByName('Tam')).toBeNull();
  });

  test('toast recorded', () => {
    const {ss, workbook} = makeSpreadsheet();
    ss.toast('Đã thiết lập xong.', 'NQ57', 5);
    expect(workbook.emuToasts[0].message).toBe('Đã thiết lập xong.');
  });

  test('editors include owner', () => {
    const {ss} = makeSpreadsheet();
    ss.addEditor('a@bacha.example');
    const emails = ss
      .getEditors()
      .map((u: {getEmail(): string}) => u.getEmail());
    expect(emails).toEqual(['vanphong@bacha.example', 'a@bacha.example']);
  });

  test('openById returns the workbook', () => {
    const {ss, SpreadsheetApp} = makeSpreadsheet();
    expect(SpreadsheetApp.openById(ss.getId())).toBe(ss);
  });

  test('emuCopy copies contents', () => {
    const {ss, workbook} = makeSpreadsheet();
    const sheet = ss.insertSheet('Nhiệm vụ');
    sheet.getRange('A1:B1').setValues([[2, '=A1*2']]);
    const copy = workbook.emuCopy();
    expect(copy.emuValues('Nhiệm vụ', 'A1:B1')).toEqual([[2, 4]]);
    expect(copy.emuFormulas('Nhiệm vụ', 'B1')).toEqual([['=A1*2']]);
  });

  test('emuCopy keeps names and protections', () => {
    const {ss, workbook} = makeSpreadsheet();
    const sheet = ss.insertSheet('Cấu hình');
    ss.setNamedRange('NamKeHoach', sheet.getRange('B3'));
    sheet.getRange('A1:B20').protect().setDescription('Cấu hình');
    const copy = workbook.emuCopy();
    expect(copy.emuNamedRanges[0].reference).toBe("'Cấu hình'!$B$3");
    expect(copy.emuState.protections[0].description).toBe('Cấu hình');
    expect(copy.emuState.protections[0].sheet).toBe(copy.emuSheet('Cấu hình'));
  });

  test('emuCopy is independent', () => {
    const {ss, workbook} = makeSpreadsheet();
    const sheet = ss.insertSheet('Nhiệm vụ');
    sheet.getRange('A1').setValue(1);
    const copy = workbook.emuCopy();
    sheet.getRange('A1').setValue(5);
    expect(copy.emuValues('Nhiệm vụ', 'A1')).toEqual([[1]]);
  });
});

describe('Sheet layout', () => {
  test('frozen rows', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.setFrozenRows(2);
    expect(sheet.getFrozenRows()).toBe(2);
  });

  test('column widths', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.setColumnWidth(3, 240);
    sheet.setColumnWidths(4, 2, 80);
    expect([
      sheet.getColumnWidth(3),
      sheet.getColumnWidth(5),
      sheet.getColumnWidth(6),
    ]).toEqual([240, 80, 100]);
  });

  test('hidden columns', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.hideColumns(2, 2);
    sheet.showColumns(3);
    expect(sheet.isColumnHiddenByUser(2)).toBe(true);
    expect(sheet.isColumnHiddenByUser(3)).toBe(false);
  });

  test('notes', () => {
    const {ss} = makeSpreadsheet();
    const range = ss.getSheets()[0].getRange('A1:B1');
    range.setNotes([['Ghi chú', '']]);
    expect(range.getNotes()).toEqual([['Ghi chú', '']]);
  });

  test('backgrounds and font weight', () => {
    const {ss} = makeSpreadsheet();
    const range = ss.getSheets()[0].getRange('A1:B1');
    range.setBackgrounds([['#d9ead3', null]]).setFontWeight('bold');
    expect(range.getBackgrounds()).toEqual([['#d9ead3', '#ffffff']]);
    expect(range.getFontWeight()).toBe('bold');
  });

  test('merge keeps top-left value', () => {
    const {ss} = makeSpreadsheet();
    const range = ss.getSheets()[0].getRange('A1:C1');
    range.setValues([['Tiêu đề', 'x', 'y']]);
    range.merge();
    expect(range.getValues()).toEqual([['Tiêu đề', '', '']]);
    expect(range.isPartOfMerge()).toBe(true);
  });

  test('breakApart partial merge throws', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:C1').merge();
    expect(() => sheet.getRange('A1:B1').breakApart()).toThrow(
      'You must select all cells in a merged range to merge or unmerge them.',
    );
  });

  test('sort below frozen rows', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:B4').setValues([
      ['Mã', 'Hạn'],
      ['3.1', 3],
      ['1.1', 1],
      ['2.1', 2],
    ]);
    sheet.setFrozenRows(1);
    sheet.sort(2, false);
    expect(sheet.getRange('B1:B4').getValues()).toEqual([
      ['Hạn'],
      [3],
      [2],
      [1],
    ]);
  });

  test('range sort keeps formulas on their row', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:A2').setValues([[2], [1]]);
    sheet.getRange('B1:B2').setFormula('=A1*10');
    sheet.getRange('A1:B2').sort({column: 1, ascending: true});
    expect(sheet.getRange('B1:B2').getValues()).toEqual([[10], [20]]);
  });

  test('conditional format rules replace all', () => {
    const {ss, SpreadsheetApp} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$Q2>0')
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange('A2:T100')])
      .build();
    sheet.setConditionalFormatRules([rule, rule]);
    sheet.setConditionalFormatRules([rule]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    expect(rules[0].getBooleanCondition().getBackground()).toBe('#f4cccc');
    expect(rules[0].getRanges()[0].getA1Notation()).toBe('A2:T100');
  });

  test('range list applies to each range', () => {
    const {ss, ctx} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    ctx.counter.reset();
    sheet.getRangeList(['A1', 'C2:D2']).setBackground('#fff2cc');
    expect(sheet.getRange('D2').getBackground()).toBe('#fff2cc');
    expect(sheet.getRange('B1').getBackground()).toBe('#ffffff');
    expect(ctx.counter.byMethod()['RangeList.setBackground']).toBe(1);
    expect(ctx.counter.byMethod()['Range.setBackground']).toBeUndefined();
  });

  test('charts stored and removed', () => {
    const {ss, Charts} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.PIE)
      .addRange(sheet.getRange('A1:B5'))
      .setPosition(2, 5, 0, 0)
      .setOption('title', 'Tiến độ')
      .build();
    sheet.insertChart(chart);
    expect(sheet.getCharts()).toHaveLength(1);
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Tiến độ');
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});

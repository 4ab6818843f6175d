import {makeSpreadsheet} from './helpers';

describe('Range values', () => {
  test('types from getValues', () => {
    const {ss} = makeSpreadsheet();
    const range = ss.getSheets()[0].getRange('A1:D1');
    range.setValues([[12.5, 'văn bản', true, new Date(Date.UTC(2026, 5, 12))]]);
    const [row] = range.getValues();
    expect(typeof row[0]).toBe('number');
    expect(typeof row[1]).toBe('string');
    expect(typeof row[2]).toBe('boolean');
    expect(row[3]).toBeInstanceOf(Date);
  });

  test('dates are ctx.DateClass', () => {
    const {ss, ctx} = makeSpreadsheet();
    const cell = ss.getSheets()[0].getRange('A1');
    cell.setValue(new Date(Date.UTC(2026, 0, 28)));
    expect(cell.getValue()).toBeInstanceOf(ctx.DateClass);
  });

  test('empty cells give empty string', () => {
    const {ss} = makeSpreadsheet();
    expect(ss.getSheets()[0].getRange('B2:C2').getValues()).toEqual([['', '']]);
  });

  test('last row and column 0 on empty', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
  });

  test('last row and column follow content', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.getRange('C7').setValue('x');
    sheet.getRange('E2').setValue(1);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 5]);
  });

  test('cleared cell no longer counts', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.getRange('C7').setValue('x');
    sheet.getRange('C7').setValue(undefined);
    expect(sheet.getLastRow()).toBe(0);
  });

  test('max rows and columns of a new sheet', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.insertSheet('Mới');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  test('setValue with = becomes a formula', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1').setValue(2);
    sheet.getRange('A2').setValues([['=A1*3']]);
    expect(sheet.getRange('A2').getFormula()).toBe('=A1*3');
    expect(sheet.getRange('A2').getValue()).toBe(6);
  });

  test('getFormulas empty without formula', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1').setValue(2);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '']]);
  });

  test('setValue on many cells', () => {
    const {ss} = makeSpreadsheet();
    const range = ss.getSheets()[0].getRange('A1:B2');
    range.setValue('x');
    expect(range.getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
  });

  test('numeric text becomes a number', () => {
    const {ss} = makeSpreadsheet();
    const cell = ss.getSheets()[0].getRange('A1');
    cell.setValue('0123');
    expect(cell.getValue()).toBe(123);
  });

  test('text format keeps numeric text', () => {
    const {ss} = makeSpreadsheet();
    const cell = ss.getSheets()[0].getRange('A1');
    cell.setNumberFormat('@');
    cell.setValue('0123');
    expect(cell.getValue()).toBe('0123');
  });

  test('dd/mm/yyyy text becomes a date', () => {
    const {ss} = makeSpreadsheet();
    const cell = ss.getSheets()[0].getRange('A1');
    cell.setValue('28/01/2026');
    expect(cell.getValue().toISOString()).toBe('2026-01-27T17:00:00.000Z');
  });

  test('time text becomes a time', () => {
    const {ss} = makeSpreadsheet();
    const cell = ss.getSheets()[0].getRange('A1');
    cell.setValue('14:00');
    expect(cell.getValue()).toBeInstanceOf(Date);
    expect(cell.getDisplayValue()).toBe('14:00');
    expect(cell.getNumberFormat()).toBe('hh:mm');
  });

  test('text format keeps time text', () => {
    const {ss} = makeSpreadsheet();
    const cell = ss.getSheets()[0].getRange('A1');
    cell.setNumberFormat('@').setValue('14:00');
    expect(cell.getValue()).toBe('14:00');
  });

  test('error values as strings', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet
      .getRange('A1:D1')
      .setFormulas([
        [
          '=1/0',
          '=NOSUCHFN(1)',
          '=VLOOKUP(9,B5:B6,1,FALSE())',
          "='Không có'!A1",
        ],
      ]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([
      ['#DIV/0!', '#NAME?', '#N/A', '#REF!'],
    ]);
  });

  test('getDataRange spans content', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.getRange('B3').setValue(1);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');
  });

  test('appendRow after last row', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:B1').setValues([['Mã', 'Nội dung']]);
    sheet.appendRow(['1.1', 'Ban hành kế hoạch']);
    expect(sheet.getRange('B2').getValue()).toBe('Ban hành kế hoạch');
  });

  test('appendRow grows a full grid', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.getRange(1000, 1).setValue('cuối');
    sheet.appendRow(['thêm']);
    expect(sheet.getMaxRows()).toBe(1001);
  });

  test('getCell relative to range', () => {
    const {ss} = makeSpreadsheet();
    const cell = ss.getSheets()[0].getRange('B2:D4').getCell(2, 3);
    expect(cell.getA1Notation()).toBe('D3');
  });

  test('offset moves the range', () => {
    const {ss} = makeSpreadsheet();
    const moved = ss.getSheets()[0].getRange('B2:C3').offset(1, 2);
    expect(moved.getA1Notation()).toBe('D3:E4');
  });
});

describe('Date round trip', () => {
  test('wall time in Asia/Ho_Chi_Minh', () => {
    const {ss} = makeSpreadsheet();
    const cell = ss.getSheets()[0].getRange('A1');
    cell.setValue(new Date('2026-06-12T07:00:00Z'));
    expect(cell.getDisplayValue()).toBe('12/06/2026 14:00:00');
  });

  test('same instant back', () => {
    const {ss} = makeSpreadsheet();
    const cell = ss.getSheets()[0].getRange('A1');
    const instant = new Date('2026-03-08T23:30:00Z');
    cell.setValue(instant);
    expect(cell.getValue().getTime()).toBe(instant.getTime());
  });

  test('follows the spreadsheet time zone', () => {
    const {ss} = makeSpreadsheet();
    ss.setSpreadsheetTimeZone('America/New_York');
    const cell = ss.getSheets()[0].getRange('A1');
    cell.setValue(new Date('2026-06-12T07:00:00Z'));
    expect(cell.getDisplayValue()).toBe('12/06/2026 03:00:00');
  });

  test('date-only format midnight in Hanoi', () => {
    const {ss} = makeSpreadsheet();
    const cell = ss.getSheets()[0].getRange('A1');
    cell.setNumberFormat('dd/mm/yyyy');
    cell.setValue('15/03/2026');
    expect(cell.getValue().toISOString()).toBe('2026-03-14T17:00:00.000Z');
  });
});

import {makeSpreadsheet} from './helpers';
import {readableFormula} from '../../../tools/emulator/spreadsheet/formula-engine';

describe('TODAY and NOW', () => {
  test('TODAY in Hanoi, not UTC', () => {
    // 18:00 UTC on 11 June is already 12 June in Asia/Ho_Chi_Minh.
    const {ss} = makeSpreadsheet('2026-06-11T18:00:00Z');
    const cell = ss.getSheets()[0].getRange('A1');
    cell.setFormula('=TODAY()');
    expect(cell.getDisplayValue()).toBe('12/06/2026');
  });

  test('TODAY moves with the clock', () => {
    const {ss, ctx, workbook} = makeSpreadsheet('2026-06-12T03:00:00Z');
    const cell = ss.getSheets()[0].getRange('A1');
    cell.setFormula('=TODAY()');
    ctx.clock.advance(3 * 86_400_000);
    workbook.emuRecalculate();
    expect(cell.getDisplayValue()).toBe('15/06/2026');
  });

  test('TODAY returns a Date', () => {
    const {ss} = makeSpreadsheet('2026-06-12T03:00:00Z');
    const cell = ss.getSheets()[0].getRange('A1');
    cell.setFormula('=TODAY()');
    expect(cell.getValue().toISOString()).toBe('2026-06-11T17:00:00.000Z');
  });

  test('NOW in Hanoi wall time', () => {
    const {ss} = makeSpreadsheet('2026-06-12T07:05:00Z');
    const cell = ss.getSheets()[0].getRange('A1');
    cell.setFormula('=NOW()');
    cell.setNumberFormat('dd/mm/yyyy hh:mm');
    expect(cell.getDisplayValue()).toBe('12/06/2026 14:05');
  });

  test('date difference is a number', () => {
    const {ss} = makeSpreadsheet('2026-06-12T03:00:00Z');
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1').setValue('31/05/2026');
    sheet.getRange('B1').setFormula('=TODAY()-A1');
    expect(sheet.getRange('B1').getValue()).toBe(12);
  });

  test('date plus days stays a date', () => {
    const {ss} = makeSpreadsheet('2026-06-12T03:00:00Z');
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1').setValue('31/05/2026');
    sheet.getRange('B1').setFormula('=A1+7');
    expect(sheet.getRange('B1').getDisplayValue()).toBe('07/06/2026');
    expect(sheet.getRange('B1').getValue()).toBeInstanceOf(Date);
  });

  test('days late from TODAY', () => {
    const {ss} = makeSpreadsheet('2026-06-12T03:00:00Z');
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1').setValue('31/05/2026');
    sheet.getRange('B1').setFormula('=TODAY()-A1');
    sheet.getRange('B1').setNumberFormat('0');
    expect(sheet.getRange('B1').getValue()).toBe(12);
  });
});

describe('Structure changes', () => {
  function planSheet() {
    const fixture = makeSpreadsheet();
    const sheet = fixture.ss.insertSheet('Nhiệm vụ');
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula('=SUM(A1:A3)');
    sheet.getRange('C3').setFormula('=A3*10');
    return {...fixture, sheet};
  }

  test('insert rows moves references', () => {
    const {sheet} = planSheet();
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getRange('B3').getFormula()).toBe('=SUM(A3:A5)');
  });

  test('insert inside a range widens it', () => {
    const {sheet} = planSheet();
    sheet.insertRowsAfter(2, 1);
    sheet.getRange('A3').setValue(100);
    expect(sheet.getRange('B1').getValue()).toBe(106);
  });

  test('delete row shrinks references', () => {
    const {sheet} = planSheet();
    sheet.deleteRow(2);
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A1:A2)');
  });

  test('deleted target gives #REF!', () => {
    const {sheet} = planSheet();
    sheet.getRange('D1').setFormula('=A2');
    sheet.deleteRow(2);
    expect(sheet.getRange('D1').getValue()).toBe('#REF!');
  });

  test('insert columns moves references', () => {
    const {sheet} = planSheet();
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getRange('D3').getFormula()).toBe('=B3*10');
  });

  test('insert rows grows the grid', () => {
    const {sheet} = planSheet();
    sheet.insertRowsAfter(3, 5);
    expect(sheet.getMaxRows()).toBe(1005);
  });

  test('formats move with rows', () => {
    const {sheet} = planSheet();
    sheet.getRange('A3').setBackground('#ff0000');
    sheet.insertRowsBefore(1, 1);
    expect(sheet.getRange('A4').getBackground()).toBe('#ff0000');
  });

  test('inserted row inherits format above', () => {
    const {sheet} = planSheet();
    sheet.getRange('A3').setNumberFormat('0.00');
    sheet.insertRowsAfter(3, 1);
    expect(sheet.getRange('A4').getNumberFormat()).toBe('0.00');
  });
});

describe('Cross-sheet references', () => {
  test('Vietnamese tab names', () => {
    const {ss} = makeSpreadsheet();
    const config = ss.insertSheet('Cấu hình');
    const tasks = ss.insertSheet('Nhiệm vụ');
    config.getRange('B2').setValue(2788);
    tasks.getRange('A1').setFormula("='Cấu hình'!B2/1000");
    expect(tasks.getRange('A1').getValue()).toBeCloseTo(2.788, 10);
  });

  test('rename updates formulas', () => {
    const {ss} = makeSpreadsheet();
    const config = ss.insertSheet('Cấu hình');
    const tasks = ss.insertSheet('Nhiệm vụ');
    config.getRange('A1').setValue(5);
    tasks.getRange('A1').setFormula("='Cấu hình'!A1");
    config.setName('Thiết lập');
    expect(tasks.getRange('A1').getFormula()).toBe("='Thiết lập'!A1");
  });

  test('rows inserted in the other tab', () => {
    const {ss} = makeSpreadsheet();
    const units = ss.insertSheet('Đơn vị');
    const tasks = ss.insertSheet('Nhiệm vụ');
    units.getRange('A1:A2').setValues([['VP ĐU'], ['Công an xã']]);
    tasks.getRange('A1').setFormula("=COUNTA('Đơn vị'!A1:A2)");
    units.insertRowsBefore(1, 1);
    expect(tasks.getRange('A1').getFormula()).toBe("=COUNTA('Đơn vị'!A2:A3)");
  });

  test('deleted tab gives #REF!', () => {
    const {ss} = makeSpreadsheet();
    const units = ss.insertSheet('Đơn vị');
    const tasks = ss.insertSheet('Nhiệm vụ');
    units.getRange('A1').setValue(1);
    tasks.getRange('A1').setFormula("='Đơn vị'!A1");
    ss.deleteSheet(units);
    expect(tasks.getRange('A1').getValue()).toBe('#REF!');
  });

  test('named range in a formula', () => {
    const {ss} = makeSpreadsheet();
    const budget = ss.insertSheet('Kinh phí');
    budget.getRange('C2:C3').setValues([[1865], [923]]);
    ss.setNamedRange('KinhPhi', budget.getRange('C2:C3'));
    budget.getRange('D1').setFormula('=SUM(KinhPhi)');
    expect(budget.getRange('D1').getValue()).toBe(2788);
  });

  test('Range.setFormula fills relative references', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1:B3').setFormula('=A1*2+$A$1');
    expect(sheet.getRange('B1:B3').getFormulas()).toEqual([
      ['=A1*2+$A$1'],
      ['=A2*2+$A$1'],
      ['=A3*2+$A$1'],
    ]);
  });
});

describe('number literals with a capital exponent', () => {
  test('compute as in Sheets', () => {
    expect(readableFormula('=1E-9*2')).toBe('=1e-9*2');
    expect(readableFormula('="1E-9"&1E2')).toBe('="1E-9"&1e2');
    expect(readableFormula('=A1E2')).toBe('=A1E2');
    expect(readableFormula('=2.5E+3')).toBe('=2.5e+3');
  });
});

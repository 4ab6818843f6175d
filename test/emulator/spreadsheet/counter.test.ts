import {makeSpreadsheet, startExecution} from './helpers';

describe('Call counting', () => {
  test('keys by class and method', () => {
    const {SpreadsheetApp, ctx} = makeSpreadsheet();
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sheet.getRange('A1:B2').getValues();
    expect(ctx.counter.byMethod()).toEqual({
      'Range.getValues': 1,
      'Sheet.getRange': 1,
      'Spreadsheet.getSheets': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
  });

  test('builders counted', () => {
    const {SpreadsheetApp, ctx} = makeSpreadsheet();
    SpreadsheetApp.newDataValidation().requireCheckbox().build();
    expect(
      ctx.counter.byMethod()['DataValidationBuilder.requireCheckbox'],
    ).toBe(1);
    expect(ctx.counter.byMethod()['SpreadsheetApp.newDataValidation']).toBe(1);
  });

  test('all count as SpreadsheetApp service', () => {
    const {SpreadsheetApp, ctx} = makeSpreadsheet();
    SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue(1);
    expect(ctx.counter.byService()).toEqual({SpreadsheetApp: 4});
  });

  test('one batch write is one call', () => {
    const {ss, ctx} = makeSpreadsheet();
    const range = ss.getSheets()[0].getRange('A1:J100');
    ctx.counter.reset();
    range.setValues(Array.from({length: 100}, () => new Array(10).fill(1)));
    expect(ctx.counter.total()).toBe(1);
  });

  test('emu helpers uncounted', () => {
    const {workbook, ctx} = makeSpreadsheet();
    workbook.emuValues('Trang tính1', 'A1:B2');
    workbook.emuRecalculate();
    expect(ctx.counter.total()).toBe(0);
  });
});

describe('getUi', () => {
  test('returns the hook Ui', () => {
    const {SpreadsheetApp, ui} = makeSpreadsheet();
    expect(SpreadsheetApp.getUi()).toBe(ui);
  });

  test('throws in a time trigger', () => {
    const {SpreadsheetApp, ctx} = makeSpreadsheet();
    startExecution(ctx, 'timeTrigger');
    expect(() => SpreadsheetApp.getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });

  test('throws in an installable trigger', () => {
    const {SpreadsheetApp, ctx} = makeSpreadsheet();
    startExecution(ctx, 'installableTrigger');
    expect(() => SpreadsheetApp.getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });

  test('works from a menu', () => {
    const {SpreadsheetApp, ctx, ui} = makeSpreadsheet();
    startExecution(ctx, 'menu');
    expect(SpreadsheetApp.getUi()).toBe(ui);
  });
});

import {makeSpreadsheet} from './helpers';

function firstSheet() {
  const {ss} = makeSpreadsheet();
  return ss.getSheets()[0];
}

describe('Range errors', () => {
  test('row below 1', () => {
    expect(() => firstSheet().getRange(0, 1)).toThrow(
      'The starting row of the range is too small.',
    );
  });

  test('column below 1', () => {
    expect(() => firstSheet().getRange(1, 0)).toThrow(
      'The starting column of the range is too small.',
    );
  });

  test('zero rows', () => {
    expect(() => firstSheet().getRange(1, 1, 0, 1)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
  });

  test('past the grid', () => {
    expect(() => firstSheet().getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  test('past the grid by A1', () => {
    expect(() => firstSheet().getRange('AA1')).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  test('setValues column mismatch', () => {
    const range = firstSheet().getRange(1, 1, 1, 4);
    expect(() => range.setValues([[1, 2, 3, 4, 5]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.',
    );
  });

  test('setValues row mismatch', () => {
    const range = firstSheet().getRange(1, 1, 2, 1);
    expect(() => range.setValues([[1]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  test('setValues flat array', () => {
    const range = firstSheet().getRange(1, 1, 1, 3);
    expect(() => range.setValues([1, 2, 3])).toThrow(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  test('error is an Exception', () => {
    let caught: unknown;
    try {
      firstSheet().getRange(0, 1);
    } catch (error) {
      caught = error;
    }
    expect((caught as Error).name).toBe('Exception');
  });

  test('deleteRows past grid', () => {
    expect(() => firstSheet().deleteRows(999, 5)).toThrow(
      'Those rows are out of bounds.',
    );
  });

  test('deleteColumns past grid', () => {
    expect(() => firstSheet().deleteColumns(26, 2)).toThrow(
      'Those columns are out of bounds.',
    );
  });

  test('insertSheet duplicate name', () => {
    const {ss} = makeSpreadsheet();
    ss.insertSheet('Nhiệm vụ');
    expect(() => ss.insertSheet('Nhiệm vụ')).toThrow(
      'A sheet with the name "Nhiệm vụ" already exists. Please enter another name.',
    );
  });

  test('setName duplicate name', () => {
    const {ss} = makeSpreadsheet();
    ss.insertSheet('Cấu hình');
    const other = ss.insertSheet('Đơn vị');
    expect(() => other.setName('Cấu hình')).toThrow(
      'A sheet with the name "Cấu hình" already exists. Please enter another name.',
    );
  });

  test('cell limit', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    expect(() => sheet.insertRowsAfter(1000, 400_000)).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
  });

  test('column limit', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.deleteRows(2, 990);
    expect(() => sheet.insertColumnsAfter(26, 18_253)).toThrow(
      'This action would increase the number of columns in the sheet above the limit of 18278.',
    );
  });
});

import {makeSpreadsheet} from './helpers';

function shown(value: unknown, format?: string): string {
  const {ss} = makeSpreadsheet();
  const cell = ss.getSheets()[0].getRange('A1');
  if (format) cell.setNumberFormat(format);
  cell.setValue(value);
  return cell.getDisplayValue();
}

describe('Display values in vi_VN', () => {
  test.each([
    [1234.5, undefined, '1234,5'],
    [0.1 + 0.2, undefined, '0,3'],
    [1234567, '#,##0', '1.234.567'],
    [1234.56, '#,##0.0', '1.234,6'],
    [2.5, '0', '3'],
    [2.345, '0.0', '2,3'],
    [2.345, '0.00', '2,35'],
    [0.125, '0%', '13%'],
    [0.125, '0.0%', '12,5%'],
    [-1500, '#,##0', '-1.500'],
    ['Quý II/2026', undefined, 'Quý II/2026'],
    [true, undefined, 'TRUE'],
  ])('%p with %p', (value, format, expected) => {
    expect(shown(value, format)).toBe(expected);
  });

  test('dd/mm/yyyy', () => {
    expect(shown(new Date('2026-01-28T05:00:00Z'), 'dd/mm/yyyy')).toBe(
      '28/01/2026',
    );
  });

  test('dd/mm/yyyy hh:mm', () => {
    expect(shown(new Date('2026-06-12T07:00:00Z'), 'dd/mm/yyyy hh:mm')).toBe(
      '12/06/2026 14:00',
    );
  });

  test('hh:mm', () => {
    expect(shown(new Date('2026-06-12T01:05:00Z'), 'hh:mm')).toBe('08:05');
  });

  test('text format shows digits as typed', () => {
    expect(shown('007', '@')).toBe('007');
  });

  test('empty cell', () => {
    const {ss} = makeSpreadsheet();
    expect(ss.getSheets()[0].getRange('A1').getDisplayValue()).toBe('');
  });

  test('formula result with format', () => {
    const {ss} = makeSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:A2').setValues([[1200.5], [800]]);
    sheet.getRange('A3').setFormula('=SUM(A1:A2)').setNumberFormat('#,##0.0');
    expect(sheet.getRange('A3').getDisplayValue()).toBe('2.000,5');
  });

  test('unformatted number format', () => {
    const {ss} = makeSpreadsheet();
    expect(ss.getSheets()[0].getRange('A1').getNumberFormat()).toBe(
      '0.###############',
    );
  });
});

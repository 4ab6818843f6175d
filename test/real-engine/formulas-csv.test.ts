// The CSV reader of the real-engine formula check, on the shapes LibreOffice writes.
import {CsvError, parseCsv} from '../../tools/real-engine/csv';

describe('parseCsv', () => {
  test('plain fields and rows', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  test('empty fields keep their places', () => {
    expect(parseCsv(',x,\n')).toEqual([['', 'x', '']]);
  });

  test('quoted commas, quotes and line breaks', () => {
    const rows = parseCsv('"a, b","say ""hi""","line 1\nline 2"\n');
    expect(rows).toHaveLength(1);
    expect(rows[0][0]).toBe('a, b');
    expect(rows[0][1]).toBe('say "hi"');
    expect(rows[0][2]).toBe('line 1\nline 2');
  });

  test('CRLF line ends', () => {
    expect(parseCsv('a,b\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  test('last row without a line break', () => {
    expect(parseCsv('a\nb')).toEqual([['a'], ['b']]);
  });

  test('byte order mark is dropped', () => {
    expect(parseCsv('\ufeffMã NV,Nhóm\n')).toEqual([['Mã NV', 'Nhóm']]);
  });

  test('Vietnamese text stays as written', () => {
    expect(parseCsv('"Thiếu ""6 rõ""",Quá hạn\n')).toEqual([
      ['Thiếu "6 rõ"', 'Quá hạn'],
    ]);
  });

  test('empty line is a row with one empty field', () => {
    expect(parseCsv('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
  });

  test('unterminated quote is rejected', () => {
    expect(() => parseCsv('"open\n')).toThrow(CsvError);
  });
});

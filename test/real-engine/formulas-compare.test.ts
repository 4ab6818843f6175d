// Reading LibreOffice's unformatted CSV text and comparing it with emulator values.
import {
  differenceOf,
  readNumber,
} from '../../tools/real-engine/formulas-compare';

describe('readNumber', () => {
  test('plain and scientific numbers', () => {
    expect(readNumber('2788')?.value).toBe(2788);
    expect(readNumber('-0.333333333333333')?.value).toBeCloseTo(-1 / 3, 14);
    expect(readNumber('1.5E-09')?.value).toBe(1.5e-9);
  });

  test('percentages are fractions', () => {
    expect(readNumber('12.9304160688666%')?.value).toBeCloseTo(
      0.129304160688666,
      15,
    );
    expect(readNumber('0%')?.value).toBe(0);
  });

  test('MM/DD/YYYY dates are serials', () => {
    const date = readNumber('06/30/2026');
    expect(date?.value).toBe(46203);
    expect(date?.wholeDay).toBe(true);
  });

  test('date-times keep seconds', () => {
    const dateTime = readNumber('06/12/2026 13:30:00');
    expect(dateTime?.value).toBeCloseTo(46185 + 13.5 / 24, 10);
    expect(dateTime?.wholeDay).toBe(false);
  });

  test('texts are not numbers', () => {
    expect(readNumber('Quá hạn')).toBeNull();
    expect(readNumber('1.1.2')).toBeNull();
    expect(readNumber('')).toBeNull();
    expect(readNumber('31/12/2026')).toBeNull();
  });
});

describe('differenceOf', () => {
  test('equal texts agree', () => {
    expect(differenceOf('Quá hạn', 'Quá hạn')).toBeNull();
  });

  test('texts compare in NFC', () => {
    const decomposed = 'Quá hạn'.normalize('NFD');
    expect(differenceOf('Quá hạn', decomposed)).toBeNull();
  });

  test('different texts differ', () => {
    expect(differenceOf('Quá hạn', 'Sắp đến hạn (≤ 7 ngày)')).toBe(
      'texts differ',
    );
  });

  test('empty matches only empty', () => {
    expect(differenceOf('', '')).toBeNull();
    expect(differenceOf(null, '')).toBeNull();
    expect(differenceOf('', '0')).not.toBeNull();
  });

  test('numbers within rounding agree', () => {
    expect(differenceOf(2 / 3, '66.6666666666667%')).toBeNull();
    expect(differenceOf(360.5, '360.5')).toBeNull();
  });

  test('numbers a day apart differ', () => {
    expect(differenceOf(73, '74')).toBe('numbers differ');
  });

  test('dates compare by whole day', () => {
    expect(differenceOf(46203, '06/30/2026')).toBeNull();
    expect(differenceOf(46204, '06/30/2026')).toBe('numbers differ');
  });

  test('number against text differs', () => {
    expect(differenceOf(73, 'Quá hạn')).toBe('LibreOffice has no number');
  });

  test('errors compare as text', () => {
    expect(differenceOf('#DIV/0!', '#DIV/0!')).toBeNull();
    expect(differenceOf('#ERROR!', 'Chưa có số liệu')).toBe('texts differ');
  });

  test('booleans', () => {
    expect(differenceOf(true, 'TRUE')).toBeNull();
    expect(differenceOf(false, 'TRUE')).toBe('booleans differ');
  });
});

import {viDate, viDateRange, viNumber, viPercent} from '../../src/html/format';

describe('viDate', () => {
  test('formats a civil date', () => {
    expect(viDate('2026-06-08')).toBe('08/06/2026');
  });

  test('keeps other text as typed', () => {
    expect(viDate('tuần 24')).toBe('tuần 24');
  });
});

describe('viDateRange', () => {
  test.each([
    ['2026-06-08', '2026-06-12', '08/06–12/06/2026'],
    ['2026-12-28', '2027-01-03', '28/12/2026–03/01/2027'],
  ])('%s to %s', (from, to, expected) => {
    expect(viDateRange(from, to)).toBe(expected);
  });
});

describe('viNumber', () => {
  test.each([
    [2788, '2.788'],
    [1234.5, '1.234,5'],
    [923, '923'],
    [0.04, '0'],
    [-1500.25, '-1.500,3'],
    [1000000, '1.000.000'],
  ])('%s', (value, expected) => {
    expect(viNumber(value)).toBe(expected);
  });
});

describe('viPercent', () => {
  test('formats a share', () => {
    expect(viPercent(0.125)).toBe('12,5%');
  });

  test('marks an unknown share', () => {
    expect(viPercent(null)).toBe('–');
  });
});

import {
  cleanText,
  normaliseTonePlacement,
  parseViNumber,
  stripDiacritics,
} from '../../src/core/vietnamese';

describe('parseViNumber', () => {
  test.each([
    ['20', 20],
    ['02', 2],
    ['0,7', 0.7],
    ['1,5', 1.5],
    ['1.5', 1.5],
    ['97.4', 97.4],
    ['77.11', 77.11],
    // One dot and exactly three digits after it groups thousands.
    ['2.788', 2788],
    ['923', 923],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    // A zero integer part cannot start a thousands group.
    ['0.750', 0.75],
    ['1234.567', 1234.567],
    ['-3', -3],
    [' 12 ', 12],
  ])('%p', (text, expected) => {
    expect(parseViNumber(text)).toBe(expected);
  });

  test.each([
    '',
    'abc',
    '1.',
    '1,',
    '.5',
    '1.2.3',
    '12.34,5',
    '1.234.56',
    '1,2,3',
    '1.234,5,6',
    '1 234',
    '5%',
  ])('rejects %p', text => {
    expect(parseViNumber(text)).toBeNull();
  });
});

describe('cleanText', () => {
  test.each([
    ['Quý II–IV', 'Quý II-IV'],
    ['Quý II—IV', 'Quý II-IV'],
    ['Quý II\u2212IV', 'Quý II-IV'],
    ['  Quý\u00a0II \t năm 2026 ', 'Quý II năm 2026'],
    // "Quý" with a combining acute accent becomes the precomposed NFC form.
    ['Quy\u0301', 'Quý'],
  ])('%p', (text, expected) => {
    expect(cleanText(text)).toBe(expected);
  });
});

describe('stripDiacritics', () => {
  test.each([
    ['Văn phòng Đảng ủy', 'Van phong Dang uy'],
    ['CNSCĐ', 'CNSCD'],
    ['Hội Phụ nữ', 'Hoi Phu nu'],
  ])('%p', (text, expected) => {
    expect(stripDiacritics(text)).toBe(expected);
  });
});

describe('normaliseTonePlacement', () => {
  test.each([
    ['văn hoá', 'văn hóa'],
    ['uỷ ban', 'ủy ban'],
    ['hoà bình', 'hòa bình'],
    ['văn hóa', 'văn hóa'],
    // The tone stays on 'a' when a consonant closes the syllable.
    ['hoàng', 'hoàng'],
  ])('%p', (text, expected) => {
    expect(normaliseTonePlacement(text)).toBe(expected);
  });
});

import {signerLines, superiorRecipient} from '../../../src/html/report/header';

describe('signerLines', () => {
  test.each([
    ['T/M BAN THƯỜNG VỤ\nBÍ THƯ', ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ']],
    ['BÍ THƯ', ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ']],
    ['PHÓ BÍ THƯ', ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ']],
    ['', ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ']],
    [
      'T/M BAN THƯỜNG VỤ\r\nK/T BÍ THƯ\nPHÓ BÍ THƯ',
      ['T/M BAN THƯỜNG VỤ', 'K/T BÍ THƯ', 'PHÓ BÍ THƯ'],
    ],
  ])('splits %j', (title, expected) => {
    expect(signerLines(title)).toEqual(expected);
  });
});

describe('superiorRecipient', () => {
  test.each([
    ['ĐẢNG BỘ TỈNH LÀO CAI', 'Ban Thường vụ Tỉnh ủy Lào Cai'],
    ['ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', 'Ban Thường vụ Thành ủy Hà Nội'],
    ['Đảng bộ tỉnh  Điện Biên', 'Ban Thường vụ Tỉnh ủy Điện Biên'],
    ['ĐẢNG ỦY KHỐI CƠ QUAN', 'Ban Thường vụ ĐẢNG ỦY KHỐI CƠ QUAN'],
  ])('names %s', (body, expected) => {
    expect(superiorRecipient(body)).toBe(expected);
  });
});

import {TargetOperator, TargetPart} from '../../src/core/model';
import {evaluateTarget, readTarget, readValue} from '../../src/core/target';

function part(
  operator: TargetOperator,
  value: number,
  unit = '',
  label = '',
): TargetPart {
  return {label, operator, value, unit};
}

type Case = [text: string, parts: TargetPart[]];

// "Mức cần đạt năm 2026" of Phụ lục I, as the PDF export wrote it.
const APPENDIX_TARGETS: Case[] = [
  [
    'Rà soát 100%; xử lý $\\geq 02$ thôn',
    [part('>=', 100, '%', 'Rà soát'), part('>=', 2, 'thôn', 'xử lý')],
  ],
  ['$\\geq 20$', [part('>=', 20)]],
  ['1.5', [part('>=', 1.5)]],
  ['$\\geq 95$', [part('>=', 95)]],
  ['100%', [part('>=', 100, '%')]],
  ['$\\geq 85\\%$', [part('>=', 85, '%')]],
  ['$\\geq 02$', [part('>=', 2)]],
  ['$\\geq 01$', [part('>=', 1)]],
  ['$\\geq 35\\%$', [part('>=', 35, '%')]],
  ['$\\geq 98\\%$', [part('>=', 98, '%')]],
  ['$\\geq 99$', [part('>=', 99)]],
  ['$\\geq 90\\%$', [part('>=', 90, '%')]],
  ['$\\geq 60\\%$', [part('>=', 60, '%')]],
  ['$\\geq 80\\%$', [part('>=', 80, '%')]],
  ['$\\geq 5\\%$', [part('>=', 5, '%')]],
  ['100% thôn', [part('>=', 100, '%', 'thôn')]],
  ['4 quý + năm', [part('>=', 5, '', '4 quý + năm')]],
  ['$\\geq 0,7$', [part('>=', 0.7)]],
];

// "Thực hiện 2025" of Phụ lục I, which uses the same notation.
const APPENDIX_RESULTS: Case[] = [
  ['96.7', [part('>=', 96.7)]],
  ['8', [part('>=', 8)]],
  ['$\\geq 90$', [part('>=', 90)]],
  ['97.4%', [part('>=', 97.4, '%')]],
  ['77.11', [part('>=', 77.11)]],
  ['>1', [part('>', 1)]],
];

// Output products of Phụ lục III, the plan's narrative and other spellings.
const OTHER_TARGETS: Case[] = [
  ['≥01 mô hình', [part('>=', 1, 'mô hình')]],
  ['≥01 thôn', [part('>=', 1, 'thôn')]],
  ['≥01 mô hình/giải pháp', [part('>=', 1, 'mô hình/giải pháp')]],
  ['$\\geq 1\\%$', [part('>=', 1, '%')]],
  ['≥1% chi NS xã', [part('>=', 1, '%', 'chi NS xã')]],
  ['≥ 20', [part('>=', 20)]],
  ['≥02', [part('>=', 2)]],
  ['≥ 01 mô hình', [part('>=', 1, 'mô hình')]],
  ['≤ 5%', [part('<=', 5, '%')]],
  ['< 3', [part('<', 3)]],
  ['= 4', [part('=', 4)]],
  ['>= 80%', [part('>=', 80, '%')]],
  ['$\\leq 10$', [part('<=', 10)]],
  ['≥ 0,7', [part('>=', 0.7)]],
  ['2.788', [part('>=', 2788)]],
  ['1.234,5', [part('>=', 1234.5)]],
  ['1,5', [part('>=', 1.5)]],
  ['tối thiểu 60%', [part('>=', 60, '%')]],
  ['từ 95% trở lên', [part('>=', 95, '%')]],
  ['không quá 5 ngày', [part('<=', 5, 'ngày')]],
  ['trên 50%', [part('>', 50, '%')]],
  ['ít nhất 01–02 bài toán', [part('>=', 1, 'bài toán')]],
  [
    'Rà soát 100%, xử lý ≥ 02 thôn',
    [part('>=', 100, '%', 'Rà soát'), part('>=', 2, 'thôn', 'xử lý')],
  ],
  ['12 tháng + năm', [part('>=', 13, '', '12 tháng + năm')]],
];

describe('readTarget', () => {
  test.each([...APPENDIX_TARGETS, ...APPENDIX_RESULTS, ...OTHER_TARGETS])(
    '%p',
    (text, parts) => {
      const reading = readTarget(text);
      expect(reading.problem).toBeNull();
      expect(reading.parts).toEqual(parts);
      expect(reading.text).toBe(text);
    },
  );

  test.each([
    'abc',
    'Đạt chuẩn',
    '≥',
    '≥ 5 ≤ 10',
    'tối đa 5 trở lên',
    '≤ 01–02',
    '05–02',
    '1.2.3',
    'Rà soát 100%, đạt chuẩn',
    '4 quý + cả năm',
  ])('rejects %p', text => {
    const reading = readTarget(text);
    expect(reading.problem).toBe(
      `Không đọc được mức cần đạt "${text}": hãy ghi dạng "≥ 20", "100%", "≤ 5%" hoặc "Rà soát 100%; xử lý ≥ 02 thôn".`,
    );
    expect(reading.parts).toEqual([]);
  });

  test.each(['', '  ', '$ $'])('empty %p', text => {
    const reading = readTarget(text);
    expect(reading.problem).toBe(
      'Chưa ghi mức cần đạt: hãy ghi dạng "≥ 20", "100%", "≤ 5%" hoặc "Rà soát 100%; xử lý ≥ 02 thôn".',
    );
    expect(reading.parts).toEqual([]);
  });
});

describe('readValue', () => {
  test.each([
    ['85', [85]],
    ['85%', [85]],
    ['0,75', [0.75]],
    ['1.234,5', [1234.5]],
    ['2.788', [2788]],
    ['1.5', [1.5]],
    ['2 thôn', [2]],
    ['100%; 2', [100, 2]],
    ['Rà soát 100%; xử lý 3 thôn', [100, 3]],
    ['đạt 97,5 %', [97.5]],
    [' 12. ', [12]],
    ['', []],
  ])('%p', (text, values) => {
    const read = readValue(text);
    expect(read.problem).toBeNull();
    expect(read.values).toEqual(values);
  });

  test.each([
    '≥ 90',
    'chưa có số liệu',
    '15/08/2026',
    '2 thôn 3 xã',
    '100%; ; 2',
    '1.2.3',
  ])('rejects %p', text => {
    const read = readValue(text);
    expect(read.problem).toBe(
      `Không đọc được giá trị "${text}": hãy nhập một con số cho mỗi phần của chỉ tiêu, ví dụ "85", "85%", "0,75" hoặc "100%; 2".`,
    );
    expect(read.values).toEqual([]);
  });
});

describe('evaluateTarget', () => {
  test.each([
    ['$\\geq 20$', '20', 'met'],
    ['$\\geq 20$', '19,9', 'notMet'],
    ['$\\geq 0,7$', '0,7', 'met'],
    ['$\\geq 0,7$', '0.69', 'notMet'],
    ['100%', '100%', 'met'],
    ['100%', '99', 'notMet'],
    ['100% thôn', '100', 'met'],
    ['≤ 5%', '5%', 'met'],
    ['≤ 5%', '5,1%', 'notMet'],
    ['>1', '1', 'notMet'],
    ['>1', '1.5', 'met'],
    ['< 3', '2', 'met'],
    ['= 4', '4', 'met'],
    ['= 4', '5', 'notMet'],
    ['4 quý + năm', '5', 'met'],
    ['4 quý + năm', '4', 'notMet'],
    ['1.5', '1,5', 'met'],
    ['Rà soát 100%; xử lý $\\geq 02$ thôn', '100%; 2', 'met'],
    ['Rà soát 100%; xử lý $\\geq 02$ thôn', '100%; 1', 'notMet'],
    ['Rà soát 100%; xử lý $\\geq 02$ thôn', '90%; 5', 'notMet'],
    ['Rà soát 100%; xử lý $\\geq 02$ thôn', '100%', 'noValue'],
    ['Rà soát 100%; xử lý $\\geq 02$ thôn', '80%', 'notMet'],
    ['$\\geq 20$', '', 'noValue'],
    ['$\\geq 20$', '   ', 'noValue'],
    ['$\\geq 20$', 'chưa có', 'unreadable'],
    ['$\\geq 20$', '20; 30', 'unreadable'],
    ['abc', '20', 'unreadable'],
    ['', '20', 'unreadable'],
  ])('%p with %p', (target, current, expected) => {
    expect(evaluateTarget(readTarget(target), current)).toBe(expected);
  });
});

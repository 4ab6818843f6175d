import {readTimePhrase} from '../../src/core/time-phrase';

const PLAN_YEAR = 2026;

type Dated = [text: string, start: string | null, due: string];

// Phụ lục I "Thời hạn" and Phụ lục III "Thời gian" of the built-in plan.
const APPENDIX_DATED: Dated[] = [
  ['Quý I', '2026-01-01', '2026-03-31'],
  ['Quý II', '2026-04-01', '2026-06-30'],
  ['Quý III', '2026-07-01', '2026-09-30'],
  ['Quý IV', '2026-10-01', '2026-12-31'],
  ['Quý II-IV', '2026-04-01', '2026-12-31'],
  ['Quý II–III', '2026-04-01', '2026-09-30'],
  ['Quý II–Quý III', '2026-04-01', '2026-09-30'],
  ['Quý I–Quý IV', '2026-01-01', '2026-12-31'],
  ['Quý II–Quý IV', '2026-04-01', '2026-12-31'],
  ['Quý III–Quý IV', '2026-07-01', '2026-12-31'],
  ['Năm 2026', '2026-01-01', '2026-12-31'],
  ['Cả năm', '2026-01-01', '2026-12-31'],
  ['Tháng 10', '2026-10-01', '2026-10-31'],
];

// "Thời gian: …" lines of section III of the built-in plan.
const NARRATIVE_DATED: Dated[] = [
  ['Thời gian: từ tháng 9-10/2026', '2026-09-01', '2026-10-31'],
  ['Thời gian: Năm 2026.', '2026-01-01', '2026-12-31'],
  ['Thời gian: Năm 2026', '2026-01-01', '2026-12-31'],
  ['Thời gian: Quý I–II/2026.', '2026-01-01', '2026-06-30'],
  ['Thời gian hoàn thành: năm 2026.', '2026-01-01', '2026-12-31'],
  ['Thời gian: Quý II/2026.', '2026-04-01', '2026-06-30'],
  ['Thời gian thực hiện: Quý I – Quý IV năm 2026.', '2026-01-01', '2026-12-31'],
  [
    'Thời gian thực hiện: Quý II – Quý IV năm 2026.',
    '2026-04-01',
    '2026-12-31',
  ],
  ['Thời gian thực hiện: Năm 2026.', '2026-01-01', '2026-12-31'],
  [
    'Thời gian thực hiện: Cả năm 2026 (lồng ghép trong quy trình lập, điều hành và quyết toán ngân sách).',
    '2026-01-01',
    '2026-12-31',
  ],
  ['Thời gian: Hoàn thành trong quý III/2026', '2026-07-01', '2026-09-30'],
];

// Other ways staff write the same things.
const VARIANT_DATED: Dated[] = [
  ['Quý 2', '2026-04-01', '2026-06-30'],
  ['quý III/2026', '2026-07-01', '2026-09-30'],
  ['Quý II/2026', '2026-04-01', '2026-06-30'],
  ['QUÝ II', '2026-04-01', '2026-06-30'],
  ['Quý\u00a0II.', '2026-04-01', '2026-06-30'],
  ['Quý II–IV', '2026-04-01', '2026-12-31'],
  ['Quý II—IV', '2026-04-01', '2026-12-31'],
  ['Quý II - IV', '2026-04-01', '2026-12-31'],
  ['Quý I–II/2026', '2026-01-01', '2026-06-30'],
  ['Quý IV/2025', '2025-10-01', '2025-12-31'],
  ['Quý IV/2026 - Quý I/2027', '2026-10-01', '2027-03-31'],
  ['Quý IV - Quý I/2027', '2026-10-01', '2027-03-31'],
  ['Tháng 12 - tháng 2/2027', '2026-12-01', '2027-02-28'],
  ['Q2/2026', '2026-04-01', '2026-06-30'],
  ['tháng 3/2026', '2026-03-01', '2026-03-31'],
  ['Tháng 2 năm 2028', '2028-02-01', '2028-02-29'],
  ['Tháng 9 đến tháng 10 năm 2026', '2026-09-01', '2026-10-31'],
  ['6 tháng đầu năm', '2026-01-01', '2026-06-30'],
  ['6 tháng cuối năm', '2026-07-01', '2026-12-31'],
  ['6 tháng đầu năm 2027', '2027-01-01', '2027-06-30'],
  ['năm 2026', '2026-01-01', '2026-12-31'],
  ['Năm 2026-2027', '2026-01-01', '2027-12-31'],
  ['Cả năm 2026 (…)', '2026-01-01', '2026-12-31'],
  ['Thời hạn: Quý II', '2026-04-01', '2026-06-30'],
  ['chậm nhất trong Quý II năm 2026', '2026-04-01', '2026-06-30'],
  ['từ 01/03/2026 đến 30/06/2026', '2026-03-01', '2026-06-30'],
  ['trước 30/6/2026', null, '2026-06-30'],
  ['đến ngày 15-08-2026', null, '2026-08-15'],
  ['30/09/2026', null, '2026-09-30'],
  ['15.08.2026', null, '2026-08-15'],
  ['trước ngày 10/10', null, '2026-10-10'],
  ['trước Quý III/2026', null, '2026-06-30'],
  ['cuối năm 2026', null, '2026-12-31'],
  ['đến hết Quý III', null, '2026-09-30'],
];

describe('readTimePhrase dated', () => {
  const cases = [...APPENDIX_DATED, ...NARRATIVE_DATED, ...VARIANT_DATED];

  test.each(cases)('%p', (text, start, due) => {
    const reading = readTimePhrase(text, PLAN_YEAR);
    expect(reading.problem).toBeNull();
    expect(reading.start).toBe(start);
    expect(reading.due).toBe(due);
    expect(reading.recurrence).toBe('none');
    expect(reading.phases).toEqual([]);
    expect(reading.text).toBe(text);
  });
});

describe('readTimePhrase recurring', () => {
  test.each([
    ['TX', 'continuous', null],
    ['Hàng tháng', 'monthly', null],
    ['Hằng tháng', 'monthly', null],
    ['Định kỳ hằng tháng', 'monthly', null],
    ['Hàng tuần', 'weekly', null],
    ['Hằng tuần', 'weekly', null],
    ['Theo quý', 'quarterly', null],
    ['Hằng quý', 'quarterly', null],
    ['Hằng năm', 'yearly', null],
    ['Thường xuyên', 'continuous', null],
    ['Thường xuyên (hàng tuần)', 'weekly', null],
    ['Thời gian: Thường xuyên.', 'continuous', null],
    [
      'Thời gian thực hiện: Thường xuyên trong năm 2026.',
      'continuous',
      '2026-01-01',
    ],
    ['Liên tục', 'continuous', null],
    ['Hằng tháng, năm 2027', 'monthly', '2027-01-01'],
  ])('%p', (text, recurrence, start) => {
    const reading = readTimePhrase(text, PLAN_YEAR);
    expect(reading.problem).toBeNull();
    expect(reading.recurrence).toBe(recurrence);
    expect(reading.due).toBeNull();
    expect(reading.start).toBe(start);
  });

  test('remark does not recur alone', () => {
    const reading = readTimePhrase(
      'Cả năm 2026 (báo cáo hằng tháng)',
      PLAN_YEAR,
    );
    expect(reading.recurrence).toBe('none');
    expect(reading.due).toBe('2026-12-31');
  });
});

describe('readTimePhrase phased', () => {
  test('pilot then scale-up', () => {
    const reading = readTimePhrase(
      'Thời gian thực hiện: Thí điểm từ Quý II, nhân rộng Quý III–IV năm 2026.',
      PLAN_YEAR,
    );
    expect(reading.problem).toBeNull();
    expect(reading.start).toBe('2026-04-01');
    expect(reading.due).toBe('2026-12-31');
    expect(reading.recurrence).toBe('none');
    expect(reading.phases).toEqual([
      {label: 'Thí điểm', start: '2026-04-01', due: '2026-06-30'},
      {label: 'nhân rộng', start: '2026-07-01', due: '2026-12-31'},
    ]);
  });

  test('unlabelled phases use the period', () => {
    const reading = readTimePhrase('Quý I, Quý III', PLAN_YEAR);
    expect(reading.start).toBe('2026-01-01');
    expect(reading.due).toBe('2026-09-30');
    expect(reading.phases).toEqual([
      {label: 'Quý I/2026', start: '2026-01-01', due: '2026-03-31'},
      {label: 'Quý III/2026', start: '2026-07-01', due: '2026-09-30'},
    ]);
  });

  test('deadline phase starts after previous', () => {
    const reading = readTimePhrase(
      'Thí điểm Quý II; tổng kết trước 15/12/2026',
      PLAN_YEAR,
    );
    expect(reading.start).toBeNull();
    expect(reading.due).toBe('2026-12-15');
    expect(reading.phases[1]).toEqual({
      label: 'tổng kết',
      start: '2026-07-01',
      due: '2026-12-15',
    });
  });
});

describe('readTimePhrase problems', () => {
  const example = 'hãy ghi rõ, ví dụ "Quý III/2026" hoặc "30/09/2026".';

  test.each([
    [
      'QĐ',
      `Không đọc được thời hạn "QĐ" vì chỉ dẫn chiếu chương trình, kế hoạch hoặc quy định mà không nêu ngày: ${example}`,
    ],
    [
      'Thời gian: Theo chương trình năm 2026.',
      `Không đọc được thời hạn "Thời gian: Theo chương trình năm 2026." vì chỉ dẫn chiếu chương trình, kế hoạch hoặc quy định mà không nêu ngày: ${example}`,
    ],
    [
      'Theo quy định',
      `Không đọc được thời hạn "Theo quy định" vì chỉ dẫn chiếu chương trình, kế hoạch hoặc quy định mà không nêu ngày: ${example}`,
    ],
    [
      'Sau khi có hướng dẫn của tỉnh',
      `Không đọc được thời hạn "Sau khi có hướng dẫn của tỉnh" vì thời hạn phụ thuộc một việc chưa có ngày: ${example}`,
    ],
    [
      'Thời gian: Thường xuyên. Sản phẩm: Báo cáo giảm tỷ lệ hồ sơ lỗi.',
      `Không đọc được thời hạn "Thời gian: Thường xuyên. Sản phẩm: Báo cáo giảm tỷ lệ hồ sơ lỗi.": ${example}`,
    ],
    [
      '31/02/2026',
      `Không đọc được thời hạn "31/02/2026" vì ngày 31/02/2026 không có trong lịch: ${example}`,
    ],
    [
      '29/2',
      `Không đọc được thời hạn "29/2" vì ngày 29/2/2026 không có trong lịch: ${example}`,
    ],
    [
      'Tháng 13',
      `Không đọc được thời hạn "Tháng 13" vì không có tháng 13: ${example}`,
    ],
    [
      'Quý 5',
      `Không đọc được thời hạn "Quý 5" vì một năm chỉ có 4 quý: ${example}`,
    ],
    [
      'Quý IV - Quý II',
      `Không đọc được thời hạn "Quý IV - Quý II" vì thời điểm kết thúc đứng trước thời điểm bắt đầu: ${example}`,
    ],
    [
      'trước Quý I/0000',
      `Không đọc được thời hạn "trước Quý I/0000" vì năm 0 không hợp lệ: ${example}`,
    ],
    ['Quý V', `Không đọc được thời hạn "Quý V": ${example}`],
    ['Quý II-', `Không đọc được thời hạn "Quý II-": ${example}`],
    [
      'Quý II/2026/2027',
      `Không đọc được thời hạn "Quý II/2026/2027": ${example}`,
    ],
    ['Đầu năm', `Không đọc được thời hạn "Đầu năm": ${example}`],
    ['trước', `Không đọc được thời hạn "trước": ${example}`],
    ['/2026', `Không đọc được thời hạn "/2026": ${example}`],
    ['Thí điểm', `Không đọc được thời hạn "Thí điểm": ${example}`],
    [
      'Ngày Chuyển đổi số 10/10',
      `Không đọc được thời hạn "Ngày Chuyển đổi số 10/10": ${example}`,
    ],
  ])('%p', (text, problem) => {
    const reading = readTimePhrase(text, PLAN_YEAR);
    expect(reading.problem).toBe(problem);
    expect(reading.due).toBeNull();
    expect(reading.recurrence).toBe('none');
    expect(reading.text).toBe(text);
  });

  test.each(['', '   ', 'Thời gian:'])('empty %p', text => {
    const reading = readTimePhrase(text, PLAN_YEAR);
    expect(reading.problem).toBe(
      'Chưa ghi thời hạn: hãy ghi rõ, ví dụ "Quý III/2026", "30/09/2026" hoặc "Hằng tháng".',
    );
    expect(reading.due).toBeNull();
    expect(reading.start).toBeNull();
  });
});

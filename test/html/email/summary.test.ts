import {summaryEmail, summarySubject} from '../../../src/html/email/summary';
import {visibleText} from '../checks';
import {HOSTILE, SPREADSHEET_URL, weeklySummary} from '../fixtures';
import {expectGmailSafe} from './email-rules';

const options = {spreadsheetUrl: SPREADSHEET_URL};

describe('summarySubject', () => {
  test('names the week Monday to Sunday', () => {
    expect(summarySubject(weeklySummary())).toBe(
      '[NQ57] Tổng hợp tuần 24 (08/06–14/06/2026)',
    );
  });
});

describe('summaryEmail html', () => {
  const {html} = summaryEmail(weeklySummary(), options);
  const text = visibleText(html);

  test('follows the Gmail rules', () => {
    expectGmailSafe(html);
  });

  test.each([
    '1. Nhiệm vụ theo tiến độ thực hiện',
    '2. Nhiệm vụ quá hạn theo đơn vị chủ trì',
    '3. Nhiệm vụ đến hạn trong 7 ngày tới (1)',
    '4. Tình hình báo cáo tuần của các đơn vị',
    '5. Nhiệm vụ còn thiếu thông tin “6 rõ” (1)',
    '6. Chỉ tiêu chưa đạt (1)',
    '7. Thay đổi so với tuần trước',
    '8. Địa chỉ email cần kiểm tra (1)',
  ])('has section %s', title => {
    expect(text).toContain(title);
  });

  test('shows each count with its label', () => {
    expect(text).toContain('Quá hạn 3');
    expect(text).toContain('Đang thực hiện trong hạn 20');
  });

  test('groups overdue tasks by unit', () => {
    expect(text).toContain('Công an xã (1)');
    expect(text).toContain('Lò Văn Sáng');
  });

  test('names an unresolved lead unit', () => {
    expect(text).toContain('Chưa rõ đơn vị chủ trì (1)');
  });

  test('lists units by reporting status', () => {
    expect(text).toContain('Báo cáo đúng hạn (1) Văn phòng Đảng ủy');
    expect(text).toContain('Báo cáo muộn (1) Công an xã');
    expect(text).toContain('Chưa báo cáo (0) không có');
  });

  test('escapes typed text', () => {
    expect(html).not.toContain('<script>');
    expect(text).toContain(HOSTILE);
  });

  test('states the scope with cancelled tasks', () => {
    expect(text).toContain(
      'số liệu tính đến ngày 12/06/2026, gồm 34 nhiệm vụ (không tính 1 nhiệm vụ đã hủy)',
    );
  });

  test('addresses the commune once', () => {
    const named = summaryEmail(
      weeklySummary({communeName: 'xã Bắc Hà'}),
      options,
    ).html;
    expect(visibleText(named)).not.toContain('xã xã');
  });

  test('lists the invalid address', () => {
    expect(text).toContain('ca xa@ Địa chỉ email không hợp lệ');
  });

  test('says when no previous week exists', () => {
    const changes = {hasPrevious: false, newlyOverdue: [], newlyCompleted: []};
    const first = summaryEmail(weeklySummary({changes}), options).html;
    expect(visibleText(first)).toContain('Chưa có số liệu tuần trước');
  });

  test('says none for empty lists', () => {
    const empty = summaryEmail(
      weeklySummary({overdueByUnit: [], recipientProblems: []}),
      options,
    ).html;
    expect(visibleText(empty)).toContain(
      '2. Nhiệm vụ quá hạn theo đơn vị chủ trì Không có.',
    );
  });
});

describe('summaryEmail text', () => {
  const {text} = summaryEmail(weeklySummary(), options);

  test.each([
    'Tổng hợp tuần 24 (08/06–14/06/2026)',
    '1. Nhiệm vụ theo tiến độ thực hiện',
    '- Quá hạn: 3',
    'Công an xã (1)',
    '- Báo cáo muộn (1): Công an xã',
    'Mới quá hạn (1):',
    '- 1.4 – Tổ chức hội nghị quán triệt Nghị quyết',
    'Mới hoàn thành (0):',
    'Địa chỉ: ca xa@',
    SPREADSHEET_URL,
  ])('contains %s', fact => {
    expect(text).toContain(fact);
  });

  test('keeps typed text as typed', () => {
    expect(text).toContain(HOSTILE);
  });
});

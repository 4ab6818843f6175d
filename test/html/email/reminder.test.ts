import {reminderEmail, reminderSubject} from '../../../src/html/email/reminder';
import {visibleText} from '../checks';
import {HOSTILE, reminder, SPREADSHEET_URL, taskLine} from '../fixtures';
import {expectGmailSafe} from './email-rules';

const options = {spreadsheetUrl: SPREADSHEET_URL};

describe('reminderSubject', () => {
  test('names the week, its dates and the unit', () => {
    expect(reminderSubject(reminder())).toBe(
      '[NQ57] Nhắc báo cáo tuần 24 (08/06–12/06/2026) – Văn phòng Đảng ủy',
    );
  });

  test('keeps a multi-line unit name on one line', () => {
    const unit = {code: 'X', name: 'Ban\nQuản lý  chợ'};
    expect(reminderSubject(reminder({unit}))).toMatch(/– Ban Quản lý chợ$/);
  });

  test('shows both years across New Year', () => {
    const week = {
      ...reminder().week,
      number: 1,
      monday: '2026-12-28',
      friday: '2027-01-01',
    };
    expect(reminderSubject(reminder({week}))).toContain(
      '(28/12/2026–01/01/2027)',
    );
  });
});

describe('reminderEmail html', () => {
  const {html} = reminderEmail(reminder(), options);

  test('follows the Gmail rules', () => {
    expectGmailSafe(html);
  });

  test('states the Friday deadline', () => {
    expect(visibleText(html)).toContain('trước 14:00 thứ Sáu, ngày 12/06/2026');
  });

  test('escapes typed task text', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(visibleText(html)).toContain(HOSTILE);
  });

  test('lists tasks with deadlines', () => {
    const text = visibleText(html);
    expect(text).toContain('Nhiệm vụ quá hạn (1)');
    expect(text).toContain('31/03/2026');
    expect(text).toContain('73 ngày');
    expect(text).toContain('15/06/2026');
  });

  test('shows the time text without a due date', () => {
    expect(visibleText(html)).toContain('Thường xuyên (hàng tuần)');
  });

  test('lists the missing 6 rõ items', () => {
    expect(visibleText(html)).toContain('rõ người, rõ minh chứng');
  });

  test('shows reporting status as text', () => {
    expect(visibleText(html)).toContain('Chưa báo cáo');
  });

  test('links to the spreadsheet', () => {
    expect(html).toContain(`href="${SPREADSHEET_URL}"`);
  });

  test('drops a non-http spreadsheet link', () => {
    const bad = reminderEmail(reminder(), {spreadsheetUrl: 'javascript:x'});
    expect(bad.html).toContain('href="#"');
  });

  test('omits empty task sections', () => {
    const quiet = reminderEmail(
      reminder({overdue: [], dueSoon: [], missingClear: []}),
      options,
    ).html;
    expect(visibleText(quiet)).not.toContain('Nhiệm vụ quá hạn (');
  });
});

describe('reminderEmail text', () => {
  const {text, html} = reminderEmail(reminder(), options);

  test('keeps typed text as typed', () => {
    expect(text).toContain(HOSTILE);
  });

  test('carries the same facts as the html', () => {
    for (const fact of [
      'Kính gửi: Văn phòng Đảng ủy',
      'trước 14:00 thứ Sáu, ngày 12/06/2026',
      'Nhiệm vụ quá hạn (1)',
      'Mã: 1.4',
      '73 ngày',
      'rõ người, rõ minh chứng',
      'Chưa báo cáo',
      SPREADSHEET_URL,
    ]) {
      expect(text).toContain(fact);
      expect(visibleText(html)).toContain(fact.replace('Mã: ', ''));
    }
  });

  test('has no markup of its own', () => {
    const safe = reminderEmail(reminder({overdue: [taskLine()]}), options).text;
    expect(safe).not.toMatch(/<[a-z]/i);
  });

  test('is NFC', () => {
    expect(text).toBe(text.normalize('NFC'));
  });
});

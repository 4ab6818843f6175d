import {reminderEmail} from '../../../src/html/email/reminder';
import {MAX_ROWS} from '../../../src/html/email/shared';
import {summaryEmail} from '../../../src/html/email/summary';
import {visibleText} from '../checks';
import {
  indicatorLine,
  reminder,
  SPREADSHEET_URL,
  taskLine,
  VPDU,
  weeklySummary,
} from '../fixtures';

const options = {spreadsheetUrl: SPREADSHEET_URL};

// Gmail shows "[Message clipped]" above about 102 KB of HTML.
const GMAIL_CLIP_BYTES = 102 * 1024;

function manyTasks(count: number) {
  return Array.from({length: count}, (_, i) =>
    taskLine({
      code: `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`,
      content:
        'Xây dựng Kế hoạch hoạt động năm 2026 của BCĐ theo tuần-tháng-quý',
      missingClear: ['rõ người', 'rõ minh chứng'],
    }),
  );
}

describe('email size', () => {
  const tasks = manyTasks(100);
  const summary = weeklySummary({
    overdueByUnit: [{unit: VPDU, tasks}],
    dueNext7Days: tasks,
    missingClear: tasks,
    indicatorsOffTrack: Array.from({length: 40}, () => indicatorLine()),
    changes: {hasPrevious: true, newlyOverdue: tasks, newlyCompleted: tasks},
  });
  const email = summaryEmail(summary, options);

  test('summary of 100 tasks stays unclipped', () => {
    expect(Buffer.byteLength(email.html, 'utf8')).toBeLessThan(
      GMAIL_CLIP_BYTES,
    );
  });

  test('summary caps each list', () => {
    const rows = email.text
      .split('\n')
      .filter(line => line.startsWith('- Mã: '));
    // Two lists of MAX_ROWS, and the overdue unit's first 5 rows.
    expect(rows.length).toBe(2 * MAX_ROWS + 5);
  });

  test('summary counts hidden rows', () => {
    expect(visibleText(email.html)).toContain(
      '… và 70 mục khác, xem đầy đủ trên bảng tính.',
    );
    expect(email.text).toContain(
      '… và 70 mục khác, xem đầy đủ trên bảng tính.',
    );
  });

  test('summary titles give the full count', () => {
    expect(email.text).toContain('Nhiệm vụ đến hạn trong 7 ngày tới (100)');
    expect(email.text).toContain('Mới quá hạn (100)');
  });

  test('reminder caps a long list', () => {
    const long = reminderEmail(reminder({otherOpen: manyTasks(45)}), options);
    expect(long.text).toContain('… và 15 mục khác');
  });

  test('short list has no footnote', () => {
    expect(reminderEmail(reminder(), options).text).not.toContain('mục khác');
  });
});

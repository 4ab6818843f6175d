import type {SidebarData} from '../../../src/html/sidebar/data';
import {renderSidebar} from '../../../src/html/sidebar/page';
import {nestingError, urlsIn, visibleText} from '../checks';
import {CAX, HOSTILE, VPDU} from '../fixtures';
import {runSidebar, scriptOf} from './fake-page';

function sidebarData(overrides: Partial<SidebarData> = {}): SidebarData {
  return {
    communeName: 'Bắc Hà',
    updatedText: '12/06/2026 15:00',
    weekLabel: 'Tuần 24 (08/06–14/06/2026)',
    deadlineText: '14:00 thứ Sáu, ngày 12/06/2026',
    totalTasks: 34,
    counts: [
      {timeliness: 'overdue', label: 'Quá hạn', count: 3},
      {timeliness: 'doneOnTime', label: 'Hoàn thành đúng hạn', count: 2},
    ],
    overdue: [
      {
        code: '1.4"><img src=x onerror=alert(1)>',
        content: HOSTILE,
        unitName: 'Văn phòng Đảng ủy',
        person: 'Lò Thị Mai',
        dueText: '31/03/2026',
        daysLate: 73,
      },
    ],
    reporting: {onTime: [VPDU], late: [], notReported: [CAX]},
    ...overrides,
  };
}

describe('renderSidebar page', () => {
  const page = renderSidebar(sidebarData());

  test('is well-formed', () => {
    expect(nestingError(page)).toBeNull();
  });

  test('loads no external assets', () => {
    expect(urlsIn(page)).toEqual([]);
    expect(page).not.toMatch(/<(img|link|iframe)\b/i);
  });

  test('limits the width to 300px', () => {
    expect(page).toContain('max-width: 300px');
  });

  test('shows focus on buttons', () => {
    expect(page).toMatch(/button:focus-visible \{[^}]*outline: 3px solid/);
  });

  test.each([
    ['sidebarData', 'Làm mới số liệu'],
    ['runWeeklyReminderNow', 'Gửi thư nhắc báo cáo tuần ngay'],
    ['runWeeklySummaryNow', 'Gửi thư tổng hợp tuần ngay'],
    ['createQuarterlyReport', 'Tạo báo cáo quý'],
    ['checkSixClear', 'Kiểm tra “6 rõ”'],
  ])('has a %s button', (action, label) => {
    expect(page).toMatch(
      new RegExp(
        `<button type="button" data-action="${action}"[^>]*>${label}</button>`,
      ),
    );
  });

  test('embeds data that cannot close the script', () => {
    expect(scriptOf(page)).not.toMatch(/<\/?(script|img)/i);
  });

  test('names the commune', () => {
    expect(visibleText(page)).toContain('Tổng quan NQ57 – xã Bắc Hà');
  });

  test('is NFC', () => {
    expect(page).toBe(page.normalize('NFC'));
  });
});

describe('sidebar script', () => {
  test('renders embedded data at once', () => {
    const fake = runSidebar(renderSidebar(sidebarData()));
    expect(fake.calls).toEqual([]);
    expect(fake.elements.updated.textContent).toBe(
      'Số liệu lúc 12/06/2026 15:00',
    );
  });

  test('renders counts with labels', () => {
    const panels = runSidebar(renderSidebar(sidebarData())).elements.panels
      .innerHTML;
    expect(panels).toContain(
      '<span class="badge bad">Quá hạn</span><strong>3</strong>',
    );
  });

  test('escapes typed text in panels', () => {
    const panels = runSidebar(renderSidebar(sidebarData())).elements.panels
      .innerHTML;
    expect(panels).not.toContain('<script>');
    expect(panels).not.toContain('<img');
    expect(visibleText(panels)).toContain(HOSTILE);
  });

  test('renders overdue tasks as buttons', () => {
    const panels = runSidebar(renderSidebar(sidebarData())).elements.panels
      .innerHTML;
    expect(panels).toContain(
      '<button type="button" class="task" data-code="1.4&quot;&gt;&lt;img',
    );
    expect(visibleText(panels)).toContain('Hạn 31/03/2026 · quá 73 ngày');
  });

  test('lists reporting status by unit', () => {
    const text = visibleText(
      runSidebar(renderSidebar(sidebarData())).elements.panels.innerHTML,
    );
    expect(text).toContain('Đã báo cáo đúng hạn (1) Văn phòng Đảng ủy');
    expect(text).toContain('Báo cáo muộn (0) không có');
    expect(text).toContain('Chưa báo cáo (1) Công an xã');
  });

  test('says when nothing is overdue', () => {
    const panels = runSidebar(renderSidebar(sidebarData({overdue: []})))
      .elements.panels.innerHTML;
    expect(visibleText(panels)).toContain(
      'Nhiệm vụ quá hạn (0) Không có nhiệm vụ quá hạn.',
    );
  });

  test('loads data when none is embedded', () => {
    const fake = runSidebar(renderSidebar(null));
    expect(fake.calls).toEqual([{name: 'sidebarData', args: []}]);
    fake.succeed(JSON.stringify(sidebarData()));
    expect(fake.elements.panels.innerHTML).toContain(
      'Nhiệm vụ theo tiến độ (34)',
    );
    expect(fake.elements.status.textContent).toBe('Đã làm mới số liệu.');
  });

  test('accepts refreshed data as an object', () => {
    const fake = runSidebar(renderSidebar(null));
    fake.succeed(sidebarData({totalTasks: 40}));
    expect(fake.elements.panels.innerHTML).toContain(
      'Nhiệm vụ theo tiến độ (40)',
    );
  });

  test('jumps to a task by code', () => {
    const fake = runSidebar(renderSidebar(sidebarData()));
    fake.click({'data-code': '1.4'});
    expect(fake.calls).toEqual([{name: 'jumpToTask', args: ['1.4']}]);
  });

  test.each([
    'runWeeklyReminderNow',
    'runWeeklySummaryNow',
    'createQuarterlyReport',
    'checkSixClear',
    'sidebarData',
  ])('calls %s', action => {
    const fake = runSidebar(renderSidebar(sidebarData()));
    fake.click({'data-action': action});
    expect(fake.calls).toEqual([{name: action, args: []}]);
  });

  test('ignores unknown actions', () => {
    const fake = runSidebar(renderSidebar(sidebarData()));
    fake.click({'data-action': 'deleteEverything'});
    expect(fake.calls).toEqual([]);
  });

  test('disables buttons while busy', () => {
    const fake = runSidebar(renderSidebar(sidebarData()));
    fake.click({'data-action': 'runWeeklySummaryNow'});
    expect(fake.buttons.every(button => button.disabled)).toBe(true);
    expect(fake.elements.status.textContent).toBe(
      'Đang gửi thư tổng hợp tuần…',
    );
    fake.succeed(undefined);
    expect(fake.buttons.some(button => button.disabled)).toBe(false);
    expect(fake.elements.status.textContent).toBe('Đã gửi thư tổng hợp tuần.');
  });

  test('shows a server message as text', () => {
    const fake = runSidebar(renderSidebar(sidebarData()));
    fake.click({'data-action': 'checkSixClear'});
    fake.succeed('<b>5 nhiệm vụ</b> còn thiếu');
    expect(fake.elements.status.textContent).toBe(
      '<b>5 nhiệm vụ</b> còn thiếu',
    );
  });

  test('shows a failure as an error', () => {
    const fake = runSidebar(renderSidebar(sidebarData()));
    fake.click({'data-action': 'createQuarterlyReport'});
    fake.fail('Thiếu trang tính Cấu hình');
    expect(fake.elements.status.textContent).toBe(
      'Không thực hiện được: Thiếu trang tính Cấu hình',
    );
    expect(fake.elements.status.className).toBe('error');
  });

  test('explains when opened outside Sheets', () => {
    const fake = runSidebar(renderSidebar(null), false);
    expect(fake.elements.status.textContent).toContain('Google Trang tính');
  });
});

describe('sidebar reporting panel', () => {
  test('names the week and its deadline', () => {
    const panels = runSidebar(renderSidebar(sidebarData())).elements.panels
      .innerHTML;
    expect(visibleText(panels)).toContain(
      'Tuần 24 (08/06–14/06/2026), hạn nộp 14:00 thứ Sáu, ngày 12/06/2026',
    );
  });
});

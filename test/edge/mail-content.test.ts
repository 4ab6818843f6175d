// What the Friday emails contain and where problems show up: the preview sends nothing and
// shows the same emails, user text is escaped, task updates count as reporting, and an
// address MailApp rejects is recorded and listed in the summary.
import {Emulator} from '../../tools/emulator/index';
import {at, click, columnOf, rows, setUp} from './harness';
import {reminders, summaries} from './mail-outbox';

const PREVIEW = 'Xem trước thư tuần (không gửi)';
const EDITOR = 'vanphong@bacha.example';

function setCell(
  emu: Emulator,
  tab: string,
  key: string,
  match: (row: Record<string, unknown>) => boolean,
  value: unknown,
): void {
  const row = rows(emu, tab).find(match)?.row;
  if (row === undefined) throw new Error(`No matching row in ${tab}`);
  emu.ctx.counter.uncounted(() =>
    emu.workbook
      .getSheetByName(tab)
      .getRange(row, columnOf(emu, tab, key))
      .setValue(value),
  );
}

describe('email preview', () => {
  test('shows the emails and sends none', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    emu.advanceTo(at('2026-06-12', '07:00'));
    click(emu, PREVIEW);
    const html = emu.ui.dialogs[emu.ui.dialogs.length - 1].html;
    expect(emu.outbox).toHaveLength(0);
    emu.advanceTo(at('2026-06-12', '09:00'));
    expect(reminders(emu).length).toBeGreaterThan(5);
    for (const mail of reminders(emu)) expect(html).toContain(mail.subject);
  });
});

describe('reminder content', () => {
  test('names the deadline and links the sheet', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    emu.advanceTo(at('2026-06-12', '09:00'));
    const url = emu.ctx.counter.uncounted(() => emu.workbook.getUrl());
    const mail = reminders(emu)[0];
    expect(mail.body).toContain('14:00');
    expect(mail.body).toContain(url);
    expect(mail.htmlBody).toContain(url);
    expect(mail.htmlBody).not.toMatch(/<img[^>]+src="https?:/);
  });

  test('escapes text typed by staff', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    setCell(
      emu,
      'Nhiệm vụ',
      'content',
      r => String(r.code) === '1.4',
      'Rà soát <script>alert(1)</script> & báo cáo',
    );
    emu.advanceTo(at('2026-06-12', '16:00'));
    const html = emu.outbox.map(mail => mail.htmlBody ?? '').join('\n');
    expect(html).toContain('Rà soát &lt;script&gt;');
    expect(html).not.toContain('<script>');
  });
});

describe('reporting by task updates', () => {
  test('quiet week has nobody on time', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    emu.advanceTo(at('2026-06-12', '16:00'));
    const text = summaries(emu)[0].body;
    expect(/Báo cáo đúng hạn \(\d+\): (.*)/.exec(text)?.[1]).toBe('không có');
  });

  test('task update before deadline is on time', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    emu.advanceTo(at('2026-06-11', '10:00'));
    // Task 1.4 is led by the standing office ("VP Đảng ủy" in the plan).
    const row = rows(emu, 'Nhiệm vụ').find(r => String(r.code) === '1.4')!.row;
    emu.userEdit(
      'Nhiệm vụ',
      row,
      columnOf(emu, 'Nhiệm vụ', 'progress'),
      60,
      EDITOR,
    );
    emu.advanceTo(at('2026-06-12', '16:00'));
    const text = summaries(emu)[0].body;
    const onTime = /Báo cáo đúng hạn \(\d+\): (.*)/.exec(text)?.[1] ?? '';
    expect(onTime).toContain('Văn phòng Đảng ủy');
  });
});

describe('rejected addresses', () => {
  test('are recorded and listed in the summary', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    // Valid to the add-on's check, rejected by MailApp: a trailing dot.
    setCell(
      emu,
      'Đơn vị',
      'emails',
      r => r.name === 'Phòng Kinh tế',
      'pkt@bacha.example.',
    );
    emu.advanceTo(at('2026-06-12', '16:00'), {doubleFire: true});
    expect(emu.executions.filter(e => !e.ok)).toEqual([]);
    const failed = rows(emu, 'Thư đã gửi').filter(
      r => r.result === 'Lỗi, không thử lại',
    );
    expect(failed).toHaveLength(1);
    expect(failed[0].unit).toBe('Phòng Kinh tế');
    const text = summaries(emu)[0].body;
    expect(text).toContain('pkt@bacha.example.');
    expect(text).toContain('Lỗi, không thử lại');
    expect(emu.triggers().map(t => t.handler)).not.toContain('onResumeWork');
  });
});

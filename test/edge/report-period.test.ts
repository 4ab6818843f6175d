// Which period "Tạo báo cáo quý" reports on: the question after a quarter's cut-off, and the
// year-end report after the fourth quarter.
import {at, setUp} from './harness';
import {
  cellTexts,
  configValue,
  COUNTER_LABEL,
  createReport,
  reportTabs,
  savedFiles,
  savedHtml,
} from './report-helpers';

describe('report on 03/07/2026', () => {
  const now = at('2026-07-03', '10:00');

  test('YES reports quarter II', () => {
    const emu = setUp(now);
    createReport(emu, 'YES');
    expect(reportTabs(emu)).toEqual(['BC Quý II-2026']);
    expect(cellTexts(emu, 'BC Quý II-2026')).toContain(
      '(số liệu tính đến ngày 14/06/2026)',
    );
  });

  test('NO reports quarter III', () => {
    const emu = setUp(now);
    createReport(emu, 'NO');
    expect(reportTabs(emu)).toEqual(['BC Quý III-2026']);
    expect(cellTexts(emu, 'BC Quý III-2026')).toContain(
      '(số liệu tính đến ngày 14/09/2026)',
    );
  });

  test('CANCEL creates nothing', () => {
    const emu = setUp(now);
    const counter = configValue(emu, COUNTER_LABEL);
    const dialog = createReport(emu, 'CANCEL');
    expect(reportTabs(emu)).toEqual([]);
    expect(savedFiles(emu)).toEqual([]);
    expect(configValue(emu, COUNTER_LABEL)).toBe(counter);
    expect(dialog).toBeUndefined();
  });

  test('question names both quarters', () => {
    const emu = setUp(now);
    createReport(emu, 'CANCEL');
    const question = emu.ui.alerts[emu.ui.alerts.length - 1];
    expect(question.buttons).toBe('YES_NO_CANCEL');
    expect(question.prompt).toContain('quý II năm 2026');
    expect(question.prompt).toContain('quý III năm 2026');
  });
});

describe('report on 18/12/2026', () => {
  const now = at('2026-12-18', '10:00');

  test('YES reports the year', () => {
    const emu = setUp(now);
    createReport(emu, 'YES');
    expect(reportTabs(emu)).toEqual(['BC Năm 2026']);
    expect(cellTexts(emu, 'BC Năm 2026')).toContain(
      '(số liệu tính đến ngày 14/12/2026)',
    );
    expect(
      savedFiles(emu)
        .map(f => f.name)
        .sort(),
    ).toEqual(['BC Năm 2026.html', 'BC Năm 2026.pdf']);
    expect(savedHtml(emu)).toContain('năm 2026');
  });

  test('NO reports quarter IV', () => {
    const emu = setUp(now);
    createReport(emu, 'NO');
    expect(reportTabs(emu)).toEqual(['BC Quý IV-2026']);
  });

  test('year and quarter IV take two numbers', () => {
    const emu = setUp(now);
    const counter = Number(configValue(emu, COUNTER_LABEL));
    createReport(emu, 'NO');
    createReport(emu, 'YES');
    expect(reportTabs(emu).sort()).toEqual(['BC Năm 2026', 'BC Quý IV-2026']);
    expect(configValue(emu, COUNTER_LABEL)).toBe(counter + 2);
    expect(savedFiles(emu)).toHaveLength(4);
  });
});

describe('report on 08/01/2027', () => {
  test('YES then YES reports 2026', () => {
    const emu = setUp(at('2027-01-08', '10:00'));
    createReport(emu, 'YES', 'YES');
    expect(reportTabs(emu)).toEqual(['BC Năm 2026']);
  });
});

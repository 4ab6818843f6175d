// A report longer than a new sheet's 1,000 rows: many difficulties typed in one quarter.
import {at, columnOf, setUp, values} from './harness';
import {createReport, reportTabs} from './report-helpers';

const TAB = 'BC Quý II-2026';
const TYPED = 1200;

describe('report with 1,200 difficulties', () => {
  const emu = setUp(at('2026-06-12', '15:00'));
  const tab = 'Báo cáo tuần';
  const width = values(emu, tab)[0].length;
  const block = Array.from({length: TYPED}, (_, i) => {
    const line: unknown[] = new Array(width).fill('');
    line[columnOf(emu, tab, 'week') - 1] = '08/06/2026';
    line[columnOf(emu, tab, 'unit') - 1] = 'Văn phòng Đảng ủy';
    line[columnOf(emu, tab, 'difficulties') - 1] = `Khó khăn số ${i + 1}`;
    return line;
  });
  emu.ctx.counter.uncounted(() => {
    const sheet = emu.workbook.getSheetByName(tab);
    sheet.insertRowsAfter(sheet.getMaxRows(), TYPED);
  });
  emu.userPaste(tab, 2, 1, block);
  createReport(emu);

  test('creates the tab', () => {
    expect(reportTabs(emu)).toEqual([TAB]);
  });

  test('keeps the last difficulty', () => {
    expect(values(emu, TAB).flat()).toContain(`Khó khăn số ${TYPED}`);
  });
});

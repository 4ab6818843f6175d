// The formula columns and the domain functions must agree on every row: the sheet shows the
// formulas, while emails and reports use the domain. Rows of the built-in plan are varied by
// hand (done with and without evidence, late, cancelled, unresolved lead, two-part targets…)
// and both sides are compared at dates across 2026.
import {checkIndicator} from '../../src/core/indicator-status';
import {missingSixClearLabels} from '../../src/core/six-clear';
import {daysLate, timelinessOf} from '../../src/core/timeliness';
import {
  readIndicators,
  readTasks,
  readUnits,
} from '../../src/workbook/read-tabs';
import {
  CANCELLED_TEXT,
  INDICATOR_STATUS_TEXT,
  TIMELINESS_TEXT,
} from '../../src/workbook/labels';
import {Emulator} from '../../tools/emulator/index';
import {at, click, columnOf, rows, setUp, values, ZONE} from './harness';

const TASKS = 'Nhiệm vụ';
const INDICATORS = 'Chỉ tiêu';

function put(
  emu: Emulator,
  tab: string,
  row: number,
  key: string,
  value: unknown,
): void {
  emu.ctx.counter.uncounted(() =>
    emu.workbook
      .getSheetByName(tab)
      .getRange(row, columnOf(emu, tab, key))
      .setValue(value),
  );
}

function rowOf(emu: Emulator, tab: string, key: string, id: string): number {
  const found = rows(emu, tab).find(r => String(r[key]) === id);
  if (!found) throw new Error(`No row ${id} in ${tab}`);
  return found.row;
}

/** Varies the built-in rows so that every branch of every formula is reached. */
function vary(emu: Emulator): void {
  const task = (code: string) => rowOf(emu, TASKS, 'code', code);
  const t = (code: string, key: string, value: unknown) =>
    put(emu, TASKS, task(code), key, value);
  t('1.1', 'status', 'Hoàn thành');
  t('1.1', 'evidenceLink', 'https://example.org/1.1');
  t('1.1', 'completedOn', at('2026-01-10'));
  t('1.2', 'status', 'Hoàn thành');
  t('1.2', 'evidenceLink', 'https://example.org/1.2');
  t('1.2', 'completedOn', at('2026-12-30'));
  t('1.3', 'status', 'Hoàn thành');
  t('1.4', 'status', 'Hoàn thành');
  t('1.4', 'evidenceLink', 'https://example.org/1.4');
  t('1.4', 'completedOn', at('2026-05-01'));
  t('2.1', 'progress', 40);
  t('1.5', 'status', 'Đã hủy');
  t('2.1', 'person', 'Nguyễn Văn B');
  t('2.2', 'lead', 'Phòng Không Có');
  t('2.3', 'timeText', 'Khi có chỉ đạo');
  t('2.3', 'start', '');
  t('2.3', 'due', '');
  t('2.3', 'recurrence', '');
  t('3.1', 'recurrence', 'Hàng quý');
  t('3.2', 'status', 'Hoàn thành');
  t('3.2', 'evidenceLink', 'https://example.org/3.2');
  t('3.3', 'due', "'30/06/2026");
  t('3.4', 'content', '');
  t('3.5', 'product', '');
  t('4.1', 'recurrence', 'Mỗi khi cần');
  t('4.2', 'status', 'đang thực hiện');
  t('4.2', 'progress', 100);
  t('4.2', 'evidenceLink', 'https://example.org/4.2');

  const indicator = (no: number) => rowOf(emu, INDICATORS, 'no', String(no));
  const i = (no: number, key: string, value: unknown) =>
    put(emu, INDICATORS, indicator(no), key, value);
  const twoPart = 'Rà soát 100%; xử lý ≥ 02 thôn';
  i(2, 'value1', 1000);
  i(3, 'value1', 0);
  i(4, 'targetText', twoPart);
  i(4, 'value1', 100);
  i(5, 'targetText', twoPart);
  i(5, 'value1', 100);
  i(5, 'value2', 3);
  i(6, 'targetText', twoPart);
  i(6, 'value1', 100);
  i(6, 'value2', 1);
  i(7, 'targetText', twoPart);
  i(7, 'value1', 50);
  i(8, 'value1', 100);
  i(8, 'value2', 5);
  i(9, 'targetText', 'Nâng cao chất lượng');
  i(9, 'value1', 10);
  i(10, 'value2', 4);
  i(11, 'value1', "'85");
  i(12, 'value1', 0.7);
  i(13, 'value1', 100);
  i(13, 'due', at('2026-03-31'));
  i(14, 'value1', 0);
  i(14, 'due', at('2026-03-31'));
}

const DATES = [
  '2026-01-05',
  '2026-03-31',
  '2026-04-01',
  '2026-06-12',
  '2026-07-01',
  '2026-09-30',
  '2026-12-31',
];

describe('formula columns agree with the domain', () => {
  const emu = setUp(at('2026-01-05', '09:00'));
  vary(emu);
  click(emu, 'Làm mới trạng thái', 'OK');

  function domain() {
    const units = readUnits(values(emu, 'Đơn vị')).records;
    return {
      tasks: readTasks(values(emu, TASKS), units, ZONE).records,
      indicators: readIndicators(values(emu, INDICATORS), ZONE).records,
    };
  }

  function moveTo(date: string): void {
    emu.ctx.clock.set(at(date, '09:00').getTime());
    emu.ctx.counter.uncounted(() => emu.workbook.emuRecalculate());
  }

  describe.each(DATES)('on %s', date => {
    beforeAll(() => moveTo(date));

    test('timeliness matches', () => {
      const sheet = new Map(rows(emu, TASKS).map(r => [r.row, r.timeliness]));
      for (const task of domain().tasks) {
        const category = timelinessOf(task, date);
        const expected =
          category === null ? CANCELLED_TEXT : TIMELINESS_TEXT[category];
        expect([task.code, sheet.get(task.row)]).toEqual([task.code, expected]);
      }
    });

    test('days late match', () => {
      const sheet = new Map(rows(emu, TASKS).map(r => [r.row, r.daysLate]));
      for (const task of domain().tasks) {
        const shown = sheet.get(task.row);
        const days = shown === '' ? 0 : shown;
        expect([task.code, days]).toEqual([task.code, daysLate(task, date)]);
      }
    });

    test('missing 6 rõ matches', () => {
      const sheet = new Map(rows(emu, TASKS).map(r => [r.row, r.missing]));
      for (const task of domain().tasks) {
        const expected = missingSixClearLabels(task).join(', ');
        expect([task.code, sheet.get(task.row)]).toEqual([task.code, expected]);
      }
    });

    test('indicator status matches', () => {
      const sheet = new Map(rows(emu, INDICATORS).map(r => [r.row, r.status]));
      for (const indicator of domain().indicators) {
        const expected =
          INDICATOR_STATUS_TEXT[checkIndicator(indicator, date).status];
        expect([indicator.no, sheet.get(indicator.row)]).toEqual([
          indicator.no,
          expected,
        ]);
      }
    });
  });

  test('varied rows reach every category', () => {
    moveTo('2026-12-31');
    const shown = new Set(rows(emu, TASKS).map(r => r.timeliness));
    for (const label of [
      TIMELINESS_TEXT.doneOnTime,
      TIMELINESS_TEXT.doneLate,
      TIMELINESS_TEXT.overdue,
      TIMELINESS_TEXT.ongoing,
      TIMELINESS_TEXT.undated,
      CANCELLED_TEXT,
    ]) {
      expect(shown).toContain(label);
    }
  });

  test('varied indicators reach every status', () => {
    moveTo('2026-12-31');
    const shown = new Set(rows(emu, INDICATORS).map(r => r.status));
    for (const label of Object.values(INDICATOR_STATUS_TEXT)) {
      expect(shown).toContain(label);
    }
  });
});

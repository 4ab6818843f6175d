// A quarterly report value for template tests, with hostile text in every
// field that staff type.
import type {QuarterlyReport} from '../../src/core/report-model';
import {CAX, HOSTILE, indicatorLine, taskLine, VPDU} from './fixtures';

export function quarterlyReport(
  overrides: Partial<QuarterlyReport> = {},
): QuarterlyReport {
  const overdue = taskLine({content: HOSTILE});
  const next = taskLine({
    code: '6.1',
    timeliness: 'onTrack',
    timelinessLabel: 'Đang thực hiện trong hạn',
    timeText: 'Quý III',
    due: '2026-09-30',
    dueText: '30/09/2026',
    product: HOSTILE,
    daysLate: 0,
  });
  const indicators = [
    indicatorLine({status: 'met', statusLabel: 'Đạt', no: 1}),
    indicatorLine({targetText: HOSTILE}),
  ];
  return {
    period: {
      year: 2026,
      kind: 2,
      start: '2026-03-15',
      end: '2026-06-14',
      label: 'Quý II năm 2026',
      cutoffText: 'số liệu tính đến ngày 14/06/2026',
    },
    header: {
      superiorBody: 'ĐẢNG BỘ TỈNH LÀO CAI',
      issuingBody: 'ĐẢNG ỦY XÃ BẮC HÀ',
      numberText: 'Số 12-BC/ĐU',
      dateLine: 'Bắc Hà, ngày 12 tháng 6 năm 2026',
      title: 'Kết quả thực hiện Nghị quyết số 57-NQ/TW quý II năm 2026',
      planNumber: '66-KH/ĐU',
      planDateText: '28/01/2026',
      signerTitle: 'T/M BAN THƯỜNG VỤ\nBÍ THƯ',
      signerName: 'Nguyễn Duy Hòa',
    },
    today: '2026-06-12',
    asOf: '2026-06-12',
    results: {
      indicators,
      indicatorCounts: {met: 1, notMet: 1, missed: 0, noValue: 0},
      totalTasks: 34,
      cancelledCount: 0,
      taskGroups: [
        {
          timeliness: 'doneOnTime',
          label: 'Hoàn thành đúng hạn',
          count: 2,
          codes: ['1.1', '1.2'],
        },
        {timeliness: 'overdue', label: 'Quá hạn', count: 1, codes: ['1.4']},
      ],
      budget: {
        lines: [
          {
            code: '7',
            groupNo: '7',
            groupName: 'Chuyển đổi số',
            content: HOSTILE,
            plannedMillion: 923,
            spentMillion: 100,
            source: 'Ngân sách xã',
            note: '',
            partOf: '',
          },
          {
            code: '7.1',
            groupNo: '7',
            groupName: 'Chuyển đổi số',
            content: 'Thiết bị',
            plannedMillion: 500,
            spentMillion: 0,
            source: '',
            note: '',
            partOf: '7',
          },
        ],
        plannedTotal: 2788,
        spentTotal: 350.5,
        spentShare: 350.5 / 2788,
        communeBudgetMillion: 0,
        shareOfCommuneBudget: null,
        meetsOnePercent: null,
        onePercentText: 'Chưa có tổng chi ngân sách xã để so sánh mức ≥ 1%.',
      },
    },
    shortcomings: {
      overdue: [overdue],
      indicatorsOffTrack: [indicators[1]],
      causes: [
        {
          unit: CAX,
          weekStart: '2026-06-08',
          taskCode: '4.1',
          text: `Thiếu máy\n${HOSTILE}`,
        },
      ],
    },
    nextTasks: {label: 'Quý III năm 2026', tasks: [next]},
    proposals: [
      {unit: VPDU, weekStart: '2026-05-04', taskCode: '', text: HOSTILE},
    ],
    appendix: {tasks: [overdue, next], indicators},
    charts: {
      timeliness: {
        title: 'Tình hình thực hiện nhiệm vụ',
        points: [
          {key: 'doneOnTime', label: 'Hoàn thành đúng hạn', value: 2},
          {key: 'overdue', label: 'Quá hạn', value: 1},
        ],
      },
      indicators: {
        title: 'Kết quả thực hiện chỉ tiêu',
        points: [
          {key: 'met', label: 'Đạt', value: 1},
          {key: 'notMet', label: HOSTILE, value: 1},
        ],
      },
    },
    ...overrides,
  };
}

// Report-model values for template tests, with hostile and Vietnamese text
// in the fields that staff type.
import type {
  IndicatorLine,
  Reminder,
  TaskLine,
  UnitRef,
  WeekInfo,
  WeeklySummary,
} from '../../src/core/report-model';

/** Text that breaks markup if it reaches the output unescaped. */
export const HOSTILE = '<script>alert("x")</script> & \'trích\' "dẫn"';

export const SPREADSHEET_URL =
  'https://docs.google.com/spreadsheets/d/EXAMPLE_ID/edit';

export const VPDU: UnitRef = {code: 'VPDU', name: 'Văn phòng Đảng ủy'};
export const CAX: UnitRef = {code: 'CAX', name: 'Công an xã'};

export function week24(): WeekInfo {
  return {
    number: 24,
    monday: '2026-06-08',
    friday: '2026-06-12',
    sunday: '2026-06-14',
    label: 'Tuần 24 (08/06–14/06/2026)',
    deadlineAt: Date.UTC(2026, 5, 12, 7, 0),
    deadlineText: '14:00 thứ Sáu, ngày 12/06/2026',
  };
}

export function taskLine(overrides: Partial<TaskLine> = {}): TaskLine {
  return {
    code: '1.4',
    row: 7,
    groupNo: '1',
    groupName: 'Nâng cao nhận thức',
    content: 'Tổ chức hội nghị quán triệt Nghị quyết',
    leadUnits: [VPDU],
    leadText: 'VP ĐU',
    person: 'Nguyễn Thị Hằng',
    timeText: 'Quý I',
    due: '2026-03-31',
    dueText: '31/03/2026',
    recurrence: 'none',
    product: 'Báo cáo kết quả',
    status: 'inProgress',
    progress: 40,
    evidenceLink: '',
    timeliness: 'overdue',
    timelinessLabel: 'Quá hạn',
    daysLate: 73,
    missingClear: [],
    ...overrides,
  };
}

export function indicatorLine(
  overrides: Partial<IndicatorLine> = {},
): IndicatorLine {
  return {
    no: 5,
    groupCode: 'II',
    groupName: 'Chuyển đổi số',
    name: 'Tỷ lệ hồ sơ trực tuyến toàn trình',
    unitOfMeasure: '%',
    result2025: '60',
    targetText: '≥ 80',
    currentText: '65',
    leadText: 'TTPVHCC',
    deadlineText: 'Quý IV',
    due: '2026-12-31',
    status: 'notMet',
    statusLabel: 'Chưa đạt',
    problem: null,
    ...overrides,
  };
}

export function reminder(overrides: Partial<Reminder> = {}): Reminder {
  return {
    unit: VPDU,
    recipients: ['vpdu@bacha.example'],
    week: week24(),
    overdue: [taskLine({content: HOSTILE, person: HOSTILE})],
    dueSoon: [
      taskLine({
        code: '2.1',
        timeliness: 'dueSoon',
        timelinessLabel: 'Sắp đến hạn (≤ 7 ngày)',
        due: '2026-06-15',
        dueText: '15/06/2026',
        daysLate: 0,
      }),
    ],
    otherOpen: [
      taskLine({
        code: '3.2',
        timeliness: 'ongoing',
        timelinessLabel: 'Thường xuyên',
        due: null,
        dueText: '',
        timeText: 'Thường xuyên (hàng tuần)',
        recurrence: 'weekly',
        daysLate: 0,
      }),
    ],
    missingClear: [
      taskLine({
        code: '5.3',
        person: '',
        missingClear: ['rõ người', 'rõ minh chứng'],
      }),
    ],
    reporting: 'notReported',
    ...overrides,
  };
}

export function weeklySummary(
  overrides: Partial<WeeklySummary> = {},
): WeeklySummary {
  const overdue = taskLine({content: HOSTILE});
  return {
    communeName: 'Bắc Hà',
    week: week24(),
    today: '2026-06-12',
    todayText: '12/06/2026',
    totalTasks: 34,
    cancelledCount: 1,
    counts: [
      {timeliness: 'doneOnTime', label: 'Hoàn thành đúng hạn', count: 2},
      {timeliness: 'doneLate', label: 'Hoàn thành quá hạn', count: 1},
      {timeliness: 'onTrack', label: 'Đang thực hiện trong hạn', count: 20},
      {timeliness: 'dueSoon', label: 'Sắp đến hạn (≤ 7 ngày)', count: 1},
      {timeliness: 'overdue', label: 'Quá hạn', count: 3},
      {timeliness: 'ongoing', label: 'Thường xuyên', count: 6},
      {timeliness: 'undated', label: 'Chưa rõ thời hạn', count: 1},
    ],
    overdueByUnit: [
      {unit: CAX, tasks: [taskLine({code: '4.1', person: 'Lò Văn Sáng'})]},
      {unit: VPDU, tasks: [overdue]},
      {unit: {code: '', name: ''}, tasks: [taskLine({code: '3.1'})]},
    ],
    dueNext7Days: [taskLine({code: '2.1', timeliness: 'dueSoon'})],
    reporting: {onTime: [VPDU], late: [CAX], notReported: []},
    missingClear: [taskLine({code: '5.3', missingClear: ['rõ người']})],
    indicatorsOffTrack: [indicatorLine({targetText: HOSTILE})],
    changes: {
      hasPrevious: true,
      newlyOverdue: [taskLine({code: '1.4'})],
      newlyCompleted: [],
    },
    recipientProblems: [
      {
        owner: 'Công an xã',
        address: 'ca xa@',
        problem: 'Địa chỉ email không hợp lệ',
      },
    ],
    ...overrides,
  };
}

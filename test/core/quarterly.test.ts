import type {TaskState, WeeklyReport} from '../../src/core/model';
import {
  buildQuarterlyReport,
  dateLine,
  reportNumberText,
  type QuarterlyInput,
} from '../../src/core/quarterly';
import type {ReportPeriodKind} from '../../src/core/report-model';
import {
  makeBudgetLine,
  makeConfig,
  makeIndicator,
  makeReport,
  makeTask,
  makeUnit,
} from './factories';

const LINK = 'https://drive.example/bb.pdf';
const UNITS = [
  makeUnit('VPDU', {name: 'Văn phòng Đảng ủy'}),
  makeUnit('VHXH', {name: 'Phòng Văn hóa – Xã hội'}),
];

function task(code: string, fields: Partial<TaskState>): TaskState {
  return makeTask({code, ...fields});
}

const TASKS: TaskState[] = [
  task('1.4', {due: '2026-03-31'}),
  task('3.1', {due: '2026-03-31', leadUnits: ['VHXH']}),
  task('1.10', {
    due: '2026-03-31',
    status: 'done',
    evidenceLink: LINK,
    completedOn: '2026-04-05',
  }),
  task('1.2', {
    due: '2026-06-30',
    status: 'done',
    evidenceLink: LINK,
    completedOn: '2026-06-20',
  }),
  task('2.3', {due: '2026-09-30'}),
  task('4.1', {
    due: '2026-06-30',
    status: 'done',
    evidenceLink: LINK,
    completedOn: '2026-06-10',
  }),
  task('1.5', {due: null, recurrence: 'weekly'}),
  task('6.1', {due: '2026-03-31', status: 'cancelled'}),
];

function input(fields: Partial<QuarterlyInput> = {}): QuarterlyInput {
  return {
    config: makeConfig({nextReportNumber: 12, communeBudgetMillion: 278800}),
    units: UNITS,
    tasks: TASKS,
    indicators: [
      makeIndicator({no: 1, currentText: '25'}),
      makeIndicator({no: 2, currentText: '10', due: '2026-06-30'}),
      makeIndicator({no: 3, currentText: '10', due: '2026-03-31'}),
      makeIndicator({no: 4, currentText: ''}),
    ],
    budget: [
      makeBudgetLine({code: '7', plannedMillion: 923, spentMillion: 100}),
      makeBudgetLine({code: '7.1', plannedMillion: 120, partOf: '7'}),
    ],
    reports: [],
    year: 2026,
    kind: 2,
    today: '2026-06-12',
    ...fields,
  };
}

describe('buildQuarterlyReport Q2 on 12/06', () => {
  const report = buildQuarterlyReport(input());
  const group = (key: string) =>
    report.results.taskGroups.find(g => g.timeliness === key);

  test('cut-off text', () => {
    expect(report.period.cutoffText).toBe('số liệu tính đến ngày 14/06/2026');
  });

  test('evaluated on today', () => {
    expect(report.asOf).toBe('2026-06-12');
  });

  test('overdue codes in order', () => {
    expect(group('overdue')?.codes).toEqual(['1.4', '3.1']);
  });

  test('done late codes', () => {
    expect(group('doneLate')?.codes).toEqual(['1.10']);
  });

  test('completed before today counts done', () => {
    expect(group('doneOnTime')?.codes).toEqual(['4.1']);
  });

  test('task done after today stays open', () => {
    expect(group('onTrack')?.codes).toEqual(['1.2', '2.3']);
  });

  test('cancelled left out', () => {
    expect(report.results.cancelledCount).toBe(1);
  });

  test('overdue lines carry unit and days', () => {
    const [first] = report.shortcomings.overdue;
    expect([first.code, first.leadUnits[0].name, first.daysLate]).toEqual([
      '1.4',
      'Văn phòng Đảng ủy',
      73,
    ]);
  });

  test('indicator counts', () => {
    expect(report.results.indicatorCounts).toEqual({
      met: 1,
      notMet: 1,
      missed: 1,
      noValue: 1,
    });
  });

  test('indicators off track', () => {
    expect(report.shortcomings.indicatorsOffTrack.map(i => i.no)).toEqual([
      2, 3,
    ]);
  });

  test('budget totals', () => {
    expect(report.results.budget.plannedTotal).toBe(923);
  });

  test('next quarter tasks', () => {
    expect(report.nextTasks.tasks.map(t => t.code)).toEqual(['2.3']);
  });

  test('next quarter label', () => {
    expect(report.nextTasks.label).toBe('Quý III năm 2026');
  });

  test('report number', () => {
    expect(report.header.numberText).toBe('Số 12-BC/ĐU');
  });

  test('date line', () => {
    expect(report.header.dateLine).toBe('Bắc Hà, ngày 12 tháng 6 năm 2026');
  });

  test('title names the quarter', () => {
    expect(report.header.title).toBe(
      'Kết quả thực hiện Nghị quyết số 57-NQ/TW quý II năm 2026',
    );
  });

  test('timeliness chart', () => {
    expect(report.charts.timeliness.points.map(p => p.value)).toEqual(
      report.results.taskGroups.map(g => g.count),
    );
  });

  test('indicator chart', () => {
    expect(report.charts.indicators.points.map(p => p.value)).toEqual([
      1, 1, 1, 1,
    ]);
  });

  test('appendix sorted by code', () => {
    expect(report.appendix.tasks.map(t => t.code)).toEqual([
      '1.2',
      '1.4',
      '1.5',
      '1.10',
      '2.3',
      '3.1',
      '4.1',
    ]);
  });
});

describe('buildQuarterlyReport after cut-off', () => {
  const report = buildQuarterlyReport(input({today: '2026-06-25'}));
  const group = (key: string) =>
    report.results.taskGroups.find(g => g.timeliness === key);

  test('evaluated on period end', () => {
    expect(report.asOf).toBe('2026-06-14');
  });

  test('done after cut-off still open', () => {
    expect(group('onTrack')?.codes).toEqual(['1.2', '2.3']);
  });

  test('done before cut-off counts done', () => {
    expect(group('doneOnTime')?.codes).toEqual(['4.1']);
  });

  test('date line uses today', () => {
    expect(report.header.dateLine).toBe('Bắc Hà, ngày 25 tháng 6 năm 2026');
  });
});

describe('report periods', () => {
  const cases: Array<[ReportPeriodKind, string, string, string]> = [
    [1, '2025-12-15', '2026-03-14', 'Quý II năm 2026'],
    [2, '2026-03-15', '2026-06-14', 'Quý III năm 2026'],
    [3, '2026-06-15', '2026-09-14', 'Quý IV năm 2026'],
    [4, '2026-09-15', '2026-12-14', 'Quý I năm 2027'],
    ['year', '2025-12-15', '2026-12-14', 'Quý I năm 2027'],
  ];

  test.each(cases)('kind %s', (kind, start, end, nextLabel) => {
    const report = buildQuarterlyReport(input({kind, today: '2026-12-20'}));
    expect([
      report.period.start,
      report.period.end,
      report.nextTasks.label,
    ]).toEqual([start, end, nextLabel]);
  });

  test('year title', () => {
    const report = buildQuarterlyReport(input({kind: 'year'}));
    expect(report.header.title).toBe(
      'Kết quả thực hiện Nghị quyết số 57-NQ/TW năm 2026',
    );
  });
});

describe('causes and proposals', () => {
  const typed = '<b>Thiếu</b> máy tính & "mạng" yếu\n  (thôn Nậm Lúc)';
  const reports: WeeklyReport[] = [
    makeReport({
      row: 9,
      weekStart: '2026-06-08',
      unitCode: 'VHXH',
      difficulties: typed,
    }),
    makeReport({
      row: 3,
      weekStart: '2026-03-16',
      unitCode: 'VPDU',
      difficulties: 'Chậm kinh phí',
    }),
    makeReport({
      row: 4,
      weekStart: '2026-03-23',
      unitCode: 'VPDU',
      difficulties: 'Chậm kinh phí',
    }),
    makeReport({
      row: 5,
      weekStart: '2026-03-09',
      unitCode: 'VPDU',
      difficulties: 'Quý trước',
    }),
    makeReport({
      row: 6,
      weekStart: '2026-06-15',
      unitCode: 'VPDU',
      difficulties: 'Quý sau',
    }),
    makeReport({
      row: 7,
      weekStart: '2026-04-06',
      unitCode: 'VPDU',
      difficulties: '  ',
    }),
    makeReport({
      row: 8,
      weekStart: '2026-04-09',
      unitCode: 'XX',
      proposals: 'Bổ sung <i>biên chế</i>',
    }),
  ];
  const report = buildQuarterlyReport(input({reports}));

  test('causes in period, by week', () => {
    expect(report.shortcomings.causes.map(c => c.text)).toEqual([
      'Chậm kinh phí',
      typed,
    ]);
  });

  test('cause text unaltered', () => {
    expect(report.shortcomings.causes[1].text).toBe(typed);
  });

  test('cause unit name', () => {
    expect(report.shortcomings.causes[1].unit.name).toBe(
      'Phòng Văn hóa – Xã hội',
    );
  });

  test('proposal week normalised', () => {
    expect(report.proposals[0].weekStart).toBe('2026-04-06');
  });

  test('proposal text unaltered', () => {
    expect(report.proposals.map(p => p.text)).toEqual([
      'Bổ sung <i>biên chế</i>',
    ]);
  });

  test('unknown unit shown as code', () => {
    expect(report.proposals[0].unit).toEqual({code: 'XX', name: 'XX'});
  });
});

describe('header helpers', () => {
  test('date line pads day and early months', () => {
    expect(dateLine('Bắc Hà', '2026-02-05')).toBe(
      'Bắc Hà, ngày 05 tháng 02 năm 2026',
    );
  });

  test('date line from March unpadded', () => {
    expect(dateLine('Bắc Hà', '2026-03-15')).toBe(
      'Bắc Hà, ngày 15 tháng 3 năm 2026',
    );
  });

  test('number suffix from plan', () => {
    expect(reportNumberText('12-KH/ĐU', 3)).toBe('Số 3-BC/ĐU');
  });

  test('number suffix default', () => {
    expect(reportNumberText('12', 3)).toBe('Số 3-BC/ĐU');
  });
});

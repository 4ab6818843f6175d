import type {TaskState} from '../../src/core/model';
import type {TimelinessSnapshot} from '../../src/core/report-model';
import {
  NO_LEAD_UNIT_NAME,
  buildReminders,
  buildWeeklySummary,
  snapshot,
  type SummaryInput,
  type WeeklyInput,
} from '../../src/core/weekly';
import {
  makeConfig,
  makeIndicator,
  makeReport,
  makeTask,
  makeUnit,
  vnInstant,
} from './factories';

const TODAY = '2026-06-12';
const LINK = 'https://drive.example/bb.pdf';
const UNITS = [
  makeUnit('VPDU', {
    name: 'Văn phòng Đảng ủy',
    emails: ['vpdu@example.com', 'ct@example.com'],
  }),
  makeUnit('VHXH', {name: 'Phòng Văn hóa – Xã hội'}),
  makeUnit('CAX', {name: 'Công an xã'}),
  makeUnit('MTTQ', {name: 'Ủy ban MTTQ xã'}),
];

function task(code: string, fields: Partial<TaskState>): TaskState {
  return makeTask({code, ...fields});
}

const TASKS: TaskState[] = [
  task('1.4', {due: '2026-03-31'}),
  task('1.2', {due: '2026-06-15'}),
  task('2.3', {due: '2026-09-30', person: ''}),
  task('3.1', {due: '2026-03-31', leadUnits: ['VHXH']}),
  task('3.5', {due: '2026-05-31', leadUnits: ['VPDU', 'VHXH']}),
  task('5.3', {
    leadUnits: ['CAX'],
    status: 'done',
    evidenceLink: LINK,
    completedOn: '2026-05-01',
  }),
  task('6.1', {status: 'cancelled', due: '2026-01-31', leadUnits: ['CAX']}),
  task('9.1', {due: '2026-04-30', leadUnits: []}),
];

function input(fields: Partial<WeeklyInput> = {}): WeeklyInput {
  return {
    config: makeConfig(),
    units: UNITS,
    tasks: TASKS,
    reports: [],
    today: TODAY,
    ...fields,
  };
}

describe('buildReminders', () => {
  const reminders = buildReminders(input());
  const byUnit = new Map(reminders.map(r => [r.unit.code, r]));

  test('one reminder per unit', () => {
    expect(reminders.map(r => r.unit.code)).toEqual(['VPDU', 'VHXH', 'CAX']);
  });

  test('overdue tasks, most late first', () => {
    expect(byUnit.get('VPDU')?.overdue.map(t => t.code)).toEqual([
      '1.4',
      '3.5',
    ]);
  });

  test('due soon tasks', () => {
    expect(byUnit.get('VPDU')?.dueSoon.map(t => t.code)).toEqual(['1.2']);
  });

  test('other open tasks', () => {
    expect(byUnit.get('VPDU')?.otherOpen.map(t => t.code)).toEqual(['2.3']);
  });

  test('missing 6 rõ tasks', () => {
    expect(byUnit.get('VPDU')?.missingClear.map(t => t.code)).toEqual(['2.3']);
  });

  test('shared task in both units', () => {
    expect(byUnit.get('VHXH')?.overdue.map(t => t.code)).toEqual([
      '3.1',
      '3.5',
    ]);
  });

  test('recipients are unit emails', () => {
    expect(byUnit.get('VPDU')?.recipients).toEqual([
      'vpdu@example.com',
      'ct@example.com',
    ]);
  });

  test('deadline as dd/mm/yyyy', () => {
    expect(byUnit.get('VPDU')?.dueSoon[0].dueText).toBe('15/06/2026');
  });

  test('days late', () => {
    expect(byUnit.get('VPDU')?.overdue[0].daysLate).toBe(73);
  });

  test('friday deadline', () => {
    expect(byUnit.get('VPDU')?.week.deadlineText).toBe(
      '14:00 thứ Sáu, ngày 12/06/2026',
    );
  });

  test('done unit not reported gets reminder', () => {
    expect(byUnit.get('CAX')?.reporting).toBe('notReported');
  });

  test('done unit reported gets none', () => {
    const report = makeReport({
      unitCode: 'CAX',
      submittedAt: vnInstant('2026-06-12', '08:30'),
    });
    const codes = buildReminders(input({reports: [report]})).map(
      r => r.unit.code,
    );
    expect(codes).not.toContain('CAX');
  });

  test('unit without tasks gets none', () => {
    expect(byUnit.has('MTTQ')).toBe(false);
  });

  test('text kept as typed', () => {
    const content = '<b>Số hóa</b> & "QR" <script>x</script>';
    const [reminder] = buildReminders(
      input({tasks: [task('8.4', {content, due: '2026-03-31'})]}),
    );
    expect(reminder.overdue[0].content).toBe(content);
  });
});

function summaryInput(fields: Partial<SummaryInput> = {}): SummaryInput {
  return {
    ...input(),
    indicators: [],
    previous: null,
    recipientProblems: [],
    ...fields,
  };
}

describe('buildWeeklySummary', () => {
  const reports = [
    makeReport({
      unitCode: 'VPDU',
      submittedAt: vnInstant('2026-06-12', '10:00'),
    }),
    makeReport({
      unitCode: 'VHXH',
      submittedAt: vnInstant('2026-06-12', '16:00'),
    }),
  ];
  const summary = buildWeeklySummary(summaryInput({reports}));
  const countOf = (key: string) =>
    summary.counts.find(c => c.timeliness === key)?.count;

  test('week label', () => {
    expect(summary.week.label).toBe('Tuần 24 (08/06–14/06/2026)');
  });

  test('total leaves out cancelled', () => {
    expect(summary.totalTasks).toBe(7);
  });

  test('cancelled count', () => {
    expect(summary.cancelledCount).toBe(1);
  });

  test('overdue count', () => {
    expect(countOf('overdue')).toBe(4);
  });

  test('done on time count', () => {
    expect(countOf('doneOnTime')).toBe(1);
  });

  test('counts list every category', () => {
    expect(summary.counts).toHaveLength(7);
  });

  test('overdue grouped by unit', () => {
    expect(
      summary.overdueByUnit.map(g => [g.unit.code, g.tasks.map(t => t.code)]),
    ).toEqual([
      ['VPDU', ['1.4', '3.5']],
      ['VHXH', ['3.1', '3.5']],
      ['', ['9.1']],
    ]);
  });

  test('no lead unit group name', () => {
    expect(summary.overdueByUnit[2].unit.name).toBe(NO_LEAD_UNIT_NAME);
  });

  test('overdue line has person', () => {
    expect(summary.overdueByUnit[0].tasks[0].person).toBe('Nguyễn Văn A');
  });

  test('due next 7 days', () => {
    expect(summary.dueNext7Days.map(t => t.code)).toEqual(['1.2']);
  });

  test('units on time', () => {
    expect(summary.reporting.onTime.map(u => u.code)).toEqual(['VPDU']);
  });

  test('units late', () => {
    expect(summary.reporting.late.map(u => u.code)).toEqual(['VHXH']);
  });

  test('units not reported', () => {
    expect(summary.reporting.notReported.map(u => u.code)).toEqual(['CAX']);
  });

  test('tasks missing 6 rõ', () => {
    expect(summary.missingClear.map(t => t.code)).toEqual(['2.3', '9.1']);
  });

  test('no previous snapshot', () => {
    expect(summary.changes.hasPrevious).toBe(false);
  });

  test('recipient problems passed through', () => {
    const problems = [
      {
        owner: 'Công an xã',
        address: 'ca@',
        problem: 'Địa chỉ email không hợp lệ',
      },
    ];
    expect(
      buildWeeklySummary(summaryInput({recipientProblems: problems}))
        .recipientProblems,
    ).toEqual(problems);
  });
});

describe('summary changes', () => {
  const previous: TimelinessSnapshot = {
    '1.4': 'overdue',
    '1.2': 'onTrack',
    '3.1': 'onTrack',
    '5.3': 'onTrack',
  };
  const {changes} = buildWeeklySummary(summaryInput({previous}));

  test('has previous', () => {
    expect(changes.hasPrevious).toBe(true);
  });

  test('newly overdue', () => {
    expect(changes.newlyOverdue.map(t => t.code)).toEqual([
      '3.1',
      '9.1',
      '3.5',
    ]);
  });

  test('newly completed', () => {
    expect(changes.newlyCompleted.map(t => t.code)).toEqual(['5.3']);
  });
});

describe('summary indicators', () => {
  test('no value is not off track', () => {
    const summary = buildWeeklySummary(
      summaryInput({indicators: [makeIndicator({currentText: ''})]}),
    );
    expect(summary.indicatorsOffTrack).toEqual([]);
  });

  test('below target is off track', () => {
    const summary = buildWeeklySummary(
      summaryInput({indicators: [makeIndicator({currentText: '12'})]}),
    );
    expect(summary.indicatorsOffTrack.map(i => i.status)).toEqual(['notMet']);
  });

  test('met is not off track', () => {
    const summary = buildWeeklySummary(
      summaryInput({indicators: [makeIndicator({currentText: '25'})]}),
    );
    expect(summary.indicatorsOffTrack).toEqual([]);
  });
});

describe('snapshot', () => {
  const result = snapshot(TASKS, TODAY);

  test('records timeliness', () => {
    expect(result['1.4']).toBe('overdue');
  });

  test('leaves out cancelled', () => {
    expect('6.1' in result).toBe(false);
  });

  test('round trip has no changes', () => {
    const {changes} = buildWeeklySummary(summaryInput({previous: result}));
    expect([changes.newlyOverdue, changes.newlyCompleted]).toEqual([[], []]);
  });
});

import type {ReportingStatus} from '../../src/core/report-model';
import {reportingStatuses, weekInfo} from '../../src/core/week';
import {makeConfig, makeReport, makeTask, vnInstant} from './factories';

const CONFIG = makeConfig();
const TZ = CONFIG.timeZone;

describe('weekInfo', () => {
  const week = weekInfo('2026-06-12', CONFIG);

  test('week label', () => {
    expect(week.label).toBe('Tuần 24 (08/06–14/06/2026)');
  });

  test('monday, friday, sunday', () => {
    expect([week.monday, week.friday, week.sunday]).toEqual([
      '2026-06-08',
      '2026-06-12',
      '2026-06-14',
    ]);
  });

  test('deadline instant is 07:00 UTC', () => {
    expect(week.deadlineAt).toBe(Date.UTC(2026, 5, 12, 7, 0));
  });

  test('deadline text', () => {
    expect(week.deadlineText).toBe('14:00 thứ Sáu, ngày 12/06/2026');
  });

  test('sunday belongs to its week', () => {
    expect(weekInfo('2026-06-14', CONFIG).monday).toBe('2026-06-08');
  });

  test('label across new year', () => {
    expect(weekInfo('2026-12-30', CONFIG).label).toBe(
      'Tuần 53 (28/12/2026–03/01/2027)',
    );
  });

  test('first week of 2026', () => {
    expect(weekInfo('2026-01-02', CONFIG).label).toBe(
      'Tuần 1 (29/12/2025–04/01/2026)',
    );
  });
});

describe('reportingStatuses', () => {
  const week = weekInfo('2026-06-12', CONFIG);
  const statusOf = (
    reports: Parameters<typeof reportingStatuses>[1],
    tasks: Parameters<typeof reportingStatuses>[2],
  ): ReportingStatus =>
    reportingStatuses(week, reports, tasks, TZ).get('VPDU') ?? 'notReported';

  const reportCases: Array<[string, number | null, ReportingStatus]> = [
    ['report at 13:59', vnInstant('2026-06-12', '13:59'), 'onTime'],
    ['report at 14:00', vnInstant('2026-06-12', '14:00'), 'onTime'],
    ['report at 14:00:01', vnInstant('2026-06-12', '14:00') + 1000, 'late'],
    ['report on saturday', vnInstant('2026-06-13', '09:00'), 'late'],
    ['report on monday before', vnInstant('2026-06-08', '08:00'), 'onTime'],
    ['report without time', null, 'late'],
  ];

  test.each(reportCases)('%s', (_name, submittedAt, expected) => {
    expect(statusOf([makeReport({submittedAt})], [])).toBe(expected);
  });

  const updateCases: Array<[string, number, ReportingStatus]> = [
    ['update monday 00:00', vnInstant('2026-06-08', '00:00'), 'onTime'],
    ['update sunday before', vnInstant('2026-06-07', '23:59'), 'notReported'],
    ['update friday 13:59', vnInstant('2026-06-12', '13:59'), 'onTime'],
    ['update friday 14:01', vnInstant('2026-06-12', '14:01'), 'late'],
    ['update sunday 23:59', vnInstant('2026-06-14', '23:59'), 'late'],
    ['update next monday', vnInstant('2026-06-15', '00:00'), 'notReported'],
  ];

  test.each(updateCases)('%s', (_name, updatedAt, expected) => {
    expect(statusOf([], [makeTask({updatedAt})])).toBe(expected);
  });

  test('report of another week', () => {
    const report = makeReport({
      weekStart: '2026-06-01',
      submittedAt: vnInstant('2026-06-05', '10:00'),
    });
    expect(statusOf([report], [])).toBe('notReported');
  });

  test('week typed as friday', () => {
    const report = makeReport({
      weekStart: '2026-06-12',
      submittedAt: vnInstant('2026-06-12', '10:00'),
    });
    expect(statusOf([report], [])).toBe('onTime');
  });

  test('on time wins over late', () => {
    const reports = [
      makeReport({submittedAt: vnInstant('2026-06-12', '15:00')}),
      makeReport({submittedAt: vnInstant('2026-06-12', '09:00')}),
    ];
    expect(statusOf(reports, [])).toBe('onTime');
  });

  test('late report, on time update', () => {
    const reports = [
      makeReport({submittedAt: vnInstant('2026-06-12', '15:00')}),
    ];
    const tasks = [makeTask({updatedAt: vnInstant('2026-06-10', '09:00')})];
    expect(statusOf(reports, tasks)).toBe('onTime');
  });

  test('update credits every lead unit', () => {
    const task = makeTask({
      leadUnits: ['VPDU', 'VHXH'],
      updatedAt: vnInstant('2026-06-10', '09:00'),
    });
    const statuses = reportingStatuses(week, [], [task], TZ);
    expect(statuses.get('VHXH')).toBe('onTime');
  });

  test('other unit stays unreported', () => {
    const report = makeReport({submittedAt: vnInstant('2026-06-12', '09:00')});
    expect(reportingStatuses(week, [report], [], TZ).has('CAX')).toBe(false);
  });
});

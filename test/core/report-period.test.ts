import type {ReportPeriodKind} from '../../src/core/report-model';
import {
  nextQuarter,
  quarterToReport,
  reportPeriod,
} from '../../src/core/report-period';

describe('reportPeriod', () => {
  const cases: Array<[ReportPeriodKind, string, string, string, string]> = [
    [
      1,
      '2025-12-15',
      '2026-03-14',
      'Quý I năm 2026',
      'số liệu tính đến ngày 14/03/2026',
    ],
    [
      2,
      '2026-03-15',
      '2026-06-14',
      'Quý II năm 2026',
      'số liệu tính đến ngày 14/06/2026',
    ],
    [
      3,
      '2026-06-15',
      '2026-09-14',
      'Quý III năm 2026',
      'số liệu tính đến ngày 14/09/2026',
    ],
    [
      4,
      '2026-09-15',
      '2026-12-14',
      'Quý IV năm 2026',
      'số liệu tính đến ngày 14/12/2026',
    ],
    [
      'year',
      '2025-12-15',
      '2026-12-14',
      'Năm 2026',
      'số liệu tính đến ngày 14/12/2026',
    ],
  ];

  describe.each(cases)(
    'period %s of 2026',
    (kind, start, end, label, cutoff) => {
      const period = reportPeriod(2026, kind, 15);

      test('start', () => {
        expect(period.start).toBe(start);
      });

      test('end', () => {
        expect(period.end).toBe(end);
      });

      test('label', () => {
        expect(period.label).toBe(label);
      });

      test('cut-off text', () => {
        expect(period.cutoffText).toBe(cutoff);
      });
    },
  );

  test('cut-off day 1 ends month before', () => {
    expect(reportPeriod(2026, 2, 1).end).toBe('2026-05-31');
  });
});

describe('nextQuarter', () => {
  test('after Q2', () => {
    expect(nextQuarter(2026, 2)).toEqual({year: 2026, quarter: 3});
  });

  test('after Q4', () => {
    expect(nextQuarter(2026, 4)).toEqual({year: 2027, quarter: 1});
  });

  test('after the year', () => {
    expect(nextQuarter(2026, 'year')).toEqual({year: 2027, quarter: 1});
  });
});

describe('quarterToReport', () => {
  const cases: Array<[string, number, number, boolean]> = [
    ['2026-06-12', 2026, 2, false],
    ['2026-06-14', 2026, 2, false],
    ['2026-06-15', 2026, 2, false],
    ['2026-06-30', 2026, 2, false],
    ['2026-07-01', 2026, 2, true],
    ['2026-07-12', 2026, 2, true],
    ['2026-07-13', 2026, 3, false],
    ['2026-05-10', 2026, 2, false],
    ['2026-04-03', 2026, 1, true],
    ['2027-01-05', 2026, 4, true],
    ['2026-12-20', 2026, 4, false],
  ];

  test.each(cases)('on %s', (today, year, quarter, ambiguous) => {
    expect(quarterToReport(today, 15)).toEqual({year, quarter, ambiguous});
  });

  test('no grace weeks', () => {
    expect(quarterToReport('2026-07-01', 15, 0)).toEqual({
      year: 2026,
      quarter: 3,
      ambiguous: false,
    });
  });
});

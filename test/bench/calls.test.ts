// Service calls of each operation of the benchmark's week at 34 and 1,000 tasks. Call counts
// are deterministic, so they are asserted exactly; time and memory are left to `npm run bench`.
import {resolve} from 'node:path';
import {
  OPERATIONS,
  OperationName,
  runWeek,
  WeekRun,
} from '../../tools/bench/operations';

const BUILD = resolve(__dirname, '../../build');

/** Calls per operation, from `npm run bench`; update them when a change is deliberate. */
const EXPECTED_CALLS: Record<number, Record<OperationName, number>> = {
  34: {
    setup: 872,
    staffEdit: 49,
    dailyRefresh: 114,
    fridayReminder: 233,
    fridaySummary: 181,
    quarterlyReport: 218,
  },
  1000: {
    setup: 904,
    staffEdit: 49,
    dailyRefresh: 117,
    fridayReminder: 241,
    fridaySummary: 181,
    quarterlyReport: 219,
  },
};

function callsOf(week: WeekRun, operation: OperationName): number {
  const index = week.executionOf[operation];
  if (index === undefined) throw new Error(`${operation} did not run`);
  return week.recorder.measurements[index].totalCalls;
}

function failureOf(week: WeekRun, operation: OperationName): string {
  const index = week.executionOf[operation];
  if (index === undefined) return `${operation} did not run`;
  return week.recorder.measurements[index].error ?? '';
}

const weeks = new Map<number, WeekRun>([
  [34, runWeek(34, BUILD)],
  [1000, runWeek(1000, BUILD)],
]);
const small = weeks.get(34)!;
const large = weeks.get(1000)!;

describe.each([34, 1000])('calls at %i tasks', size => {
  const week = weeks.get(size)!;

  test.each(OPERATIONS.map(o => o.operation))('%s', operation => {
    expect(callsOf(week, operation)).toBe(EXPECTED_CALLS[size][operation]);
  });

  test('one reminder per reporting unit', () => {
    const {sent, deferred, failed} = week.mail.reminder;
    expect(sent + deferred + failed).toBe(week.synthetic.shape.reportingUnits);
  });

  test('one summary email', () => {
    const {sent, deferred, failed} = week.mail.summary;
    expect(sent + deferred + failed).toBe(1);
  });
});

describe('calls from 34 to 1,000 tasks', () => {
  const addedUnits =
    large.synthetic.shape.reportingUnits - small.synthetic.shape.reportingUnits;

  test('staff edit is unchanged', () => {
    expect(callsOf(large, 'staffEdit')).toBe(callsOf(small, 'staffEdit'));
  });

  // Each added email is a sendEmail and two setValue marks (sending, then sent) on one cell
  // of the data tab, taken with one getRange.
  test('reminder adds 4 per reporting unit', () => {
    expect(
      callsOf(large, 'fridayReminder') - callsOf(small, 'fridayReminder'),
    ).toBe(4 * addedUnits);
  });

  // The summary reads the same columns and writes one snapshot at any size.
  test('summary is unchanged', () => {
    expect(callsOf(large, 'fridaySummary')).toBe(
      callsOf(small, 'fridaySummary'),
    );
  });

  // Row protections are capped at a fixed number of blocks, so setup may differ by a few
  // protection calls between plans, never by a count per row (30 times the rows here).
  test('setup stays within a constant', () => {
    expect(
      callsOf(large, 'setup') - callsOf(small, 'setup'),
    ).toBeLessThanOrEqual(40);
  });

  // The 34-task plan has no weekly reports, so the weekly tab's formula column is written
  // only at 1,000 tasks: getMaxRows, getRange and setFormulas once more. Any other growth
  // means per-row calls.
  test('refresh adds only the weekly formulas', () => {
    expect(
      callsOf(large, 'dailyRefresh') - callsOf(small, 'dailyRefresh'),
    ).toBe(3);
  });

  test('quarterly report succeeds', () => {
    expect(failureOf(large, 'quarterlyReport')).toBe('');
  });
});

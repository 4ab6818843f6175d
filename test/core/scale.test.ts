// Runs the weekly and quarterly builders on 100,000 tasks and 3,000 units and checks the
// results only: timing depends on the machine, so it is not asserted here.

import type {TaskState, WeeklyReport} from '../../src/core/model';
import {buildQuarterlyReport} from '../../src/core/quarterly';
import {buildReminders, buildWeeklySummary} from '../../src/core/weekly';
import {
  makeConfig,
  makeReport,
  makeTask,
  makeUnit,
  vnInstant,
} from './factories';

const TASK_COUNT = 100_000;
const UNIT_COUNT = 3_000;
const DUES = ['2026-03-31', '2026-06-15', '2026-09-30', '2026-12-31'];

const units = Array.from({length: UNIT_COUNT}, (_, i) => makeUnit(`U${i}`));
const tasks: TaskState[] = Array.from({length: TASK_COUNT}, (_, i) =>
  makeTask({
    code: `${Math.floor(i / 100) + 1}.${(i % 100) + 1}`,
    row: i + 2,
    due: DUES[i % DUES.length],
    leadUnits: [`U${i % UNIT_COUNT}`],
    updatedAt: i % 7 === 0 ? vnInstant('2026-06-10', '09:00') : null,
  }),
);
const reports: WeeklyReport[] = units.map((unit, i) =>
  makeReport({
    row: i + 2,
    unitCode: unit.code,
    difficulties: `Khó khăn ${i}`,
    submittedAt: vnInstant('2026-06-12', '15:00'),
  }),
);
const base = {
  config: makeConfig(),
  units,
  tasks,
  reports,
  today: '2026-06-12',
};

describe('scale', () => {
  const reminders = buildReminders(base);
  const summary = buildWeeklySummary({
    ...base,
    indicators: [],
    previous: {},
    recipientProblems: [],
  });
  const report = buildQuarterlyReport({
    ...base,
    indicators: [],
    budget: [],
    year: 2026,
    kind: 2,
  });

  test('one reminder per unit', () => {
    expect(reminders).toHaveLength(UNIT_COUNT);
  });

  test('summary counts every task', () => {
    const counted = summary.counts.reduce((sum, c) => sum + c.count, 0);
    expect(counted).toBe(TASK_COUNT);
  });

  test('summary overdue per unit', () => {
    const overdue = summary.counts.find(c => c.timeliness === 'overdue');
    const grouped = summary.overdueByUnit.reduce(
      (sum, group) => sum + group.tasks.length,
      0,
    );
    expect(grouped).toBe(overdue?.count);
  });

  test('all overdue newly so', () => {
    expect(summary.changes.newlyOverdue).toHaveLength(TASK_COUNT / 4);
  });

  test('quarterly report covers every task', () => {
    expect(report.appendix.tasks).toHaveLength(TASK_COUNT);
  });

  test('quarterly causes per unit', () => {
    expect(report.shortcomings.causes).toHaveLength(UNIT_COUNT);
  });
});

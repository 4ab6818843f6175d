// The built-in plan with no status typed, seen on Friday 12/06/2026: only the tasks due in
// Quý I are overdue, and every lead unit gets one reminder.

import type {TaskState} from '../../src/core/model';
import {readTimePhrase} from '../../src/core/time-phrase';
import {timelinessOf} from '../../src/core/timeliness';
import {resolveUnits} from '../../src/core/units';
import {buildReminders, buildWeeklySummary} from '../../src/core/weekly';
import {builtInPlan} from '../../src/plan';

const TODAY = '2026-06-12';
const plan = builtInPlan();

const tasks: TaskState[] = plan.tasks.map((task, i) => {
  const time = readTimePhrase(task.timeText, plan.config.planYear);
  return {
    ...task,
    row: i + 2,
    start: time.start,
    due: time.due,
    recurrence: time.recurrence,
    status: 'notStarted',
    progress: 0,
    evidenceLink: '',
    completedOn: null,
    updatedAt: null,
    updatedBy: '',
    leadUnits: resolveUnits(task.leadText, plan.units).codes,
    coordinatingUnits: resolveUnits(task.coordinatingText, plan.units).codes,
  };
});

describe('built-in plan on 12/06/2026', () => {
  const overdue = tasks
    .filter(task => timelinessOf(task, TODAY) === 'overdue')
    .map(task => task.code);

  test('Quý I tasks are overdue', () => {
    expect(overdue).toEqual(expect.arrayContaining(['1.4', '3.1', '4.1']));
  });

  test('only Quý I tasks are overdue', () => {
    const dueAfterQ1 = tasks.filter(
      task => task.due !== null && task.due > '2026-03-31',
    );
    for (const task of dueAfterQ1) {
      expect([task.code, timelinessOf(task, TODAY)]).not.toEqual([
        task.code,
        'overdue',
      ]);
    }
  });

  test('overdue tasks are due in Quý I', () => {
    for (const code of overdue) {
      const task = tasks.find(t => t.code === code);
      expect([code, task?.due]).toEqual([code, '2026-03-31']);
    }
  });

  test('one reminder per lead unit', () => {
    const reminders = buildReminders({
      config: plan.config,
      units: plan.units,
      tasks,
      reports: [],
      today: TODAY,
    });
    const leadCodes = new Set(tasks.flatMap(task => task.leadUnits));
    expect(reminders.map(r => r.unit.code).sort()).toEqual(
      [...leadCodes].sort(),
    );
  });

  test('summary overdue matches', () => {
    const summary = buildWeeklySummary({
      config: plan.config,
      units: plan.units,
      tasks,
      reports: [],
      indicators: [],
      today: TODAY,
      previous: null,
      recipientProblems: [],
    });
    const count = summary.counts.find(c => c.timeliness === 'overdue')?.count;
    expect(count).toBe(overdue.length);
  });
});

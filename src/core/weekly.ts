// Data of the Friday emails: one reminder per lead unit and the summary for the standing
// office, plus the timeliness snapshot that the next summary compares against.
//
// Units expected to report are the units that lead at least one task that is not
// cancelled; the others get no reminder and do not appear in the reporting lists.

import {formatViDate} from './calendar';
import {indicatorLine, isOffTrack} from './indicator-status';
import type {
  CivilDate,
  IndicatorState,
  PlanConfig,
  TaskState,
  Unit,
  WeeklyReport,
} from './model';
import type {
  RecipientProblem,
  Reminder,
  ReportingStatus,
  TaskLine,
  TimelinessSnapshot,
  UnitRef,
  UnitTasks,
  WeekInfo,
  WeeklySummary,
} from './report-model';
import {
  evaluateTasks,
  indexUnits,
  sortLines,
  type UnitIndex,
} from './task-lines';
import {
  TIMELINESS_LABELS,
  TIMELINESS_ORDER,
  isDoneCategory,
  timelinessOf,
} from './timeliness';
import {reportingStatuses, weekInfo} from './week';

/** Inputs of both Friday emails. */
export interface WeeklyInput {
  config: PlanConfig;
  units: readonly Unit[];
  tasks: readonly TaskState[];
  reports: readonly WeeklyReport[];
  /** The day in the plan's time zone; the week is the one containing it. */
  today: CivilDate;
}

/** Name under which overdue tasks without a resolved lead unit are grouped. */
export const NO_LEAD_UNIT_NAME = 'Chưa rõ đơn vị chủ trì';

interface UnitBucket {
  overdue: TaskLine[];
  dueSoon: TaskLine[];
  otherOpen: TaskLine[];
  missingClear: TaskLine[];
}

function emptyBucket(): UnitBucket {
  return {overdue: [], dueSoon: [], otherOpen: [], missingClear: []};
}

/** Sorts task lines into per-unit buckets; a task led by two units goes to both. */
function bucketByLeadUnit(lines: readonly TaskLine[]): Map<string, UnitBucket> {
  const buckets = new Map<string, UnitBucket>();

  for (const line of lines) {
    for (const unit of line.leadUnits) {
      let bucket = buckets.get(unit.code);
      if (bucket === undefined) {
        bucket = emptyBucket();
        buckets.set(unit.code, bucket);
      }
      if (line.timeliness === 'overdue') bucket.overdue.push(line);
      else if (line.timeliness === 'dueSoon') bucket.dueSoon.push(line);
      else if (!isDoneCategory(line.timeliness)) bucket.otherOpen.push(line);
      if (line.missingClear.length > 0) bucket.missingClear.push(line);
    }
  }

  for (const bucket of buckets.values()) {
    sortLines(bucket.overdue, 'daysLate');
    sortLines(bucket.dueSoon, 'due');
    sortLines(bucket.otherOpen, 'due');
    sortLines(bucket.missingClear, 'code');
  }
  return buckets;
}

/** Lists the expected reporters in the "Đơn vị" tab's order, then codes not in the tab. */
function expectedReporters(
  buckets: ReadonlyMap<string, unknown>,
  units: UnitIndex,
): UnitRef[] {
  const reporters: UnitRef[] = [];
  for (const unit of units.values()) {
    if (buckets.has(unit.code)) reporters.push(unit);
  }
  for (const code of buckets.keys()) {
    if (!units.has(code)) reporters.push({code, name: code});
  }
  return reporters;
}

/**
 * Builds the Friday reminders: one per lead unit that has open tasks, tasks missing a
 * "6 rõ" item, or no on-time report for the week yet. Recipients are the unit's emails
 * as configured, possibly none.
 */
export function buildReminders(input: WeeklyInput): Reminder[] {
  const units = indexUnits(input.units);
  const emails = new Map<string, string[]>();
  for (const unit of input.units) {
    if (!emails.has(unit.code)) emails.set(unit.code, unit.emails);
  }

  const {lines} = evaluateTasks(input.tasks, input.today, units);
  const week = weekInfo(input.today, input.config);
  const statuses = reportingStatuses(
    week,
    input.reports,
    input.tasks,
    input.config.timeZone,
  );
  const buckets = bucketByLeadUnit(lines);

  const reminders: Reminder[] = [];
  for (const unit of expectedReporters(buckets, units)) {
    const bucket = buckets.get(unit.code) ?? emptyBucket();
    const reporting = statuses.get(unit.code) ?? 'notReported';
    const hasWork =
      bucket.overdue.length +
        bucket.dueSoon.length +
        bucket.otherOpen.length +
        bucket.missingClear.length >
      0;
    if (!hasWork && reporting === 'onTime') continue;

    reminders.push({
      unit,
      recipients: [...(emails.get(unit.code) ?? [])],
      week,
      ...bucket,
      reporting,
    });
  }
  return reminders;
}

/** Records the timeliness of every task that is not cancelled, for the next summary. */
export function snapshot(
  tasks: readonly TaskState[],
  today: CivilDate,
): TimelinessSnapshot {
  const result: TimelinessSnapshot = {};
  for (const task of tasks) {
    const timeliness = timelinessOf(task, today);
    if (timeliness !== null) result[task.code] = timeliness;
  }
  return result;
}

function groupOverdueByUnit(
  lines: readonly TaskLine[],
  units: UnitIndex,
): UnitTasks[] {
  const byUnit = new Map<string, TaskLine[]>();
  const withoutLead: TaskLine[] = [];

  for (const line of lines) {
    if (line.timeliness !== 'overdue') continue;
    if (line.leadUnits.length === 0) withoutLead.push(line);
    for (const unit of line.leadUnits) {
      const list = byUnit.get(unit.code);
      if (list === undefined) byUnit.set(unit.code, [line]);
      else list.push(line);
    }
  }

  const groups: UnitTasks[] = [];
  for (const unit of expectedReporters(byUnit, units)) {
    const tasks = byUnit.get(unit.code) ?? [];
    groups.push({unit, tasks: sortLines(tasks, 'daysLate')});
  }
  if (withoutLead.length > 0) {
    groups.push({
      unit: {code: '', name: NO_LEAD_UNIT_NAME},
      tasks: sortLines(withoutLead, 'daysLate'),
    });
  }
  return groups;
}

function splitReporting(
  reporters: readonly UnitRef[],
  statuses: ReadonlyMap<string, ReportingStatus>,
): WeeklySummary['reporting'] {
  const reporting: WeeklySummary['reporting'] = {
    onTime: [],
    late: [],
    notReported: [],
  };
  for (const unit of reporters) {
    reporting[statuses.get(unit.code) ?? 'notReported'].push(unit);
  }
  return reporting;
}

function changesSince(
  lines: readonly TaskLine[],
  previous: TimelinessSnapshot | null,
): WeeklySummary['changes'] {
  if (previous === null) {
    return {hasPrevious: false, newlyOverdue: [], newlyCompleted: []};
  }

  const newlyOverdue: TaskLine[] = [];
  const newlyCompleted: TaskLine[] = [];
  for (const line of lines) {
    const before: string | undefined = previous[line.code];
    if (line.timeliness === 'overdue' && before !== 'overdue') {
      newlyOverdue.push(line);
    }
    const wasDone = before === 'doneOnTime' || before === 'doneLate';
    if (isDoneCategory(line.timeliness) && !wasDone) newlyCompleted.push(line);
  }
  sortLines(newlyOverdue, 'daysLate');
  sortLines(newlyCompleted, 'code');
  return {hasPrevious: true, newlyOverdue, newlyCompleted};
}

/** Inputs of the weekly summary beyond those of the reminders. */
export interface SummaryInput extends WeeklyInput {
  indicators: readonly IndicatorState[];
  /** The snapshot stored with the previous summary; null for the first one. */
  previous: TimelinessSnapshot | null;
  /** Addresses the caller found invalid or missing, listed as given. */
  recipientProblems: readonly RecipientProblem[];
}

/** Builds the weekly summary for the standing office and the steering committee. */
export function buildWeeklySummary(input: SummaryInput): WeeklySummary {
  const units = indexUnits(input.units);
  const {lines, cancelledCount} = evaluateTasks(
    input.tasks,
    input.today,
    units,
  );
  const week: WeekInfo = weekInfo(input.today, input.config);
  const statuses = reportingStatuses(
    week,
    input.reports,
    input.tasks,
    input.config.timeZone,
  );
  const reporters = expectedReporters(bucketByLeadUnit(lines), units);

  const countByTimeliness = new Map<string, number>();
  for (const line of lines) {
    const count = countByTimeliness.get(line.timeliness) ?? 0;
    countByTimeliness.set(line.timeliness, count + 1);
  }

  const indicatorsOffTrack = input.indicators
    .map(indicator => indicatorLine(indicator, input.today))
    .filter(line => isOffTrack(line.status));

  return {
    communeName: input.config.communeName,
    week,
    today: input.today,
    todayText: formatViDate(input.today),
    totalTasks: lines.length,
    cancelledCount,
    counts: TIMELINESS_ORDER.map(timeliness => ({
      timeliness,
      label: TIMELINESS_LABELS[timeliness],
      count: countByTimeliness.get(timeliness) ?? 0,
    })),
    overdueByUnit: groupOverdueByUnit(lines, units),
    dueNext7Days: sortLines(
      lines.filter(line => line.timeliness === 'dueSoon'),
      'due',
    ),
    reporting: splitReporting(reporters, statuses),
    missingClear: sortLines(
      lines.filter(line => line.missingClear.length > 0),
      'code',
    ),
    indicatorsOffTrack,
    changes: changesSince(lines, input.previous),
    recipientProblems: [...input.recipientProblems],
  };
}

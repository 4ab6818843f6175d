// The weekly cycle: a week's label and Friday deadline, and each unit's reporting status.
//
// A unit reported on time for a week when it has a "Báo cáo tuần" row for that week
// submitted at or before the Friday deadline. Updating one of the task rows it leads
// between Monday 00:00 and the deadline also counts as reporting on time. A report row submitted after the deadline,
// or a task row updated after it and before the next Monday, makes it late. Otherwise the
// unit has not reported. Times are wall times in the plan's time zone.

import {
  addDays,
  formatViDate,
  isoWeek,
  wallTimeToInstant,
  weekStart,
} from './calendar';
import type {CivilDate, PlanConfig, TaskState, WeeklyReport} from './model';
import type {ReportingStatus, WeekInfo} from './report-model';

/** Vietnamese labels of the reporting statuses. */
export const REPORTING_STATUS_LABELS: Readonly<
  Record<ReportingStatus, string>
> = {
  onTime: 'Báo cáo đúng hạn',
  late: 'Báo cáo muộn',
  notReported: 'Chưa báo cáo',
};

function dayMonth(date: CivilDate): string {
  return formatViDate(date).slice(0, 5);
}

/** Builds the week containing `day`, with its Friday deadline in the plan's time zone. */
export function weekInfo(
  day: CivilDate,
  config: Pick<PlanConfig, 'deadlineTime' | 'timeZone'>,
): WeekInfo {
  const monday = weekStart(day);
  const friday = addDays(monday, 4);
  const sunday = addDays(monday, 6);
  const number = isoWeek(monday).week;

  const sameYear = monday.slice(0, 4) === sunday.slice(0, 4);
  const from = sameYear ? dayMonth(monday) : formatViDate(monday);
  const label = `Tuần ${number} (${from}–${formatViDate(sunday)})`;

  return {
    number,
    monday,
    friday,
    sunday,
    label,
    deadlineAt: wallTimeToInstant(friday, config.deadlineTime, config.timeZone),
    deadlineText: `${config.deadlineTime} thứ Sáu, ngày ${formatViDate(friday)}`,
  };
}

const RANK: Readonly<Record<ReportingStatus, number>> = {
  notReported: 0,
  late: 1,
  onTime: 2,
};

function raise(
  statuses: Map<string, ReportingStatus>,
  unitCode: string,
  status: ReportingStatus,
): void {
  const current = statuses.get(unitCode) ?? 'notReported';
  if (RANK[status] > RANK[current]) statuses.set(unitCode, status);
}

/**
 * Returns the reporting status of every unit with any report row or led task in the week
 * containing `week.monday`; units missing from the map have not reported.
 * NOTE: a report row without a submission time counts as late, because nothing shows it
 * came before the deadline. A task row's update is credited to all its lead units, since
 * the row does not say which unit's staff made it.
 */
export function reportingStatuses(
  week: WeekInfo,
  reports: readonly WeeklyReport[],
  tasks: readonly TaskState[],
  timeZone: string,
): Map<string, ReportingStatus> {
  const statuses = new Map<string, ReportingStatus>();
  const weekOpensAt = wallTimeToInstant(week.monday, '00:00', timeZone);
  const nextWeekOpensAt = wallTimeToInstant(
    addDays(week.monday, 7),
    '00:00',
    timeZone,
  );

  for (const report of reports) {
    if (report.unitCode === '' || report.weekStart === '') continue;
    // Staff may type any day of the week in the week column.
    if (weekStart(report.weekStart) !== week.monday) continue;
    const onTime =
      report.submittedAt !== null && report.submittedAt <= week.deadlineAt;
    raise(statuses, report.unitCode, onTime ? 'onTime' : 'late');
  }

  for (const task of tasks) {
    const at = task.updatedAt;
    if (at === null || at < weekOpensAt || at >= nextWeekOpensAt) continue;
    const status: ReportingStatus = at <= week.deadlineAt ? 'onTime' : 'late';
    for (const unitCode of task.leadUnits) raise(statuses, unitCode, status);
  }
  return statuses;
}

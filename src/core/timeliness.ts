// Timeliness of a task on a given day, in the Government Office's categories.
//
// The rule, kept this simple because the "Nhiệm vụ" tab computes the same flag by formula:
// 1. A task is completed only when its status is 'done' AND it has an evidence link.
// 2. Completed: completedOn <= due, or no due date, or no completedOn → 'doneOnTime';
//    completedOn > due → 'doneLate'.
// 3. Not completed, in this order: recurrence other than 'none' → 'ongoing';
//    no due date → 'undated'; today > due → 'overdue'; due − today <= 7 → 'dueSoon';
//    otherwise 'onTrack'.
// Cancelled tasks have no timeliness (null) and are left out of every count and list.
// daysLate is today − due for 'overdue', completedOn − due for 'doneLate', 0 otherwise.

import {addDays, daysBetween} from './calendar';
import type {CivilDate, TaskState, Timeliness} from './model';

/** Vietnamese labels of the timeliness categories, as the spreadsheet and reports show them. */
export const TIMELINESS_LABELS: Readonly<Record<Timeliness, string>> = {
  doneOnTime: 'Hoàn thành đúng hạn',
  doneLate: 'Hoàn thành quá hạn',
  onTrack: 'Đang thực hiện trong hạn',
  dueSoon: 'Sắp đến hạn (≤ 7 ngày)',
  overdue: 'Quá hạn',
  ongoing: 'Thường xuyên',
  undated: 'Chưa rõ thời hạn',
};

/** Label shown for a cancelled task in place of a timeliness category. */
export const CANCELLED_LABEL = 'Đã hủy';

/** Every category in the order counts, tables and charts list them. */
export const TIMELINESS_ORDER: readonly Timeliness[] = [
  'doneOnTime',
  'doneLate',
  'onTrack',
  'dueSoon',
  'overdue',
  'ongoing',
  'undated',
];

/** Days before the due date from which an open task counts as due soon. */
export const DUE_SOON_DAYS = 7;

type TimelinessFields = Pick<
  TaskState,
  'status' | 'evidenceLink' | 'completedOn' | 'due' | 'recurrence'
>;

/** Tells whether a task counts as completed: status 'done' with an evidence link. */
export function isCompleted(
  task: Pick<TaskState, 'status' | 'evidenceLink'>,
): boolean {
  return task.status === 'done' && task.evidenceLink.trim() !== '';
}

/** Tells whether a timeliness category is one of the two completed ones. */
export function isDoneCategory(timeliness: Timeliness): boolean {
  return timeliness === 'doneOnTime' || timeliness === 'doneLate';
}

/**
 * Classifies a task on `today`; returns null for a cancelled task.
 * NOTE: a completed task without a completion date counts as done on time, because
 * nothing shows it was late.
 */
export function timelinessOf(
  task: TimelinessFields,
  today: CivilDate,
): Timeliness | null {
  if (task.status === 'cancelled') return null;

  if (isCompleted(task)) {
    if (task.due === null || task.completedOn === null) return 'doneOnTime';
    return task.completedOn <= task.due ? 'doneOnTime' : 'doneLate';
  }

  if (task.recurrence !== 'none') return 'ongoing';
  if (task.due === null) return 'undated';
  if (today > task.due) return 'overdue';
  if (task.due <= dueSoonLimit(today)) return 'dueSoon';
  return 'onTrack';
}

// CivilDate strings compare in date order, so the due-soon test is one string comparison
// against today + 7 days, computed once per day instead of once per task.
let limitToday = '';
let limitDate = '';

function dueSoonLimit(today: CivilDate): CivilDate {
  if (today !== limitToday) {
    limitDate = addDays(today, DUE_SOON_DAYS);
    limitToday = today;
  }
  return limitDate;
}

/** Counts the days a task is or was late on `today`: 0 unless overdue or done late. */
export function daysLate(task: TimelinessFields, today: CivilDate): number {
  const timeliness = timelinessOf(task, today);
  return timeliness === null
    ? 0
    : daysLateIn(task, timeliness, today, daysBetween);
}

/**
 * Counts the days late for a task whose timeliness is already known; `countDays` is
 * daysBetween or a memoized copy of it.
 */
export function daysLateIn(
  task: TimelinessFields,
  timeliness: Timeliness,
  today: CivilDate,
  countDays: (from: CivilDate, to: CivilDate) => number,
): number {
  if (timeliness === 'overdue' && task.due !== null) {
    return countDays(task.due, today);
  }
  if (
    timeliness === 'doneLate' &&
    task.due !== null &&
    task.completedOn !== null
  ) {
    return countDays(task.due, task.completedOn);
  }
  return 0;
}

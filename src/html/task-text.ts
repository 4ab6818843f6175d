// How a task's deadline, lead unit and person read in emails and reports.
import type {TaskLine} from '../core/report-model';

/** The due date, or the "Thời gian" text when the task has no single due date. */
export function deadlineOf(task: TaskLine): string {
  if (task.dueText) return task.dueText;
  return task.timeText || 'Chưa rõ thời hạn';
}

/** The lead units' names, or the lead text as written when none resolved. */
export function leadOf(task: TaskLine): string {
  if (task.leadUnits.length > 0) {
    return task.leadUnits.map(unit => unit.name).join(', ');
  }
  return task.leadText || 'Chưa rõ đơn vị chủ trì';
}

export function personOf(task: TaskLine): string {
  return task.person || 'Chưa rõ người thực hiện';
}

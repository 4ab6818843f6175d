// The data the dashboard sidebar shows, reduced from the weekly summary so
// the page stays small. The server function sidebarData() returns it.
import type {
  TimelinessCount,
  UnitRef,
  WeeklySummary,
} from '../../core/report-model';
import {deadlineOf, leadOf, personOf} from '../task-text';

export interface SidebarTask {
  code: string;
  content: string;
  unitName: string;
  person: string;
  dueText: string;
  daysLate: number;
}

export interface SidebarData {
  communeName: string;
  /** When the figures were taken, e.g. "12/06/2026 15:00". */
  updatedText: string;
  /** "Tuần 24 (08/06–14/06/2026)". */
  weekLabel: string;
  /** "14:00 thứ Sáu, ngày 12/06/2026". */
  deadlineText: string;
  totalTasks: number;
  counts: TimelinessCount[];
  /** Overdue tasks, each once, most days late first. */
  overdue: SidebarTask[];
  reporting: {onTime: UnitRef[]; late: UnitRef[]; notReported: UnitRef[]};
}

/** Reduces a weekly summary to the sidebar's data; `updatedText` is shown as the time of the figures. */
export function sidebarDataFrom(
  summary: WeeklySummary,
  updatedText: string,
): SidebarData {
  const seen = new Set<string>();
  const overdue: SidebarTask[] = [];
  for (const group of summary.overdueByUnit) {
    for (const task of group.tasks) {
      if (seen.has(task.code)) continue;
      seen.add(task.code);
      overdue.push({
        code: task.code,
        content: task.content,
        unitName: leadOf(task),
        person: personOf(task),
        dueText: deadlineOf(task),
        daysLate: task.daysLate,
      });
    }
  }
  overdue.sort((a, b) => b.daysLate - a.daysLate);

  return {
    communeName: summary.communeName,
    updatedText,
    weekLabel: summary.week.label,
    deadlineText: summary.week.deadlineText,
    totalTasks: summary.totalTasks,
    counts: summary.counts,
    overdue,
    reporting: summary.reporting,
  };
}

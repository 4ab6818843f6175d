// Data behind the Friday reminder, the weekly summary and the quarterly report.
// The domain fills these; the HTML templates render them. Every text that a unit typed
// (task content, difficulties, proposals, names) is passed through unaltered and unescaped:
// escaping is the templates' job. Dates are CivilDate strings plus ready-made Vietnamese
// text ("12/06/2026"), so templates do no date arithmetic.

import type {CivilDate, Recurrence, TaskStatus, Timeliness} from './model';

/** Result of checking an indicator's current value against its target on a given day. */
export type IndicatorStatus = 'met' | 'notMet' | 'missed' | 'noValue';

/** One of the "6 rõ" requirements a task row can fail. */
export type SixClearItem =
  'person' | 'content' | 'responsibility' | 'time' | 'result' | 'evidence';

/** A unit's reporting status for one week. */
export type ReportingStatus = 'onTime' | 'late' | 'notReported';

/** A unit as named in emails and reports. */
export interface UnitRef {
  code: string;
  name: string;
}

/** A task row reduced to what emails and reports show. */
export interface TaskLine {
  code: string;
  /** Spreadsheet row of the task on the "Nhiệm vụ" tab, for links. */
  row: number;
  groupNo: string;
  groupName: string;
  content: string;
  /** Lead units resolved from the row; empty when none resolved. */
  leadUnits: UnitRef[];
  /** The lead unit text as written, shown when no unit resolved. */
  leadText: string;
  person: string;
  /** The "Thời gian" text as written. */
  timeText: string;
  due: CivilDate | null;
  /** Due date as "dd/mm/yyyy", or "" when there is none. */
  dueText: string;
  recurrence: Recurrence;
  product: string;
  status: TaskStatus;
  progress: number;
  evidenceLink: string;
  timeliness: Timeliness;
  /** Vietnamese label of `timeliness`. */
  timelinessLabel: string;
  /** Days past the due date (0 unless overdue or completed late). */
  daysLate: number;
  /** Vietnamese labels of the missing "6 rõ" items ("rõ người", …); empty when all clear. */
  missingClear: string[];
}

/** An indicator row reduced to what emails and reports show. */
export interface IndicatorLine {
  no: number;
  groupCode: string;
  groupName: string;
  name: string;
  unitOfMeasure: string;
  result2025: string;
  /** Target as written in the plan. */
  targetText: string;
  /** Current value as typed by staff; "" when none. */
  currentText: string;
  leadText: string;
  deadlineText: string;
  due: CivilDate | null;
  status: IndicatorStatus;
  /** Vietnamese label of `status`. */
  statusLabel: string;
  /** Vietnamese reason when the value could not be compared with the target; else null. */
  problem: string | null;
}

/** A week of the weekly cycle, Monday to Sunday, with its Friday deadline. */
export interface WeekInfo {
  /** ISO 8601 week number. */
  number: number;
  monday: CivilDate;
  friday: CivilDate;
  sunday: CivilDate;
  /** "Tuần 24 (08/06–14/06/2026)". */
  label: string;
  /** Friday deadline as an instant in ms since epoch, in the plan's time zone. */
  deadlineAt: number;
  /** "14:00 thứ Sáu, ngày 12/06/2026". */
  deadlineText: string;
}

/** The Friday reminder to one lead unit. One per unit, never one per task. */
export interface Reminder {
  unit: UnitRef;
  /** The unit's email addresses as configured; may be empty (the sender then skips it). */
  recipients: string[];
  week: WeekInfo;
  /** Overdue tasks, most days late first. */
  overdue: TaskLine[];
  /** Tasks due within 7 days, earliest due first. */
  dueSoon: TaskLine[];
  /** Other tasks not completed (on track, ongoing, undated, or done without evidence). */
  otherOpen: TaskLine[];
  /** Tasks with missing "6 rõ" items; these may also appear in the lists above. */
  missingClear: TaskLine[];
  /** The unit's reporting status for this week at the time of the reminder. */
  reporting: ReportingStatus;
}

/** Count of tasks in one timeliness category. */
export interface TimelinessCount {
  timeliness: Timeliness;
  label: string;
  count: number;
}

/** Tasks of one lead unit. A task led by two units appears under both. */
export interface UnitTasks {
  unit: UnitRef;
  tasks: TaskLine[];
}

/** An address the sender could not use, as found by the caller. */
export interface RecipientProblem {
  /** Owner of the address: a unit name, "Văn phòng Đảng ủy" or "Người nhận báo cáo tuần". */
  owner: string;
  /** The address as configured; "" when missing. */
  address: string;
  /** Vietnamese reason, e.g. "Địa chỉ email không hợp lệ" or "Chưa có địa chỉ email". */
  problem: string;
}

/** Timeliness of each task code at the time of a summary, kept until the next one. */
export type TimelinessSnapshot = {[taskCode: string]: Timeliness};

/** The Friday summary for the standing office and the steering committee. */
export interface WeeklySummary {
  communeName: string;
  week: WeekInfo;
  /** The day the figures were taken. */
  today: CivilDate;
  todayText: string;
  /** Tasks counted: every task except cancelled ones. */
  totalTasks: number;
  /** Cancelled tasks, left out of every count and list. */
  cancelledCount: number;
  /** One entry per timeliness category, in a fixed order, zero counts included. */
  counts: TimelinessCount[];
  /** Overdue tasks grouped by lead unit in the "Đơn vị" tab's order; no lead unit last, code "". */
  overdueByUnit: UnitTasks[];
  /** Tasks not completed whose due date falls within the next 7 days (today included). */
  dueNext7Days: TaskLine[];
  reporting: {onTime: UnitRef[]; late: UnitRef[]; notReported: UnitRef[]};
  /** Tasks with at least one missing "6 rõ" item. */
  missingClear: TaskLine[];
  /** Indicators whose status is 'notMet' or 'missed'. */
  indicatorsOffTrack: IndicatorLine[];
  changes: {
    /** False when no previous snapshot was given; the lists are then empty. */
    hasPrevious: boolean;
    newlyOverdue: TaskLine[];
    newlyCompleted: TaskLine[];
  };
  recipientProblems: RecipientProblem[];
}

/** Planned and spent amounts; amounts are in million VND. */
export interface BudgetSummary {
  lines: Array<{
    code: string;
    groupNo: string;
    groupName: string;
    content: string;
    plannedMillion: number;
    spentMillion: number;
    source: string;
    note: string;
    /** Code of the line this one details; such lines are not added to totals. */
    partOf: string;
  }>;
  plannedTotal: number;
  spentTotal: number;
  /** spentTotal / plannedTotal in 0–1; null when nothing is planned. */
  spentShare: number | null;
  /** The commune's total budget; 0 when unknown. */
  communeBudgetMillion: number;
  /** plannedTotal / communeBudgetMillion in 0–1; null when the commune budget is unknown. */
  shareOfCommuneBudget: number | null;
  /** Whether the plan reaches ≥ 1 % of the commune budget; null when that budget is unknown. */
  meetsOnePercent: boolean | null;
  /** Vietnamese sentence on the ≥ 1 % check, including the unknown case. */
  onePercentText: string;
}

/** Tasks in one timeliness category with their codes, for section I. */
export interface TimelinessGroup {
  timeliness: Timeliness;
  label: string;
  count: number;
  codes: string[];
}

/** Text a unit wrote in a weekly report, kept as typed. */
export interface UnitText {
  unit: UnitRef;
  weekStart: CivilDate;
  taskCode: string;
  text: string;
}

/** One bar or slice of a chart. */
export interface ChartPoint {
  key: string;
  label: string;
  value: number;
}

export interface ChartSeries {
  title: string;
  points: ChartPoint[];
}

/** Report kind: a quarter number or the whole year. */
export type ReportPeriodKind = 1 | 2 | 3 | 4 | 'year';

/** The period a report covers (figures from `start` to `end`, both included). */
export interface ReportPeriod {
  year: number;
  kind: ReportPeriodKind;
  start: CivilDate;
  end: CivilDate;
  /** "Quý II năm 2026" or "Năm 2026". */
  label: string;
  /** "số liệu tính đến ngày 14/06/2026". */
  cutoffText: string;
}

/** The quarter to report for a given day, with whether the user should be asked. */
export interface QuarterChoice {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** True when the previous quarter was chosen during the grace weeks after its cut-off. */
  ambiguous: boolean;
}

/** Everything the quarterly (or year-end) report shows, in the Party document form. */
export interface QuarterlyReport {
  period: ReportPeriod;
  header: {
    superiorBody: string;
    issuingBody: string;
    /** "Số 12-BC/ĐU". */
    numberText: string;
    /** "Bắc Hà, ngày 12 tháng 6 năm 2026". */
    dateLine: string;
    /** Title under "BÁO CÁO": "Kết quả thực hiện Nghị quyết số 57-NQ/TW quý II năm 2026". */
    title: string;
    planNumber: string;
    planDateText: string;
    signerTitle: string;
    signerName: string;
  };
  /** The day the report was produced. */
  today: CivilDate;
  /** The day task and indicator states are evaluated on: the earlier of today and period end. */
  asOf: CivilDate;
  /** Section I: results. */
  results: {
    indicators: IndicatorLine[];
    indicatorCounts: {[status in IndicatorStatus]: number};
    totalTasks: number;
    cancelledCount: number;
    taskGroups: TimelinessGroup[];
    budget: BudgetSummary;
  };
  /** Section II: shortcomings and their causes. */
  shortcomings: {
    /** Overdue tasks on `asOf`, most days late first. */
    overdue: TaskLine[];
    indicatorsOffTrack: IndicatorLine[];
    /** "Khó khăn" written in weekly reports within the period, unaltered. */
    causes: UnitText[];
  };
  /** Section III: tasks due in the quarter after the period (for 'year': Q1 of next year). */
  nextTasks: {label: string; tasks: TaskLine[]};
  /** Section IV: proposals written in weekly reports within the period, unaltered. */
  proposals: UnitText[];
  appendix: {tasks: TaskLine[]; indicators: IndicatorLine[]};
  charts: {timeliness: ChartSeries; indicators: ChartSeries};
}

// The plan's domain model: plain data shared by every layer, free of Apps Script types.

/** A calendar day with no time zone, written `YYYY-MM-DD`. */
export type CivilDate = string;

/** How often a task recurs when it has no single deadline. */
export type Recurrence =
  'none' | 'weekly' | 'monthly' | 'quarterly' | 'yearly' | 'continuous';

/** The reading of a free-text "Thời gian" phrase. */
export interface TimeReading {
  /** The phrase exactly as written in the plan or by a person. */
  text: string;
  start: CivilDate | null;
  /** Null when the phrase yields no deadline: a missing "rõ thời gian". */
  due: CivilDate | null;
  recurrence: Recurrence;
  /** Every phase of a phased entry, the first included, such as "Thí điểm từ Quý II, nhân rộng Quý III–IV". */
  phases: Array<{label: string; start: CivilDate; due: CivilDate}>;
  /** Vietnamese explanation shown when the phrase could not be read. */
  problem: string | null;
}

export type TargetOperator = '>=' | '<=' | '>' | '<' | '=';

/** One measurable condition inside a target such as "Rà soát 100%; xử lý ≥02 thôn". */
export interface TargetPart {
  label: string;
  operator: TargetOperator;
  value: number;
  /** '%' when the value is a percentage, otherwise the unit word as written ("thôn"). */
  unit: string;
}

export interface TargetReading {
  text: string;
  /** Every part must be met for the indicator to be met. Empty when unreadable. */
  parts: TargetPart[];
  problem: string | null;
}

export interface Unit {
  /** Short stable code, e.g. "VPDU". */
  code: string;
  name: string;
  /** Other ways the plan or staff write this unit. */
  aliases: string[];
  head: string;
  emails: string[];
}

export interface Indicator {
  /** Row number in Phụ lục I (1–31 in the built-in plan). */
  no: number;
  /** Roman numeral of the group as written ("I"). */
  groupCode: string;
  groupName: string;
  name: string;
  unitOfMeasure: string;
  /** The 2025 result as written; may be empty or a phrase such as "≥ 90". */
  result2025: string;
  targetText: string;
  leadText: string;
  coordinatingText: string;
  deadlineText: string;
  evidence: string;
}

export interface BudgetLine {
  /** Row key: "1", "2a", "2b", "7", "7.1"… */
  code: string;
  /** Group number as in the plan's STT column ("2" for both rows of group 2). */
  groupNo: string;
  groupName: string;
  content: string;
  /** Planned amount in million VND. */
  plannedMillion: number;
  source: string;
  note: string;
  /** Code of the line this one details ("7" for 7.1 and 7.2); such lines are not added to totals. */
  partOf: string;
}

export interface Task {
  /** "1.1" … "8.5". */
  code: string;
  /** Roman section: "I" regular, "II" focus, "III" breakthrough. */
  sectionCode: string;
  sectionName: string;
  /** Group number "1" … "8". */
  groupNo: string;
  groupName: string;
  content: string;
  /** Detail kept from the narrative of section III of the plan. */
  detail: string;
  leadText: string;
  coordinatingText: string;
  person: string;
  personEmail: string;
  timeText: string;
  product: string;
  note: string;
}

export interface PlanConfig {
  superiorBody: string;
  issuingBody: string;
  communeName: string;
  province: string;
  /** Place written on the date line of reports, e.g. "Bắc Hà". */
  place: string;
  planNumber: string;
  planDate: CivilDate;
  planYear: number;
  timeZone: string;
  signerTitle: string;
  signerName: string;
  standingOfficeEmails: string[];
  summaryRecipients: string[];
  /** Friday reminder wall time, "HH:mm". */
  reminderTime: string;
  /** Weekly report deadline on Friday, "HH:mm". */
  deadlineTime: string;
  /** Day of the month before a quarter where its figures start (Decree 09/2019/NĐ-CP: 15). */
  quarterCutoffDay: number;
  /** Total commune budget in million VND, for the ≥ 1 % check; 0 when unknown. */
  communeBudgetMillion: number;
  nextReportNumber: number;
  reportFolderName: string;
}

export interface Plan {
  config: PlanConfig;
  units: Unit[];
  indicators: Indicator[];
  budget: BudgetLine[];
  tasks: Task[];
}

/** The status a unit marked on its task row. */
export type TaskStatus =
  'notStarted' | 'inProgress' | 'done' | 'paused' | 'cancelled';

/** The Government Office's timeliness categories, plus "due within 7 days", "ongoing" and "undated". */
export type Timeliness =
  | 'doneOnTime'
  | 'doneLate'
  | 'onTrack'
  | 'dueSoon'
  | 'overdue'
  | 'ongoing'
  | 'undated';

/** A task as the spreadsheet shows it today: the plan's row plus the cells staff typed. */
export interface TaskState extends Task {
  /** Spreadsheet row number, for links and messages. */
  row: number;
  start: CivilDate | null;
  due: CivilDate | null;
  recurrence: Recurrence;
  status: TaskStatus;
  /** 0–100. */
  progress: number;
  evidenceLink: string;
  completedOn: CivilDate | null;
  /** Instant in ms since epoch, or null. */
  updatedAt: number | null;
  updatedBy: string;
  /** Unit codes resolved from leadText and coordinatingText. */
  leadUnits: string[];
  coordinatingUnits: string[];
}

/** One row of the "Báo cáo tuần" tab. */
export interface WeeklyReport {
  row: number;
  /** Monday of the report's week. */
  weekStart: CivilDate;
  unitCode: string;
  taskCode: string;
  result: string;
  difficulties: string;
  proposals: string;
  reporter: string;
  /** Instant in ms since epoch. */
  submittedAt: number | null;
}

export interface IndicatorState extends Indicator {
  row: number;
  /** The current value as staff typed it, kept as text. */
  currentText: string;
  currentEvidence: string;
  due: CivilDate | null;
}

export interface BudgetState extends BudgetLine {
  row: number;
  /** Spent so far in million VND. */
  spentMillion: number;
}

// Small builders of domain records for the core tests; each field can be overridden.

import type {
  BudgetState,
  IndicatorState,
  PlanConfig,
  TaskState,
  Unit,
  WeeklyReport,
} from '../../src/core/model';

export function makeTask(fields: Partial<TaskState> = {}): TaskState {
  return {
    code: '1.1',
    sectionCode: 'I',
    sectionName: 'Nhóm nhiệm vụ thường xuyên',
    groupNo: '1',
    groupName: 'Công tác lãnh đạo',
    content: 'Duy trì giao ban',
    detail: '',
    leadText: 'VP Đảng ủy',
    coordinatingText: '',
    person: 'Nguyễn Văn A',
    personEmail: 'a@example.com',
    timeText: 'Quý II',
    product: 'Thông báo kết luận',
    note: '',
    row: 2,
    start: '2026-04-01',
    due: '2026-06-30',
    recurrence: 'none',
    status: 'notStarted',
    progress: 0,
    evidenceLink: '',
    completedOn: null,
    updatedAt: null,
    updatedBy: '',
    leadUnits: ['VPDU'],
    coordinatingUnits: [],
    ...fields,
  };
}

export function makeUnit(code: string, fields: Partial<Unit> = {}): Unit {
  return {
    code,
    name: `Đơn vị ${code}`,
    aliases: [],
    head: '',
    emails: [`${code.toLowerCase()}@example.com`],
    ...fields,
  };
}

export function makeReport(fields: Partial<WeeklyReport> = {}): WeeklyReport {
  return {
    row: 2,
    weekStart: '2026-06-08',
    unitCode: 'VPDU',
    taskCode: '1.1',
    result: '',
    difficulties: '',
    proposals: '',
    reporter: '',
    submittedAt: null,
    ...fields,
  };
}

export function makeIndicator(
  fields: Partial<IndicatorState> = {},
): IndicatorState {
  return {
    no: 1,
    groupCode: 'I',
    groupName: 'Hạ tầng số',
    name: 'Tỷ lệ thôn có phủ sóng 5G',
    unitOfMeasure: '% thôn',
    result2025: '8',
    targetText: '≥ 20',
    leadText: 'Phòng VH-XH',
    coordinatingText: '',
    deadlineText: 'Quý IV',
    evidence: '',
    row: 2,
    currentText: '',
    currentEvidence: '',
    due: '2026-12-31',
    ...fields,
  };
}

export function makeBudgetLine(fields: Partial<BudgetState> = {}): BudgetState {
  return {
    code: '1',
    groupNo: '1',
    groupName: 'Lãnh đạo, chỉ đạo',
    content: 'Giao ban',
    plannedMillion: 30,
    source: 'Ngân sách xã',
    note: '',
    partOf: '',
    row: 2,
    spentMillion: 0,
    ...fields,
  };
}

export function makeConfig(fields: Partial<PlanConfig> = {}): PlanConfig {
  return {
    superiorBody: 'ĐẢNG BỘ TỈNH LÀO CAI',
    issuingBody: 'ĐẢNG ỦY XÃ BẮC HÀ',
    communeName: 'Bắc Hà',
    province: 'Lào Cai',
    place: 'Bắc Hà',
    planNumber: '66-KH/ĐU',
    planDate: '2026-01-28',
    planYear: 2026,
    timeZone: 'Asia/Ho_Chi_Minh',
    signerTitle: 'BÍ THƯ',
    signerName: '',
    standingOfficeEmails: [],
    summaryRecipients: [],
    reminderTime: '08:00',
    deadlineTime: '14:00',
    quarterCutoffDay: 15,
    communeBudgetMillion: 0,
    nextReportNumber: 1,
    reportFolderName: '',
    ...fields,
  };
}

/** Instant of a wall time in Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving). */
export function vnInstant(date: string, time: string): number {
  return Date.parse(`${date}T${time}:00+07:00`);
}

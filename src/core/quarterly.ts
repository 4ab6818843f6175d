// Data of the quarterly and year-end report in the Party document form (sections I–IV,
// appendix tables and chart series).
//
// Tasks and indicators are evaluated on `asOf`, the earlier of today and the period's end,
// so a report made after the cut-off states the figures at the cut-off. A task whose
// completion date is after `asOf` counts as not yet completed. Indicator values have no
// history, so the current value is used.

import {formatViDate, quarterBounds, weekStart} from './calendar';
import {summarizeBudget} from './budget';
import {
  INDICATOR_STATUS_LABELS,
  INDICATOR_STATUS_ORDER,
  indicatorLine,
  isOffTrack,
} from './indicator-status';
import type {
  BudgetState,
  CivilDate,
  IndicatorState,
  PlanConfig,
  TaskState,
  Unit,
  WeeklyReport,
} from './model';
import type {
  IndicatorStatus,
  QuarterlyReport,
  ReportPeriod,
  ReportPeriodKind,
  TaskLine,
  TimelinessGroup,
  UnitText,
} from './report-model';
import {
  nextQuarter,
  periodHeading,
  periodPhrase,
  reportPeriod,
} from './report-period';
import {
  evaluateTasks,
  indexUnits,
  sortLines,
  unitRefOf,
  type UnitIndex,
} from './task-lines';
import {
  TIMELINESS_LABELS,
  TIMELINESS_ORDER,
  isCompleted,
  isDoneCategory,
} from './timeliness';

/** Inputs of the quarterly or year-end report. */
export interface QuarterlyInput {
  config: PlanConfig;
  units: readonly Unit[];
  tasks: readonly TaskState[];
  indicators: readonly IndicatorState[];
  budget: readonly BudgetState[];
  reports: readonly WeeklyReport[];
  year: number;
  kind: ReportPeriodKind;
  /** The day the report is made, in the plan's time zone. */
  today: CivilDate;
}

/** Returns the task as it stood on `asOf`: completed later means not completed yet. */
function taskOn(task: TaskState, asOf: CivilDate): TaskState {
  if (!isCompleted(task)) return task;
  if (task.completedOn === null || task.completedOn <= asOf) return task;
  return {...task, status: 'inProgress'};
}

/** Formats the date line: day below 10 and months 1–2 with a leading zero. */
export function dateLine(place: string, date: CivilDate): string {
  const [year, month, day] = date.split('-').map(Number);
  const dayText = day < 10 ? `0${day}` : String(day);
  const monthText = month < 3 ? `0${month}` : String(month);
  return `${place}, ngày ${dayText} tháng ${monthText} năm ${year}`;
}

/** Returns the report number "Số 12-BC/ĐU", taking the issuer's suffix from the plan number. */
export function reportNumberText(
  planNumber: string,
  reportNumber: number,
): string {
  const slash = planNumber.lastIndexOf('/');
  const suffix = slash >= 0 ? planNumber.slice(slash + 1).trim() : '';
  return `Số ${reportNumber}-BC/${suffix === '' ? 'ĐU' : suffix}`;
}

/**
 * Collects one text field of the weekly reports whose week starts within the period,
 * ordered by week and row, skipping blanks and repeats of the same text by the same unit.
 * The text is kept exactly as typed.
 */
export function collectUnitTexts(
  reports: readonly WeeklyReport[],
  period: ReportPeriod,
  field: 'difficulties' | 'proposals',
  units: UnitIndex,
): UnitText[] {
  const inPeriod: Array<{report: WeeklyReport; monday: CivilDate}> = [];
  for (const report of reports) {
    if (report[field].trim() === '' || report.weekStart === '') continue;
    const monday = weekStart(report.weekStart);
    if (monday < period.start || monday > period.end) continue;
    inPeriod.push({report, monday});
  }
  inPeriod.sort((a, b) => {
    if (a.monday !== b.monday) return a.monday < b.monday ? -1 : 1;
    return a.report.row - b.report.row;
  });

  const seen = new Set<string>();
  const texts: UnitText[] = [];
  for (const {report, monday} of inPeriod) {
    const key = `${report.unitCode}\u0000${report[field]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    texts.push({
      unit: unitRefOf(report.unitCode, units),
      weekStart: monday,
      taskCode: report.taskCode,
      text: report[field],
    });
  }
  return texts;
}

/** Groups task codes by timeliness; `lines` must already be in code order. */
function groupByTimeliness(lines: readonly TaskLine[]): TimelinessGroup[] {
  const codes = new Map<string, string[]>();
  for (const line of lines) {
    const list = codes.get(line.timeliness);
    if (list === undefined) codes.set(line.timeliness, [line.code]);
    else list.push(line.code);
  }
  return TIMELINESS_ORDER.map(timeliness => {
    const list = codes.get(timeliness) ?? [];
    return {
      timeliness,
      label: TIMELINESS_LABELS[timeliness],
      count: list.length,
      codes: list,
    };
  });
}

/** Builds the data of the report for a quarter or, with kind 'year', for the whole year. */
export function buildQuarterlyReport(input: QuarterlyInput): QuarterlyReport {
  const {config} = input;
  const period = reportPeriod(input.year, input.kind, config.quarterCutoffDay);
  const asOf = input.today < period.end ? input.today : period.end;
  const units = indexUnits(input.units);

  const states = input.tasks.map(task => taskOn(task, asOf));
  const {lines, cancelledCount} = evaluateTasks(states, asOf, units);
  const byCode = sortLines([...lines], 'code');

  const indicators = input.indicators.map(indicator =>
    indicatorLine(indicator, asOf),
  );
  const indicatorCounts: Record<IndicatorStatus, number> = {
    met: 0,
    notMet: 0,
    missed: 0,
    noValue: 0,
  };
  for (const line of indicators) indicatorCounts[line.status]++;
  const indicatorsOffTrack = indicators.filter(line => isOffTrack(line.status));

  const taskGroups = groupByTimeliness(byCode);

  const next = nextQuarter(input.year, input.kind);
  const nextBounds = quarterBounds(next.year, next.quarter);
  const nextTasks = lines.filter(
    line =>
      !isDoneCategory(line.timeliness) &&
      line.due !== null &&
      line.due >= nextBounds.start &&
      line.due <= nextBounds.end,
  );

  const phrase = periodPhrase(input.year, input.kind);
  return {
    period,
    header: {
      superiorBody: config.superiorBody,
      issuingBody: config.issuingBody,
      numberText: reportNumberText(config.planNumber, config.nextReportNumber),
      dateLine: dateLine(config.place, input.today),
      title: `Kết quả thực hiện Nghị quyết số 57-NQ/TW ${phrase}`,
      planNumber: config.planNumber,
      planDateText: formatViDate(config.planDate),
      signerTitle: config.signerTitle,
      signerName: config.signerName,
    },
    today: input.today,
    asOf,
    results: {
      indicators,
      indicatorCounts,
      totalTasks: lines.length,
      cancelledCount,
      taskGroups,
      budget: summarizeBudget(input.budget, config.communeBudgetMillion),
    },
    shortcomings: {
      overdue: sortLines(
        lines.filter(line => line.timeliness === 'overdue'),
        'daysLate',
      ),
      indicatorsOffTrack,
      causes: collectUnitTexts(input.reports, period, 'difficulties', units),
    },
    nextTasks: {
      label: periodHeading(next.year, next.quarter),
      tasks: sortLines(nextTasks, 'due'),
    },
    proposals: collectUnitTexts(input.reports, period, 'proposals', units),
    appendix: {tasks: byCode, indicators},
    charts: {
      timeliness: {
        title: 'Tình hình thực hiện nhiệm vụ',
        points: taskGroups.map(group => ({
          key: group.timeliness,
          label: group.label,
          value: group.count,
        })),
      },
      indicators: {
        title: 'Kết quả thực hiện chỉ tiêu',
        points: INDICATOR_STATUS_ORDER.map(status => ({
          key: status,
          label: INDICATOR_STATUS_LABELS[status],
          value: indicatorCounts[status],
        })),
      },
    },
  };
}

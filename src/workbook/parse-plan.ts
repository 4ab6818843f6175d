// Turns the values of every tab into the plan's records and the problems a person must fix.
// Both a fresh read (loadState) and an upgrade that already has the values in memory use it,
// so the same cells give the same problems either way.
import {
  BudgetState,
  IndicatorState,
  PlanConfig,
  TaskState,
  Unit,
  WeeklyReport,
} from '../core/model';
import {CellIssue} from './cells';
import {
  readBudget,
  readConfig,
  readIndicators,
  readTasks,
  readUnits,
  readWeeklyReports,
  TabRead,
} from './read-tabs';

/**
 * The values of each tab as getValues returns them. A tab left out is skipped: its records
 * are empty and it reports nothing, and a skipped Cấu hình gives the built-in settings.
 */
export interface TabValues {
  config?: unknown[][];
  units?: unknown[][];
  tasks?: unknown[][];
  indicators?: unknown[][];
  budget?: unknown[][];
  weekly?: unknown[][];
}

export interface ParsedPlan {
  config: PlanConfig;
  units: Unit[];
  tasks: TaskState[];
  indicators: IndicatorState[];
  budget: BudgetState[];
  reports: WeeklyReport[];
  /** Problems of every tab parsed, in tab order. */
  issues: CellIssue[];
}

function skipped<T>(): TabRead<T> {
  return {records: [], issues: []};
}

/**
 * Parses `values`. `timeZone` is the spreadsheet's, in which date cells contain wall times, and
 * `defaults` fills settings that Cấu hình leaves empty or gets wrong.
 */
export function parsePlan(
  values: TabValues,
  timeZone: string,
  defaults: PlanConfig,
): ParsedPlan {
  const configRead = values.config
    ? readConfig(values.config, defaults)
    : {config: defaults, issues: []};
  const units = values.units ? readUnits(values.units) : skipped<Unit>();
  const tasks = values.tasks
    ? readTasks(values.tasks, units.records, timeZone)
    : skipped<TaskState>();
  const indicators = values.indicators
    ? readIndicators(values.indicators, timeZone, units.records)
    : skipped<IndicatorState>();
  const budget = values.budget
    ? readBudget(values.budget)
    : skipped<BudgetState>();
  const reports = values.weekly
    ? readWeeklyReports(values.weekly, units.records, timeZone)
    : skipped<WeeklyReport>();
  return {
    config: configRead.config,
    units: units.records,
    tasks: tasks.records,
    indicators: indicators.records,
    budget: budget.records,
    reports: reports.records,
    issues: [
      ...configRead.issues,
      ...units.issues,
      ...tasks.issues,
      ...indicators.issues,
      ...budget.issues,
      ...reports.issues,
    ],
  };
}

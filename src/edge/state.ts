// Loads the whole plan as the spreadsheet shows it: one read per tab, then pure parsing.
import {civilDateOf} from '../core/calendar';
import {
  BudgetState,
  CivilDate,
  IndicatorState,
  PlanConfig,
  TaskState,
  Unit,
  WeeklyReport,
} from '../core/model';
import {builtInPlan} from '../plan';
import {CellIssue} from '../workbook/cells';
import {
  readBudget,
  readConfig,
  readIndicators,
  readTasks,
  readUnits,
  readWeeklyReports,
} from '../workbook/read-tabs';
import {
  ALL_TABS,
  BUDGET_TAB,
  CONFIG_TAB,
  INDICATORS_TAB,
  TabSpec,
  TASKS_TAB,
  UNITS_TAB,
  WEEKLY_TAB,
} from '../workbook/schema';
import {missingTabIssue} from '../workbook/tab-issues';
import {readTab} from './sheet-io';

function tabNamed(name: string): TabSpec {
  return ALL_TABS.find(tab => tab.name === name)!;
}

export interface PlanState {
  config: PlanConfig;
  units: Unit[];
  tasks: TaskState[];
  indicators: IndicatorState[];
  budget: BudgetState[];
  reports: WeeklyReport[];
  /** Every problem found, for the person who runs a menu item or for the weekly summary. */
  issues: CellIssue[];
  /** Tabs the add-on needs that are missing (deleted or renamed). */
  missingTabs: string[];
  today: CivilDate;
  now: number;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function valuesOf(
  spreadsheet: Spreadsheet,
  tab: TabSpec,
  missingTabs: string[],
): unknown[][] {
  const sheet = spreadsheet.getSheetByName(tab.name);
  if (!sheet) {
    missingTabs.push(tab.name);
    return [];
  }
  return readTab(sheet);
}

export function loadState(
  spreadsheet: Spreadsheet,
  now: number = Date.now(),
): PlanState {
  const missingTabs: string[] = [];
  const read = (tab: TabSpec) => valuesOf(spreadsheet, tab, missingTabs);

  const configRead = readConfig(read(CONFIG_TAB), builtInPlan().config);
  const config = configRead.config;
  // Date cells hold wall times in the spreadsheet's zone, which setup aligns with the plan's.
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const units = readUnits(read(UNITS_TAB));
  const tasks = readTasks(read(TASKS_TAB), units.records, timeZone);
  const indicators = readIndicators(
    read(INDICATORS_TAB),
    timeZone,
    units.records,
  );
  const budget = readBudget(read(BUDGET_TAB));
  const reports = readWeeklyReports(read(WEEKLY_TAB), units.records, timeZone);

  return {
    config,
    units: units.records,
    tasks: tasks.records,
    indicators: indicators.records,
    budget: budget.records,
    reports: reports.records,
    issues: [
      ...missingTabs.map(name => missingTabIssue(tabNamed(name), null)),
      ...configRead.issues,
      ...units.issues,
      ...tasks.issues,
      ...indicators.issues,
      ...budget.issues,
      ...reports.issues,
    ],
    missingTabs,
    today: civilDateOf(now, config.timeZone),
    now,
  };
}

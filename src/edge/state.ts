// Loads the whole plan as the spreadsheet shows it: one read per tab, then pure parsing.
import {civilDateOf} from '../core/calendar';
import {CivilDate, PlanConfig} from '../core/model';
import {builtInPlan} from '../plan';
import {CellIssue} from '../workbook/cells';
import {ParsedPlan, parsePlan} from '../workbook/parse-plan';
import {readConfig} from '../workbook/read-tabs';
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
import {
  INDICATOR_LINE_COLUMNS,
  TASK_LINE_COLUMNS,
} from '../workbook/read-columns';
import {readColumns, readTab} from './sheet-io';

function tabNamed(name: string): TabSpec {
  return ALL_TABS.find(tab => tab.name === name)!;
}

export interface PlanState extends ParsedPlan {
  /** Every problem found, for the person who runs a menu item or for the weekly summary. */
  issues: CellIssue[];
  /** Tabs the add-on needs that are missing (deleted or renamed). */
  missingTabs: string[];
  today: CivilDate;
  now: number;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The columns a caller needs from the two large tabs: every column when a field is left out,
 * only the listed ones otherwise, and for Chỉ tiêu and Kinh phí, `false` to skip the tab
 * (its records are then empty). The tabs read in part report problems only in those columns.
 */
export interface StateColumns {
  tasks?: readonly string[];
  indicators?: readonly string[] | false;
  budget?: false;
}

/** Columns of the Friday reminders: task lines, units and weekly reports. */
export const REMINDER_COLUMNS: StateColumns = {
  tasks: TASK_LINE_COLUMNS,
  indicators: false,
  budget: false,
};

/** Columns of the "6 rõ" check: the task lines, without Chỉ tiêu and Kinh phí. */
export const SIX_CLEAR_COLUMNS: StateColumns = REMINDER_COLUMNS;

/** Columns of the weekly summary: the reminders' columns and the indicator lines. */
export const SUMMARY_COLUMNS: StateColumns = {
  tasks: TASK_LINE_COLUMNS,
  indicators: INDICATOR_LINE_COLUMNS,
  budget: false,
};

/** Columns of the quarterly report: the summary's columns and the budget. */
export const REPORT_COLUMNS: StateColumns = {
  tasks: TASK_LINE_COLUMNS,
  indicators: INDICATOR_LINE_COLUMNS,
};

function valuesOf(
  spreadsheet: Spreadsheet,
  tab: TabSpec,
  missingTabs: string[],
  columns?: readonly string[],
): unknown[][] {
  const sheet = spreadsheet.getSheetByName(tab.name);
  if (!sheet) {
    missingTabs.push(tab.name);
    return [];
  }
  return columns ? readColumns(sheet, tab, columns) : readTab(sheet);
}

/** Reads only Cấu hình: the settings, with the built-in ones where a cell is empty or wrong. */
export function loadConfig(spreadsheet: Spreadsheet): PlanConfig {
  const sheet = spreadsheet.getSheetByName(CONFIG_TAB.name);
  return readConfig(sheet ? readTab(sheet) : [], builtInPlan().config).config;
}

export function loadState(
  spreadsheet: Spreadsheet,
  now: number = Date.now(),
  columns: StateColumns = {},
): PlanState {
  const missingTabs: string[] = [];
  const read = (tab: TabSpec, keys?: readonly string[]) =>
    valuesOf(spreadsheet, tab, missingTabs, keys);

  const config = read(CONFIG_TAB);
  const units = read(UNITS_TAB);
  const tasks = read(TASKS_TAB, columns.tasks);
  const indicators =
    columns.indicators === false
      ? undefined
      : read(INDICATORS_TAB, columns.indicators);
  const budget = columns.budget === false ? undefined : read(BUDGET_TAB);
  const weekly = read(WEEKLY_TAB);
  // Date cells hold wall times in the spreadsheet's zone, which setup aligns with the plan's.
  const parsed = parsePlan(
    {config, units, tasks, indicators, budget, weekly},
    spreadsheet.getSpreadsheetTimeZone(),
    builtInPlan().config,
  );

  return {
    ...parsed,
    issues: [
      ...missingTabs.map(name => missingTabIssue(tabNamed(name), null)),
      ...parsed.issues,
    ],
    missingTabs,
    today: civilDateOf(now, parsed.config.timeZone),
    now,
  };
}

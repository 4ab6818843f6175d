// "Thiết lập / cập nhật bảng tính" and the refresh: create the plan's tabs or upgrade them in
// place. An upgrade adds missing tabs (setup only), columns and plan rows, rewrites the
// computed columns and fills derived cells, and never clears or overwrites a value a person
// typed, so it is safe to run again at any time.
import {Plan, PlanConfig} from '../core/model';
import {builtInPlan} from '../plan';
import {cellText, CellIssue} from '../workbook/cells';
import {seedRows} from '../workbook/seed';
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
import {parsePlan} from '../workbook/parse-plan';
import {FULL_CHECK_MAX_CELLS, upgradeRead} from '../workbook/read-columns';
import {findRenamedTab, missingTabIssue} from '../workbook/tab-issues';
import {HeaderMap} from '../workbook/table';
import {planTabUpgrade, TabWritePlan} from '../workbook/upgrade';
import {writeBudgetTotals} from './budget-sheet';
import {formatTab, protectTaskRows} from './formatting';
import {
  applyDerivedCells,
  applyWritePlan,
  mergedIssues,
  readColumns,
  readTab,
  unitListOf,
  valuesAfterWrite,
} from './sheet-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface UpgradeResult {
  createdTabs: string[];
  /** Rows added per tab name. */
  addedRows: Record<string, number>;
  /** Rows holding anything per tab name, after the upgrade. */
  rows: Record<string, number>;
  /** Columns added per tab name. */
  addedColumns: Record<string, string[]>;
  /** Problems that stopped the upgrade of a tab; nothing was written there. */
  blocked: CellIssue[];
  /** Problems found while deriving cells (unreadable time phrases and targets). */
  warnings: CellIssue[];
  /** Problems the check found after the upgrade, when a check was requested. */
  checked: CellIssue[];
  /**
   * Tabs too large to check whole: only their validated columns were checked, so a formula
   * error in a text column there went unreported.
   */
  checkedInPart: string[];
}

export interface UpgradeOptions {
  /** Rows to add: the built-in plan on setup, a plan with no rows on a refresh. */
  plan: Plan;
  config: PlanConfig;
  /** Apply validation, colours and header protections (setup only). */
  format: boolean;
  /** Create missing tabs (setup); a refresh reports them instead. */
  createMissing: boolean;
  /**
   * Also read the validated columns and list their problems. The check reuses the upgrade's
   * single read of each tab, because a second read of a 100,000-row plan would take minutes.
   */
  check: boolean;
}

function parseTime(text: string): {hour: number; minute: number} {
  const [hour, minute] = text.split(':').map(Number);
  return {hour, minute};
}

/** The first row of every sheet, for spotting a renamed tab. */
function sheetHeaders(
  spreadsheet: Spreadsheet,
): Array<{name: string; header: unknown[]}> {
  return spreadsheet.getSheets().map(sheet => ({
    name: sheet.getName(),
    header:
      sheet.getLastColumn() === 0
        ? []
        : sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0],
  }));
}

/** Finds or creates the sheet of a tab; returns null (with an issue) when it must not be created. */
function sheetFor(
  spreadsheet: Spreadsheet,
  tab: TabSpec,
  index: number,
  options: UpgradeOptions,
  result: UpgradeResult,
): Sheet | null {
  const sheet = spreadsheet.getSheetByName(tab.name);
  if (sheet) return sheet;
  const renamedTo = findRenamedTab(tab, sheetHeaders(spreadsheet));
  if (renamedTo !== null || !options.createMissing) {
    result.blocked.push(missingTabIssue(tab, renamedTo));
    return null;
  }
  result.createdTabs.push(tab.name);
  return spreadsheet.insertSheet(tab.name, index);
}

/** Upgrades every tab, then derives cells, writes the budget totals and row protections. */
export function upgradeWorkbook(
  spreadsheet: Spreadsheet,
  options: UpgradeOptions,
): UpgradeResult {
  const result: UpgradeResult = {
    createdTabs: [],
    addedRows: {},
    rows: {},
    addedColumns: {},
    blocked: [],
    warnings: [],
    checked: [],
    checkedInPart: [],
  };
  const writeOptions = {deadline: parseTime(options.config.deadlineTime)};
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const headersByTab = new Map<string, HeaderMap>();
  const sheets = new Map<string, Sheet>();

  const valuesByTab = new Map<string, unknown[][]>();
  const checkBudget = {cells: FULL_CHECK_MAX_CELLS};

  ALL_TABS.forEach((tab, index) => {
    const sheet = sheetFor(spreadsheet, tab, index, options, result);
    if (!sheet) return;
    const read = upgradeRead(
      tab.key,
      options.check,
      checkBudget,
      () => sheet.getLastRow() * sheet.getLastColumn(),
    );
    const columns = read === 'whole' ? null : read;
    if (columns && options.check) result.checkedInPart.push(tab.name);
    const values = columns ? readColumns(sheet, tab, columns) : readTab(sheet);
    const merged = mergedIssues(sheet, tab, values);
    if (merged.length > 0) {
      result.blocked.push(...merged);
      return;
    }
    const writePlan = planTabUpgrade(
      tab,
      values,
      seedRows(options.plan, tab.key),
      {...writeOptions, rowsInUse: columns ? values.length : undefined},
    );
    if (writePlan.blocked.length > 0) {
      result.blocked.push(...writePlan.blocked);
      return;
    }
    applyWritePlan(sheet, writePlan, timeZone);
    record(result, tab, writePlan);
    sheets.set(tab.key, sheet);
    headersByTab.set(tab.key, writePlan.headers);
    const after = valuesAfterWrite(values, writePlan, timeZone);
    valuesByTab.set(tab.key, after);
    result.rows[tab.name] = after
      .slice(1)
      .filter(row => row.some(cell => cellText(cell) !== '')).length;
  });

  const units = unitListOf(valuesByTab);
  result.warnings.push(
    ...applyDerivedCells(
      sheets,
      headersByTab,
      valuesByTab,
      units,
      options.config,
      timeZone,
    ),
  );

  const budgetSheet = sheets.get(BUDGET_TAB.key);
  const budgetHeaders = headersByTab.get(BUDGET_TAB.key);
  if (budgetSheet && budgetHeaders) {
    writeBudgetTotals(
      budgetSheet,
      budgetHeaders,
      spreadsheet.getSheetByName(CONFIG_TAB.name),
    );
  }

  if (options.format) {
    const unitsHeaders = headersByTab.get(UNITS_TAB.key) ?? null;
    for (const tab of ALL_TABS) {
      const headers = headersByTab.get(tab.key);
      const sheet = sheets.get(tab.key);
      if (headers && sheet) formatTab(sheet, tab, headers, unitsHeaders);
    }
  }
  if (options.check) {
    result.checked = checkValues(valuesByTab, timeZone);
  }
  const tasksSheet = sheets.get(TASKS_TAB.key);
  const tasksHeaders = headersByTab.get(TASKS_TAB.key);
  if (tasksSheet && tasksHeaders) {
    result.warnings.push(
      ...protectTaskRows(
        tasksSheet,
        tasksHeaders,
        valuesByTab.get(TASKS_TAB.key) ?? [],
        units ?? [],
        options.format,
      ),
    );
  }
  return result;
}

/**
 * Parses the upgraded values of every tab that was upgraded. A tab that is missing or was
 * blocked is skipped, because its problem is already among the blocked ones.
 */
function checkValues(
  valuesByTab: Map<string, unknown[][]>,
  timeZone: string,
): CellIssue[] {
  const values = (tab: TabSpec) => valuesByTab.get(tab.key);
  return parsePlan(
    {
      config: values(CONFIG_TAB),
      units: values(UNITS_TAB),
      tasks: values(TASKS_TAB),
      indicators: values(INDICATORS_TAB),
      budget: values(BUDGET_TAB),
      weekly: values(WEEKLY_TAB),
    },
    timeZone,
    builtInPlan().config,
  ).issues;
}

function record(
  result: UpgradeResult,
  tab: TabSpec,
  writePlan: TabWritePlan,
): void {
  if (writePlan.append.length > 0)
    result.addedRows[tab.name] = writePlan.append.length;
  if (
    writePlan.addedColumns.length > 0 &&
    !result.createdTabs.includes(tab.name)
  ) {
    result.addedColumns[tab.name] = writePlan.addedColumns;
  }
}

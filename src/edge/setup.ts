// "Thiết lập / cập nhật bảng tính": creates the plan's tabs or upgrades them in place. It adds
// missing tabs, columns and plan rows and rewrites the computed columns, and never clears or
// overwrites a value a person typed, so it is safe to run again at any time.
import {Plan, PlanConfig} from '../core/model';
import {CellIssue} from '../workbook/cells';
import {seedRows} from '../workbook/seed';
import {
  ALL_TABS,
  BUDGET_TAB,
  CONFIG_TAB,
  TabSpec,
  UNITS_TAB,
} from '../workbook/schema';
import {HeaderMap} from '../workbook/table';
import {planTabUpgrade, TabWritePlan} from '../workbook/upgrade';
import {writeBudgetTotals} from './budget-sheet';
import {formatTab} from './formatting';
import {applyWritePlan, readTab} from './sheet-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface UpgradeResult {
  createdTabs: string[];
  /** Rows added per tab name. */
  addedRows: Record<string, number>;
  /** Columns added per tab name. */
  addedColumns: Record<string, string[]>;
  /** Problems that stopped the upgrade of a tab; nothing was written there. */
  blocked: CellIssue[];
}

function parseTime(text: string): {hour: number; minute: number} {
  const [hour, minute] = text.split(':').map(Number);
  return {hour, minute};
}

/**
 * Upgrades every tab. `plan` gives the rows to add (the built-in plan on first setup; a plan
 * with no rows on a refresh, which then only extends formulas to rows staff added).
 * `format` applies validation, colours and protections, which only setup needs.
 */
export function upgradeWorkbook(
  spreadsheet: Spreadsheet,
  plan: Plan,
  config: PlanConfig,
  format: boolean,
): UpgradeResult {
  const result: UpgradeResult = {
    createdTabs: [],
    addedRows: {},
    addedColumns: {},
    blocked: [],
  };
  const options = {deadline: parseTime(config.deadlineTime)};
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const headersByTab = new Map<string, HeaderMap>();
  const sheets = new Map<string, Sheet>();

  ALL_TABS.forEach((tab, index) => {
    let sheet = spreadsheet.getSheetByName(tab.name);
    const created = sheet === null;
    if (!sheet) {
      sheet = spreadsheet.insertSheet(tab.name, index);
      result.createdTabs.push(tab.name);
    }
    sheets.set(tab.key, sheet);
    const values = created ? [] : readTab(sheet);
    const writePlan = planTabUpgrade(
      tab,
      values,
      seedRows(plan, tab.key),
      options,
    );
    if (writePlan.blocked.length > 0) {
      result.blocked.push(...writePlan.blocked);
      return;
    }
    applyWritePlan(sheet, writePlan, timeZone);
    record(result, tab, writePlan);
    headersByTab.set(tab.key, writePlan.headers);
  });

  const budgetSheet = sheets.get(BUDGET_TAB.key);
  const budgetHeaders = headersByTab.get(BUDGET_TAB.key);
  if (budgetSheet && budgetHeaders) {
    writeBudgetTotals(
      budgetSheet,
      budgetHeaders,
      spreadsheet.getSheetByName(CONFIG_TAB.name),
    );
  }

  if (format) {
    const unitsHeaders = headersByTab.get(UNITS_TAB.key) ?? null;
    for (const tab of ALL_TABS) {
      const headers = headersByTab.get(tab.key);
      const sheet = sheets.get(tab.key);
      if (headers && sheet) formatTab(sheet, tab, headers, unitsHeaders);
    }
  }
  return result;
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

// Jobs shared by menu items and triggers: setup and the refresh that keeps formulas, dates and
// settings current. They return what happened so each caller can tell people in its own way.
import {Plan, PlanConfig} from '../core/model';
import {CellIssue} from '../workbook/cells';
import {builtInPlan} from '../plan';
import {TASKS_TAB} from '../workbook/schema';
import {describeIssue} from '../workbook/table';
import {writeDashboardTab} from './dashboard-tab';
import {installTriggers} from './automation';
import {storeSettings} from './settings-cache';
import {upgradeWorkbook, UpgradeResult} from './setup';
import {loadConfig} from './state';

/** Returns a plan with no rows, so an upgrade with it only extends formulas and adds columns. */
function withoutRows(config: PlanConfig): Plan {
  return {config, units: [], indicators: [], budget: [], tasks: []};
}

export interface SetupOutcome {
  upgrade: UpgradeResult;
  /** Every problem of the upgrade and of its check, each listed once. */
  problems: CellIssue[];
}

/** Returns the upgrade's problems, each once, because a check may find a cell the upgrade flagged. */
function problemsOf(upgrade: UpgradeResult): CellIssue[] {
  const seen = new Set<string>();
  const problems: CellIssue[] = [];
  for (const issue of [
    ...upgrade.blocked,
    ...upgrade.warnings,
    ...upgrade.checked,
  ]) {
    const line = describeIssue(issue);
    if (seen.has(line)) continue;
    seen.add(line);
    problems.push(issue);
  }
  return problems;
}

/** Locale whose typing rules (decimal comma, dd/mm/yyyy) the sheet's formats assume. */
const LOCALE = 'vi_VN';

/** Creates or upgrades the spreadsheet with the built-in plan and installs the triggers. */
export function setupSpreadsheet(): SetupOutcome {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const plan = builtInPlan();
  // Date cells are wall times in the spreadsheet's zone and TODAY() follows it, so both must
  // use the plan's zone.
  if (spreadsheet.getSpreadsheetTimeZone() !== plan.config.timeZone) {
    spreadsheet.setSpreadsheetTimeZone(plan.config.timeZone);
  }
  // "0,7" and "30/06/2026" become a number and a date only in a Vietnamese locale.
  if (spreadsheet.getSpreadsheetLocale() !== LOCALE) {
    spreadsheet.setSpreadsheetLocale(LOCALE);
  }
  const upgrade = upgradeWorkbook(spreadsheet, {
    plan,
    config: plan.config,
    format: true,
    createMissing: true,
    check: true,
  });
  const config = loadConfig(spreadsheet);
  storeSettings(config);
  installTriggers(config);
  writeDashboardTab(spreadsheet);
  removeEmptyStarterSheet(spreadsheet);
  return {upgrade, problems: problemsOf(upgrade)};
}

/** Names Sheets gives the first tab of a new spreadsheet, in Vietnamese and English. */
const STARTER_SHEET = /^(Trang tính|Sheet)\s?1$/;

/** Deletes the blank first tab of a new spreadsheet once the plan's tabs exist. */
function removeEmptyStarterSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): void {
  for (const sheet of spreadsheet.getSheets()) {
    if (!STARTER_SHEET.test(sheet.getName())) continue;
    if (sheet.getLastRow() === 0 && sheet.getLastColumn() === 0)
      spreadsheet.deleteSheet(sheet);
  }
}

export interface RefreshOptions {
  /**
   * Also reads the validated columns and lists every problem, for a person who requested it.
   * The daily trigger leaves it out: at 100,000 tasks those columns add about 90 s, an
   * estimate from the benchmark's latency model.
   */
  check: boolean;
}

export interface RefreshOutcome {
  upgrade: UpgradeResult;
  /** Problems of the upgrade, and of the validated columns when `check` was requested. */
  problems: CellIssue[];
}

/**
 * Extends formulas to rows staff added, adds missing columns, fills dates from time phrases
 * and re-applies row protections. A missing tab is reported, not created, because it may
 * contain its data under another name.
 */
export function refreshSpreadsheet(options: RefreshOptions): RefreshOutcome {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const config = loadConfig(spreadsheet);
  const upgrade = upgradeWorkbook(spreadsheet, {
    plan: withoutRows(config),
    config,
    format: false,
    createMissing: false,
    check: options.check,
  });
  storeSettings(config);
  const problems = problemsOf(upgrade);
  for (const issue of problems) console.warn(describeIssue(issue));
  return {upgrade, problems};
}

/** Returns the one-line result of a scheduled refresh, for the automation status. */
export function refreshMessage(
  upgrade: UpgradeResult,
  problemCount: number,
): string {
  const tasks = upgrade.rows[TASKS_TAB.name] ?? 0;
  return problemCount === 0
    ? `Làm mới ${tasks} nhiệm vụ.`
    : `Làm mới ${tasks} nhiệm vụ; ${problemCount} vấn đề về cột, thời hạn hoặc chỉ tiêu cần sửa (chọn "Làm mới trạng thái" để xem).`;
}

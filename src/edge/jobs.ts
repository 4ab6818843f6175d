// Jobs shared by menu items and triggers: setup and the refresh that keeps formulas, dates and
// settings current. They return what happened so each caller can tell people in its own way.
import {Plan, PlanConfig} from '../core/model';
import {builtInPlan} from '../plan';
import {describeIssue} from '../workbook/table';
import {installTriggers} from './automation';
import {storeSettings} from './settings-cache';
import {upgradeWorkbook, UpgradeResult} from './setup';
import {loadState, PlanState} from './state';

/** A plan with no rows: upgrading with it only extends formulas and adds missing columns. */
function withoutRows(config: PlanConfig): Plan {
  return {config, units: [], indicators: [], budget: [], tasks: []};
}

export interface SetupOutcome {
  upgrade: UpgradeResult;
  state: PlanState;
}

/** Creates or upgrades the spreadsheet with the built-in plan and installs the triggers. */
export function setupSpreadsheet(): SetupOutcome {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const plan = builtInPlan();
  // Date cells are wall times in the spreadsheet's zone and TODAY() follows it, so both must
  // use the plan's zone.
  if (spreadsheet.getSpreadsheetTimeZone() !== plan.config.timeZone) {
    spreadsheet.setSpreadsheetTimeZone(plan.config.timeZone);
  }
  const upgrade = upgradeWorkbook(spreadsheet, plan, plan.config, true);
  const state = loadState(spreadsheet);
  storeSettings(state.config);
  installTriggers(state.config);
  return {upgrade, state};
}

/** Extends formulas to rows staff added, adds missing columns and reloads the state. */
export function refreshSpreadsheet(): SetupOutcome {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const before = loadState(spreadsheet);
  const upgrade = upgradeWorkbook(
    spreadsheet,
    withoutRows(before.config),
    before.config,
    false,
  );
  storeSettings(before.config);
  const state = loadState(spreadsheet);
  for (const issue of [...upgrade.blocked, ...state.issues])
    console.warn(describeIssue(issue));
  return {upgrade, state};
}

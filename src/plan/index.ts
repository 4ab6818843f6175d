// The built-in plan: plan 66-KH/ĐU of 28/01/2026 of the Bắc Hà commune Party Committee, which
// the add-on offers as the default plan and the local runner uses.

import {Plan} from '../core/model';
import {builtInBudget} from './budget';
import {builtInConfig} from './config';
import {builtInIndicators} from './indicators';
import {builtInTasks} from './task-list';
import {builtInUnits} from './units';

export {
  BUILT_IN_BUDGET_TOTAL_MILLION,
  BUILT_IN_BUDGET_TOTAL_NOTE,
} from './budget';
export {NEW_TASK_NOTE} from './task-list';
export {PARTNER_CODE_PREFIX, isPartner} from './units';

/** Returns a fresh copy of the built-in plan, so callers may change it freely. */
export function builtInPlan(): Plan {
  return {
    config: builtInConfig(),
    units: builtInUnits(),
    indicators: builtInIndicators(),
    budget: builtInBudget(),
    tasks: builtInTasks(),
  };
}

// Synthetic plans shaped like the built-in one, from one commune (34 tasks) to a whole country
// (100,000 tasks for about 3,000 units), and the rows staff would have typed into them.
import {Plan, Task, Unit, Indicator} from '../../src/core/model';
import {builtInPlan, isPartner} from '../../src/plan';
import {
  CellValue,
  dateValue,
  instantValue,
} from '../../src/workbook/cell-value';
import {STATUS_LABELS} from '../../src/workbook/labels';
import {SeedRow, seedRows} from '../../src/workbook/seed';

/** The size that stands for the built-in plan: its 34 Phụ lục III tasks (37 rows with the 3 narrative ones). */
export const BUILT_IN_SIZE = 34;

/** Units per task: about 3,000 units for 100,000 tasks. */
const UNITS_PER_TASK = 0.03;

/** Monday of the benchmarked week and the instants staff act at, in Asia/Ho_Chi_Minh. */
export const WEEK_MONDAY = '2026-06-08';
export const REPORT_SUBMITTED = '2026-06-11T10:00:00+07:00';
const COMPLETED_ON = '2026-05-15';

export interface PlanShape {
  /** Requested size; the built-in plan is size 34. */
  size: number;
  tasks: number;
  units: number;
  indicators: number;
  /** Commune units with an email address (partners excluded), all of which get reminders. */
  reportingUnits: number;
  syntheticUnits: number;
}

export interface SyntheticPlan {
  plan: Plan;
  shape: PlanShape;
  /** Task rows keyed by column, with the status, progress and evidence staff typed. */
  taskRows: SeedRow[];
  /** One weekly report row for every other synthetic unit, submitted on Thursday. */
  weeklyRows: SeedRow[];
}

function syntheticUnit(index: number): Unit {
  const number = String(index + 1).padStart(4, '0');
  return {
    code: `TCT${number}`,
    name: `Tổ công tác số ${number}`,
    aliases: [],
    head: `Tổ trưởng ${number}`,
    emails: [`tct${number}@bench.example`],
  };
}

function syntheticTask(template: Task, index: number, lead: Unit | null): Task {
  return {
    ...template,
    code: `${template.groupNo}.${100 + index}`,
    leadText: lead ? lead.name : template.leadText,
    person: `Cán bộ ${index + 1}`,
    personEmail: `canbo${index + 1}@bench.example`,
  };
}

function syntheticIndicator(
  template: Indicator,
  no: number,
  lead: Unit | null,
): Indicator {
  return {...template, no, leadText: lead ? lead.name : template.leadText};
}

/**
 * Builds the plan of `size` tasks: the built-in plan first (so setup finds its rows in place),
 * then copies of its tasks and indicators led in turn by synthetic units. Budget lines stay
 * the built-in 11, because the budget does not grow with the number of tasks.
 */
export function syntheticPlan(size: number): SyntheticPlan {
  const plan = builtInPlan();
  const builtInTasks = plan.tasks.length;
  const builtInIndicators = plan.indicators.length;
  const taskCount = size <= BUILT_IN_SIZE ? builtInTasks : size;
  const unitCount = Math.max(
    plan.units.length,
    Math.round(taskCount * UNITS_PER_TASK),
  );
  const indicatorCount =
    size <= BUILT_IN_SIZE
      ? builtInIndicators
      : Math.round((size * builtInIndicators) / BUILT_IN_SIZE);

  const extraUnits = Array.from(
    {length: unitCount - plan.units.length},
    (_, i) => syntheticUnit(i),
  );
  const leadOf = (i: number): Unit | null =>
    extraUnits.length === 0 ? null : extraUnits[i % extraUnits.length];
  const extraTasks = Array.from({length: taskCount - builtInTasks}, (_, i) =>
    syntheticTask(plan.tasks[i % builtInTasks], i, leadOf(i)),
  );
  const extraIndicators = Array.from(
    {length: indicatorCount - builtInIndicators},
    (_, i) =>
      syntheticIndicator(
        plan.indicators[i % builtInIndicators],
        builtInIndicators + i + 1,
        leadOf(i),
      ),
  );
  plan.units.push(...extraUnits);
  plan.tasks.push(...extraTasks);
  plan.indicators.push(...extraIndicators);

  const taskRows = seedRows(plan, 'tasks');
  taskRows.forEach((row, i) => {
    if (i >= builtInTasks) typeStaffState(row, i - builtInTasks);
  });
  const shape: PlanShape = {
    size,
    tasks: plan.tasks.length,
    units: plan.units.length,
    indicators: plan.indicators.length,
    reportingUnits: plan.units.filter(
      unit => !isPartner(unit) && unit.emails.length > 0,
    ).length,
    syntheticUnits: extraUnits.length,
  };
  return {plan, shape, taskRows, weeklyRows: weeklyRows(extraUnits)};
}

/** Status mix of synthetic tasks: 1 in 5 done with evidence, 2 in progress, 2 not started. */
function typeStaffState(row: SeedRow, index: number): void {
  const kind = index % 5;
  if (kind === 0) {
    row.set('status', STATUS_LABELS.done);
    row.set('progress', 100);
    row.set('completedOn', dateValue(COMPLETED_ON));
    row.set('evidenceLink', `https://drive.example/minh-chung/${index + 1}`);
  } else if (kind <= 2) {
    row.set('status', STATUS_LABELS.inProgress);
    row.set('progress', 50);
  }
}

function weeklyRows(units: Unit[]): SeedRow[] {
  const submitted = instantValue(Date.parse(REPORT_SUBMITTED));
  return units
    .filter((_, i) => i % 2 === 0)
    .map(
      unit =>
        new Map<string, CellValue>([
          ['week', dateValue(WEEK_MONDAY)],
          ['unit', unit.name],
          ['result', `Đã triển khai các nhiệm vụ trong tuần của ${unit.name}.`],
          ['difficulties', ''],
          ['proposals', ''],
          ['reporter', unit.emails[0]],
          ['submittedAt', submitted],
        ]),
    );
}

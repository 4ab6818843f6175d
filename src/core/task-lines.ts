// Task rows turned into the lines that emails and reports show, with units looked up once.

import {formatViDate} from './calendar';
import type {CivilDate, TaskState, Timeliness, Unit} from './model';
import type {TaskLine, UnitRef} from './report-model';
import {missingSixClearLabels} from './six-clear';
import {TIMELINESS_LABELS, daysLate, timelinessOf} from './timeliness';

/** Units by code, in the "Đơn vị" tab's order (a Map keeps insertion order). */
export type UnitIndex = ReadonlyMap<string, UnitRef>;

/** Indexes units by code; the first of two rows with the same code wins. */
export function indexUnits(units: readonly Unit[]): UnitIndex {
  const index = new Map<string, UnitRef>();
  for (const unit of units) {
    if (!index.has(unit.code)) {
      index.set(unit.code, {code: unit.code, name: unit.name});
    }
  }
  return index;
}

/** Looks up a unit; a code missing from the index is shown as itself. */
export function unitRefOf(code: string, units: UnitIndex): UnitRef {
  return units.get(code) ?? {code, name: code};
}

/** Formats a due date as "dd/mm/yyyy", or "" when there is none. */
export function dateText(date: CivilDate | null): string {
  return date === null ? '' : formatViDate(date);
}

/** Builds the line of a task that is not cancelled, evaluated on `today`. */
export function taskLine(
  task: TaskState,
  timeliness: Timeliness,
  today: CivilDate,
  units: UnitIndex,
): TaskLine {
  return {
    code: task.code,
    row: task.row,
    groupNo: task.groupNo,
    groupName: task.groupName,
    content: task.content,
    leadUnits: task.leadUnits.map(code => unitRefOf(code, units)),
    leadText: task.leadText,
    person: task.person,
    timeText: task.timeText,
    due: task.due,
    dueText: dateText(task.due),
    recurrence: task.recurrence,
    product: task.product,
    status: task.status,
    progress: task.progress,
    evidenceLink: task.evidenceLink,
    timeliness,
    timelinessLabel: TIMELINESS_LABELS[timeliness],
    daysLate: daysLate(task, today),
    missingClear: missingSixClearLabels(task),
  };
}

/** Task lines on one day, with the cancelled tasks counted apart. */
export interface EvaluatedTasks {
  /** Lines of every task that is not cancelled, in input order. */
  lines: TaskLine[];
  /** The task state behind each line, at the same index. */
  states: TaskState[];
  cancelledCount: number;
}

/** Evaluates every task on `today` in one pass. */
export function evaluateTasks(
  tasks: readonly TaskState[],
  today: CivilDate,
  units: UnitIndex,
): EvaluatedTasks {
  const lines: TaskLine[] = [];
  const states: TaskState[] = [];
  let cancelledCount = 0;

  for (const task of tasks) {
    const timeliness = timelinessOf(task, today);
    if (timeliness === null) {
      cancelledCount++;
      continue;
    }
    lines.push(taskLine(task, timeliness, today, units));
    states.push(task);
  }
  return {lines, states, cancelledCount};
}

function compareCodeParts(a: string, b: string): number {
  const numberA = Number(a);
  const numberB = Number(b);
  if (a !== '' && b !== '' && !isNaN(numberA) && !isNaN(numberB)) {
    return numberA - numberB;
  }
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Compares task codes part by part as numbers, so "1.10" sorts after "1.9". */
export function compareTaskCodes(a: string, b: string): number {
  const partsA = a.split('.');
  const partsB = b.split('.');
  const length = Math.max(partsA.length, partsB.length);

  for (let i = 0; i < length; i++) {
    const order = compareCodeParts(partsA[i] ?? '', partsB[i] ?? '');
    if (order !== 0) return order;
  }
  return 0;
}

/** Sorts overdue lines with the most days late first, then by code. */
export function byDaysLateThenCode(a: TaskLine, b: TaskLine): number {
  return b.daysLate - a.daysLate || compareTaskCodes(a.code, b.code);
}

/** Sorts lines by due date (none last), then by code. */
export function byDueThenCode(a: TaskLine, b: TaskLine): number {
  const dueA = a.due ?? '9999-12-31';
  const dueB = b.due ?? '9999-12-31';
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  return compareTaskCodes(a.code, b.code);
}

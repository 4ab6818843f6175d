// Task rows turned into the lines that emails and reports show, with units looked up once.

import {daysBetween, formatViDate} from './calendar';
import type {CivilDate, TaskState, Timeliness, Unit} from './model';
import type {TaskLine, UnitRef} from './report-model';
import {missingSixClearLabels} from './six-clear';
import {TIMELINESS_LABELS, daysLateIn, timelinessOf} from './timeliness';

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

/**
 * Date helpers memoized for one evaluation: a plan has few distinct due dates, and date
 * arithmetic is the largest cost when building lines for many tasks.
 */
export interface DateMemo {
  countDays: (from: CivilDate, to: CivilDate) => number;
  format: (date: CivilDate | null) => string;
}

/** Creates memoized date helpers; keep one per evaluation, not per process. */
export function createDateMemo(): DateMemo {
  const days = new Map<string, number>();
  const texts = new Map<CivilDate, string>();

  return {
    countDays(from, to) {
      const key = `${from}|${to}`;
      let count = days.get(key);
      if (count === undefined) {
        count = daysBetween(from, to);
        days.set(key, count);
      }
      return count;
    },
    format(date) {
      if (date === null) return '';
      let text = texts.get(date);
      if (text === undefined) {
        text = formatViDate(date);
        texts.set(date, text);
      }
      return text;
    },
  };
}

/** Builds the line of a task that is not cancelled, evaluated on `today`. */
export function taskLine(
  task: TaskState,
  timeliness: Timeliness,
  today: CivilDate,
  units: UnitIndex,
  dates: DateMemo = createDateMemo(),
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
    dueText: dates.format(task.due),
    recurrence: task.recurrence,
    product: task.product,
    status: task.status,
    progress: task.progress,
    evidenceLink: task.evidenceLink,
    timeliness,
    timelinessLabel: TIMELINESS_LABELS[timeliness],
    daysLate: daysLateIn(task, timeliness, today, dates.countDays),
    missingClear: missingSixClearLabels(task),
  };
}

/** Task lines on one day, with the cancelled tasks counted apart. */
export interface EvaluatedTasks {
  /** Lines of every task that is not cancelled, in input order. */
  lines: TaskLine[];
  cancelledCount: number;
}

/** Evaluates every task on `today` in one pass. */
export function evaluateTasks(
  tasks: readonly TaskState[],
  today: CivilDate,
  units: UnitIndex,
): EvaluatedTasks {
  const dates = createDateMemo();
  const lines: TaskLine[] = [];
  let cancelledCount = 0;

  for (const task of tasks) {
    const timeliness = timelinessOf(task, today);
    if (timeliness === null) {
      cancelledCount++;
      continue;
    }
    lines.push(taskLine(task, timeliness, today, units, dates));
  }
  return {lines, cancelledCount};
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
  return compareParts(a.split('.'), b.split('.'));
}

function compareParts(partsA: string[], partsB: string[]): number {
  const length = Math.max(partsA.length, partsB.length);

  for (let i = 0; i < length; i++) {
    const order = compareCodeParts(partsA[i] ?? '', partsB[i] ?? '');
    if (order !== 0) return order;
  }
  return 0;
}

type LineOrder = 'code' | 'due' | 'daysLate';

/**
 * Sorts task lines in place: by code, by due date (none last) then code, or by days late
 * (most first) then code. Code parts are split once per line rather than once per comparison.
 */
export function sortLines(lines: TaskLine[], order: LineOrder): TaskLine[] {
  const keyed = lines.map(line => ({line, parts: line.code.split('.')}));

  keyed.sort((a, b) => {
    if (order === 'daysLate' && a.line.daysLate !== b.line.daysLate) {
      return b.line.daysLate - a.line.daysLate;
    }
    if (order === 'due') {
      const dueA = a.line.due ?? '9999-12-31';
      const dueB = b.line.due ?? '9999-12-31';
      if (dueA !== dueB) return dueA < dueB ? -1 : 1;
    }
    return compareParts(a.parts, b.parts);
  });

  for (let i = 0; i < keyed.length; i++) lines[i] = keyed[i].line;
  return lines;
}

// The built-in task list: Phụ lục III rows with the detail of the section III bullets that
// describe them, plus the bullets that no row covers as tasks of their own.

import {Task} from '../core/model';
import {NarrativeItem, detailOf, fieldValue} from './narrative';
import {BREAKTHROUGH_ITEMS} from './narrative-breakthrough';
import {FOCUS_ITEMS} from './narrative-focus';
import {REGULAR_ITEMS} from './narrative-regular';
import {TASK_SECTIONS, toTask} from './tasks';

/** Note on tasks taken from section III because no Phụ lục III row covers them. */
export const NEW_TASK_NOTE =
  'Nhiệm vụ nêu tại mục III của Kế hoạch, không có dòng riêng trong Phụ lục III';

/** Returns every section III item of the built-in plan in the plan's order. */
export function builtInNarrative(): NarrativeItem[] {
  return [...REGULAR_ITEMS, ...FOCUS_ITEMS, ...BREAKTHROUGH_ITEMS];
}

function groupOf(code: string): string {
  return code.split('.')[0];
}

/**
 * Builds a task from a bullet that no Phụ lục III row covers. Its content is the bullet and its
 * columns come from the item's field lines, so its detail stays empty.
 */
function newTask(
  item: NarrativeItem,
  code: string,
  content: string,
  model: Task,
): Task {
  return {
    ...model,
    code,
    content,
    detail: '',
    leadText: fieldValue(item, 'lead'),
    coordinatingText: fieldValue(item, 'coordinating'),
    timeText: fieldValue(item, 'time'),
    product: fieldValue(item, 'product'),
    note: NEW_TASK_NOTE,
  };
}

/**
 * Returns the built-in tasks in the plan's order, a new task after the last row of its group.
 *
 * Throws when a bullet names a code that is missing from Phụ lục III or that the table already
 * has, because either would silently drop or duplicate a task.
 */
export function builtInTasks(): Task[] {
  const tasks = TASK_SECTIONS.flatMap(section =>
    section.groups.flatMap(group =>
      group.rows.map(row => toTask(section, group, row)),
    ),
  );
  const byCode = new Map(tasks.map(task => [task.code, task]));

  for (const item of builtInNarrative()) {
    for (const bullet of item.bullets) {
      const existing = byCode.get(bullet.code);
      if (bullet.newRow) {
        if (existing !== undefined) {
          throw new Error(`Task ${bullet.code} already exists in Phụ lục III`);
        }

        const groupTasks = tasks.filter(
          task => task.groupNo === groupOf(bullet.code),
        );
        const last = groupTasks[groupTasks.length - 1];
        const task = newTask(item, bullet.code, bullet.text, last);
        tasks.splice(tasks.indexOf(last) + 1, 0, task);
        byCode.set(task.code, task);
        continue;
      }

      if (existing === undefined) {
        throw new Error(`Task ${bullet.code} is not in Phụ lục III`);
      }
      const detail = detailOf(item, bullet);
      existing.detail = existing.detail
        ? `${existing.detail}\n\n${detail}`
        : detail;
    }
  }

  return tasks;
}

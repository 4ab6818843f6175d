// The "6 rõ" check of a task row: which of the six requirements it fails.

import type {TaskState} from './model';
import type {SixClearItem} from './report-model';

/** Vietnamese labels of the "6 rõ" items, as the spreadsheet and reports show them. */
export const SIX_CLEAR_LABELS: Readonly<Record<SixClearItem, string>> = {
  person: 'rõ người',
  content: 'rõ việc',
  responsibility: 'rõ trách nhiệm',
  time: 'rõ thời gian',
  result: 'rõ kết quả',
  evidence: 'rõ minh chứng',
};

/** The items in the order the plan lists them. */
export const SIX_CLEAR_ORDER: readonly SixClearItem[] = [
  'person',
  'content',
  'responsibility',
  'time',
  'result',
  'evidence',
];

type SixClearFields = Pick<
  TaskState,
  | 'person'
  | 'content'
  | 'leadUnits'
  | 'due'
  | 'recurrence'
  | 'product'
  | 'evidenceLink'
  | 'status'
  | 'progress'
>;

function isBlank(text: string): boolean {
  return text.trim() === '';
}

/**
 * Lists the "6 rõ" items a task fails, in plan order. Evidence is required only once work
 * has started: status 'done' or progress above 0.
 */
export function missingSixClear(task: SixClearFields): SixClearItem[] {
  const missing: SixClearItem[] = [];
  const started = task.status === 'done' || task.progress > 0;

  if (isBlank(task.person)) missing.push('person');
  if (isBlank(task.content)) missing.push('content');
  if (task.leadUnits.length === 0) missing.push('responsibility');
  if (task.due === null && task.recurrence === 'none') missing.push('time');
  if (isBlank(task.product)) missing.push('result');
  if (started && isBlank(task.evidenceLink)) missing.push('evidence');
  return missing;
}

/** Lists the Vietnamese labels of the items a task fails ("rõ người", …). */
export function missingSixClearLabels(task: SixClearFields): string[] {
  return missingSixClear(task).map(item => SIX_CLEAR_LABELS[item]);
}

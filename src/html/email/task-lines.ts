// Task lists shared by the reminder and the summary, as HTML tables and as
// plain-text lines with the same columns.
import type {TaskLine} from '../../core/report-model';
import {safeHtml, SafeHtml} from '../escape';
import {TIMELINESS_TONE} from '../status';
import {badge, dataTable} from './components';
import {textRows} from './plain-text';
import {limitRows} from './shared';
import {deadlineOf, leadOf, personOf} from '../task-text';

/** One column of a task list: its header and how to read the cell. */
export interface TaskColumn {
  header: string;
  text: (task: TaskLine) => string;
  /** HTML rendering of the cell; defaults to the escaped text. */
  cell?: (task: TaskLine) => SafeHtml;
}

export const COLUMNS = {
  code: {header: 'Mã', text: task => task.code},
  content: {header: 'Nội dung', text: task => task.content},
  lead: {header: 'Đơn vị chủ trì', text: leadOf},
  person: {header: 'Người thực hiện', text: personOf},
  deadline: {header: 'Thời hạn', text: deadlineOf},
  daysLate: {
    header: 'Số ngày quá hạn',
    text: task => `${task.daysLate} ngày`,
  },
  progress: {header: 'Tiến độ', text: task => `${task.progress}%`},
  timeliness: {
    header: 'Tình trạng',
    text: task => task.timelinessLabel,
    cell: task => badge(task.timelinessLabel, TIMELINESS_TONE[task.timeliness]),
  },
  missing: {
    header: 'Còn thiếu',
    text: task => task.missingClear.join(', '),
  },
} satisfies Record<string, TaskColumn>;

export function taskTable(
  tasks: readonly TaskLine[],
  columns: readonly TaskColumn[],
): SafeHtml {
  const {shown, more} = limitRows(tasks);
  const headers = columns.map(column => column.header);
  const rows = shown.map(task =>
    columns.map(column =>
      column.cell ? column.cell(task) : safeHtml`${column.text(task)}`,
    ),
  );
  return dataTable(headers, rows, more);
}

export function taskText(
  tasks: readonly TaskLine[],
  columns: readonly TaskColumn[],
): string {
  const {shown, more} = limitRows(tasks);
  const headers = columns.map(column => column.header);
  const rows = shown.map(task => columns.map(column => column.text(task)));
  const list = textRows(headers, rows);
  return more ? `${list}\n${more}` : list;
}

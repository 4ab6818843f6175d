// Appendix tables of the report: tasks, indicators and budget, grouped as
// in the plan's appendices.
import type {
  BudgetSummary,
  IndicatorLine,
  TaskLine,
} from '../../core/report-model';
import {safeHtml, SafeHtml} from '../escape';
import {viNumber} from '../format';
import {deadlineOf, leadOf, personOf} from '../task-text';
import {CellInput, GroupRow, reportTable} from './blocks';

/** Inserts a group heading row before the first item of each group. */
function withGroups<T>(
  items: readonly T[],
  groupOf: (item: T) => string,
  rowOf: (item: T) => CellInput[],
): Array<CellInput[] | GroupRow> {
  const rows: Array<CellInput[] | GroupRow> = [];
  let current: string | null = null;
  for (const item of items) {
    const group = groupOf(item);
    if (group !== current) {
      rows.push({group});
      current = group;
    }
    rows.push(rowOf(item));
  }
  return rows;
}

function evidenceText(task: TaskLine): string {
  return task.evidenceLink || 'Chưa có';
}

export function taskAppendix(tasks: readonly TaskLine[]): SafeHtml {
  const headers = [
    'Mã',
    'Nội dung',
    'Chủ trì / Người thực hiện',
    'Thời hạn',
    'Tiến độ',
    'Tình trạng',
    'Minh chứng',
  ];
  const rows = withGroups(
    tasks,
    task => `${task.groupNo}. ${task.groupName}`,
    task => [
      {value: task.code, kind: 'center'},
      task.content,
      `${leadOf(task)} / ${personOf(task)}`,
      {value: deadlineOf(task), kind: 'center'},
      {value: `${task.progress}%`, kind: 'num'},
      task.timelinessLabel,
      safeHtml`<span class="link">${evidenceText(task)}</span>`,
    ],
  );
  const widths = ['9mm', '', '30mm', '20mm', '13mm', '22mm', '26mm'];
  return safeHtml`<div class="caption">Phụ lục 1. Tình hình thực hiện nhiệm vụ</div>
${reportTable(headers, rows, widths)}`;
}

export function indicatorAppendix(
  indicators: readonly IndicatorLine[],
): SafeHtml {
  const headers = [
    'STT',
    'Chỉ tiêu',
    'Đơn vị tính',
    'Kết quả 2025',
    'Mục tiêu',
    'Hiện đạt',
    'Đánh giá',
  ];
  const rows = withGroups(
    indicators,
    line => `${line.groupCode}. ${line.groupName}`,
    line => [
      {value: line.no, kind: 'center'},
      line.name,
      {value: line.unitOfMeasure, kind: 'center'},
      {value: line.result2025, kind: 'center'},
      {value: line.targetText, kind: 'center'},
      {value: line.currentText || 'Chưa có số liệu', kind: 'center'},
      line.problem ? `${line.statusLabel} (${line.problem})` : line.statusLabel,
    ],
  );
  return safeHtml`<div class="caption">Phụ lục 2. Kết quả thực hiện chỉ tiêu</div>
${reportTable(headers, rows)}`;
}

export function budgetAppendix(budget: BudgetSummary): SafeHtml {
  const headers = [
    'STT',
    'Nội dung',
    'Kế hoạch (triệu đồng)',
    'Đã chi (triệu đồng)',
    'Nguồn',
  ];
  const rows: CellInput[][] = budget.lines.map(line => [
    {value: line.code, kind: 'center'},
    line.partOf
      ? `${line.content} (chi tiết của mục ${line.partOf}, không cộng vào tổng)`
      : line.content,
    {value: viNumber(line.plannedMillion), kind: 'num'},
    {value: viNumber(line.spentMillion), kind: 'num'},
    line.source,
  ]);
  rows.push([
    '',
    safeHtml`<strong>Tổng cộng</strong>`,
    {
      value: safeHtml`<strong>${viNumber(budget.plannedTotal)}</strong>`,
      kind: 'num',
    },
    {
      value: safeHtml`<strong>${viNumber(budget.spentTotal)}</strong>`,
      kind: 'num',
    },
    '',
  ]);
  return safeHtml`<div class="caption">Phụ lục 3. Kinh phí thực hiện</div>
${reportTable(headers, rows)}`;
}

// Sections I–IV of the quarterly report body.
import type {
  IndicatorLine,
  QuarterlyReport,
  TaskLine,
} from '../../core/report-model';
import {joinHtml, safeHtml, SafeHtml} from '../escape';
import {viDate, viNumber, viPercent} from '../format';
import {deadlineOf, leadOf} from '../task-text';
import {dashList, paragraphs, reportTable, unitTexts} from './blocks';
import {barChart} from './charts';

function chartBlock(chart: SafeHtml): SafeHtml {
  return safeHtml`<div class="chart">${chart}</div>`;
}

/** Lists each category with its task codes; items end in ";" and the last in ".". */
function taskCountLines(report: QuarterlyReport): string[] {
  const groups = report.results.taskGroups;
  return groups.map((group, i) => {
    const codes = group.codes.length > 0 ? ` (${group.codes.join(', ')})` : '';
    const end = i === groups.length - 1 ? '.' : ';';
    return `${group.label}: ${group.count} nhiệm vụ${codes}${end}`;
  });
}

function tasksPart(report: QuarterlyReport): SafeHtml {
  const {header, results} = report;
  const cancelled =
    results.cancelledCount > 0
      ? `, không tính ${results.cancelledCount} nhiệm vụ đã hủy`
      : '';
  const intro =
    `Tổng số nhiệm vụ theo Kế hoạch số ${header.planNumber} ngày ${header.planDateText}: ` +
    `${results.totalTasks} nhiệm vụ${cancelled}. ` +
    `Tình hình thực hiện tính đến ngày ${viDate(report.asOf)}:`;
  return safeHtml`<h3>1. Thực hiện nhiệm vụ</h3>
${paragraphs(intro)}
${dashList(taskCountLines(report))}
${paragraphs('Nhiệm vụ chỉ được tính là hoàn thành khi đã có minh chứng kèm theo.')}
${chartBlock(barChart(report.charts.timeliness))}`;
}

function indicatorsPart(report: QuarterlyReport): SafeHtml {
  const total = report.results.indicators.length;
  const counts = report.charts.indicators.points
    .map(point => `${point.label.toLowerCase()} ${point.value}`)
    .join('; ');
  const intro = `Tổng số ${total} chỉ tiêu, trong đó: ${counts}. Chi tiết tại Phụ lục 2.`;
  return safeHtml`<h3>2. Thực hiện các chỉ tiêu</h3>
${paragraphs(intro)}
${chartBlock(barChart(report.charts.indicators))}`;
}

function budgetPart(report: QuarterlyReport): SafeHtml {
  const {budget} = report.results;
  const spent =
    budget.spentShare === null
      ? `đã giải ngân ${viNumber(budget.spentTotal)} triệu đồng`
      : `đã giải ngân ${viNumber(budget.spentTotal)} triệu đồng, đạt ${viPercent(budget.spentShare)} kế hoạch`;
  const intro =
    `Tổng kinh phí theo kế hoạch: ${viNumber(budget.plannedTotal)} triệu đồng; ${spent}. ` +
    'Chi tiết tại Phụ lục 3.';
  return safeHtml`<h3>3. Kinh phí thực hiện</h3>
${paragraphs(intro, budget.onePercentText)}`;
}

export function resultsSection(report: QuarterlyReport): SafeHtml {
  return safeHtml`<h2>I- Kết quả</h2>
${tasksPart(report)}
${indicatorsPart(report)}
${budgetPart(report)}`;
}

function overdueTable(tasks: readonly TaskLine[]): SafeHtml {
  const headers = ['Mã', 'Nội dung', 'Đơn vị chủ trì', 'Thời hạn', 'Quá hạn'];
  const rows = tasks.map(task => [
    {value: task.code, kind: 'center' as const},
    task.content,
    leadOf(task),
    {value: deadlineOf(task), kind: 'center' as const},
    {value: `${task.daysLate} ngày`, kind: 'num' as const},
  ]);
  return reportTable(headers, rows);
}

function indicatorSentence(line: IndicatorLine): string {
  const current = line.currentText || 'chưa có số liệu';
  return (
    `Chỉ tiêu ${line.no}. ${line.name}: mục tiêu ${line.targetText}, ` +
    `hiện đạt ${current} (${line.statusLabel}).`
  );
}

export function shortcomingsSection(report: QuarterlyReport): SafeHtml {
  const {overdue, indicatorsOffTrack, causes} = report.shortcomings;
  const overdueBlock =
    overdue.length > 0
      ? safeHtml`${paragraphs(`Còn ${overdue.length} nhiệm vụ quá hạn chưa hoàn thành:`)}${overdueTable(overdue)}`
      : paragraphs('Không có nhiệm vụ quá hạn.');
  const indicatorBlock =
    indicatorsOffTrack.length > 0
      ? safeHtml`${paragraphs(`Có ${indicatorsOffTrack.length} chỉ tiêu chưa đạt mục tiêu:`)}${dashList(indicatorsOffTrack.map(indicatorSentence))}`
      : paragraphs('Không có chỉ tiêu chưa đạt mục tiêu.');
  const causeBlock =
    causes.length > 0
      ? safeHtml`${paragraphs('Khó khăn, vướng mắc các đơn vị nêu trong báo cáo tuần:')}${unitTexts(causes)}`
      : paragraphs(
          'Các đơn vị chưa nêu khó khăn, vướng mắc trong báo cáo tuần của kỳ báo cáo.',
        );
  return safeHtml`<h2>II- Hạn chế, nguyên nhân</h2>
<h3>1. Hạn chế</h3>
${overdueBlock}
${indicatorBlock}
<h3>2. Nguyên nhân</h3>
${causeBlock}`;
}

export function nextTasksSection(report: QuarterlyReport): SafeHtml {
  const {label, tasks} = report.nextTasks;
  const headers = ['Mã', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian', 'Sản phẩm'];
  const rows = tasks.map(task => [
    {value: task.code, kind: 'center' as const},
    task.content,
    leadOf(task),
    task.timeText || deadlineOf(task),
    task.product,
  ]);
  const list =
    tasks.length > 0
      ? safeHtml`${paragraphs(`Các nhiệm vụ đến hạn trong ${label}:`)}${reportTable(headers, rows)}`
      : paragraphs(`Không có nhiệm vụ đến hạn trong ${label}.`);
  const overdue = report.shortcomings.overdue.length;
  const focus =
    overdue > 0
      ? paragraphs(
          `Tập trung chỉ đạo hoàn thành ${overdue} nhiệm vụ quá hạn nêu tại Mục II.`,
        )
      : joinHtml([]);
  return safeHtml`<h2>III- Nhiệm vụ quý tới</h2>
${list}
${focus}`;
}

export function proposalsSection(report: QuarterlyReport): SafeHtml {
  const body =
    report.proposals.length > 0
      ? safeHtml`${paragraphs('Kiến nghị, đề xuất các đơn vị nêu trong báo cáo tuần:')}${unitTexts(report.proposals)}`
      : paragraphs('Không có kiến nghị.');
  return safeHtml`<h2>IV- Kiến nghị</h2>
${body}`;
}

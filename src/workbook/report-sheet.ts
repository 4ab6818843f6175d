// Lays out the quarterly report as the rows of a "BC Quý …" tab: plain values, not formulas,
// so the figures stay as reported. Headings are marked so the edge can style them.
import {formatViDate} from '../core/calendar';
import {
  QuarterlyReport,
  ReportPeriodKind,
  TaskLine,
  UnitText,
} from '../core/report-model';

export type ReportRowStyle = 'title' | 'heading' | 'tableHeader' | 'body';

/** Chart whose data is the label in column A and the count in column B of a row. */
export type ReportChartKey = 'timeliness' | 'indicators';

export interface ReportRow {
  style: ReportRowStyle;
  cells: Array<string | number>;
  chart?: ReportChartKey;
}

/** Width of the report tab in columns. */
export const REPORT_WIDTH = 7;

const ROMAN = ['', 'I', 'II', 'III', 'IV'];

/** Returns the tab name of a period's report: "BC Quý II-2026" or "BC Năm 2026". */
/**
 * Maximum characters of a list of task codes in one cell of the report tab. Sheets rejects a
 * cell over 50,000 characters, which the codes of one group pass near 6,000 tasks.
 */
export const MAX_CODES_CELL_CHARS = 2000;

/** Returns the codes joined by commas, cut to MAX_CODES_CELL_CHARS with the rest counted. */
export function codesCell(codes: string[]): string {
  let text = '';
  for (let i = 0; i < codes.length; i++) {
    const next = text === '' ? codes[i] : `${text}, ${codes[i]}`;
    if (next.length > MAX_CODES_CELL_CHARS) {
      return `${text} … và ${codes.length - i} nhiệm vụ khác (lọc cột "Tình trạng thời hạn" ở tab "Nhiệm vụ" để xem đủ)`;
    }
    text = next;
  }
  return text;
}

export function periodTabName(year: number, kind: ReportPeriodKind): string {
  return kind === 'year' ? `BC Năm ${year}` : `BC Quý ${ROMAN[kind]}-${year}`;
}

export function reportTabName(report: QuarterlyReport): string {
  return periodTabName(report.period.year, report.period.kind);
}

/** First row (1-based) and row count of each chart's data in the report tab. */
export function chartSources(
  rows: readonly ReportRow[],
): Array<{chart: ReportChartKey; firstRow: number; rowCount: number}> {
  const sources: Array<{
    chart: ReportChartKey;
    firstRow: number;
    rowCount: number;
  }> = [];
  rows.forEach((line, i) => {
    if (line.chart === undefined) return;
    const last = sources[sources.length - 1];
    if (
      last &&
      last.chart === line.chart &&
      last.firstRow + last.rowCount === i + 1
    )
      last.rowCount++;
    else sources.push({chart: line.chart, firstRow: i + 1, rowCount: 1});
  });
  return sources;
}

const row = (
  style: ReportRowStyle,
  ...cells: Array<string | number>
): ReportRow => ({style, cells});

function taskRows(tasks: readonly TaskLine[], withLate: boolean): ReportRow[] {
  const header = row(
    'tableHeader',
    'Mã NV',
    'Nội dung',
    'Đơn vị chủ trì',
    'Hạn',
    'Tình trạng',
    withLate ? 'Số ngày trễ' : 'Tiến độ (%)',
  );
  return [
    header,
    ...tasks.map(task =>
      row(
        'body',
        task.code,
        task.content,
        task.leadUnits.map(unit => unit.name).join(', ') || task.leadText,
        task.dueText || task.timeText,
        task.timelinessLabel,
        withLate ? task.daysLate : task.progress,
      ),
    ),
  ];
}

function unitTextRows(texts: readonly UnitText[], empty: string): ReportRow[] {
  if (texts.length === 0) return [row('body', empty)];
  return [
    row('tableHeader', 'Đơn vị', 'Tuần', 'Mã NV', 'Nội dung'),
    ...texts.map(text =>
      row(
        'body',
        text.unit.name,
        formatViDate(text.weekStart),
        text.taskCode,
        text.text,
      ),
    ),
  ];
}

export function reportRows(report: QuarterlyReport): ReportRow[] {
  const {header, results, shortcomings} = report;
  const rows: ReportRow[] = [
    row('body', header.superiorBody, '', '', '', 'ĐẢNG CỘNG SẢN VIỆT NAM'),
    row('body', header.issuingBody, '', '', '', header.dateLine),
    row('body', header.numberText),
    row('title', 'BÁO CÁO'),
    row('title', header.title),
    row('body', `(${report.period.cutoffText})`),
    row('heading', 'I- Kết quả'),
    row('heading', '1. Chỉ tiêu'),
    row(
      'tableHeader',
      'STT',
      'Chỉ tiêu',
      'Mức cần đạt',
      'Giá trị hiện tại',
      'Trạng thái',
      'Cơ quan chủ trì',
    ),
    ...results.indicators.map(line =>
      row(
        'body',
        line.no,
        line.name,
        line.targetText,
        line.currentText,
        line.statusLabel,
        line.leadText,
      ),
    ),
    row('tableHeader', 'Trạng thái chỉ tiêu', 'Số chỉ tiêu'),
    ...report.charts.indicators.points.map(point => ({
      ...row('body', point.label, point.value),
      chart: 'indicators' as const,
    })),
    row('heading', '2. Nhiệm vụ theo tình trạng thời hạn'),
    row('tableHeader', 'Tình trạng', 'Số nhiệm vụ', 'Mã nhiệm vụ'),
    ...results.taskGroups.map(group => ({
      ...row('body', group.label, group.count, codesCell(group.codes)),
      chart: 'timeliness' as const,
    })),
    row('body', 'Tổng số nhiệm vụ', results.totalTasks),
    row('heading', '3. Kinh phí (triệu đồng)'),
    row('tableHeader', 'Dự kiến', 'Đã chi', 'Tỷ lệ đã chi', 'Đánh giá'),
    row(
      'body',
      results.budget.plannedTotal,
      results.budget.spentTotal,
      results.budget.spentShare === null ? '' : results.budget.spentShare,
      results.budget.onePercentText,
    ),
    row('heading', 'II- Hạn chế, nguyên nhân'),
    row('heading', '1. Nhiệm vụ quá hạn'),
    ...(shortcomings.overdue.length > 0
      ? taskRows(shortcomings.overdue, true)
      : [row('body', 'Không có nhiệm vụ quá hạn.')]),
    row('heading', '2. Chỉ tiêu chưa đạt'),
    ...(shortcomings.indicatorsOffTrack.length > 0
      ? shortcomings.indicatorsOffTrack.map(line =>
          row(
            'body',
            line.no,
            line.name,
            line.targetText,
            line.currentText,
            line.statusLabel,
          ),
        )
      : [row('body', 'Không có chỉ tiêu chưa đạt.')]),
    row('heading', '3. Nguyên nhân (theo báo cáo tuần của các đơn vị)'),
    ...unitTextRows(
      shortcomings.causes,
      'Các đơn vị chưa nêu khó khăn, vướng mắc trong kỳ.',
    ),
    row('heading', `III- Nhiệm vụ ${report.nextTasks.label}`),
    ...(report.nextTasks.tasks.length > 0
      ? taskRows(report.nextTasks.tasks, false)
      : [row('body', 'Không có nhiệm vụ đến hạn.')]),
    row('heading', 'IV- Kiến nghị'),
    ...unitTextRows(report.proposals, 'Các đơn vị chưa có kiến nghị trong kỳ.'),
    row('body', ''),
    ...header.signerTitle
      .split('\n')
      .map(line => row('body', '', '', '', '', line)),
    row('body', '', '', '', '', header.signerName),
  ];
  return rows.map(line => ({...line, cells: pad(line.cells)}));
}

function pad(cells: Array<string | number>): Array<string | number> {
  const padded = cells.slice(0, REPORT_WIDTH);
  while (padded.length < REPORT_WIDTH) padded.push('');
  return padded;
}

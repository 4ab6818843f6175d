// The numbered sections of the weekly summary, each as HTML and plain text.
import type {
  IndicatorLine,
  RecipientProblem,
  TaskLine,
  UnitRef,
  WeeklySummary,
} from '../../core/report-model';
import {joinHtml, safeHtml, SafeHtml} from '../escape';
import {INDICATOR_TONE, TIMELINESS_TONE} from '../status';
import {
  badge,
  bulletList,
  countTable,
  dataTable,
  note,
  paragraph,
  Tone,
} from './components';
import {textList, textRows} from './plain-text';
import {limitRows} from './shared';
import {COLUMNS, taskTable, taskText} from './task-lines';

/** A titled part of an email in both forms. */
export interface Section {
  title: string;
  html: SafeHtml;
  text: string;
}

const NONE = 'Không có.';

function withMore(list: string, more: string): string {
  return more ? `${list}\n${more}` : list;
}

function taskSection(
  title: string,
  tasks: readonly TaskLine[],
  columns: Parameters<typeof taskTable>[1],
): Section {
  if (tasks.length === 0) {
    return {title, html: paragraph(NONE), text: NONE};
  }
  return {
    title: `${title} (${tasks.length})`,
    html: taskTable(tasks, columns),
    text: taskText(tasks, columns),
  };
}

export function countsSection(summary: WeeklySummary): Section {
  const rows = summary.counts.map(entry => ({
    label: entry.label,
    count: entry.count,
    tone: TIMELINESS_TONE[entry.timeliness],
  }));
  return {
    title: 'Nhiệm vụ theo tiến độ thực hiện',
    html: countTable(rows),
    text: textList(rows.map(row => `${row.label}: ${row.count}`)),
  };
}

function unitName(unit: UnitRef): string {
  return unit.name || 'Chưa rõ đơn vị chủ trì';
}

/**
 * Unit groups and rows per unit the overdue section shows. Listing every unit of a large
 * plan would pass Gmail's 200 KB body limit and its clipping at about 102 KB of HTML.
 */
const MAX_OVERDUE_UNITS = 10;
const MAX_ROWS_PER_UNIT = 5;

/** Units named per reporting group; the rest are counted. */
const MAX_UNIT_NAMES = 100;

export function overdueSection(summary: WeeklySummary): Section {
  const title = 'Nhiệm vụ quá hạn theo đơn vị chủ trì';
  if (summary.overdueByUnit.length === 0) {
    return {title, html: paragraph(NONE), text: NONE};
  }
  const {code, content, person, deadline, daysLate} = COLUMNS;
  const columns = [code, content, person, deadline, daysLate];
  const groups = summary.overdueByUnit.slice(0, MAX_OVERDUE_UNITS);
  const parts = groups.map(group => {
    const label = `${unitName(group.unit)} (${group.tasks.length})`;
    const tasks = group.tasks.slice(0, MAX_ROWS_PER_UNIT);
    const hidden = group.tasks.length - tasks.length;
    const more =
      hidden > 0
        ? `… và ${hidden} nhiệm vụ quá hạn khác của đơn vị, xem đầy đủ trên bảng tính.`
        : '';
    return {
      html: safeHtml`${paragraph(safeHtml`<strong>${label}</strong>`)}${taskTable(tasks, columns)}${more ? note(more) : ''}`,
      text: withMore(`${label}\n${taskText(tasks, columns)}`, more),
    };
  });
  const hiddenUnits = summary.overdueByUnit.length - groups.length;
  const more =
    hiddenUnits > 0
      ? `… và ${hiddenUnits} đơn vị khác có nhiệm vụ quá hạn, xem đầy đủ trên bảng tính.`
      : '';
  return {
    title,
    html: safeHtml`${parts.map(part => part.html)}${more ? note(more) : ''}`,
    text: withMore(parts.map(part => part.text).join('\n\n'), more),
  };
}

/** Names the first units of a list and counts the rest. */
function unitNames(units: readonly UnitRef[]): string {
  if (units.length === 0) return 'không có';
  const names = units.slice(0, MAX_UNIT_NAMES).map(unitName).join(', ');
  const hidden = units.length - MAX_UNIT_NAMES;
  return hidden > 0 ? `${names} và ${hidden} đơn vị khác` : names;
}

export function dueSoonSection(summary: WeeklySummary): Section {
  const {code, content, lead, person, deadline, progress} = COLUMNS;
  return taskSection(
    'Nhiệm vụ đến hạn trong 7 ngày tới',
    summary.dueNext7Days,
    [code, content, lead, person, deadline, progress],
  );
}

export function reportingSection(summary: WeeklySummary): Section {
  const groups: Array<{label: string; tone: Tone; units: UnitRef[]}> = [
    {label: 'Báo cáo đúng hạn', tone: 'good', units: summary.reporting.onTime},
    {label: 'Báo cáo muộn', tone: 'warning', units: summary.reporting.late},
    {
      label: 'Chưa báo cáo',
      tone: 'bad',
      units: summary.reporting.notReported,
    },
  ];
  const lines = groups.map(group => {
    const names = unitNames(group.units);
    return {group, names};
  });
  return {
    title: 'Tình hình báo cáo tuần của các đơn vị',
    html: joinHtml(
      lines.map(({group, names}) => {
        const label = `${group.label} (${group.units.length})`;
        return paragraph(safeHtml`${badge(label, group.tone)} ${names}`);
      }),
    ),
    text: textList(
      lines.map(
        ({group, names}) => `${group.label} (${group.units.length}): ${names}`,
      ),
    ),
  };
}

export function missingClearSection(summary: WeeklySummary): Section {
  const {code, content, lead, missing} = COLUMNS;
  return taskSection(
    'Nhiệm vụ còn thiếu thông tin “6 rõ”',
    summary.missingClear,
    [code, content, lead, missing],
  );
}

export function indicatorSection(
  indicators: readonly IndicatorLine[],
): Section {
  const title = 'Chỉ tiêu chưa đạt';
  if (indicators.length === 0) {
    return {title, html: paragraph(NONE), text: NONE};
  }
  const {shown, more} = limitRows(indicators);
  const headers = ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Hiện đạt', 'Đánh giá'];
  const current = (line: IndicatorLine) =>
    line.currentText || 'Chưa có số liệu';
  const rows = shown.map(line => [
    String(line.no),
    line.name,
    line.targetText,
    current(line),
    line.statusLabel,
  ]);
  const htmlRows = shown.map((line, i) => [
    ...rows[i].slice(0, 4),
    badge(line.statusLabel, INDICATOR_TONE[line.status]),
  ]);
  return {
    title: `${title} (${indicators.length})`,
    html: dataTable(headers, htmlRows, more),
    text: withMore(textRows(headers, rows), more),
  };
}

export function changesSection(summary: WeeklySummary): Section {
  const title = 'Thay đổi so với tuần trước';
  const {changes} = summary;
  if (!changes.hasPrevious) {
    const message = 'Chưa có số liệu tuần trước để so sánh.';
    return {title, html: paragraph(message), text: message};
  }
  const overdueTitle = `Mới quá hạn (${changes.newlyOverdue.length})`;
  const completedTitle = `Mới hoàn thành (${changes.newlyCompleted.length})`;
  const overdue = changeList(changes.newlyOverdue);
  const completed = changeList(changes.newlyCompleted);
  return {
    title,
    html: safeHtml`${paragraph(badge(overdueTitle, 'bad'))}${overdue.html}${paragraph(badge(completedTitle, 'good'))}${completed.html}`,
    text: `${overdueTitle}:\n${overdue.text}\n${completedTitle}:\n${completed.text}`,
  };
}

/** Lists tasks as "code – content", at most MAX_ROWS of them. */
function changeList(tasks: readonly TaskLine[]): {
  html: SafeHtml;
  text: string;
} {
  if (tasks.length === 0) return {html: paragraph(NONE), text: NONE};
  const {shown, more} = limitRows(tasks);
  const items = shown.map(task => `${task.code} – ${task.content}`);
  return {
    html: safeHtml`${bulletList(items)}${more ? note(more) : ''}`,
    text: withMore(textList(items), more),
  };
}

export function recipientSection(
  problems: readonly RecipientProblem[],
): Section {
  const title = 'Địa chỉ email cần kiểm tra';
  if (problems.length === 0) {
    return {title, html: paragraph(NONE), text: NONE};
  }
  const {shown, more} = limitRows(problems);
  const headers = ['Của', 'Địa chỉ', 'Vấn đề'];
  const rows = shown.map(problem => [
    problem.owner,
    problem.address || '(trống)',
    problem.problem,
  ]);
  return {
    title: `${title} (${problems.length})`,
    html: dataTable(headers, rows, more),
    text: withMore(textRows(headers, rows), more),
  };
}

// The Friday reminder to one lead unit: its open tasks with deadlines, what
// the "6 rõ" check finds missing, and the weekly report deadline.
import type {Reminder, TaskLine} from '../../core/report-model';
import {joinHtml, safeHtml} from '../escape';
import {viDateRange} from '../format';
import {REPORTING_LABEL, REPORTING_TONE} from '../status';
import {badge, bulletList, heading, paragraph} from './components';
import {emailDocument, EmailParts} from './layout';
import {textDocument, textHeading, textList} from './plain-text';
import {
  DEFAULT_SENDER,
  EmailOptions,
  oneLine,
  spreadsheetBlock,
  spreadsheetLink,
  standardFooter,
} from './shared';
import {COLUMNS, TaskColumn, taskTable, taskText} from './task-lines';

/** "[NQ57] Nhắc báo cáo tuần 24 (08/06–12/06/2026) – Văn phòng Đảng ủy". */
export function reminderSubject(reminder: Reminder): string {
  const {week, unit} = reminder;
  const range = viDateRange(week.monday, week.friday);
  return oneLine(
    `[NQ57] Nhắc báo cáo tuần ${week.number} (${range}) – ${unit.name}`,
  );
}

interface TaskSection {
  title: string;
  tasks: TaskLine[];
  columns: TaskColumn[];
}

function sectionsOf(reminder: Reminder): TaskSection[] {
  const {code, content, person, deadline, daysLate, progress} = COLUMNS;
  const all: TaskSection[] = [
    {
      title: 'Nhiệm vụ quá hạn',
      tasks: reminder.overdue,
      columns: [code, content, person, deadline, daysLate],
    },
    {
      title: 'Nhiệm vụ đến hạn trong 7 ngày tới',
      tasks: reminder.dueSoon,
      columns: [code, content, person, deadline, progress],
    },
    {
      title: 'Nhiệm vụ khác chưa hoàn thành',
      tasks: reminder.otherOpen,
      columns: [code, content, deadline, COLUMNS.timeliness],
    },
    {
      title: 'Nhiệm vụ còn thiếu thông tin “6 rõ”',
      tasks: reminder.missingClear,
      columns: [code, content, COLUMNS.missing],
    },
  ];
  return all.filter(section => section.tasks.length > 0);
}

const HOW_TO_UPDATE = [
  'Cập nhật trạng thái, tiến độ (%) và đường dẫn minh chứng của từng nhiệm vụ trên trang tính “Nhiệm vụ”.',
  'Ghi kết quả, khó khăn và kiến nghị trong tuần trên trang tính “Báo cáo tuần”.',
  'Nhiệm vụ chỉ được tính là hoàn thành khi có đường dẫn minh chứng.',
];

function request(reminder: Reminder): string {
  const {week, unit} = reminder;
  return (
    `Đề nghị ${unit.name} cập nhật tình hình thực hiện các nhiệm vụ được giao ` +
    `và gửi báo cáo tuần ${week.number} trên bảng tính theo dõi ` +
    `trước ${week.deadlineText}.`
  );
}

function countsSentence(reminder: Reminder): string {
  return (
    `Đơn vị hiện có ${reminder.overdue.length} nhiệm vụ quá hạn, ` +
    `${reminder.dueSoon.length} nhiệm vụ đến hạn trong 7 ngày tới, ` +
    `${reminder.missingClear.length} nhiệm vụ còn thiếu thông tin “6 rõ”.`
  );
}

function reminderHtml(reminder: Reminder, options: EmailOptions): string {
  const status = reminder.reporting;
  const sections = sectionsOf(reminder).map(
    section =>
      safeHtml`${heading(`${section.title} (${section.tasks.length})`)}${taskTable(section.tasks, section.columns)}`,
  );
  const body = joinHtml(
    [
      paragraph(`Kính gửi: ${reminder.unit.name}`),
      paragraph(request(reminder)),
      paragraph(
        safeHtml`Tình hình báo cáo tuần ${reminder.week.number}: ${badge(REPORTING_LABEL[status], REPORTING_TONE[status])}`,
      ),
      paragraph(countsSentence(reminder)),
      ...sections,
      heading('Cách cập nhật'),
      bulletList(HOW_TO_UPDATE),
      spreadsheetLink(options.spreadsheetUrl),
    ],
    '\n',
  );

  return emailDocument({
    title: `Nhắc báo cáo tuần ${reminder.week.number}`,
    sender: options.senderName ?? DEFAULT_SENDER,
    preview: request(reminder),
    body,
    footer: standardFooter(),
  });
}

function reminderText(reminder: Reminder, options: EmailOptions): string {
  const sections = sectionsOf(reminder).map(
    section =>
      `${textHeading(`${section.title} (${section.tasks.length})`)}\n` +
      taskText(section.tasks, section.columns),
  );
  return textDocument([
    textHeading(`Nhắc báo cáo tuần ${reminder.week.number}`, 1),
    `Kính gửi: ${reminder.unit.name}`,
    request(reminder),
    `Tình hình báo cáo tuần ${reminder.week.number}: ${REPORTING_LABEL[reminder.reporting]}`,
    countsSentence(reminder),
    ...sections,
    `${textHeading('Cách cập nhật')}\n${textList(HOW_TO_UPDATE)}`,
    spreadsheetBlock(options.spreadsheetUrl),
    standardFooter(),
  ]);
}

/** Builds the reminder email to one unit: subject, HTML body and plain-text body. */
export function reminderEmail(
  reminder: Reminder,
  options: EmailOptions,
): EmailParts {
  return {
    subject: reminderSubject(reminder),
    html: reminderHtml(reminder, options),
    text: reminderText(reminder, options),
  };
}

// The Friday summary to the standing office and the steering committee.
import type {WeeklySummary} from '../../core/report-model';
import {joinHtml, safeHtml} from '../escape';
import {communeLabel, viDateRange} from '../format';
import {heading, paragraph} from './components';
import {emailDocument, EmailParts} from './layout';
import {textDocument, textHeading} from './plain-text';
import {
  DEFAULT_SENDER,
  EmailOptions,
  oneLine,
  spreadsheetBlock,
  spreadsheetLink,
  standardFooter,
} from './shared';
import {
  changesSection,
  countsSection,
  dueSoonSection,
  indicatorSection,
  missingClearSection,
  overdueSection,
  recipientSection,
  reportingSection,
  Section,
} from './summary-sections';

/** "[NQ57] Tổng hợp tuần 24 (08/06–14/06/2026)". */
export function summarySubject(summary: WeeklySummary): string {
  return oneLine(`[NQ57] Tổng hợp ${weekPhrase(summary)}`);
}

/** "tuần 24 (08/06–14/06/2026)", Monday to Sunday. */
function weekPhrase(summary: WeeklySummary): string {
  const {week} = summary;
  return `tuần ${week.number} (${viDateRange(week.monday, week.sunday)})`;
}

function sectionsOf(summary: WeeklySummary): Section[] {
  return [
    countsSection(summary),
    overdueSection(summary),
    dueSoonSection(summary),
    reportingSection(summary),
    missingClearSection(summary),
    indicatorSection(summary.indicatorsOffTrack),
    changesSection(summary),
    recipientSection(summary.recipientProblems),
  ];
}

function addressee(summary: WeeklySummary): string {
  return (
    'Kính gửi: Thường trực Đảng ủy, Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW ' +
    communeLabel(summary.communeName)
  );
}

function scope(summary: WeeklySummary): string {
  const cancelled =
    summary.cancelledCount > 0
      ? ` (không tính ${summary.cancelledCount} nhiệm vụ đã hủy)`
      : '';
  return (
    `Tổng hợp tình hình thực hiện kế hoạch ${weekPhrase(summary)}, ` +
    `số liệu tính đến ngày ${summary.todayText}, ` +
    `gồm ${summary.totalTasks} nhiệm vụ${cancelled}.`
  );
}

function numbered(index: number, title: string): string {
  return `${index + 1}. ${title}`;
}

function summaryHtml(summary: WeeklySummary, options: EmailOptions): string {
  const sections = sectionsOf(summary).map(
    (section, i) =>
      safeHtml`${heading(numbered(i, section.title))}${section.html}`,
  );
  const body = joinHtml(
    [
      paragraph(addressee(summary)),
      paragraph(scope(summary)),
      ...sections,
      spreadsheetLink(options.spreadsheetUrl),
    ],
    '\n',
  );

  return emailDocument({
    title: `Tổng hợp ${weekPhrase(summary)}`,
    sender: options.senderName ?? DEFAULT_SENDER,
    preview: scope(summary),
    body,
    footer: standardFooter(),
  });
}

function summaryText(summary: WeeklySummary, options: EmailOptions): string {
  const sections = sectionsOf(summary).map(
    (section, i) =>
      `${textHeading(numbered(i, section.title))}\n${section.text}`,
  );
  return textDocument([
    textHeading(`Tổng hợp ${weekPhrase(summary)}`, 1),
    addressee(summary),
    scope(summary),
    ...sections,
    spreadsheetBlock(options.spreadsheetUrl),
    standardFooter(),
  ]);
}

/** Builds the weekly summary email: subject, HTML body and plain-text body. */
export function summaryEmail(
  summary: WeeklySummary,
  options: EmailOptions,
): EmailParts {
  return {
    subject: summarySubject(summary),
    html: summaryHtml(summary, options),
    text: summaryText(summary, options),
  };
}

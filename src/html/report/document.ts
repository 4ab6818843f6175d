// The quarterly (or year-end) report as one HTML document in the Party
// document form, for HtmlService's PDF conversion and for Chromium printing.
import type {QuarterlyReport} from '../../core/report-model';
import {raw, safeHtml} from '../escape';
import {budgetAppendix, indicatorAppendix, taskAppendix} from './appendix';
import {documentHeader, documentTitle, signatureBlock} from './header';
import {
  nextTasksSection,
  proposalsSection,
  resultsSection,
  shortcomingsSection,
} from './sections';
import {REPORT_CSS} from './style';

/** Returns the file name stem, e.g. "BC Quý II năm 2026". */
export function reportTitle(report: QuarterlyReport): string {
  return `BC ${report.period.label}`.normalize('NFC');
}

/** Renders the whole report: header, sections I–IV, signature and appendices. */
export function quarterlyReportHtml(report: QuarterlyReport): string {
  const page = safeHtml`<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${reportTitle(report)}</title>
<style>${raw(REPORT_CSS)}</style>
</head>
<body>
${documentHeader(report)}
${documentTitle(report)}
${resultsSection(report)}
${shortcomingsSection(report)}
${nextTasksSection(report)}
${proposalsSection(report)}
${signatureBlock(report)}
<section class="appendix">
${taskAppendix(report.appendix.tasks)}
${indicatorAppendix(report.appendix.indicators)}
${budgetAppendix(report.results.budget)}
</section>
</body>
</html>
`;
  return page.markup.normalize('NFC');
}

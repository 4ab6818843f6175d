// Menu item "Tạo báo cáo quý": picks the period, asking when it is unsure, then creates or
// replaces that period's report and shows the links.
import {ReportPeriodKind} from '../core/report-model';
import {nextQuarter, periodPhrase} from '../core/report-period';
import {defaultPeriod} from './quarterly-report';
import {createReport, ReportOutcome, showReportDialog} from './report-run';
import {loadConfig} from './state';
import {ui} from './ui-common';

const TITLE = 'Tạo báo cáo quý';

/** Asks a YES/NO/CANCEL question; returns null when the person cancels or closes it. */
function ask(question: string): boolean | null {
  const answer = ui().alert(TITLE, question, ui().ButtonSet.YES_NO_CANCEL);
  if (answer === ui().Button.YES) return true;
  if (answer === ui().Button.NO) return false;
  return null;
}

/**
 * Picks the period to report on today: the current quarter, or the one just cut off when
 * the person confirms it. After the fourth quarter the person may take the whole year
 * instead. Returns null when the person cancels.
 */
export function choosePeriod(): {year: number; kind: ReportPeriodKind} | null {
  const config = loadConfig(SpreadsheetApp.getActiveSpreadsheet());
  const choice = defaultPeriod(config);
  let year = choice.year;
  let quarter = choice.kind as 1 | 2 | 3 | 4;
  if (choice.ambiguous) {
    const after = nextQuarter(year, quarter);
    const previous = ask(
      `Tạo báo cáo ${periodPhrase(year, quarter)} (quý vừa chốt số liệu)?\n` +
        `Chọn "Không" để tạo báo cáo ${periodPhrase(after.year, after.quarter)}.`,
    );
    if (previous === null) return null;
    if (!previous) ({year, quarter} = after);
  }
  if (quarter !== 4) return {year, kind: quarter};

  const wholeYear = ask(
    `Tạo báo cáo tổng kết ${periodPhrase(year, 'year')}?\n` +
      `Chọn "Không" để tạo báo cáo ${periodPhrase(year, 4)}.`,
  );
  if (wholeYear === null) return null;
  return {year, kind: wholeYear ? 'year' : 4};
}

/** Runs the report for the chosen period; null when the person cancelled. */
export function runReport(): ReportOutcome | null {
  const period = choosePeriod();
  if (period === null) return null;
  return createReport(period.year, period.kind);
}

export function createReportAction(): void {
  const outcome = runReport();
  if (outcome !== null) showReportDialog(outcome);
}

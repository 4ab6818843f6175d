// Menu item "Tạo báo cáo quý".
import {buildReport, defaultPeriod, writeReportTab} from './quarterly-report';
import {loadState} from './state';
import {ui} from './ui-common';

export function createReportAction(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const state = loadState(spreadsheet);
  const period = defaultPeriod(state);
  if (period.ambiguous) {
    const answer = ui().alert(
      'Tạo báo cáo quý',
      `Tạo báo cáo cho quý ${period.kind} năm ${period.year} (quý vừa chốt số liệu)?\n` +
        'Chọn "Không" để tạo báo cáo cho quý hiện tại.',
      ui().ButtonSet.YES_NO_CANCEL,
    );
    if (answer === ui().Button.CANCEL || answer === ui().Button.CLOSE) return;
    if (answer === ui().Button.NO) {
      const next =
        period.kind === 4
          ? {year: period.year + 1, kind: 1 as const}
          : {
              year: period.year,
              kind: ((period.kind as number) + 1) as 1 | 2 | 3 | 4,
            };
      Object.assign(period, next);
    }
  }
  const report = buildReport(state, period.year, period.kind);
  const tab = writeReportTab(spreadsheet, report);
  ui().alert(
    'Tạo báo cáo quý',
    `Đã tạo tab "${tab}" (${report.period.cutoffText}).`,
    ui().ButtonSet.OK,
  );
}

// Native Sheets charts in a report tab: tasks by timeliness and indicators by status, drawn
// from the frozen figures of the tab itself, so they show what the report states.
import {
  chartSources,
  REPORT_WIDTH,
  ReportChartKey,
  ReportRow,
} from '../workbook/report-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const CHARTS: Record<ReportChartKey, {title: string; pie: boolean}> = {
  timeliness: {title: 'Tình hình thực hiện nhiệm vụ', pie: true},
  indicators: {title: 'Kết quả thực hiện chỉ tiêu', pie: false},
};

/** Size of each chart in pixels; two fit side by side on a laptop screen. */
const CHART_WIDTH = 520;
const CHART_HEIGHT = 320;
/** Rows between the tops of the two charts, for rows of the default 21 px height. */
const ROWS_PER_CHART = 17;

/** Inserts one chart per data block of the report tab, to the right of the report. */
export function insertReportCharts(
  sheet: Sheet,
  rows: readonly ReportRow[],
): number {
  const sources = chartSources(rows);
  sources.forEach((source, i) => {
    const spec = CHARTS[source.chart];
    const builder = sheet
      .newChart()
      .addRange(sheet.getRange(source.firstRow, 1, source.rowCount, 2))
      .setPosition(1 + i * ROWS_PER_CHART, REPORT_WIDTH + 2, 0, 0)
      .setOption('title', spec.title)
      .setOption('width', CHART_WIDTH)
      .setOption('height', CHART_HEIGHT)
      .setOption('legend', {position: spec.pie ? 'right' : 'none'});
    const typed = spec.pie ? builder.asPieChart() : builder.asBarChart();
    sheet.insertChart(typed.build());
  });
  return sources.length;
}

// "Tạo báo cáo quý": builds the report of the quarter (or the year) and writes it as a tab of
// frozen values, replacing that period's tab if it exists, so pressing again never multiplies it.
import {QuarterlyReport, ReportPeriodKind} from '../core/report-model';
import {buildQuarterlyReport} from '../core/quarterly';
import {quarterToReport} from '../core/report-period';
import {civilDateOf} from '../core/calendar';
import {PlanConfig} from '../core/model';
import {
  reportRows,
  reportTabName,
  REPORT_WIDTH,
  ReportRowStyle,
} from '../workbook/report-sheet';
import {CONFIG_TAB} from '../workbook/schema';
import {insertReportCharts} from './report-charts';
import {PlanState} from './state';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Builds the report data; `reportNumber` replaces the next number from Cấu hình. */
export function buildReport(
  state: PlanState,
  year: number,
  kind: ReportPeriodKind,
  reportNumber: number = state.config.nextReportNumber,
): QuarterlyReport {
  return buildQuarterlyReport({
    config: {...state.config, nextReportNumber: reportNumber},
    units: state.units,
    tasks: state.tasks,
    indicators: state.indicators,
    budget: state.budget,
    reports: state.reports,
    year,
    kind,
    today: state.today,
  });
}

/** Returns the period a click reports on today, and whether to ask the person first. */
export function defaultPeriod(config: PlanConfig): {
  year: number;
  kind: ReportPeriodKind;
  ambiguous: boolean;
} {
  const today = civilDateOf(Date.now(), config.timeZone);
  const choice = quarterToReport(today, config.quarterCutoffDay);
  return {year: choice.year, kind: choice.quarter, ambiguous: choice.ambiguous};
}

/**
 * Text that Sheets would read as a formula, number, date, percentage or boolean, or whose own
 * leading apostrophe Sheets would drop.
 */
const PARSED_TEXT = /^[=+\-@']|^[\s\d.,:/%$()-]+$|^(true|false)$/i;

/** Keeps text as typed: an apostrophe in front stops Sheets from parsing it and is not shown. */
function literal(cell: string | number): string | number {
  return typeof cell === 'string' && cell !== '' && PARSED_TEXT.test(cell)
    ? `'${cell}`
    : cell;
}

const STYLE: Record<
  ReportRowStyle,
  {
    weight: GoogleAppsScript.Spreadsheet.FontWeight;
    size: number;
    background: string;
  }
> = {
  title: {weight: 'bold', size: 14, background: '#ffffff'},
  heading: {weight: 'bold', size: 13, background: '#ffffff'},
  tableHeader: {weight: 'bold', size: 12, background: '#d9e2f3'},
  body: {weight: 'normal', size: 12, background: '#ffffff'},
};

/**
 * Gives every row the body style with one call per property, then restyles each run of
 * adjacent rows of another style. The report has a few dozen such rows whatever the plan's
 * size, so the calls do not grow with the number of tasks.
 */
function styleRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rows: ReturnType<typeof reportRows>,
): void {
  const body = STYLE.body;
  sheet
    .getRange(1, 1, rows.length, REPORT_WIDTH)
    .setFontWeight(body.weight)
    .setFontSize(body.size)
    .setBackground(body.background);
  let start = 0;
  while (start < rows.length) {
    const style = rows[start].style;
    let end = start + 1;
    while (end < rows.length && rows[end].style === style) end++;
    if (style !== 'body') {
      const {weight, size, background} = STYLE[style];
      const run = sheet.getRange(start + 1, 1, end - start, REPORT_WIDTH);
      if (weight !== body.weight) run.setFontWeight(weight);
      if (size !== body.size) run.setFontSize(size);
      if (background !== body.background) run.setBackground(background);
    }
    start = end;
  }
}

/** Writes the report tab with its charts, replacing that period's tab, and returns it. */
export function writeReportTab(
  spreadsheet: Spreadsheet,
  report: QuarterlyReport,
): GoogleAppsScript.Spreadsheet.Sheet {
  const name = reportTabName(report);
  const existing = spreadsheet.getSheetByName(name);
  if (existing) spreadsheet.deleteSheet(existing);
  const configSheet = spreadsheet.getSheetByName(CONFIG_TAB.name);
  const sheet = spreadsheet.insertSheet(
    name,
    configSheet ? spreadsheet.getSheets().length : 0,
  );

  const rows = reportRows(report);
  // A new sheet has 1,000 rows; a plan with many overdue tasks needs more.
  const maxRows = sheet.getMaxRows();
  if (rows.length > maxRows)
    sheet.insertRowsAfter(maxRows, rows.length - maxRows);
  const range = sheet.getRange(1, 1, rows.length, REPORT_WIDTH);
  range.setValues(rows.map(line => line.cells.map(literal)));
  range.setFontFamily('Times New Roman');
  styleRows(sheet, rows);
  range.setWrap(true).setVerticalAlignment('top');
  sheet.setColumnWidth(1, 90);
  sheet.setColumnWidth(2, 360);
  sheet.setColumnWidths(3, REPORT_WIDTH - 2, 140);
  insertReportCharts(sheet, rows);
  // A warning, not a lock: the office may still fix a typo before signing.
  sheet
    .protect()
    .setDescription('Số liệu báo cáo đã chốt; sửa bằng cách tạo lại báo cáo.')
    .setWarningOnly(true);
  return sheet;
}

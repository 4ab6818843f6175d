// Number formats, validation, alignment and wrapping of a tab's body, rows 2 to `rows + 1`.
// Formats and validation take one call per run of adjacent columns that share them, so the
// number of calls does not grow with the rows. Cấu hình is the exception: its value column's
// format follows each row's setting, so that small tab takes one format per cell.
import {
  ColumnRun,
  columnRuns,
  configValueFormat,
  numberFormatOf,
  unitNamesRange,
  ValidationSpec,
  validationOf,
} from '../workbook/formats';
import {ColumnSpec, TabSpec, UNITS_TAB} from '../workbook/schema';
import {HeaderMap} from '../workbook/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * Formats the body of a tab. `columns` contains the add-on's column at each position of the
 * header and null at staff's own columns, which keep their number formats and validation.
 */
export function formatBody(
  sheet: Sheet,
  tab: TabSpec,
  headers: HeaderMap,
  columns: Array<ColumnSpec | null>,
  unitsHeaders: HeaderMap | null,
  rows: number,
): void {
  const rangeOf = columnRanges(sheet, rows);
  const body = rangeOf({first: 0, count: columns.length});
  if (tab.key === 'config') {
    const formats = columns.map(column =>
      column ? (numberFormatOf(column) ?? 'General') : 'General',
    );
    body.setNumberFormats(configFormats(sheet, headers, formats, rows));
  } else {
    setColumnFormats(columns, rangeOf);
  }
  setColumnValidations(tab, columns, unitsHeaders, rangeOf);
  body.setVerticalAlignment('top').setWrap(true);
}

function buildValidation(
  spec: ValidationSpec,
  unitsHeaders: HeaderMap | null,
): DataValidation | null {
  const builder = SpreadsheetApp.newDataValidation()
    .setAllowInvalid(spec.allowInvalid)
    .setHelpText(spec.help);
  switch (spec.kind) {
    case 'list':
      return builder.requireValueInList(spec.values, true).build();
    case 'unitList': {
      if (!unitsHeaders) return null;
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const units = spreadsheet.getSheetByName(UNITS_TAB.name);
      if (!units) return null;
      // Setup formats Đơn vị before the tabs that list its names, so its grid already has
      // at least FORMATTED_ROWS rows and every row of it is offered.
      const names = unitNamesRange(unitsHeaders, units.getMaxRows());
      return builder
        .requireValueInRange(spreadsheet.getRange(names), true)
        .build();
    }
    case 'numberBetween':
      return builder.requireNumberBetween(spec.min, spec.max).build();
    case 'date':
      return builder.requireDate().build();
    case 'email':
      return builder.requireTextIsEmail().build();
  }
}

type ColumnRange = (run: Omit<ColumnRun<unknown>, 'value'>) => Range;

/** Returns the body range of a run of columns, getting each distinct range once. */
function columnRanges(sheet: Sheet, rows: number): ColumnRange {
  const ranges = new Map<string, Range>();
  return ({first, count}) => {
    const key = `${first}:${count}`;
    let range = ranges.get(key);
    if (!range) {
      range = sheet.getRange(2, first + 1, rows, count);
      ranges.set(key, range);
    }
    return range;
  };
}

/**
 * Sets the number format of the add-on's columns, one call per run of columns with the same
 * format. Staff's own columns keep their formats.
 */
function setColumnFormats(
  columns: Array<ColumnSpec | null>,
  rangeOf: ColumnRange,
): void {
  const formats = columns.map(column =>
    column ? (numberFormatOf(column) ?? 'General') : null,
  );
  for (const run of columnRuns(formats, format => format)) {
    rangeOf(run).setNumberFormat(run.value);
  }
}

/**
 * Sets the validation of the add-on's columns, one call per run of columns with the same
 * rule, and clears it from the add-on's columns that take none. Each distinct rule is built
 * once. Staff's own columns keep their rules, and a tab without rules is left alone.
 */
function setColumnValidations(
  tab: TabSpec,
  columns: Array<ColumnSpec | null>,
  unitsHeaders: HeaderMap | null,
  rangeOf: ColumnRange,
): void {
  const specs = columns.map(column =>
    column ? {spec: validationOf(tab, column)} : null,
  );
  if (specs.every(entry => (entry?.spec ?? null) === null)) return;

  const keyOf = (entry: {spec: ValidationSpec | null}) =>
    JSON.stringify(entry.spec);
  const rules = new Map<string, DataValidation | null>();
  for (const run of columnRuns(specs, keyOf)) {
    const {spec} = run.value;
    const key = keyOf(run.value);
    if (!rules.has(key))
      rules.set(key, spec ? buildValidation(spec, unitsHeaders) : null);
    rangeOf(run).setDataValidation(rules.get(key) ?? null);
  }
}

/** Cấu hình's formats: the value column's format follows each row's setting. */
function configFormats(
  sheet: Sheet,
  headers: HeaderMap,
  formats: string[],
  rows: number,
): string[][] {
  const labelAt = headers.index.get('setting');
  const valueAt = headers.index.get('value');
  if (labelAt === undefined || valueAt === undefined)
    return new Array(rows).fill(formats);
  const labels = sheet.getRange(2, labelAt + 1, rows, 1).getValues();
  return labels.map(([label]) => {
    const line = [...formats];
    line[valueAt] = configValueFormat(String(label));
    return line;
  });
}

// Plans what setup and refresh write into one tab: missing headers, missing seed rows and the
// formula columns. An upgrade only adds; it never clears or overwrites a value a person typed.
import {CellValue} from './cell-value';
import {cellText} from './cells';
import {
  daysLateFormula,
  indicatorStatusFormula,
  missingClarityFormula,
  RowRef,
  rowRef,
  shareSpentFormula,
  timelinessFormula,
  weeklyOnTimeFormula,
} from './formulas';
import {CellIssue} from './cells';
import {SeedRow} from './seed';
import {ColumnKind, TabSpec} from './schema';
import {HeaderMap, mapHeaders, missingHeaderIssue} from './table';

export interface FormulaColumn {
  /** 0-based column position. */
  position: number;
  /**
   * Formula of the column's first row. Every reference in it is relative to its row, so
   * filling it down (as Range.setFormula does on a taller range) gives each row its own.
   */
  formula: string;
}

export interface TabWritePlan {
  /** The full header row to write, or null when the headers are complete. */
  header: string[] | null;
  /** Headers that the write adds. */
  addedColumns: string[];
  headers: HeaderMap;
  /** First row number of `append`. */
  appendAt: number;
  /** New rows, as wide as the header row. */
  append: CellValue[][];
  formulaColumns: FormulaColumn[];
  /** Number of data rows (from row 2) that carry formulas after the write. */
  formulaRows: number;
  /**
   * Problems that stop the upgrade of this tab: a required column of a tab that holds data is
   * gone, most likely renamed, and adding an empty one would hide what staff typed.
   */
  blocked: CellIssue[];
}

export interface UpgradeOptions {
  /** Friday deadline of weekly reports. */
  deadline: {hour: number; minute: number};
  /**
   * Rows in use on the sheet (getLastRow) when `values` contains only some columns, so
   * rows are appended below every row in use.
   */
  rowsInUse?: number;
}

type FormulaBuilder = (ref: RowRef) => string;

export function formulaBuilders(
  tab: TabSpec,
  options: UpgradeOptions,
): Map<string, FormulaBuilder> {
  switch (tab.key) {
    case 'tasks':
      return new Map([
        ['timeliness', timelinessFormula],
        ['daysLate', daysLateFormula],
        ['missing', missingClarityFormula],
      ]);
    case 'indicators':
      return new Map([['status', indicatorStatusFormula]]);
    case 'budget':
      return new Map([['shareSpent', shareSpentFormula]]);
    case 'weekly':
      return new Map([
        ['onTime', (ref: RowRef) => weeklyOnTimeFormula(ref, options.deadline)],
      ]);
    default:
      return new Map();
  }
}

/**
 * Plans the upgrade of one tab whose current values are `values` (empty for a new tab).
 * Missing columns are appended after the last used header, so the staff's own columns keep
 * their place; seed rows whose key is absent are appended after the last row.
 */
export function planTabUpgrade(
  tab: TabSpec,
  values: unknown[][],
  seed: SeedRow[],
  options: UpgradeOptions,
): TabWritePlan {
  const existingHeader = (values[0] ?? []).map(cellText);
  const before = mapHeaders(tab, existingHeader);
  const hasData = values
    .slice(1)
    .some(line => line.some(cell => cellText(cell) !== ''));
  const blocked = hasData
    ? before.missing
        .filter(column => column.required)
        .map(column => missingHeaderIssue(tab, column))
    : [];
  if (blocked.length > 0) {
    return {
      header: null,
      addedColumns: [],
      headers: before,
      appendAt: 0,
      append: [],
      formulaColumns: [],
      formulaRows: 0,
      blocked,
    };
  }
  let header: string[] | null = null;
  let headers = before;
  if (before.missing.length > 0) {
    header = existingHeader.slice(0, before.width);
    for (const column of before.missing) header.push(column.header);
    headers = mapHeaders(tab, header);
  }
  const width = header
    ? header.length
    : Math.max(before.width, existingHeader.length);

  const keyPosition = headers.index.get(tab.keyColumn)!;
  const present = new Set<string>();
  let lastRow = 1;
  for (let i = 1; i < values.length; i++) {
    const key = cellText(values[i][keyPosition] ?? '');
    if (key !== '') present.add(key);
    if (values[i].some(cell => cellText(cell) !== '')) lastRow = i + 1;
  }

  const kinds = new Map(tab.columns.map(column => [column.key, column.kind]));
  const append: CellValue[][] = [];
  for (const row of seed) {
    const key = String(row.get(tab.keyColumn) ?? '');
    if (key === '' || present.has(key)) continue;
    present.add(key);
    const line: CellValue[] = new Array(width).fill('');
    for (const [columnKey, value] of row) {
      const position = headers.index.get(columnKey);
      if (position !== undefined)
        line[position] = keptAsText(value, kinds.get(columnKey));
    }
    append.push(line);
  }
  // A tab read in part may hold data below `lastRow` in the columns it did not read.
  const appendAt = Math.max(lastRow, options.rowsInUse ?? 0) + 1;
  const formulaRows = lastRow - 1 + append.length;

  const formulaColumns: FormulaColumn[] = [];
  for (const [key, build] of formulaBuilders(tab, options)) {
    const position = headers.index.get(key)!;
    formulaColumns.push({position, formula: build(rowRef(headers, 2))});
  }
  formulaColumns.sort((a, b) => a.position - b.position);
  return {
    header,
    addedColumns: header ? before.missing.map(column => column.header) : [],
    headers,
    appendAt,
    append,
    formulaColumns,
    formulaRows,
    blocked,
  };
}

const TEXT_KINDS = new Set<ColumnKind>([
  'text',
  'longText',
  'unit',
  'email',
  'emailList',
]);

/**
 * Prefixes an apostrophe to text that Sheets would otherwise read as a number, date or
 * formula ("1", "7.1", "8", "+5"), so codes and texts of the plan stay text as written.
 */
export function keptAsText(
  value: CellValue,
  kind: ColumnKind | undefined,
): CellValue {
  if (typeof value !== 'string' || !kind || !TEXT_KINDS.has(kind)) return value;
  return /^[\d\s.,/:%+=-]/.test(value) ? `'${value}` : value;
}

/** Groups formula columns that sit side by side, so each group is one setFormulas call. */
export function adjacentGroups(columns: FormulaColumn[]): FormulaColumn[][] {
  const groups: FormulaColumn[][] = [];
  for (const column of columns) {
    const last = groups[groups.length - 1];
    if (last && last[last.length - 1].position + 1 === column.position)
      last.push(column);
    else groups.push([column]);
  }
  return groups;
}

/** The computed columns' formulas of one row, grouped by adjacent columns. */
export function rowFormulas(
  headers: HeaderMap,
  row: number,
  options: UpgradeOptions,
): FormulaColumn[] {
  const columns: FormulaColumn[] = [];
  for (const [key, build] of formulaBuilders(headers.tab, options)) {
    const position = headers.index.get(key);
    if (position !== undefined) {
      columns.push({position, formula: build(rowRef(headers, row))});
    }
  }
  return columns.sort((a, b) => a.position - b.position);
}

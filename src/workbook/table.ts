// Finds a tab's columns by header text and turns the tab's values into rows keyed by column.
import {cellText, CellIssue} from './cells';
import {ColumnSpec, TabSpec} from './schema';

/** The current 0-based position of each known column of a tab, and the missing columns. */
export interface HeaderMap {
  tab: TabSpec;
  index: Map<string, number>;
  missing: ColumnSpec[];
  /** Number of header cells in use, including the staff's own columns. */
  width: number;
}

/** Compares headers ignoring case, spacing, NFC/NFD and the kind of quote marks used. */
export function headerKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[“”"']/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export function mapHeaders(tab: TabSpec, headerRow: unknown[]): HeaderMap {
  const positions = new Map<string, number>();
  headerRow.forEach((cell, position) => {
    const key = headerKey(cellText(cell));
    if (key !== '' && !positions.has(key)) positions.set(key, position);
  });

  const index = new Map<string, number>();
  const missing: ColumnSpec[] = [];
  for (const column of tab.columns) {
    const position = positions.get(headerKey(column.header));
    if (position === undefined) missing.push(column);
    else index.set(column.key, position);
  }

  let width = headerRow.length;
  while (width > 0 && cellText(headerRow[width - 1]) === '') width--;
  return {tab, index, missing, width};
}

/** Converts a 0-based column position to its A1 letters ("A", "Z", "AA"). */
export function columnLetter(position: number): string {
  let letters = '';
  let n = position + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export interface TableRow {
  /** Spreadsheet row number (1-based). */
  row: number;
  cells: Map<string, unknown>;
}

/**
 * Returns the data rows of a tab (every row after the header that has a key), leaving blank
 * rows out so a blank row in the middle of a table is harmless.
 */
export function tableRows(headers: HeaderMap, values: unknown[][]): TableRow[] {
  const keyPosition = headers.index.get(headers.tab.keyColumn);
  const rows: TableRow[] = [];
  for (let i = 1; i < values.length; i++) {
    const line = values[i];
    if (keyPosition === undefined || cellText(line[keyPosition]) === '')
      continue;
    const cells = new Map<string, unknown>();
    for (const [key, position] of headers.index) cells.set(key, line[position]);
    rows.push({row: i + 1, cells});
  }
  return rows;
}

/** Builds the issue for a missing required header, naming the tab and what to do. */
export function missingHeaderIssue(
  tab: TabSpec,
  column: ColumnSpec,
): CellIssue {
  return {
    tab: tab.name,
    column: column.header,
    row: 1,
    message:
      `Tab "${tab.name}" không còn cột "${column.header}" ở dòng tiêu đề (dòng 1). ` +
      `Hãy đặt lại đúng tên tiêu đề "${column.header}" cho cột đó (có thể đã bị đổi tên ` +
      'hoặc xóa), rồi chạy lại thao tác.',
  };
}

/** Formats an issue as one line for alerts, e-mails and the execution log. */
export function describeIssue(issue: CellIssue): string {
  const where =
    issue.row > 1
      ? `Tab "${issue.tab}", cột "${issue.column}", dòng ${issue.row}`
      : `Tab "${issue.tab}", cột "${issue.column}"`;
  return `${where}: ${issue.message}`;
}

// A cursor over the rows of a tab that reads cells by column key and records every problem
// with the tab, the column and the row, as Vietnamese messages a person can act on.
import {
  cellText,
  CellIssue,
  errorProblem,
  isErrorValue,
  Parsed,
  readDateCell,
  readInstantCell,
  readNumberCell,
} from './cells';
import {columnSpec, TabSpec} from './schema';
import {mapHeaders, missingHeaderIssue, TableRow, tableRows} from './table';

export interface TabRead<T> {
  records: T[];
  issues: CellIssue[];
}

/** Reads the rows of a tab after checking its required headers. */
function rowsOf(
  tab: TabSpec,
  values: unknown[][],
  issues: CellIssue[],
): TableRow[] {
  const headers = mapHeaders(tab, values[0] ?? []);
  for (const column of headers.missing) {
    if (column.required) issues.push(missingHeaderIssue(tab, column));
  }
  if (headers.missing.some(column => column.required)) return [];
  return tableRows(headers, values);
}

/** A cursor over one row that records problems with the row's tab, column and number. */
export class RowReader {
  /** `strict` rejects dates and numbers typed as text, which formulas cannot use. */
  constructor(
    private readonly tab: TabSpec,
    private readonly row: TableRow,
    private readonly issues: CellIssue[],
    private readonly strict: boolean,
  ) {}

  get rowNumber(): number {
    return this.row.row;
  }

  raw(key: string): unknown {
    return this.row.cells.get(key);
  }

  text(key: string): string {
    const value = this.raw(key);
    if (isErrorValue(value)) {
      this.report(key, errorProblem(value));
      return '';
    }
    return cellText(value);
  }

  date(key: string, timeZone: string): string | null {
    return this.check(
      key,
      readDateCell(this.raw(key), timeZone, this.strict),
      null,
    );
  }

  instant(key: string): number | null {
    return this.check(key, readInstantCell(this.raw(key)), null);
  }

  number(key: string): number | null {
    return this.check(key, readNumberCell(this.raw(key), this.strict), null);
  }

  report(key: string, message: string): void {
    this.issues.push({
      tab: this.tab.name,
      column: columnSpec(this.tab, key).header,
      row: this.row.row,
      message,
    });
  }

  private check<T>(key: string, parsed: Parsed<T>, fallback: T): T {
    if (parsed.ok) return parsed.value;
    this.report(key, parsed.problem);
    return fallback;
  }
}

export function each<T>(
  tab: TabSpec,
  values: unknown[][],
  read: (reader: RowReader) => T | null,
): TabRead<T> {
  const issues: CellIssue[] = [];
  const records: T[] = [];
  // Cấu hình feeds no formula but the commune budget, so text there is read as typed.
  const strict = tab.key !== 'config';
  for (const row of rowsOf(tab, values, issues)) {
    const record = read(new RowReader(tab, row, issues, strict));
    if (record !== null) records.push(record);
  }
  return {records, issues};
}

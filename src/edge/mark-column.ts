// Column B of the hidden data tab, where the mail marks live: one mark a cell from row 2 down,
// as JSON that carries its key. Reading them all is one getValues, and a state change is one
// setValue on the mark's own cell, as a setProperty was when the marks were document
// properties. Those held 500 KB in all, which the marks of about 3,000 units filled in a week.
import {
  dataSheet,
  DATA_SHEET_NAME,
  FIRST_DATA_ROW,
  MARK_COLUMN,
} from './data-sheet';
import type {MailMark} from './mail-marks';
import {ensureRows} from './sheet-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Rows added at a time when the marks reach the end of the tab, so a week adds few calls. */
const GROW_ROWS = 500;

interface StoredMark extends MailMark {
  key: string;
}

function isMark(value: unknown): value is StoredMark {
  const mark = value as Partial<StoredMark> | null;
  return (
    typeof mark === 'object' &&
    mark !== null &&
    typeof mark.key === 'string' &&
    typeof mark.state === 'string' &&
    typeof mark.weekStart === 'string' &&
    Array.isArray(mark.to)
  );
}

function cellOf(key: string, mark: MailMark): string {
  return JSON.stringify({key, ...mark});
}

export class MarkColumn {
  private sheet: Sheet | null;
  /** The row of each key's cell. */
  private readonly rows = new Map<string, number>();
  /** The first row below every cell with content in the column. */
  private nextRow = FIRST_DATA_ROW;
  /** Row count of the tab as last read, or 0 before the first new row. */
  private knownRows = 0;
  /** The cell of each row written one at a time, kept for its next state ("sending", "sent"). */
  private readonly cells = new Map<number, Range>();
  /** Cells that are not marks, by row, written back so nothing typed there is lost. */
  private readonly foreign = new Map<number, unknown>();

  constructor(private readonly spreadsheet: Spreadsheet) {
    this.sheet = spreadsheet.getSheetByName(DATA_SHEET_NAME);
  }

  /** Reads every mark with one getValues. A cell that is not a mark is logged and kept as is. */
  read(): Map<string, MailMark> {
    const marks = new Map<string, MailMark>();
    if (!this.sheet) return marks;
    const lastRow = this.sheet.getLastRow();
    if (lastRow < FIRST_DATA_ROW) return marks;
    const cells = this.sheet
      .getRange(FIRST_DATA_ROW, MARK_COLUMN, lastRow - FIRST_DATA_ROW + 1, 1)
      .getValues();
    cells.forEach(([cell], i) => {
      if (cell === '') return;
      const row = FIRST_DATA_ROW + i;
      this.nextRow = row + 1;
      let value: unknown = null;
      try {
        value = JSON.parse(String(cell));
      } catch {
        // Reported below with the other cells that are not marks.
      }
      if (!isMark(value)) {
        console.warn(
          `Ignoring cell B${row} of "${DATA_SHEET_NAME}": not a mail mark`,
        );
        this.foreign.set(row, cell);
        return;
      }
      const {key, ...mark} = value;
      // A key written twice keeps its lower row, which later writes go to.
      if (this.rows.has(key)) return;
      this.rows.set(key, row);
      marks.set(key, mark);
    });
    return marks;
  }

  /** Writes one mark with one setValue, in a new row at the end if the key has none. */
  write(key: string, mark: MailMark): void {
    const sheet = this.ensureSheet();
    const row = this.rows.get(key) ?? this.newRow(sheet, key);
    let cell = this.cells.get(row);
    if (!cell) {
      cell = sheet.getRange(row, MARK_COLUMN);
      this.cells.set(row, cell);
    }
    cell.setValue(cellOf(key, mark));
  }

  /** Writes several marks with one setValues over the rows from the first to the last. */
  writeAll(
    entries: Array<[string, MailMark]>,
    all: Map<string, MailMark>,
  ): void {
    if (entries.length === 0) return;
    const sheet = this.ensureSheet();
    const fresh = entries.filter(([key]) => !this.rows.has(key)).length;
    this.reserve(sheet, this.nextRow - 1 + fresh);
    for (const [key] of entries)
      if (!this.rows.has(key)) this.newRow(sheet, key);
    let first = Infinity;
    let last = -Infinity;
    for (const [key] of entries) {
      const row = this.rows.get(key)!;
      first = Math.min(first, row);
      last = Math.max(last, row);
    }
    const cells: unknown[][] = Array.from({length: last - first + 1}, () => [
      '',
    ]);
    for (const [row, value] of this.foreign)
      if (row >= first && row <= last) cells[row - first][0] = value;
    for (const [key, row] of this.rows)
      if (row >= first && row <= last)
        cells[row - first][0] = cellOf(key, all.get(key)!);
    sheet.getRange(first, MARK_COLUMN, cells.length, 1).setValues(cells);
  }

  /**
   * Writes `marks` from row 2 down with one setValues, then the cells that are not marks,
   * and blanks the rows below them.
   */
  replaceAll(marks: Map<string, MailMark>): void {
    const sheet = this.ensureSheet();
    const typed = [...this.foreign.values()];
    const used = marks.size + typed.length;
    const rows = Math.max(used, this.nextRow - FIRST_DATA_ROW, 1);
    const cells: unknown[][] = Array.from({length: rows}, () => ['']);
    this.rows.clear();
    this.cells.clear();
    this.foreign.clear();
    let i = 0;
    for (const [key, mark] of marks) {
      cells[i][0] = cellOf(key, mark);
      this.rows.set(key, FIRST_DATA_ROW + i);
      i++;
    }
    for (const value of typed) {
      cells[i][0] = value;
      this.foreign.set(FIRST_DATA_ROW + i, value);
      i++;
    }
    ensureRows(sheet, FIRST_DATA_ROW - 1 + rows);
    sheet.getRange(FIRST_DATA_ROW, MARK_COLUMN, rows, 1).setValues(cells);
    this.nextRow = FIRST_DATA_ROW + used;
  }

  private ensureSheet(): Sheet {
    this.sheet ??= dataSheet(this.spreadsheet);
    return this.sheet;
  }

  /** Takes the next free row for `key`, adding rows to the tab when it has none left. */
  private newRow(sheet: Sheet, key: string): number {
    const row = this.nextRow++;
    this.reserve(sheet, row);
    this.rows.set(key, row);
    return row;
  }

  /** Makes the tab at least `rows` long, adding GROW_ROWS or more at a time. */
  private reserve(sheet: Sheet, rows: number): void {
    if (rows > this.knownRows)
      this.knownRows = ensureRows(sheet, rows, GROW_ROWS);
  }
}

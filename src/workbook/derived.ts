// Cells the add-on derives from what people type, planned as single-cell writes: a task's lead
// unit codes, its start, due date and recurrence from "Thời gian (theo kế hoạch)", and an
// indicator's condition columns and due date from its target and deadline texts. A derived
// date or recurrence only fills an empty cell, so a date a person typed is never replaced.
// The codes and condition columns belong to the add-on and always follow their text.
import {readTarget} from '../core/target';
import {readTimePhrase} from '../core/time-phrase';
import {Unit} from '../core/model';
import {resolveUnits} from '../core/units';
import {CellValue, dateValue} from './cell-value';
import {cellText, CellIssue, isErrorValue} from './cells';
import {RECURRENCE_LABELS} from './labels';
import {columnSpec, TabSpec} from './schema';
import {HeaderMap, tableRows, TableRow} from './table';

export interface CellWrite {
  /** Spreadsheet row number (1-based). */
  row: number;
  /** 0-based column position. */
  position: number;
  value: CellValue;
}

export interface DerivedPlan {
  writes: CellWrite[];
  issues: CellIssue[];
}

/** Text of the codes cell for a lead that names every unit. */
export const ALL_UNITS_TEXT = 'Tất cả đơn vị';

/** Returns the codes cell of a lead text: codes joined by ", ", or "" when none resolve. */
export function leadCodesText(
  leadText: string,
  units: readonly Unit[],
): string {
  const resolved = resolveUnits(leadText, units);
  if (resolved.all) return ALL_UNITS_TEXT;
  return resolved.codes.join(', ');
}

function isEmpty(value: unknown): boolean {
  return cellText(value) === '';
}

class Planner {
  readonly writes: CellWrite[] = [];
  readonly issues: CellIssue[] = [];

  constructor(private readonly headers: HeaderMap) {}

  /** Writes `value` when the cell differs from it; error cells are left for a person. */
  follow(row: TableRow, key: string, value: CellValue, current: string): void {
    const position = this.headers.index.get(key);
    if (position === undefined || isErrorValue(row.cells.get(key))) return;
    if (current !== String(value))
      this.writes.push({row: row.row, position, value});
  }

  /** Writes `value` into the cell only when the cell is empty. */
  fill(row: TableRow, key: string, value: CellValue): void {
    const position = this.headers.index.get(key);
    if (position === undefined || value === '') return;
    if (isEmpty(row.cells.get(key)))
      this.writes.push({row: row.row, position, value});
  }

  warn(tab: TabSpec, row: TableRow, key: string, message: string): void {
    this.issues.push({
      tab: tab.name,
      column: columnSpec(tab, key).header,
      row: row.row,
      message,
    });
  }
}

/**
 * Plans the derived cells of the Nhiệm vụ tab and warns about time phrases that give no
 * deadline for a task that has neither a due date nor a recurrence ("rõ thời gian").
 */
export function planTaskDerivations(
  headers: HeaderMap,
  values: unknown[][],
  units: readonly Unit[] | null,
  planYear: number,
): DerivedPlan {
  const planner = new Planner(headers);
  for (const row of tableRows(headers, values)) {
    // Without the Đơn vị tab (null) the codes are left as they are, not blanked.
    if (units !== null) {
      const codes = leadCodesText(cellText(row.cells.get('lead')), units);
      planner.follow(
        row,
        'leadCodes',
        codes,
        cellText(row.cells.get('leadCodes')),
      );
    }

    const timeText = cellText(row.cells.get('timeText'));
    if (timeText === '' || isErrorValue(row.cells.get('timeText'))) continue;
    const reading = readTimePhrase(timeText, planYear);
    planner.fill(row, 'start', dateValue(reading.start));
    planner.fill(row, 'due', dateValue(reading.due));
    if (reading.recurrence !== 'none')
      planner.fill(row, 'recurrence', RECURRENCE_LABELS[reading.recurrence]);

    const undated =
      reading.due === null &&
      reading.recurrence === 'none' &&
      isEmpty(row.cells.get('due')) &&
      isEmpty(row.cells.get('recurrence'));
    if (undated) {
      planner.warn(
        headers.tab,
        row,
        'timeText',
        `Không đọc được thời hạn từ "${timeText}"${reading.problem ? `: ${reading.problem}` : '.'} ` +
          'Nhiệm vụ đang thiếu "rõ thời gian". Hãy ghi rõ, ví dụ "Quý II/2026", "Tháng 10", ' +
          '"30/06/2026", "Hàng tháng", hoặc nhập ngày vào cột "Hạn hoàn thành".',
      );
    }
  }
  return {writes: planner.writes, issues: planner.issues};
}

/** Plans the condition columns of the Chỉ tiêu tab from each target, and empty due dates. */
export function planIndicatorDerivations(
  headers: HeaderMap,
  values: unknown[][],
  planYear: number,
): DerivedPlan {
  const planner = new Planner(headers);
  for (const row of tableRows(headers, values)) {
    const targetText = cellText(row.cells.get('targetText'));
    const target = readTarget(targetText);
    const [first, second] = target.parts;
    const conditions: Array<[string, CellValue]> = [
      ['operator1', first ? first.operator : ''],
      ['threshold1', first ? first.value : ''],
      ['operator2', second ? second.operator : ''],
      ['threshold2', second ? second.value : ''],
    ];
    for (const [key, value] of conditions)
      planner.follow(row, key, value, cellText(row.cells.get(key)));
    if (targetText !== '' && target.problem !== null) {
      planner.warn(
        headers.tab,
        row,
        'targetText',
        `${target.problem} Trong khi chưa sửa, chỉ tiêu được tính là chưa đạt khi đã có giá trị hiện tại.`,
      );
    }

    const deadlineText = cellText(row.cells.get('deadlineText'));
    if (deadlineText === '') continue;
    planner.fill(
      row,
      'due',
      dateValue(readTimePhrase(deadlineText, planYear).due),
    );
  }
  return {writes: planner.writes, issues: planner.issues};
}

export interface WriteRun {
  /** First row (1-based) and 0-based column of the run. */
  row: number;
  position: number;
  values: CellValue[];
}

/** Groups writes into runs of consecutive rows in one column, so each run is one call. */
export function writeRuns(writes: CellWrite[]): WriteRun[] {
  const sorted = [...writes].sort(
    (a, b) => a.position - b.position || a.row - b.row,
  );
  const runs: WriteRun[] = [];
  for (const write of sorted) {
    const last = runs[runs.length - 1];
    if (
      last &&
      last.position === write.position &&
      last.row + last.values.length === write.row
    ) {
      last.values.push(write.value);
    } else {
      runs.push({
        row: write.row,
        position: write.position,
        values: [write.value],
      });
    }
  }
  return runs;
}

/** The dates and recurrence of a task row as its cells contain them (civil dates, label). */
export interface TimeCells {
  start: string | null;
  due: string | null;
  recurrence: string;
}

/**
 * Returns the cells to rewrite after a person changed a task's time phrase from `oldText` to
 * `newText`: each cell that is empty or still contains what `oldText` gave (so the add-on wrote
 * it) follows the new phrase, and a cell with any other value was typed and is kept.
 */
export function timeCellsAfterEdit(
  oldText: string,
  newText: string,
  current: TimeCells,
  planYear: number,
): Partial<Record<keyof TimeCells, CellValue>> {
  const before = readTimePhrase(oldText, planYear);
  const after = readTimePhrase(newText, planYear);
  const label = (reading: typeof before) =>
    reading.recurrence === 'none' ? '' : RECURRENCE_LABELS[reading.recurrence];
  const changes: Partial<Record<keyof TimeCells, CellValue>> = {};
  const follow = (
    key: keyof TimeCells,
    was: string | null,
    next: string | null,
    toCell: (value: string | null) => CellValue,
  ) => {
    const cell = current[key] ?? '';
    if ((cell === '' || cell === (was ?? '')) && cell !== (next ?? ''))
      changes[key] = toCell(next);
  };
  follow('start', before.start, after.start, dateValue);
  follow('due', before.due, after.due, dateValue);
  follow('recurrence', label(before), label(after), value => value ?? '');
  return changes;
}

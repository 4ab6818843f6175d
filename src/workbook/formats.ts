// How each tab looks and what it accepts: number formats, dropdowns and other validation,
// conditional colours and protections, described as data that the edge applies in batches.
import {
  INDICATOR_STATUS_TEXT,
  RECURRENCE_LABELS,
  STATUS_LABELS,
  TIMELINESS_TEXT,
} from './labels';
import {CONFIG_ROWS} from './config-rows';
import {ColumnSpec, TabSpec, UNITS_TAB} from './schema';
import {columnLetter, headerKey, HeaderMap} from './table';

/**
 * Minimum grid height, header included, that formats, validation and colours cover, so rows
 * that staff type below the data are covered too. Setup covers the whole grid when taller.
 */
export const FORMATTED_ROWS = 1000;

export function numberFormatOf(column: ColumnSpec): string | null {
  // Cấu hình's values mix numbers (the commune budget, which a formula reads), dates and text,
  // so each row gets the format of its setting (configValueFormat).
  if (column.key === 'value') return null;
  switch (column.kind) {
    case 'date':
      return 'dd/mm/yyyy';
    case 'dateTime':
      return 'dd/mm/yyyy hh:mm';
    case 'number':
      return column.key === 'planned' || column.key === 'spent'
        ? '#,##0.##'
        : '0.##';
    case 'percent':
      return '0.0%';
    case 'text':
    case 'longText':
    case 'unit':
    case 'email':
    case 'emailList':
      return '@';
    default:
      return column.key === 'shareSpent'
        ? '0.0%'
        : column.key === 'daysLate'
          ? '0'
          : null;
  }
}

/**
 * The number format of a Cấu hình value by its row's label: a date, a number (no grouping,
 * so the year reads 2026), or plain text, which keeps "14:00" and e-mail lists as typed.
 */
export function configValueFormat(label: string): string {
  const entry = CONFIG_ROWS.find(
    row => headerKey(row.label) === headerKey(label),
  );
  if (entry?.kind === 'date') return 'dd/mm/yyyy';
  if (entry?.kind === 'number') return '0.##';
  return '@';
}

export type ValidationSpec =
  | {kind: 'list'; values: string[]; allowInvalid: boolean; help: string}
  | {kind: 'unitList'; allowInvalid: boolean; help: string}
  | {
      kind: 'numberBetween';
      min: number;
      max: number;
      allowInvalid: boolean;
      help: string;
    }
  | {kind: 'date'; allowInvalid: boolean; help: string}
  | {kind: 'email'; allowInvalid: boolean; help: string};

export function validationOf(
  tab: TabSpec,
  column: ColumnSpec,
): ValidationSpec | null {
  if (column.kind === 'status') {
    return {
      kind: 'list',
      values: Object.values(STATUS_LABELS),
      allowInvalid: false,
      help: 'Chọn trạng thái trong danh sách.',
    };
  }
  if (column.kind === 'recurrence') {
    return {
      kind: 'list',
      values: Object.values(RECURRENCE_LABELS),
      allowInvalid: false,
      help: 'Chọn mức lặp lại trong danh sách.',
    };
  }
  if (column.kind === 'unit') {
    // The plan writes several units in one cell ("VP ĐU, Phòng VH-XH"), so only warn.
    return {
      kind: 'unitList',
      allowInvalid: tab.key !== 'weekly',
      help: 'Chọn tên đơn vị trong tab "Đơn vị".',
    };
  }
  if (column.key === 'progress') {
    return {
      kind: 'numberBetween',
      min: 0,
      max: 100,
      allowInvalid: false,
      help: 'Nhập tiến độ từ 0 đến 100 (phần trăm).',
    };
  }
  if (column.kind === 'date') {
    return {
      kind: 'date',
      allowInvalid: false,
      help: 'Nhập ngày theo dạng dd/mm/yyyy, ví dụ 30/06/2026.',
    };
  }
  if (column.kind === 'email') {
    return {kind: 'email', allowInvalid: true, help: 'Nhập một địa chỉ email.'};
  }
  if (column.kind === 'number' && !column.managed) {
    return {
      kind: 'numberBetween',
      min: -1e12,
      max: 1e12,
      allowInvalid: false,
      help: 'Nhập một số, ví dụ 85 hoặc 0,7.',
    };
  }
  return null;
}

/** Returns the A1 notation of the unit names that unit dropdowns list, rows 2 to `lastRow`. */
export function unitNamesRange(units: HeaderMap, lastRow: number): string {
  const letter = columnLetter(units.index.get('name') ?? 1);
  return `'${UNITS_TAB.name}'!$${letter}$2:$${letter}$${lastRow}`;
}

/** Adjacent columns that share one setting: `count` columns from 0-based `first`. */
export interface ColumnRun<T> {
  first: number;
  count: number;
  value: T;
}

/**
 * Groups adjacent columns whose values have the same key, so one call can set each group.
 * Columns whose value is null belong to no run and are left alone.
 */
export function columnRuns<T>(
  values: Array<T | null>,
  keyOf: (value: T) => string,
): Array<ColumnRun<T>> {
  const runs: Array<ColumnRun<T> & {key: string}> = [];
  values.forEach((value, position) => {
    if (value === null) return;
    const key = keyOf(value);
    const last = runs[runs.length - 1];
    if (last && last.key === key && last.first + last.count === position) {
      last.count++;
    } else {
      runs.push({first: position, count: 1, value, key});
    }
  });
  return runs.map(({first, count, value}) => ({first, count, value}));
}

export interface ColourRule {
  /** Formula relative to the first data row (row 2) of the coloured range. */
  formula: string;
  background: string;
  fontColor?: string;
  /** Column keys the rule colours; empty means the whole used width. */
  columns: string[];
}

const RED = '#f4cccc';
const AMBER = '#fff2cc';
const GREEN = '#d9ead3';
const ORANGE = '#fce5cd';

export function colourRules(tab: TabSpec, headers: HeaderMap): ColourRule[] {
  const at = (key: string) => `$${columnLetter(headers.index.get(key) ?? 0)}2`;
  const quote = (text: string) => `"${text}"`;
  if (tab.key === 'tasks') {
    const t = TIMELINESS_TEXT;
    const state = at('timeliness');
    return [
      {formula: `=${state}=${quote(t.overdue)}`, background: RED, columns: []},
      {
        formula: `=${state}=${quote(t.dueSoon)}`,
        background: AMBER,
        columns: [],
      },
      {
        formula: `=${state}=${quote(t.doneLate)}`,
        background: GREEN,
        columns: ['timeliness'],
      },
      {
        formula: `=${state}=${quote(t.doneOnTime)}`,
        background: GREEN,
        columns: [],
      },
      {
        formula: `=${at('missing')}<>""`,
        background: ORANGE,
        columns: ['missing'],
      },
    ];
  }
  if (tab.key === 'indicators') {
    const s = INDICATOR_STATUS_TEXT;
    const status = at('status');
    return [
      {
        formula: `=${status}=${quote(s.met)}`,
        background: GREEN,
        columns: ['status'],
      },
      {
        formula: `=${status}=${quote(s.missed)}`,
        background: RED,
        columns: ['status'],
      },
      {
        formula: `=${status}=${quote(s.notMet)}`,
        background: AMBER,
        columns: ['status'],
      },
    ];
  }
  if (tab.key === 'weekly') {
    return [
      {
        formula: `=${at('onTime')}="Muộn"`,
        background: AMBER,
        columns: ['onTime'],
      },
    ];
  }
  return [];
}

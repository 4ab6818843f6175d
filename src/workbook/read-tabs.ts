// Turns the values of each tab into domain records, collecting every problem a person must
// fix as a Vietnamese message that names the tab, the column and the row. Nothing is written.
import {
  BudgetState,
  IndicatorState,
  PlanConfig,
  TaskState,
  Unit,
  WeeklyReport,
} from '../core/model';
import {resolveUnits} from '../core/units';
import {
  cellText,
  CellIssue,
  errorProblem,
  isErrorValue,
  Parsed,
  readDateCell,
  readEmailList,
  readInstantCell,
  readNumberCell,
} from './cells';
import {CONFIG_ROWS} from './config-rows';
import {
  recurrenceFromLabel,
  RECURRENCE_LABELS,
  statusFromLabel,
  STATUS_LABELS,
} from './labels';
import {
  BUDGET_TAB,
  columnSpec,
  CONFIG_TAB,
  INDICATORS_TAB,
  TabSpec,
  TASKS_TAB,
  UNITS_TAB,
  WEEKLY_TAB,
} from './schema';
import {
  headerKey,
  mapHeaders,
  missingHeaderIssue,
  TableRow,
  tableRows,
} from './table';

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
class RowReader {
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

function each<T>(
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

/** Reads Cấu hình over `defaults`: a row that is missing or unreadable keeps the default. */
export function readConfig(
  values: unknown[][],
  defaults: PlanConfig,
): {config: PlanConfig; issues: CellIssue[]} {
  const config: PlanConfig = {...defaults};
  const byLabel = new Map(
    CONFIG_ROWS.map(entry => [headerKey(entry.label), entry]),
  );
  const target = config as unknown as Record<string, unknown>;
  const read = each(CONFIG_TAB, values, reader => {
    const entry = byLabel.get(headerKey(reader.text('setting')));
    if (!entry) return null;
    const raw = reader.raw('value');
    if (raw === '' || raw === null || raw === undefined) return null;
    if (entry.kind === 'number') {
      const number = reader.number('value');
      if (number !== null) target[entry.field] = number;
    } else if (entry.kind === 'date') {
      const date = reader.date('value', config.timeZone);
      if (date !== null) target[entry.field] = date;
    } else if (entry.kind === 'emailList') {
      const {valid, invalid} = readEmailList(raw);
      for (const address of invalid) {
        reader.report(
          'value',
          `"${address}" ở dòng "${entry.label}" không phải địa chỉ email hợp lệ.`,
        );
      }
      target[entry.field] = valid;
    } else if (entry.kind === 'time') {
      const text = timeOfDay(raw, config.timeZone);
      if (/^([01]?\d|2[0-3]):[0-5]\d$/.test(text))
        target[entry.field] = text.padStart(5, '0');
      else
        reader.report(
          'value',
          `"${text}" không phải giờ hợp lệ. Hãy nhập theo dạng HH:mm, ví dụ 14:00.`,
        );
    } else if (entry.field === 'signerTitle') {
      // The signature block has two printed lines, typed in one cell as "line 1 / line 2".
      target[entry.field] = reader.text('value').replace(/\s+\/\s+/g, '\n');
    } else {
      target[entry.field] = reader.text('value');
    }
    return null;
  });
  return {config, issues: read.issues};
}

/** Writes a number the way readValue reads it back: decimal comma, no grouping. */
function viNumberText(value: number): string {
  return String(value).replace('.', ',');
}

/**
 * Reads a time of day typed in Cấu hình: text "14:00" (kept as text by a leading
 * apostrophe) or a time value, which Sheets hands back as a Date on 30/12/1899 in the zone.
 */
function timeOfDay(raw: unknown, timeZone: string): string {
  if (Object.prototype.toString.call(raw) === '[object Date]') {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(raw as Date);
    const part = (type: string) => parts.find(p => p.type === type)?.value;
    return `${part('hour')}:${part('minute')}`;
  }
  return cellText(raw).replace(/^'/, '');
}

export function readUnits(values: unknown[][]): TabRead<Unit> {
  return each(UNITS_TAB, values, reader => {
    const {valid, invalid} = readEmailList(reader.raw('emails'));
    for (const address of invalid) {
      reader.report(
        'emails',
        `"${address}" không phải địa chỉ email hợp lệ. Hãy sửa hoặc xóa địa chỉ này.`,
      );
    }
    return {
      code: reader.text('code'),
      name: reader.text('name'),
      aliases: reader
        .text('aliases')
        .split(';')
        .map(alias => alias.trim())
        .filter(alias => alias !== ''),
      head: reader.text('head'),
      emails: valid,
    };
  });
}

export function readTasks(
  values: unknown[][],
  units: Unit[],
  timeZone: string,
): TabRead<TaskState> {
  return each(TASKS_TAB, values, reader => {
    const statusText = reader.text('status');
    const status = statusFromLabel(statusText);
    if (status === null) {
      reader.report(
        'status',
        `"${statusText}" không phải trạng thái hợp lệ. Hãy chọn trong danh sách: ${Object.values(STATUS_LABELS).join(', ')}.`,
      );
    }
    const recurrenceText = reader.text('recurrence');
    const recurrence = recurrenceFromLabel(recurrenceText);
    if (recurrence === null) {
      reader.report(
        'recurrence',
        `"${recurrenceText}" không hợp lệ. Hãy chọn trong danh sách: ${Object.values(RECURRENCE_LABELS).join(', ')}.`,
      );
    }
    const progress = reader.number('progress') ?? 0;
    if (progress < 0 || progress > 100) {
      reader.report(
        'progress',
        `Tiến độ ${progress} nằm ngoài khoảng 0–100. Hãy nhập số phần trăm từ 0 đến 100.`,
      );
    }
    const leadText = reader.text('lead');
    const coordinatingText = reader.text('coordinating');
    const lead = resolveUnits(leadText, units);
    for (const unknown of lead.unknown) {
      reader.report(
        'lead',
        `Không tìm thấy đơn vị "${unknown}" trong tab "Đơn vị". Hãy sửa tên cho đúng, hoặc thêm tên này vào cột "Tên gọi khác" của đơn vị đó.`,
      );
    }
    const [groupNo, ...groupWords] = reader.text('group').split('. ');
    return {
      row: reader.rowNumber,
      code: reader.text('code'),
      sectionCode: '',
      sectionName: '',
      groupNo:
        groupWords.length > 0 ? groupNo : reader.text('code').split('.')[0],
      groupName:
        groupWords.length > 0 ? groupWords.join('. ') : reader.text('group'),
      content: reader.text('content'),
      detail: reader.text('detail'),
      leadText,
      coordinatingText,
      person: reader.text('person'),
      personEmail: reader.text('personEmail'),
      timeText: reader.text('timeText'),
      product: reader.text('product'),
      note: reader.text('note'),
      start: reader.date('start', timeZone),
      due: reader.date('due', timeZone),
      recurrence: recurrence ?? 'none',
      status: status ?? 'notStarted',
      progress: Math.min(100, Math.max(0, progress)),
      evidenceLink: reader.text('evidenceLink'),
      completedOn: reader.date('completedOn', timeZone),
      updatedAt: reader.instant('updatedAt'),
      updatedBy: reader.text('updatedBy'),
      leadUnits: lead.codes,
      coordinatingUnits: resolveUnits(coordinatingText, units).codes,
    };
  });
}

export function readIndicators(
  values: unknown[][],
  timeZone: string,
): TabRead<IndicatorState> {
  return each(INDICATORS_TAB, values, reader => {
    const [groupCode, ...groupWords] = reader.text('group').split('. ');
    const first = reader.number('value1');
    let second = reader.number('value2');
    if (first === null && second !== null) {
      reader.report(
        'value2',
        'Đã nhập phần 2 nhưng chưa nhập "Giá trị hiện tại" (phần 1), nên chỉ tiêu được tính là chưa có số liệu. Hãy nhập giá trị phần 1 trước.',
      );
      second = null;
    }
    const currentText = [first, second]
      .filter((value): value is number => value !== null)
      .map(viNumberText)
      .join('; ');
    return {
      row: reader.rowNumber,
      no: reader.number('no') ?? 0,
      groupCode,
      groupName: groupWords.join('. '),
      name: reader.text('name'),
      unitOfMeasure: reader.text('unitOfMeasure'),
      result2025: reader.text('result2025'),
      targetText: reader.text('targetText'),
      leadText: reader.text('lead'),
      coordinatingText: reader.text('coordinating'),
      deadlineText: reader.text('deadlineText'),
      evidence: reader.text('evidence'),
      currentText,
      currentEvidence: reader.text('evidenceLink'),
      due: reader.date('due', timeZone),
    };
  });
}

export function readBudget(values: unknown[][]): TabRead<BudgetState> {
  return each(BUDGET_TAB, values, reader => ({
    row: reader.rowNumber,
    code: reader.text('code'),
    groupNo: reader.text('groupNo'),
    groupName: reader.text('group'),
    content: reader.text('content'),
    plannedMillion: reader.number('planned') ?? 0,
    source: reader.text('source'),
    note: reader.text('note'),
    partOf: reader.text('partOf'),
    spentMillion: reader.number('spent') ?? 0,
  }));
}

export function readWeeklyReports(
  values: unknown[][],
  units: Unit[],
  timeZone: string,
): TabRead<WeeklyReport> {
  return each(WEEKLY_TAB, values, reader => {
    const weekStart = reader.date('week', timeZone);
    const unitText = reader.text('unit');
    const unit = resolveUnits(unitText, units);
    if (unit.codes.length !== 1 || unit.all) {
      reader.report(
        'unit',
        `Không xác định được đơn vị "${unitText}". Hãy chọn đúng một đơn vị trong danh sách.`,
      );
    }
    if (weekStart === null) return null;
    return {
      row: reader.rowNumber,
      weekStart,
      unitCode: unit.codes.length === 1 ? unit.codes[0] : '',
      taskCode: reader.text('taskCode'),
      result: reader.text('result'),
      difficulties: reader.text('difficulties'),
      proposals: reader.text('proposals'),
      reporter: reader.text('reporter'),
      submittedAt: reader.instant('submittedAt'),
    };
  });
}

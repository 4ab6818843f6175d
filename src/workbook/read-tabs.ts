// Turns the values of each tab into domain records, collecting every problem a person must
// fix as a Vietnamese message that names the tab, the column and the row. Nothing is written.
import {
  BudgetState,
  IndicatorState,
  TaskState,
  Unit,
  WeeklyReport,
} from '../core/model';
import {resolveUnits} from '../core/units';
import {readEmailList} from './cells';
import {
  recurrenceFromLabel,
  RECURRENCE_LABELS,
  statusFromLabel,
  STATUS_LABELS,
} from './labels';
import {each, RowReader, TabRead} from './row-reader';
import {
  BUDGET_TAB,
  INDICATORS_TAB,
  TASKS_TAB,
  UNITS_TAB,
  WEEKLY_TAB,
} from './schema';

export {readConfig} from './read-config';
export type {TabRead} from './row-reader';

/**
 * Resolves the units a column names and reports each name that matches no unit, so a unit
 * mention is never dropped in silence.
 */
function unitsIn(
  reader: RowReader,
  key: string,
  units: Unit[],
): ReturnType<typeof resolveUnits> {
  const resolved = resolveUnits(reader.text(key), units);
  for (const unknown of resolved.unknown) {
    reader.report(
      key,
      `Không tìm thấy đơn vị "${unknown}" trong tab "Đơn vị". Hãy sửa tên cho đúng, hoặc thêm tên này vào cột "Tên gọi khác" của đơn vị đó.`,
    );
  }
  return resolved;
}

/** Writes a number the way readValue reads it back: decimal comma, no grouping. */
function viNumberText(value: number): string {
  return String(value).replace('.', ',');
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
    const lead = unitsIn(reader, 'lead', units);
    const coordinating = unitsIn(reader, 'coordinating', units);
    const [groupNo, ...groupWords] = reader.text('group').split('. ');
    const [sectionCode, ...sectionWords] = reader.text('section').split('. ');
    return {
      row: reader.rowNumber,
      code: reader.text('code'),
      sectionCode: sectionWords.length > 0 ? sectionCode : '',
      sectionName: sectionWords.join('. '),
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
      coordinatingUnits: coordinating.codes,
    };
  });
}

/**
 * Reads every indicator. `units`, when given, checks that the lead and coordinating columns
 * name units of Đơn vị, with a warning for each name that does not.
 */
export function readIndicators(
  values: unknown[][],
  timeZone: string,
  units: Unit[] | null = null,
): TabRead<IndicatorState> {
  return each(INDICATORS_TAB, values, reader => {
    if (units !== null) {
      unitsIn(reader, 'lead', units);
      unitsIn(reader, 'coordinating', units);
    }
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

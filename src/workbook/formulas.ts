// Per-row formulas of the computed columns. They use only functions that Google Sheets,
// LibreOffice and Excel share, on single cells or closed ranges, so the three agree; the
// add-on rewrites them on every refresh with the columns' current letters, so staff may move
// columns. Literal texts are the same labels the domain code uses (labels.ts).
import {
  CANCELLED_TEXT,
  INDICATOR_STATUS_TEXT,
  RECURRENCE_LABELS,
  STATUS_LABELS,
  TIMELINESS_TEXT,
} from './labels';
import {columnLetter, HeaderMap} from './table';
import {DUE_SOON_DAYS} from '../core/timeliness';

/** Cell references of one row, by column key. */
export type RowRef = (key: string) => string;

export function rowRef(headers: HeaderMap, row: number): RowRef {
  return key => {
    const position = headers.index.get(key);
    if (position === undefined) {
      throw new Error(`Column ${key} of ${headers.tab.key} is not placed`);
    }
    return `${columnLetter(position)}${row}`;
  };
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

function isDone(c: RowRef): string {
  return `AND(${c('status')}=${quote(STATUS_LABELS.done)},${c('evidenceLink')}<>"")`;
}

/** The Government Office's timeliness category of a task, as text. */
export function timelinessFormula(c: RowRef): string {
  const due = c('due');
  const t = TIMELINESS_TEXT;
  const recurring =
    `AND(${c('recurrence')}<>"",` +
    `${c('recurrence')}<>${quote(RECURRENCE_LABELS.none)})`;
  const finished =
    `IF(OR(NOT(ISNUMBER(${due})),NOT(ISNUMBER(${c('completedOn')})),` +
    `${c('completedOn')}<=${due}),${quote(t.doneOnTime)},${quote(t.doneLate)})`;
  const open =
    `IF(${recurring},${quote(t.ongoing)},` +
    `IF(NOT(ISNUMBER(${due})),${quote(t.undated)},` +
    `IF(TODAY()>${due},${quote(t.overdue)},` +
    `IF(${due}-TODAY()<=${DUE_SOON_DAYS},${quote(t.dueSoon)},${quote(t.onTrack)}))))`;
  return (
    `=IF(${c('code')}="","",` +
    `IF(${c('status')}=${quote(STATUS_LABELS.cancelled)},${quote(CANCELLED_TEXT)},` +
    `IF(${isDone(c)},${finished},${open})))`
  );
}

/** Days past the due date: for overdue tasks until today, for late ones until completion. */
export function daysLateFormula(c: RowRef): string {
  const t = TIMELINESS_TEXT;
  return (
    `=IF(${c('timeliness')}=${quote(t.overdue)},TODAY()-${c('due')},` +
    `IF(${c('timeliness')}=${quote(t.doneLate)},${c('completedOn')}-${c('due')},""))`
  );
}

/** The "6 rõ" items a task lacks, joined by ", ". */
export function missingClarityFormula(c: RowRef): string {
  const item = (condition: string, label: string) =>
    `IF(${condition},${quote(', ' + label)},"")`;
  const noRecurrence =
    `OR(${c('recurrence')}="",` +
    `${c('recurrence')}=${quote(RECURRENCE_LABELS.none)})`;
  const claimsProgress =
    `OR(${c('status')}=${quote(STATUS_LABELS.done)},` +
    `IF(ISNUMBER(${c('progress')}),${c('progress')}>0,FALSE()))`;
  const items = [
    item(`${c('person')}=""`, 'rõ người'),
    item(`${c('content')}=""`, 'rõ việc'),
    item(`${c('lead')}=""`, 'rõ trách nhiệm'),
    item(`AND(NOT(ISNUMBER(${c('due')})),${noRecurrence})`, 'rõ thời gian'),
    item(`${c('product')}=""`, 'rõ kết quả'),
    item(`AND(${c('evidenceLink')}="",${claimsProgress})`, 'rõ minh chứng'),
  ];
  return `=IF(${c('code')}="","",MID(${items.join('&')},3,500))`;
}

function compare(operator: string, value: string, threshold: string): string {
  return (
    `IF(${operator}=">=",${value}>=${threshold},` +
    `IF(${operator}="<=",${value}<=${threshold},` +
    `IF(${operator}=">",${value}>${threshold},` +
    `IF(${operator}="<",${value}<${threshold},${value}=${threshold}))))`
  );
}

/** An indicator's status against its target: met, not yet met, missed after its deadline. */
export function indicatorStatusFormula(c: RowRef): string {
  const s = INDICATOR_STATUS_TEXT;
  const first = compare(c('operator1'), c('value1'), c('threshold1'));
  const second =
    `IF(${c('operator2')}="",TRUE(),IF(ISNUMBER(${c('value2')}),` +
    `${compare(c('operator2'), c('value2'), c('threshold2'))},FALSE()))`;
  return (
    `=IF(${c('no')}="","",` +
    `IF(${c('operator1')}="","Chưa đọc được mục tiêu",` +
    `IF(NOT(ISNUMBER(${c('value1')})),${quote(s.noValue)},` +
    `IF(AND(${first},${second}),${quote(s.met)},` +
    `IF(AND(ISNUMBER(${c('due')}),TODAY()>${c('due')}),${quote(s.missed)},` +
    `${quote(s.notMet)})))))`
  );
}

/** Share of a budget line already spent. */
export function shareSpentFormula(c: RowRef): string {
  const planned = c('planned');
  const spent = c('spent');
  return (
    `=IF(AND(ISNUMBER(${planned}),ISNUMBER(${spent})),` +
    `IF(${planned}>0,${spent}/${planned},""),"")`
  );
}

/** Whether a weekly report arrived before Friday's deadline of its week (Monday + 4 days). */
export function weeklyOnTimeFormula(
  c: RowRef,
  deadline: {hour: number; minute: number},
): string {
  const limit = `${c('week')}+4+TIME(${deadline.hour},${deadline.minute},0)`;
  return (
    `=IF(OR(NOT(ISNUMBER(${c('week')})),NOT(ISNUMBER(${c('submittedAt')}))),"",` +
    `IF(${c('submittedAt')}<=${limit},"Đúng hạn","Muộn"))`
  );
}

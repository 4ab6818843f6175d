// Per-row formulas of the computed columns. They use only functions that Google Sheets,
// LibreOffice and Excel share, on single cells or closed ranges, so the three agree. The
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

/**
 * Tests whether the recurrence cell contains one of the recurring labels. An unknown word
 * counts as no recurrence, as the domain reads it (and reports it).
 */
function isRecurring(c: RowRef): string {
  const labels = Object.entries(RECURRENCE_LABELS)
    .filter(([code]) => code !== 'none')
    .map(([, label]) => `${c('recurrence')}=${quote(label)}`);
  return `OR(${labels.join(',')})`;
}

/** Builds the formula of a task's timeliness category in the Government Office's terms. */
export function timelinessFormula(c: RowRef): string {
  const due = c('due');
  const t = TIMELINESS_TEXT;
  const recurring = isRecurring(c);
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

/**
 * Lists the "6 rõ" items a task lacks, joined by ", ", by the rule of missingSixClear.
 * "Rõ trách nhiệm" needs a lead that resolves to a unit. No formula can read unit names and
 * their aliases, so the add-on writes the resolved codes into the "leadCodes" column.
 */
export function missingClarityFormula(c: RowRef): string {
  const item = (condition: string, label: string) =>
    `IF(${condition},${quote(', ' + label)},"")`;
  const claimsProgress =
    `OR(${c('status')}=${quote(STATUS_LABELS.done)},` +
    `IF(ISNUMBER(${c('progress')}),${c('progress')}>0,FALSE()))`;
  const items = [
    item(`${c('person')}=""`, 'rõ người'),
    item(`${c('content')}=""`, 'rõ việc'),
    item(`${c('leadCodes')}=""`, 'rõ trách nhiệm'),
    item(
      `AND(NOT(ISNUMBER(${c('due')})),NOT(${isRecurring(c)}))`,
      'rõ thời gian',
    ),
    item(`${c('product')}=""`, 'rõ kết quả'),
    item(`AND(${c('evidenceLink')}="",${claimsProgress})`, 'rõ minh chứng'),
  ];
  return `=IF(${c('code')}="","",MID(${items.join('&')},3,500))`;
}

/** Tolerance of the comparison, as meets() allows for binary rounding ("0,7" ≥ 0,7). */
function compare(operator: string, value: string, threshold: string): string {
  const slack = `0.000000001*MAX(1,ABS(${threshold}))`;
  return (
    `IF(${operator}=">=",${value}>=${threshold}-${slack},` +
    `IF(${operator}="<=",${value}<=${threshold}+${slack},` +
    `IF(${operator}=">",${value}>${threshold}+${slack},` +
    `IF(${operator}="<",${value}<${threshold}-${slack},` +
    `ABS(${value}-${threshold})<=${slack}))))`
  );
}

/**
 * Computes an indicator's status against its target by the rule of checkIndicator. With no
 * first value it is "no value yet". A target that cannot be read, a second value the target
 * has no part for, or a value that misses its part gives "not met", or "missed" once the
 * deadline has passed. A two-part target with only a first value that meets its part is
 * "no value yet". Otherwise the target is met.
 * NOTE: the tab has two value columns, so a target of three or more parts is compared on its
 * first two only, while the domain then finds too few values.
 */
export function indicatorStatusFormula(c: RowRef): string {
  const s = INDICATOR_STATUS_TEXT;
  const value1 = c('value1');
  const value2 = c('value2');
  const late =
    `IF(AND(ISNUMBER(${c('due')}),TODAY()>${c('due')}),` +
    `${quote(s.missed)},${quote(s.notMet)})`;
  const first = compare(c('operator1'), value1, c('threshold1'));
  const second = compare(c('operator2'), value2, c('threshold2'));
  return (
    `=IF(${c('no')}="","",` +
    `IF(NOT(ISNUMBER(${value1})),${quote(s.noValue)},` +
    `IF(${c('operator1')}="",${late},` +
    `IF(AND(${c('operator2')}="",ISNUMBER(${value2})),${late},` +
    `IF(NOT(${first}),${late},` +
    `IF(${c('operator2')}="",${quote(s.met)},` +
    `IF(NOT(ISNUMBER(${value2})),${quote(s.noValue)},` +
    `IF(${second},${quote(s.met)},${late}))))))))`
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

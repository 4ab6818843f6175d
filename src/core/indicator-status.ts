// Status of an indicator on a given day: its current value against its target and deadline.
//
// 'met' when the value meets the target; 'noValue' when no value is typed; otherwise
// 'missed' when today is past the due date and 'notMet' while the deadline has not passed.

import type {CivilDate, IndicatorState} from './model';
import type {IndicatorLine, IndicatorStatus} from './report-model';
import {evaluateTarget, readTarget, readValue} from './target';

/** Vietnamese labels of the indicator statuses. */
export const INDICATOR_STATUS_LABELS: Readonly<
  Record<IndicatorStatus, string>
> = {
  met: 'Đạt',
  notMet: 'Chưa đạt',
  missed: 'Không đạt (quá hạn)',
  noValue: 'Chưa có số liệu',
};

/** Every status in the order counts and charts list them. */
export const INDICATOR_STATUS_ORDER: readonly IndicatorStatus[] = [
  'met',
  'notMet',
  'missed',
  'noValue',
];

// Used when the target and the value each read but do not fit together, e.g. more
// values typed than the target has parts.
const UNREADABLE_PROBLEM =
  'Không so sánh được giá trị hiện tại với mức cần đạt: số giá trị nhập nhiều hơn số phần của chỉ tiêu. Hãy nhập mỗi phần một con số, cách nhau bằng dấu ";".';

/** Result of checking one indicator, with the reason when the check could not be made. */
export interface IndicatorCheck {
  status: IndicatorStatus;
  problem: string | null;
}

/**
 * Checks an indicator on `today`.
 * NOTE: a typed value that cannot be compared with the target (either text unreadable)
 * counts as not met, with a problem text, so that it shows up for a person to check.
 */
export function checkIndicator(
  indicator: Pick<IndicatorState, 'targetText' | 'currentText' | 'due'>,
  today: CivilDate,
): IndicatorCheck {
  if (indicator.currentText.trim() === '') {
    return {status: 'noValue', problem: null};
  }

  const target = readTarget(indicator.targetText);
  const result = evaluateTarget(target, indicator.currentText);
  if (result === 'met') return {status: 'met', problem: null};
  if (result === 'noValue') return {status: 'noValue', problem: null};

  const pastDue = indicator.due !== null && today > indicator.due;
  let problem: string | null = null;
  if (result === 'unreadable') {
    problem =
      target.problem ??
      readValue(indicator.currentText).problem ??
      UNREADABLE_PROBLEM;
  }
  return {status: pastDue ? 'missed' : 'notMet', problem};
}

/** Returns the status of an indicator on `today`. */
export function indicatorStatus(
  indicator: Pick<IndicatorState, 'targetText' | 'currentText' | 'due'>,
  today: CivilDate,
): IndicatorStatus {
  return checkIndicator(indicator, today).status;
}

/** Tells whether a status belongs in the "off track" lists of emails and reports. */
export function isOffTrack(status: IndicatorStatus): boolean {
  return status === 'notMet' || status === 'missed';
}

/** Builds the line that emails and reports show for an indicator. */
export function indicatorLine(
  indicator: IndicatorState,
  today: CivilDate,
): IndicatorLine {
  const check = checkIndicator(indicator, today);

  return {
    no: indicator.no,
    groupCode: indicator.groupCode,
    groupName: indicator.groupName,
    name: indicator.name,
    unitOfMeasure: indicator.unitOfMeasure,
    result2025: indicator.result2025,
    targetText: indicator.targetText,
    currentText: indicator.currentText,
    leadText: indicator.leadText,
    deadlineText: indicator.deadlineText,
    due: indicator.due,
    status: check.status,
    statusLabel: INDICATOR_STATUS_LABELS[check.status],
    problem: check.problem,
  };
}

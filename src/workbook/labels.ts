// Vietnamese values that staff pick from dropdowns, and their domain codes.
import {Recurrence, TaskStatus, Timeliness} from '../core/model';
import {INDICATOR_STATUS_LABELS} from '../core/indicator-status';
import {CANCELLED_LABEL, TIMELINESS_LABELS} from '../core/timeliness';

export const STATUS_LABELS: Record<TaskStatus, string> = {
  notStarted: 'Chưa bắt đầu',
  inProgress: 'Đang thực hiện',
  done: 'Hoàn thành',
  paused: 'Tạm dừng',
  cancelled: 'Đã hủy',
};

export const RECURRENCE_LABELS: Record<Recurrence, string> = {
  none: 'Không',
  weekly: 'Hàng tuần',
  monthly: 'Hàng tháng',
  quarterly: 'Hàng quý',
  yearly: 'Hàng năm',
  continuous: 'Thường xuyên',
};

/** Labels the timeliness formula writes: the domain's own, so both always agree. */
export const TIMELINESS_TEXT = TIMELINESS_LABELS;

/** The text the timeliness formula writes for a cancelled task, which no category counts. */
export const CANCELLED_TEXT = CANCELLED_LABEL;

export const INDICATOR_STATUS_TEXT = INDICATOR_STATUS_LABELS;

export const TARGET_OPERATORS = ['>=', '<=', '>', '<', '='] as const;

function invert<K extends string>(labels: Record<K, string>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [code, label] of Object.entries(labels) as Array<[K, string]>) {
    map.set(label.toLowerCase(), code);
  }
  return map;
}

const STATUS_BY_LABEL = invert(STATUS_LABELS);
const RECURRENCE_BY_LABEL = invert(RECURRENCE_LABELS);
const TIMELINESS_BY_TEXT = invert(TIMELINESS_TEXT);

/** Reads a status cell; an empty cell means not started, an unknown word returns null. */
export function statusFromLabel(text: string): TaskStatus | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'notStarted';
  return STATUS_BY_LABEL.get(trimmed.toLowerCase()) ?? null;
}

export function recurrenceFromLabel(text: string): Recurrence | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'none';
  return RECURRENCE_BY_LABEL.get(trimmed.toLowerCase()) ?? null;
}

export function timelinessFromText(text: string): Timeliness | null {
  return TIMELINESS_BY_TEXT.get(text.trim().toLowerCase()) ?? null;
}

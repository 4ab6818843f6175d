// The automation status view's data: each trigger the add-on needs, how many are installed,
// when it runs next and how its last run ended. Apps Script does not expose a trigger's next
// run, so it is computed from the schedule the add-on installs.
import {isAddon} from './target';
import {
  addDays,
  civilDateOf,
  dayOfWeek,
  formatViDate,
  wallTimeToInstant,
} from '../core/calendar';
import {PlanConfig} from '../core/model';
import {
  DAILY_REFRESH_HOUR,
  HANDLERS,
  reminderSlot,
  resumeDueAt,
  summaryHour,
  triggerCounts,
} from './automation';
import {lastRuns, RunRecord} from './run-records';
import {formatInstant} from './time-format';

/** A run still marked running after this long was stopped by Apps Script (6-minute limit). */
const RUN_LIMIT_MS = 6 * 60 * 1000;

export interface TriggerStatus {
  handler: string;
  label: string;
  installed: number;
  /** Vietnamese text of the next run, e.g. "Thứ Sáu 12/06/2026, 08:00–09:00". */
  nextRun: string;
  lastRun: RunRecord | null;
  /** Whether the last run was left unfinished: Apps Script stopped it. */
  stopped: boolean;
}

export const TRIGGER_LABELS: Record<string, string> = {
  [HANDLERS.reminder]: 'Nhắc báo cáo thứ Sáu',
  [HANDLERS.summary]: 'Tổng hợp tuần sau hạn báo cáo',
  [HANDLERS.daily]: 'Làm mới hằng ngày',
  [HANDLERS.edit]: 'Ghi nhận chỉnh sửa',
};

/** The add-on variant's triggers: one hourly clock for every timed job, and the edit tracker. */
const ADDON_TRIGGER_LABELS: Record<string, string> = {
  [HANDLERS.clock]:
    'Đồng hồ hằng giờ (nhắc, tổng hợp thứ Sáu, làm mới hằng ngày)',
  [HANDLERS.edit]: 'Ghi nhận chỉnh sửa',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Describes the next window [hour:00, hour+1:00) on `weekday` (1 = Monday) after `now`. */
function nextWindow(
  now: number,
  timeZone: string,
  hour: number,
  minute: number,
  weekday: number | null,
): string {
  let day = civilDateOf(now, timeZone);
  for (let i = 0; i < 15; i++) {
    const start = wallTimeToInstant(
      day,
      `${pad(hour)}:${pad(minute)}`,
      timeZone,
    );
    if ((weekday === null || dayOfWeek(day) === weekday) && start > now) break;
    day = addDays(day, 1);
  }
  const prefix = weekday === 5 ? 'Thứ Sáu ' : '';
  const end = minute === 0 ? `${pad(hour + 1)}:00` : '';
  const window =
    minute === 0
      ? `trong khoảng ${pad(hour)}:00–${end}`
      : `khoảng ${pad(hour)}:${pad(minute)} (± 15 phút)`;
  return `${prefix}${formatViDate(day)}, ${window}`;
}

function nextRunText(handler: string, config: PlanConfig, now: number): string {
  const zone = config.timeZone;
  switch (handler) {
    case HANDLERS.reminder: {
      const slot = reminderSlot(config);
      return nextWindow(now, zone, slot.hour, slot.minute, 5);
    }
    case HANDLERS.summary:
      return nextWindow(now, zone, summaryHour(config), 0, 5);
    case HANDLERS.daily:
      return nextWindow(now, zone, DAILY_REFRESH_HOUR, 0, null);
    case HANDLERS.clock:
      return 'Mỗi giờ một lần';
    default:
      return 'Mỗi khi có người sửa bảng tính';
  }
}

export function automationStatus(
  config: PlanConfig,
  now: number = Date.now(),
): TriggerStatus[] {
  const counts = triggerCounts();
  const runs = lastRuns();
  const labels = isAddon() ? ADDON_TRIGGER_LABELS : TRIGGER_LABELS;
  return Object.keys(labels).map(handler => {
    const installed = counts.get(handler) ?? 0;
    const lastRun = runs.get(handler) ?? null;
    return {
      handler,
      label: labels[handler],
      installed,
      nextRun: installed > 0 ? nextRunText(handler, config, now) : 'Không chạy',
      lastRun,
      stopped: lastRun?.running === true && now - lastRun.at > RUN_LIMIT_MS,
    };
  });
}

/** Describes the pending resume run in Vietnamese; null when none is due. */
export function resumeText(config: PlanConfig): string | null {
  const due = resumeDueAt();
  if (due === null) return null;
  return `Đang chờ gửi tiếp các thư còn lại lúc ${formatInstant(due, config.timeZone)}.`;
}

export function lastRunText(status: TriggerStatus, timeZone: string): string {
  const run = status.lastRun;
  if (!run) return 'Chưa chạy';
  const when = formatInstant(run.at, timeZone);
  if (status.stopped)
    return `${when}: bị dừng giữa chừng (quá 6 phút hoặc lỗi hệ thống); lần chạy sau sẽ làm tiếp.`;
  if (run.running) return `${when}: đang chạy`;
  return `${when}: ${run.ok ? 'thành công' : 'có lỗi'}. ${run.message}`;
}

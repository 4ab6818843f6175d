// The timeliness snapshot stored with each weekly summary, so the next summary can report
// what changed since last week. Two are kept: the latest, and the one before it, because a
// summary sent again in the same week must still compare against the previous week.
import {TimelinessSnapshot} from '../core/report-model';
import {snapshot} from '../core/weekly';
import {PlanState} from './state';

const SNAPSHOT_KEY = 'snapshot:last';
const PREVIOUS_SNAPSHOT_KEY = 'snapshot:previous';
/** Apps Script keeps at most 9 KB in one property value. */
const MAX_PROPERTY_BYTES = 9000;

interface StoredSnapshot {
  weekStart: string;
  data: TimelinessSnapshot;
}

function readSnapshot(key: string): StoredSnapshot | null {
  const text = PropertiesService.getDocumentProperties().getProperty(key);
  if (!text) return null;
  try {
    return JSON.parse(text) as StoredSnapshot;
  } catch {
    console.warn(`Ignoring unreadable snapshot ${key}`);
    return null;
  }
}

/** Returns the snapshot of the latest summary before `weekStart`, to report what changed. */
export function previousSnapshot(weekStart: string): TimelinessSnapshot | null {
  const last = readSnapshot(SNAPSHOT_KEY);
  if (last && last.weekStart < weekStart) return last.data;
  const previous = readSnapshot(PREVIOUS_SNAPSHOT_KEY);
  return previous && previous.weekStart < weekStart ? previous.data : null;
}

export function storeSnapshot(state: PlanState, weekStart: string): void {
  const properties = PropertiesService.getDocumentProperties();
  const text = JSON.stringify({
    weekStart,
    data: snapshot(state.tasks, state.today),
  });
  if (text.length > MAX_PROPERTY_BYTES) {
    // NOTE: plans this large lose "what changed since last week" until the snapshot moves to a tab.
    console.warn(
      `Snapshot of ${state.tasks.length} tasks is too large to store (${text.length} bytes)`,
    );
    return;
  }
  const last = readSnapshot(SNAPSHOT_KEY);
  if (last && last.weekStart < weekStart)
    properties.setProperty(PREVIOUS_SNAPSHOT_KEY, JSON.stringify(last));
  properties.setProperty(SNAPSHOT_KEY, text);
}

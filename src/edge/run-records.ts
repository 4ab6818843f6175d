// Run records: the end of each trigger handler's last run, kept in the document properties
// for the automation status view. A run stores a "running" record when it starts, so a run that
// Apps Script stopped (time limit, quota) still shows up as unfinished.

export interface RunRecord {
  at: number;
  ok: boolean;
  message: string;
  /** Set by the start record; cleared when the run ends. */
  running?: boolean;
}

const RUN_PREFIX = 'run:';

/** Stores how a handler's last run ended, for the automation status view. */
export function recordRun(handler: string, record: RunRecord): void {
  PropertiesService.getDocumentProperties().setProperty(
    RUN_PREFIX + handler,
    JSON.stringify(record),
  );
}

export function recordStart(handler: string): void {
  recordRun(handler, {
    at: Date.now(),
    ok: false,
    running: true,
    message: 'Đang chạy',
  });
}

export function lastRuns(): Map<string, RunRecord> {
  const all = PropertiesService.getDocumentProperties().getProperties();
  const runs = new Map<string, RunRecord>();
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(RUN_PREFIX)) continue;
    try {
      runs.set(key.slice(RUN_PREFIX.length), JSON.parse(value) as RunRecord);
    } catch {
      console.warn(`Ignoring unreadable run record ${key}`);
    }
  }
  return runs;
}

// The timeliness snapshot stored with each weekly summary, so the next summary can report
// what changed since last week. Two are kept: the latest, and the one before it, because a
// summary sent again in the same week must still compare against the previous week.
// Both live as one JSON document in the hidden tab of data-sheet.ts. At 100,000 tasks and about
// 20 characters a task (an estimate) that is 4 MB, and a document property can contain 9 KB.
import {TimelinessSnapshot} from '../core/report-model';
import {snapshot} from '../core/weekly';
import {readDataText, writeDataText} from './data-sheet';
import {PlanState} from './state';

/** Document properties where versions before the hidden tab kept the snapshots. */
const LEGACY_LAST_KEY = 'snapshot:last';
const LEGACY_PREVIOUS_KEY = 'snapshot:previous';
const FORMAT_VERSION = 1;

interface StoredSnapshot {
  weekStart: string;
  data: TimelinessSnapshot;
}

interface SnapshotDocument {
  version: number;
  last: StoredSnapshot | null;
  previous: StoredSnapshot | null;
}

interface LoadedSnapshots {
  document: SnapshotDocument;
  /** Rows of the tab the next write must cover, so no old piece is left behind. */
  usedRows: number;
  /** Whether legacy properties exist, which the next write to the tab deletes. */
  legacyFound: boolean;
}

/**
 * The snapshots this execution read. The summary reads them before sending and writes them
 * after, under one document lock, and Apps Script starts every execution with fresh globals,
 * so the copy cannot be stale and saves reading a large tab twice.
 */
let loaded: LoadedSnapshots | null = null;

function isStoredSnapshot(value: unknown): value is StoredSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<StoredSnapshot>;
  return (
    typeof candidate.weekStart === 'string' &&
    typeof candidate.data === 'object' &&
    candidate.data !== null
  );
}

function parseSnapshot(
  text: string | null,
  source: string,
): StoredSnapshot | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (isStoredSnapshot(value)) return value;
  } catch {
    // Reported below, like a value of the wrong shape.
  }
  console.warn(`Ignoring unreadable snapshot in ${source}`);
  return null;
}

function parseDocument(text: string): SnapshotDocument | null {
  try {
    const value = JSON.parse(text) as Partial<SnapshotDocument>;
    if (value.version !== FORMAT_VERSION) return null;
    const last = value.last ?? null;
    const previous = value.previous ?? null;
    if (last !== null && !isStoredSnapshot(last)) return null;
    if (previous !== null && !isStoredSnapshot(previous)) return null;
    return {version: FORMAT_VERSION, last, previous};
  } catch {
    return null;
  }
}

/** Reads the snapshots written by versions that kept them in document properties. */
function readLegacyProperties(): {
  document: SnapshotDocument;
  legacyFound: boolean;
} {
  const properties = PropertiesService.getDocumentProperties();
  const lastText = properties.getProperty(LEGACY_LAST_KEY);
  const previousText = properties.getProperty(LEGACY_PREVIOUS_KEY);
  return {
    document: {
      version: FORMAT_VERSION,
      last: parseSnapshot(lastText, LEGACY_LAST_KEY),
      previous: parseSnapshot(previousText, LEGACY_PREVIOUS_KEY),
    },
    legacyFound: lastText !== null || previousText !== null,
  };
}

/** Reads the tab, or the legacy properties until the first write to the tab. */
function loadSnapshots(): LoadedSnapshots {
  if (loaded) return loaded;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const stored = readDataText(spreadsheet);
  const document = stored.text === null ? null : parseDocument(stored.text);
  if (stored.text !== null && document === null)
    console.warn('Ignoring unreadable snapshots in the hidden data tab');
  loaded =
    document !== null
      ? {document, usedRows: stored.usedRows, legacyFound: false}
      : {...readLegacyProperties(), usedRows: stored.usedRows};
  return loaded;
}

/** Returns the snapshot of the latest summary before `weekStart`, to report what changed. */
export function previousSnapshot(weekStart: string): TimelinessSnapshot | null {
  const {last, previous} = loadSnapshots().document;
  if (last && last.weekStart < weekStart) return last.data;
  return previous && previous.weekStart < weekStart ? previous.data : null;
}

/**
 * Stores this week's snapshot as the latest. The latest of an earlier week becomes the
 * previous one, but a summary sent again in the same week replaces only the latest.
 */
export function storeSnapshot(state: PlanState, weekStart: string): void {
  const current = loadSnapshots();
  const {last, previous} = current.document;
  const document: SnapshotDocument = {
    version: FORMAT_VERSION,
    last: {weekStart, data: snapshot(state.tasks, state.today)},
    previous: last && last.weekStart < weekStart ? last : previous,
  };
  const json = JSON.stringify(document);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  try {
    writeDataText(spreadsheet, json, current.usedRows);
  } catch (error) {
    // The summary has gone out and only next week's comparison is lost, so the run goes on.
    console.error(
      `Storing the snapshot of ${state.tasks.length} tasks (${json.length} characters) failed: ${String(error)}`,
    );
    return;
  }
  if (current.legacyFound) {
    const properties = PropertiesService.getDocumentProperties();
    properties.deleteProperty(LEGACY_LAST_KEY);
    properties.deleteProperty(LEGACY_PREVIOUS_KEY);
  }
  loaded = null;
}

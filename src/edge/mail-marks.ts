// The exactly-once record of the Friday emails: one mark per email key (week, kind, unit) in
// the hidden data tab (mark-column.ts). A key is marked "sending" just before MailApp is called and "sent"
// right after, so a run that dies in between leaves "sending", which later runs treat as sent:
// a possible gap is reported, a duplicate is never sent. Runs hold the document lock, so a
// "sending" mark seen by a run always comes from a run that has ended.
import {MarkColumn} from './mark-column';
import {MailKind} from './messages';

/** Prefix of the document properties where versions before the data tab kept each mark. */
const LEGACY_PREFIX = 'mail:';
/**
 * Marks of weeks older than this many weeks are deleted once the ledger has them. Only this
 * week's marks guard against duplicates, and the last week's cover a resume run that ends
 * after Sunday midnight. The "Thư đã gửi" tab keeps the history, and every mark kept is
 * read by every Friday run.
 */
const KEEP_WEEKS = 1;

export type MarkState =
  /** Not attempted yet: quota, time budget or a busy lock stopped the run. */
  | 'pending'
  /** MailApp was called and the run ended before the result was stored. */
  | 'sending'
  | 'sent'
  /** The last attempt failed; `permanent` is set when a retry cannot help. */
  | 'failed'
  /** Still pending or failed when its week ended, so it will not be sent. */
  | 'expired';

export interface MailMark {
  state: MarkState;
  /** When the state was set, ms since epoch. */
  at: number;
  kind: MailKind;
  weekStart: string;
  weekLabel: string;
  unitName: string;
  to: string[];
  subject: string;
  error?: string;
  permanent?: boolean;
  /** Failed attempts so far, across runs. */
  tries?: number;
  /** Set when "sending" was found after its run ended: the send may or may not have happened. */
  unconfirmed?: boolean;
  /** Whether "Thư đã gửi" already has the row of this state. */
  logged?: boolean;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

/** All marks, read with one getValues, and those still in the document properties. */
export class MarkStore {
  readonly marks: Map<string, MailMark>;
  private readonly column: MarkColumn;
  /** Marks read from document properties, with the names of those properties. */
  private readonly legacy: {
    moved: Array<[string, MailMark]>;
    properties: string[];
  };

  constructor(
    spreadsheet: Spreadsheet,
    private readonly properties: Properties,
  ) {
    this.column = new MarkColumn(spreadsheet);
    this.marks = this.column.read();
    this.legacy = {moved: [], properties: []};
    for (const [property, value] of Object.entries(
      properties.getProperties(),
    )) {
      if (!property.startsWith(LEGACY_PREFIX)) continue;
      this.legacy.properties.push(property);
      const key = property.slice(LEGACY_PREFIX.length);
      // A mark already in the tab was written after the property.
      if (this.marks.has(key)) continue;
      try {
        const mark: MailMark = JSON.parse(value);
        this.marks.set(key, mark);
        this.legacy.moved.push([key, mark]);
      } catch {
        console.warn(`Dropping unreadable mail mark ${property}`);
      }
    }
  }

  /**
   * Writes the marks an earlier version kept in the document properties into the tab, then
   * deletes those properties, so a run that stops in between finds them again. Runs only
   * under the document lock, like every other write.
   */
  moveLegacy(): void {
    if (this.legacy.properties.length === 0) return;
    this.column.writeAll(this.legacy.moved, this.marks);
    for (const property of this.legacy.properties)
      this.properties.deleteProperty(property);
    console.info(
      `Moved ${this.legacy.moved.length} mail marks to the hidden data tab`,
    );
    this.legacy.moved = [];
    this.legacy.properties = [];
  }

  get(key: string): MailMark | undefined {
    return this.marks.get(key);
  }

  /** Stores one mark at once, because it must survive the run dying right after. */
  put(key: string, mark: MailMark): void {
    this.marks.set(key, mark);
    this.column.write(key, mark);
  }

  /** Stores several marks with one write. */
  putAll(entries: Array<[string, MailMark]>): void {
    if (entries.length === 0) return;
    for (const [key, mark] of entries) this.marks.set(key, mark);
    this.column.writeAll(entries, this.marks);
  }

  /**
   * Settles what ended runs left: "sending" becomes an unconfirmed "sent", and pending or
   * failed emails of weeks before `currentWeek` expire. Returns the keys it changed.
   */
  settle(currentWeek: string, now: number): string[] {
    const changed: Array<[string, MailMark]> = [];
    for (const [key, mark] of this.marks) {
      if (mark.state === 'sending') {
        changed.push([
          key,
          {...mark, state: 'sent', unconfirmed: true, logged: false},
        ]);
      } else if (
        (mark.state === 'pending' || mark.state === 'failed') &&
        mark.weekStart < currentWeek
      ) {
        changed.push([
          key,
          {
            ...mark,
            state: 'expired',
            at: now,
            error:
              `Không gửi được trước khi hết tuần. ${mark.error ?? ''}`.trim(),
            logged: false,
          },
        ]);
      }
    }
    this.putAll(changed);
    return changed.map(([key]) => key);
  }

  /** Deletes marks of weeks before `currentWeek` minus KEEP_WEEKS that the ledger has. */
  prune(currentWeek: string): void {
    const limit = weeksBefore(currentWeek, KEEP_WEEKS);
    let deleted = false;
    for (const [key, mark] of [...this.marks]) {
      if (mark.weekStart < limit && mark.logged) {
        this.marks.delete(key);
        deleted = true;
      }
    }
    if (deleted) this.column.replaceAll(this.marks);
  }

  /** Marks whose current state has no row in "Thư đã gửi" yet. */
  unlogged(): Array<[string, MailMark]> {
    return [...this.marks].filter(([, mark]) => !mark.logged);
  }

  /** Emails that failed for good, expired or may not have gone out, for the summary. */
  problems(): Array<[string, MailMark]> {
    return [...this.marks].filter(
      ([, mark]) =>
        (mark.state === 'failed' && mark.permanent) ||
        mark.state === 'expired' ||
        mark.unconfirmed === true,
    );
  }
}

function weeksBefore(monday: string, weeks: number): string {
  const date = new Date(`${monday}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 7 * weeks);
  return date.toISOString().slice(0, 10);
}

// The exactly-once record of the Friday emails: one mark per email key (week, kind, unit) in
// the document properties. A key is marked "sending" just before MailApp is called and "sent"
// right after, so a run that dies in between leaves "sending", which later runs treat as sent:
// a possible gap is reported, a duplicate is never sent. Runs hold the document lock, so a
// "sending" mark seen by a run always comes from a run that has ended.
import {MailKind} from './messages';

const KEY_PREFIX = 'mail:';
/**
 * Marks of weeks older than this many weeks are deleted once the ledger has them. Only this
 * week's marks guard against duplicates, and the last week's cover a resume run that ends
 * after Sunday midnight. The "Thư đã gửi" tab keeps the history. Document properties hold
 * 500 KB in all, so every week kept costs a few hundred bytes per unit.
 */
// NOTE: with about 3,000 units one week's marks alone pass the 500 KB, and the reminder run
// fails with the property storage quota error. Marks that large belong in the data tab.
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

type Properties = GoogleAppsScript.Properties.Properties;

/** All marks, read with one getProperties call. */
export class MarkStore {
  readonly marks = new Map<string, MailMark>();

  constructor(private readonly properties: Properties) {
    for (const [key, value] of Object.entries(properties.getProperties())) {
      if (!key.startsWith(KEY_PREFIX)) continue;
      try {
        this.marks.set(key.slice(KEY_PREFIX.length), JSON.parse(value));
      } catch {
        console.warn(`Ignoring unreadable mail mark ${key}`);
      }
    }
  }

  get(key: string): MailMark | undefined {
    return this.marks.get(key);
  }

  /** Stores one mark at once, because it must survive the run dying right after. */
  put(key: string, mark: MailMark): void {
    this.marks.set(key, mark);
    this.properties.setProperty(KEY_PREFIX + key, JSON.stringify(mark));
  }

  /** Stores several marks with one call. */
  putAll(entries: Array<[string, MailMark]>): void {
    if (entries.length === 0) return;
    const batch: Record<string, string> = {};
    for (const [key, mark] of entries) {
      this.marks.set(key, mark);
      batch[KEY_PREFIX + key] = JSON.stringify(mark);
    }
    this.properties.setProperties(batch);
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
    for (const [key, mark] of [...this.marks]) {
      if (mark.weekStart < limit && mark.logged) {
        this.properties.deleteProperty(KEY_PREFIX + key);
        this.marks.delete(key);
      }
    }
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

// Sends the Friday emails once per key, using the marks of mail-marks.ts: an email whose key
// is marked sent (or "sending", left by a run that died) is skipped, and one that is pending
// or failed is sent again. Before each send the run checks the daily recipient quota and its
// time budget, and stops cleanly when either is short, leaving the rest marked pending for
// the resume trigger. The first email of an execution may start after the budget, up to a
// later limit, so a run whose plan read used up the budget still sends one. The caller holds
// the document lock.
// NOTE: a run stopped after marking "sending" but before MailApp sent leaves an email that is
// never sent. The time budget keeps runs clear of the 6-minute stop, and the ledger and the
// summary list such an email as unconfirmed so someone can check.
import {MailMark, MarkStore} from './mail-marks';
import {OutgoingMail} from './messages';

const SENDER_NAME = 'Tiện ích theo dõi NQ57';
/** Attempts per email and run for transient errors, with 1 s then 2 s between them. */
const MAX_TRIES = 3;

/** Messages Apps Script throws for problems that a retry in a moment cannot fix. */
const PERMANENT = [/invalid email/i, /limit exceeded/i, /permission/i];
const QUOTA_EXHAUSTED = /too many times for one day/i;
// NOTE: the text "Invalid email: x" is the emulator's; Apps Script's exact wording is unverified.
// Another wording still fails the email for good, it just does not drop the one address.
const INVALID_ADDRESS = /invalid email:\s*(\S+)/i;

export type DeferReason = 'quota' | 'time';

export interface SendOutcome {
  sent: OutgoingMail[];
  /** Sent by an earlier run, failed for good with the same recipients, or expired. */
  skipped: OutgoingMail[];
  failed: Array<{mail: OutgoingMail; error: string; permanent: boolean}>;
  /** Not attempted because the quota or the time budget ran out; the next run sends them. */
  deferred: Array<{mail: OutgoingMail; reason: DeferReason}>;
  /** Not sent because this run may only finish emails that earlier runs left. */
  notDue: OutgoingMail[];
  /** Emails this call started to send, whether they went out, failed or hit the quota. */
  started: number;
}

export interface SendOptions {
  /** Whether an email with no mark yet may be sent by this run. */
  allowFresh(mail: OutgoingMail): boolean;
  /** Recipients of the daily quota that reminders must leave for the week's summary. */
  reservedForSummary: number;
  /** Instant after which no new email is started (the run's time budget). */
  stopAt: number;
  /**
   * Instant until which the first email of this call may start even after `stopAt`. It is
   * null once the execution has started an email, so that an execution starts at most one
   * email after its budget.
   */
  firstMailStopAt: number | null;
}

export function emptyOutcome(): SendOutcome {
  return {
    sent: [],
    skipped: [],
    failed: [],
    deferred: [],
    notDue: [],
    started: 0,
  };
}

/** Returns the instant after which this call starts no more emails. */
function startLimit(options: SendOptions, started: number): number {
  if (started > 0 || options.firstMailStopAt === null) return options.stopAt;
  return Math.max(options.stopAt, options.firstMailStopAt);
}

function markOf(
  mail: OutgoingMail,
  state: MailMark['state'],
  extra: Partial<MailMark> = {},
): MailMark {
  return {
    state,
    at: Date.now(),
    kind: mail.kind,
    weekStart: mail.weekStart,
    weekLabel: mail.weekLabel,
    unitName: mail.unitName,
    to: mail.to,
    subject: mail.subject,
    logged: false,
    ...extra,
  };
}

function sameRecipients(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((address, i) => address === b[i]);
}

/** Tells whether an earlier run settled this email for good. */
function settled(mark: MailMark | undefined, mail: OutgoingMail): boolean {
  if (!mark) return false;
  if (mark.state === 'sent' || mark.state === 'sending') return true;
  if (mark.state === 'expired') return true;
  // A permanent failure is retried only once someone has changed the addresses.
  return (
    mark.state === 'failed' &&
    mark.permanent === true &&
    sameRecipients(mark.to, mail.to)
  );
}

interface Attempt {
  error: string | null;
  permanent: boolean;
  quotaExhausted: boolean;
  /** Recipients after dropping addresses that MailApp rejected. */
  to: string[];
  rejected: string[];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Sends with retries and exponential backoff; drops an address MailApp rejects and goes on. */
function sendWithRetry(mail: OutgoingMail): Attempt {
  const attempt: Attempt = {
    error: null,
    permanent: false,
    quotaExhausted: false,
    to: [...mail.to],
    rejected: [],
  };
  let tries = 0;
  while (tries < MAX_TRIES && attempt.to.length > 0) {
    try {
      MailApp.sendEmail({
        to: attempt.to.join(','),
        subject: mail.subject,
        body: mail.text,
        htmlBody: mail.html,
        name: SENDER_NAME,
      });
      attempt.error = null;
      return attempt;
    } catch (error) {
      attempt.error = messageOf(error);
      const invalid = INVALID_ADDRESS.exec(attempt.error)?.[1];
      if (invalid && attempt.to.includes(invalid)) {
        attempt.rejected.push(invalid);
        attempt.to = attempt.to.filter(address => address !== invalid);
        continue;
      }
      tries++;
      console.warn(
        `Sending ${mail.key} failed (try ${tries}): ${attempt.error}`,
      );
      attempt.quotaExhausted = QUOTA_EXHAUSTED.test(attempt.error);
      attempt.permanent = PERMANENT.some(pattern =>
        pattern.test(attempt.error!),
      );
      if (attempt.permanent || attempt.quotaExhausted) return attempt;
      if (tries < MAX_TRIES) Utilities.sleep(1000 * 2 ** (tries - 1));
    }
  }
  if (attempt.to.length === 0) attempt.permanent = true;
  return attempt;
}

/** Sends `mails` in order, skipping those settled earlier; see the file comment. */
export function sendOnce(
  store: MarkStore,
  mails: OutgoingMail[],
  options: SendOptions,
): SendOutcome {
  const outcome = emptyOutcome();
  const todo = mails.filter(mail => {
    if (settled(store.get(mail.key), mail)) outcome.skipped.push(mail);
    else if (!store.get(mail.key) && !options.allowFresh(mail))
      outcome.notDue.push(mail);
    else return true;
    return false;
  });
  let quota = todo.length > 0 ? MailApp.getRemainingDailyQuota() : 0;
  let stopped: DeferReason | null = null;

  for (const mail of todo) {
    const reserve = mail.kind === 'reminder' ? options.reservedForSummary : 0;
    if (stopped === null && Date.now() >= startLimit(options, outcome.started))
      stopped = 'time';
    if (stopped !== null || mail.to.length > quota - reserve) {
      outcome.deferred.push({mail, reason: stopped ?? 'quota'});
      continue;
    }
    store.put(mail.key, markOf(mail, 'sending'));
    outcome.started++;
    const attempt = sendWithRetry(mail);
    const sentTo = {...mail, to: attempt.to};
    const rejected =
      attempt.rejected.length > 0
        ? `MailApp từ chối địa chỉ: ${attempt.rejected.join(', ')}.`
        : undefined;
    if (attempt.error === null) {
      quota -= attempt.to.length;
      store.put(mail.key, markOf(sentTo, 'sent', {error: rejected}));
      outcome.sent.push(sentTo);
    } else if (attempt.quotaExhausted) {
      quota = 0;
      outcome.deferred.push({mail, reason: 'quota'});
    } else {
      const tries = (store.get(mail.key)?.tries ?? 0) + 1;
      const error = [rejected, attempt.error].filter(Boolean).join(' ');
      store.put(
        mail.key,
        markOf(mail, 'failed', {error, permanent: attempt.permanent, tries}),
      );
      outcome.failed.push({mail, error, permanent: attempt.permanent});
    }
  }
  store.putAll(
    outcome.deferred.map(({mail, reason}) => [
      mail.key,
      markOf(mail, 'pending', {
        error:
          reason === 'quota'
            ? 'Hết hạn mức người nhận thư trong ngày; lần chạy sau sẽ gửi tiếp.'
            : 'Lần chạy gần hết thời gian cho phép; lần chạy sau sẽ gửi tiếp.',
        tries: store.get(mail.key)?.tries,
      }),
    ]),
  );
  return outcome;
}

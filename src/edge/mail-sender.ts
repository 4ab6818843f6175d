// Sends the Friday emails exactly once. Each email has a key (week, kind, unit). Before a send
// the key is marked "sending" in the document properties and after it "sent"; a rerun skips
// every key marked either way, so a trigger that fires twice, a "send now" click during a run,
// or a run that dies after sending never sends a duplicate. A send that throws is marked
// "failed" and retried by the next run, so none is skipped. Every attempt is recorded in the
// "Thư đã gửi" tab in one batched write per run.
import {instantValue, CellValue} from '../workbook/cell-value';
import {MAIL_TAB} from '../workbook/schema';
import {mapHeaders} from '../workbook/table';
import {OutgoingMail} from './messages';
import {readTab, toSheetRows} from './sheet-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const KEY_PREFIX = 'mail:';
const SENDER_NAME = 'Tiện ích theo dõi NQ57';
const MAX_TRIES = 3;

/** Stop sending when this much of Apps Script's six minutes is used, to record safely. */
export const TIME_BUDGET_MS = 4.5 * 60 * 1000;

type MailState = 'sending' | 'sent' | 'failed';

interface MailMark {
  state: MailState;
  at: number;
  error?: string;
}

export interface SendOutcome {
  sent: OutgoingMail[];
  /** Already sent by an earlier run (or by a run that died after sending). */
  skipped: OutgoingMail[];
  failed: Array<{mail: OutgoingMail; error: string}>;
  /** Not attempted: the daily quota or the time budget ran out; the next run sends them. */
  deferred: OutgoingMail[];
}

/** Messages Apps Script throws for problems that a retry in a moment cannot fix. */
const PERMANENT = [
  /invalid email/i,
  /limit exceeded/i,
  /too many times for one day/i,
  /permission/i,
];

function isPermanent(error: string): boolean {
  return PERMANENT.some(pattern => pattern.test(error));
}

function readMarks(
  properties: GoogleAppsScript.Properties.Properties,
): Map<string, MailMark> {
  const marks = new Map<string, MailMark>();
  for (const [key, value] of Object.entries(properties.getProperties())) {
    if (!key.startsWith(KEY_PREFIX)) continue;
    try {
      marks.set(key.slice(KEY_PREFIX.length), JSON.parse(value) as MailMark);
    } catch {
      console.warn(`Ignoring unreadable mail mark ${key}`);
    }
  }
  return marks;
}

function send(mail: OutgoingMail): void {
  MailApp.sendEmail({
    to: mail.to.join(','),
    subject: mail.subject,
    body: mail.text,
    htmlBody: mail.html,
    name: SENDER_NAME,
  });
}

/** Sends with retries and exponential backoff; returns the last error, or null on success. */
function sendWithRetry(mail: OutgoingMail): string | null {
  let lastError = '';
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    try {
      send(mail);
      return null;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      console.warn(
        `Sending ${mail.key} failed (attempt ${attempt + 1}): ${lastError}`,
      );
      if (isPermanent(lastError)) break;
      if (attempt + 1 < MAX_TRIES) Utilities.sleep(1000 * 2 ** attempt);
    }
  }
  return lastError;
}

/**
 * Sends `mails` in order, skipping those already sent. The caller holds the document lock.
 * `startedAt` is when the run began, for the time budget.
 */
export function sendOnce(
  spreadsheet: Spreadsheet,
  mails: OutgoingMail[],
  startedAt: number,
): SendOutcome {
  const properties = PropertiesService.getDocumentProperties();
  const marks = readMarks(properties);
  const outcome: SendOutcome = {
    sent: [],
    skipped: [],
    failed: [],
    deferred: [],
  };
  const ledger: CellValue[][] = [];
  let quota = mails.length > 0 ? MailApp.getRemainingDailyQuota() : 0;

  for (const mail of mails) {
    const mark = marks.get(mail.key);
    if (mark && (mark.state === 'sent' || mark.state === 'sending')) {
      outcome.skipped.push(mail);
      continue;
    }
    if (mail.to.length > quota || Date.now() - startedAt > TIME_BUDGET_MS) {
      outcome.deferred.push(mail);
      continue;
    }
    properties.setProperty(
      KEY_PREFIX + mail.key,
      JSON.stringify({state: 'sending', at: Date.now()}),
    );
    const error = sendWithRetry(mail);
    const at = Date.now();
    if (error === null) {
      quota -= mail.to.length;
      properties.setProperty(
        KEY_PREFIX + mail.key,
        JSON.stringify({state: 'sent', at}),
      );
      outcome.sent.push(mail);
    } else {
      properties.setProperty(
        KEY_PREFIX + mail.key,
        JSON.stringify({state: 'failed', at, error}),
      );
      outcome.failed.push({mail, error});
    }
    ledger.push(ledgerRow(mail, at, error));
  }
  for (const mail of outcome.deferred)
    ledger.push(
      ledgerRow(
        mail,
        Date.now(),
        'Chưa gửi: hết hạn mức thư trong ngày hoặc hết thời gian chạy; lần chạy sau sẽ gửi tiếp.',
      ),
    );
  appendLedger(spreadsheet, ledger);
  return outcome;
}

function ledgerRow(
  mail: OutgoingMail,
  at: number,
  error: string | null,
): CellValue[] {
  const kind = mail.kind === 'reminder' ? 'Nhắc báo cáo' : 'Tổng hợp tuần';
  const result =
    error === null
      ? 'Đã gửi'
      : error.startsWith('Chưa gửi')
        ? 'Chờ gửi'
        : 'Lỗi';
  return [
    mail.key,
    kind,
    mail.weekLabel,
    mail.unitName,
    mail.to.join(', '),
    mail.subject,
    instantValue(at),
    result,
    error ?? '',
  ];
}

/** Appends rows to "Thư đã gửi" in the order of the tab's current headers. */
function appendLedger(spreadsheet: Spreadsheet, rows: CellValue[][]): void {
  if (rows.length === 0) return;
  const sheet =
    spreadsheet.getSheetByName(MAIL_TAB.name) ??
    spreadsheet.insertSheet(MAIL_TAB.name);
  const header =
    sheet.getLastRow() === 0
      ? []
      : sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const headers = mapHeaders(MAIL_TAB, header);
  if (headers.missing.length > 0) {
    sheet
      .getRange(1, 1, 1, MAIL_TAB.columns.length)
      .setValues([MAIL_TAB.columns.map(c => c.header)]);
  }
  const ordered =
    headers.missing.length > 0
      ? rows
      : rows.map(row => {
          const line: CellValue[] = new Array(headers.width).fill('');
          MAIL_TAB.columns.forEach(
            (column, i) => (line[headers.index.get(column.key)!] = row[i]),
          );
          return line;
        });
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const start = sheet.getLastRow() + 1;
  sheet
    .getRange(start, 1, ordered.length, ordered[0].length)
    .setValues(toSheetRows(ordered, timeZone));
}

/** Reads how many emails of a week were recorded, for the status view. */
export function ledgerSize(spreadsheet: Spreadsheet): number {
  const sheet = spreadsheet.getSheetByName(MAIL_TAB.name);
  return sheet ? Math.max(0, readTab(sheet).length - 1) : 0;
}

// Builds the Friday emails from the plan's state: the data comes from the domain, the bodies
// from the HTML templates. Nothing here calls an Apps Script service, so the preview menu item
// shows exactly what the triggers send.
import {isEmail} from '../workbook/cells';
import {RecipientProblem, TimelinessSnapshot} from '../core/report-model';
import {buildReminders, buildWeeklySummary} from '../core/weekly';
import {reminderEmail} from '../html/email/reminder';
import {summaryEmail} from '../html/email/summary';
import {isPartner} from '../plan';
import {PlanState} from './state';

export type MailKind = 'reminder' | 'summary';

export interface OutgoingMail {
  /** Identifies the email across runs: week, kind and recipient unit. */
  key: string;
  kind: MailKind;
  weekLabel: string;
  weekStart: string;
  unitName: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
}

/** Apps Script accepts at most 50 recipients in one message. */
export const MAX_RECIPIENTS = 50;

/** Unit part of the summary's key: the standing office receives it. */
export const SUMMARY_KEY_UNIT = 'VP';

export function mailKey(
  weekStart: string,
  kind: MailKind,
  unit: string,
): string {
  return `${weekStart}|${kind}|${unit}`;
}

/**
 * Splits a message whose recipients exceed the per-message limit into several. The first
 * part keeps the email's key, so a list that grows past the limit does not resend it.
 */
function chunked(mail: OutgoingMail): OutgoingMail[] {
  if (mail.to.length <= MAX_RECIPIENTS) return [mail];
  const parts: OutgoingMail[] = [];
  for (let i = 0; i < mail.to.length; i += MAX_RECIPIENTS) {
    const part = i / MAX_RECIPIENTS;
    parts.push({
      ...mail,
      key: part === 0 ? mail.key : `${mail.key}#${part + 1}`,
      to: mail.to.slice(i, i + MAX_RECIPIENTS),
    });
  }
  return parts;
}

export interface ReminderMails {
  mails: OutgoingMail[];
  /** Units that have no valid address, so they get no reminder. */
  problems: RecipientProblem[];
  /** Codes of every unit due a reminder this week, with or without an address. */
  unitCodes: Set<string>;
}

/** Builds one reminder per unit that has open work or has not reported this week. */
export function reminderMails(
  state: PlanState,
  spreadsheetUrl: string,
): ReminderMails {
  const units = state.units.filter(unit => !isPartner(unit));
  const reminders = buildReminders({
    config: state.config,
    units,
    tasks: state.tasks,
    reports: state.reports,
    today: state.today,
  });
  const mails: OutgoingMail[] = [];
  const problems: RecipientProblem[] = [];
  const unitCodes = new Set<string>();
  for (const reminder of reminders) {
    unitCodes.add(reminder.unit.code);
    const to = [
      ...new Set(reminder.recipients.map(address => address.toLowerCase())),
    ].filter(isEmail);
    if (to.length === 0) {
      problems.push({
        owner: reminder.unit.name,
        address: '',
        problem: 'Chưa có địa chỉ email hợp lệ ở tab "Đơn vị"',
      });
      continue;
    }
    const parts = reminderEmail(reminder, {spreadsheetUrl});
    mails.push(
      ...chunked({
        key: mailKey(reminder.week.monday, 'reminder', reminder.unit.code),
        kind: 'reminder',
        weekLabel: reminder.week.label,
        weekStart: reminder.week.monday,
        unitName: reminder.unit.name,
        to,
        ...parts,
      }),
    );
  }
  return {mails, problems, unitCodes};
}

export function summaryRecipients(state: PlanState): string[] {
  const all = [
    ...state.config.standingOfficeEmails,
    ...state.config.summaryRecipients,
  ];
  return [...new Set(all.map(address => address.toLowerCase()))].filter(
    isEmail,
  );
}

/** Builds the weekly summary for the standing office and the configured recipients. */
export function summaryMail(
  state: PlanState,
  spreadsheetUrl: string,
  previous: TimelinessSnapshot | null,
  problems: RecipientProblem[],
): OutgoingMail[] {
  const summary = buildWeeklySummary({
    config: state.config,
    units: state.units.filter(unit => !isPartner(unit)),
    tasks: state.tasks,
    reports: state.reports,
    today: state.today,
    indicators: state.indicators,
    previous,
    recipientProblems: problems,
  });
  const to = summaryRecipients(state);
  if (to.length === 0) return [];
  const parts = summaryEmail(summary, {spreadsheetUrl});
  return chunked({
    key: mailKey(summary.week.monday, 'summary', SUMMARY_KEY_UNIT),
    kind: 'summary',
    weekLabel: summary.week.label,
    weekStart: summary.week.monday,
    unitName: 'Văn phòng Đảng ủy',
    to,
    ...parts,
  });
}

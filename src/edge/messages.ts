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

export function mailKey(
  weekStart: string,
  kind: MailKind,
  unit: string,
  part = 0,
): string {
  return `${weekStart}|${kind}|${unit}${part > 0 ? `#${part + 1}` : ''}`;
}

/** Splits a message whose recipients exceed the per-message limit into several. */
function chunked(mail: OutgoingMail): OutgoingMail[] {
  if (mail.to.length <= MAX_RECIPIENTS) return [mail];
  const parts: OutgoingMail[] = [];
  for (let i = 0; i < mail.to.length; i += MAX_RECIPIENTS) {
    const part = i / MAX_RECIPIENTS;
    parts.push({
      ...mail,
      key: `${mail.key}#${part + 1}`,
      to: mail.to.slice(i, i + MAX_RECIPIENTS),
    });
  }
  return parts;
}

export function reminderMails(
  state: PlanState,
  spreadsheetUrl: string,
): {mails: OutgoingMail[]; problems: RecipientProblem[]} {
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
  for (const reminder of reminders) {
    const to = reminder.recipients.filter(isEmail);
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
  return {mails, problems};
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
    key: mailKey(summary.week.monday, 'summary', 'VP'),
    kind: 'summary',
    weekLabel: summary.week.label,
    weekStart: summary.week.monday,
    unitName: 'Văn phòng Đảng ủy',
    to,
    ...parts,
  });
}

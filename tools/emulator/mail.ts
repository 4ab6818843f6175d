// MailApp: sends into an outbox, with the daily recipient quota and per-message limits.

import {Blob} from './blob';
import {DailyQuota, record, type ServiceEnv} from './env';
import {Exception, SCOPES, requireAuthorization} from './exception';

export interface MailAttachment {
  name: string;
  contentType: string;
  bytes: Buffer;
}

export interface SentMail {
  sentAt: Date;
  /** The sending account: the effective user, or a noreply address when noReply is set. */
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply: boolean;
  attachments: MailAttachment[];
}

export const MAX_RECIPIENTS_PER_MESSAGE = 50;
export const DAILY_RECIPIENTS = {consumer: 100, workspace: 1500};
export const MAX_BODY_BYTES = {consumer: 200 * 1024, workspace: 400 * 1024};

const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]+$/;

interface MailOptions {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments?: unknown[];
}

/** Splits 'a@x.vn, Tên <b@x.vn>' into bare addresses, rejecting invalid ones. */
export function parseRecipients(list: string | undefined): string[] {
  if (!list) return [];
  return String(list)
    .split(',')
    .map(part => part.trim())
    .filter(part => part !== '')
    .map(part => {
      const address = /<([^>]*)>\s*$/.exec(part)?.[1].trim() ?? part;
      // NOTE: Apps Script's exact text for a malformed address is unverified.
      if (!ADDRESS.test(address))
        throw new Exception(`Invalid email: ${address}`);
      return address;
    });
}

/** Reads the sendEmail overloads into one options object. */
function readArguments(args: unknown[]): MailOptions {
  if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) {
    return {...(args[0] as MailOptions)};
  }
  if (args.length === 4 && args.every(a => typeof a === 'string')) {
    const [to, replyTo, subject, body] = args as string[];
    return {to, replyTo, subject, body};
  }
  const [to, subject, body, options] = args as [
    string,
    string,
    string,
    MailOptions?,
  ];
  return {...(options ?? {}), to, subject, body};
}

function attachmentOf(env: ServiceEnv, source: unknown): MailAttachment {
  const blob = env.ctx.counter.uncounted(() =>
    source instanceof Blob ? source : (source as {getBlob(): Blob}).getBlob(),
  );
  return env.ctx.counter.uncounted(() => ({
    name: blob.getName() ?? 'attachment',
    contentType: blob.getContentType() ?? 'application/octet-stream',
    bytes: Buffer.from(blob.emuBytes()),
  }));
}

/** The outbox and the test hook that makes the next sends fail. */
export class MailState {
  readonly outbox: SentMail[] = [];
  readonly quota: DailyQuota;
  private failures: {count: number; message: string} = {count: 0, message: ''};

  constructor(env: ServiceEnv) {
    this.quota = new DailyQuota(env.ctx, DAILY_RECIPIENTS[env.ctx.account]);
  }

  /** Makes the next `count` sendEmail calls throw `message`, as a transient server error. */
  failNext(
    count: number,
    message = "We're sorry, a server error occurred. Please wait a bit and try again.",
  ): void {
    this.failures = {count, message};
  }

  takeFailure(): string | null {
    if (this.failures.count <= 0) return null;
    this.failures.count--;
    return this.failures.message;
  }
}

export function createMailApp(env: ServiceEnv, state: MailState) {
  const {ctx} = env;
  return {
    getRemainingDailyQuota(): number {
      record(ctx, 'MailApp', 'getRemainingDailyQuota');
      requireAuthorization(
        ctx,
        'MailApp.getRemainingDailyQuota',
        SCOPES.sendMail,
      );
      return state.quota.remaining();
    },

    sendEmail(...args: unknown[]): void {
      record(ctx, 'MailApp', 'sendEmail');
      requireAuthorization(ctx, 'MailApp.sendEmail', SCOPES.sendMail);
      const options = readArguments(args);
      const to = parseRecipients(options.to);
      const cc = parseRecipients(options.cc);
      const bcc = parseRecipients(options.bcc);
      const recipients = to.length + cc.length + bcc.length;
      if (recipients === 0)
        throw new Exception('Failed to send email: no recipient');
      if (recipients > MAX_RECIPIENTS_PER_MESSAGE) {
        throw new Exception('Limit Exceeded: Email Recipients Per Message.');
      }
      if (recipients > state.quota.remaining()) {
        throw new Exception(
          'Service invoked too many times for one day: email.',
        );
      }
      const body = String(options.body ?? '');
      const htmlBody =
        options.htmlBody === undefined ? undefined : String(options.htmlBody);
      // NOTE: whether Google measures the plain and HTML bodies together is unverified;
      // the emulator adds them up, which is the stricter reading.
      const size = Buffer.byteLength(body) + Buffer.byteLength(htmlBody ?? '');
      if (size > MAX_BODY_BYTES[ctx.account]) {
        throw new Exception('Limit Exceeded: Email Body Size.');
      }
      const failure = state.takeFailure();
      if (failure !== null) throw new Exception(failure);

      const sender = env.effectiveUser();
      // Google honours noReply only for Workspace accounts.
      const noReply = Boolean(options.noReply) && ctx.account === 'workspace';
      state.quota.consume(recipients);
      state.outbox.push({
        sentAt: new ctx.DateClass(ctx.clock.now()),
        from: noReply ? `noreply@${sender.split('@')[1]}` : sender,
        to,
        cc,
        bcc,
        subject: String(options.subject ?? ''),
        body,
        htmlBody,
        name: options.name,
        replyTo: options.replyTo,
        noReply,
        attachments: (options.attachments ?? []).map(a => attachmentOf(env, a)),
      });
    },
  };
}

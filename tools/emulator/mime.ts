// Writes sent messages as RFC 5322 / MIME .eml files (UTF-8, multipart/alternative).

import {createHash} from 'node:crypto';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {MailAttachment, SentMail} from './mail';
import {formatSimpleDate} from './simple-date-format';

const CRLF = '\r\n';
/**
 * Bytes per encoded word: 36 bytes give 48 base64 characters, so a word plus a header name
 * such as 'Subject: ' stays within the 76-character line limit of RFC 2047.
 */
const WORD_BYTES = 36;
/** Length of each RFC 2231 continuation of a long attachment file name. */
const PARAMETER_CHUNK = 50;

/** Encodes a header text as RFC 2047 encoded words when it is not plain ASCII. */
export function encodeWords(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const words: string[] = [];
  let chunk = '';
  for (const char of text) {
    if (Buffer.byteLength(chunk + char) > WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words
    .map(word => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`)
    .join(CRLF + ' ');
}

function mailbox(address: string, name?: string): string {
  if (!name) return address;
  if (/^[\x20-\x7e]*$/.test(name)) {
    return `"${name.replace(/(["\\])/g, '\\$1')}" <${address}>`;
  }
  return `${encodeWords(name)} <${address}>`;
}

/** Encodes text as quoted-printable with CRLF line ends and soft breaks at 76 characters. */
export function quotedPrintable(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return lines
    .map(line => {
      const bytes = Buffer.from(line, 'utf8');
      const tokens: string[] = [];
      bytes.forEach((byte, index) => {
        const last = index === bytes.length - 1;
        const plain =
          (byte >= 33 && byte <= 126 && byte !== 61) ||
          ((byte === 32 || byte === 9) && !last);
        tokens.push(
          plain
            ? String.fromCharCode(byte)
            : '=' + byte.toString(16).toUpperCase().padStart(2, '0'),
        );
      });
      const out: string[] = [];
      let current = '';
      for (const token of tokens) {
        if (current.length + token.length > 75) {
          out.push(current + '=');
          current = '';
        }
        current += token;
      }
      out.push(current);
      return out.join(CRLF);
    })
    .join(CRLF);
}

function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);
}

function textPart(
  type: string,
  text: string,
  encoding: 'qp' | 'base64',
): string {
  const body =
    encoding === 'qp'
      ? quotedPrintable(text)
      : base64Lines(Buffer.from(text, 'utf8'));
  return [
    `Content-Type: ${type}; charset=UTF-8`,
    `Content-Transfer-Encoding: ${encoding === 'qp' ? 'quoted-printable' : 'base64'}`,
    '',
    body,
  ].join(CRLF);
}

function attachmentPart(attachment: MailAttachment): string {
  const encodedName = encodeURIComponent(attachment.name).replace(
    /['()*]/g,
    c => '%' + c.charCodeAt(0).toString(16).toUpperCase(),
  );
  // RFC 2231 continuations: filename*0*=UTF-8''…; filename*1*=…, never splitting a %XX.
  const chunks: string[] = [];
  let chunk = '';
  for (const token of encodedName.match(/%[0-9A-F]{2}|[^%]/g) ?? []) {
    if (chunk.length + token.length > PARAMETER_CHUNK) {
      chunks.push(chunk);
      chunk = '';
    }
    chunk += token;
  }
  chunks.push(chunk);
  const filename = chunks
    .map((chunk, i) => ` filename*${i}*=${i === 0 ? "UTF-8''" : ''}${chunk}`)
    .join(';' + CRLF);
  return [
    `Content-Type: ${attachment.contentType};${CRLF} name="${encodeWords(attachment.name)}"`,
    'Content-Transfer-Encoding: base64',
    `Content-Disposition: attachment;${CRLF}${filename}`,
    '',
    base64Lines(attachment.bytes),
  ].join(CRLF);
}

function multipart(subtype: string, boundary: string, parts: string[]): string {
  return [
    `Content-Type: multipart/${subtype}; boundary="${boundary}"`,
    '',
    ...parts.map(part => `--${boundary}${CRLF}${part}`),
    `--${boundary}--`,
    '',
  ].join(CRLF);
}

/** Builds the full .eml text of message number `index`, dated in `timeZone`. */
export function buildEml(
  mail: SentMail,
  index: number,
  timeZone: string,
): string {
  const instant = mail.sentAt.getTime();
  const id = createHash('sha1')
    .update(`${index}:${instant}:${mail.subject}:${mail.to.join(',')}`)
    .digest('hex')
    .slice(0, 24);
  const headers = [
    `From: ${mailbox(mail.from, mail.name)}`,
    `To: ${mail.to.join(', ')}`,
    mail.cc.length > 0 ? `Cc: ${mail.cc.join(', ')}` : '',
    mail.bcc.length > 0 ? `Bcc: ${mail.bcc.join(', ')}` : '',
    mail.replyTo ? `Reply-To: ${mail.replyTo}` : '',
    `Subject: ${encodeWords(mail.subject)}`,
    `Date: ${formatSimpleDate(instant, timeZone, 'EEE, d MMM yyyy HH:mm:ss Z')}`,
    `Message-ID: <${id}@emulator.invalid>`,
    'MIME-Version: 1.0',
  ].filter(line => line !== '');

  const plain = textPart('text/plain', mail.body, 'qp');
  let content =
    mail.htmlBody === undefined
      ? plain
      : multipart('alternative', `=_alt_${id}`, [
          plain,
          textPart('text/html', mail.htmlBody, 'base64'),
        ]);
  if (mail.attachments.length > 0) {
    content = multipart('mixed', `=_mix_${id}`, [
      content,
      ...mail.attachments.map(attachmentPart),
    ]);
  }
  return (
    headers.join(CRLF) + CRLF + content + (content.endsWith(CRLF) ? '' : CRLF)
  );
}

/** Writes every message as `mail-001.eml`, … in `dir` and returns the paths. */
export function writeEmlFiles(
  outbox: SentMail[],
  dir: string,
  timeZone: string,
): string[] {
  mkdirSync(dir, {recursive: true});
  return outbox.map((mail, i) => {
    const path = join(dir, `mail-${String(i + 1).padStart(3, '0')}.eml`);
    writeFileSync(path, buildEml(mail, i + 1, timeZone), 'utf8');
    return path;
  });
}

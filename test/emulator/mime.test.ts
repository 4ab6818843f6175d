// writeEml: the .eml files parsed back by mailparser, as a mail client reads them.

import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {simpleParser} from 'mailparser';
import {encodeWords, quotedPrintable} from '../../tools/emulator/mime';
import {makeEmulator, servicesOf} from './helpers';

const SUBJECT =
  'Tổng hợp báo cáo tuần 24 – Đảng ủy xã Bắc Hà, tỉnh Lào Cai: 5 nhiệm vụ quá hạn cần xử lý';
const BODY =
  'Kính gửi đồng chí Bí thư,\nCó 5 nhiệm vụ quá hạn. Dòng rất dài '.repeat(3) +
  'kết thúc.';
const HTML =
  '<p>Kính gửi <b>đồng chí Bí thư</b>,</p><p>Có 5 nhiệm vụ quá hạn.</p>';
const ATTACHMENT_NAME =
  'Báo cáo quý II năm 2026 của Đảng ủy xã Bắc Hà gửi Ban Thường vụ.txt';

function sendAndWrite() {
  const emulator = makeEmulator();
  const {MailApp, Utilities} = servicesOf(emulator);
  MailApp.sendEmail({
    to: 'bithu@bacha.example',
    cc: 'vanphong@bacha.example',
    subject: SUBJECT,
    body: BODY,
    htmlBody: HTML,
    name: 'Văn phòng Đảng ủy',
    replyTo: 'vanphong@bacha.example',
    attachments: [
      Utilities.newBlob('Báo cáo quý II', 'text/plain', ATTACHMENT_NAME),
    ],
  });
  MailApp.sendEmail('donvi@bacha.example', 'Plain subject', 'Only text');
  const dir = mkdtempSync(join(tmpdir(), 'eml-'));
  return emulator.writeEml(dir);
}

describe('writeEml', () => {
  test('one file per message', () => {
    const paths = sendAndWrite();
    expect(paths).toHaveLength(2);
    expect(paths[0]).toMatch(/mail-001\.eml$/);
  });

  test('headers parse back', async () => {
    const parsed = await simpleParser(readFileSync(sendAndWrite()[0]));
    expect(parsed.subject).toBe(SUBJECT);
    const from = parsed.from!.value[0];
    expect(from.name).toBe('Văn phòng Đảng ủy');
    expect(from.address).toBe('vanphong@bacha.example');
    expect(parsed.replyTo!.value[0].address).toBe('vanphong@bacha.example');
    expect(parsed.messageId).toMatch(/^<[0-9a-f]{24}@emulator\.invalid>$/);
    expect(parsed.date!.getTime()).toBe(
      new Date('2026-06-12T08:00:00Z').getTime(),
    );
  });

  test('date header in +0700', () => {
    const text = readFileSync(sendAndWrite()[0], 'utf8');
    expect(text).toMatch(/^Date: Fri, 12 Jun 2026 15:00:00 \+0700\r$/m);
  });

  test('bodies parse back', async () => {
    const parsed = await simpleParser(readFileSync(sendAndWrite()[0]));
    expect(parsed.text!.trim()).toBe(BODY);
    expect(parsed.html).toBe(HTML);
  });

  test('attachment parses back', async () => {
    const parsed = await simpleParser(readFileSync(sendAndWrite()[0]));
    expect(parsed.attachments).toHaveLength(1);
    expect(parsed.attachments[0].filename).toBe(ATTACHMENT_NAME);
    expect(parsed.attachments[0].content.toString('utf8')).toBe(
      'Báo cáo quý II',
    );
  });

  test('plain message has one part', async () => {
    const text = readFileSync(sendAndWrite()[1], 'utf8');
    expect(text).not.toContain('multipart');
    const parsed = await simpleParser(text);
    expect(parsed.text!.trim()).toBe('Only text');
  });

  test('lines at most 78 characters', () => {
    const text = readFileSync(sendAndWrite()[0], 'utf8');
    const long = text.split('\r\n').filter(line => line.length > 78);
    expect(long).toEqual([]);
  });
});

describe('encoders', () => {
  test('ASCII header stays plain', () => {
    expect(encodeWords('Weekly summary')).toBe('Weekly summary');
  });

  test('encoded words within 75 characters', () => {
    const words = encodeWords(SUBJECT).split('\r\n ');
    expect(words.length).toBeGreaterThan(1);
    for (const word of words) expect(word.length).toBeLessThanOrEqual(75);
  });

  test('quoted-printable escapes equals and trailing space', () => {
    expect(quotedPrintable('a=b ')).toBe('a=3Db=20');
  });
});

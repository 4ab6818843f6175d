// MailApp: overloads, recipient counting, quotas and limits with Apps Script's error texts.

import {makeEmulator, servicesOf} from './helpers';

function setup(account: 'consumer' | 'workspace' = 'consumer') {
  const emulator = makeEmulator({account});
  return {
    emulator,
    MailApp: servicesOf(emulator).MailApp,
    Utilities: servicesOf(emulator).Utilities,
  };
}

function addresses(count: number): string {
  return Array.from({length: count}, (_, i) => `nguoi${i}@bacha.example`).join(
    ',',
  );
}

describe('MailApp.sendEmail', () => {
  test('three-argument form', () => {
    const {emulator, MailApp} = setup();
    MailApp.sendEmail('donvi@bacha.example', 'Chủ đề', 'Nội dung');
    expect(emulator.outbox[0].to).toEqual(['donvi@bacha.example']);
    expect(emulator.outbox[0].subject).toBe('Chủ đề');
    expect(emulator.outbox[0].body).toBe('Nội dung');
  });

  test('options form', () => {
    const {emulator, MailApp, Utilities} = setup();
    MailApp.sendEmail('a@bacha.example', 'S', 'B', {
      cc: 'b@bacha.example',
      bcc: 'c@bacha.example',
      htmlBody: '<p>B</p>',
      name: 'Văn phòng Đảng ủy',
      replyTo: 'vp@bacha.example',
      attachments: [Utilities.newBlob('x', 'text/plain', 'ghi-chu.txt')],
    });
    const sent = emulator.outbox[0];
    expect(sent.cc).toEqual(['b@bacha.example']);
    expect(sent.bcc).toEqual(['c@bacha.example']);
    expect(sent.htmlBody).toBe('<p>B</p>');
    expect(sent.name).toBe('Văn phòng Đảng ủy');
    expect(sent.replyTo).toBe('vp@bacha.example');
    expect(sent.attachments[0].name).toBe('ghi-chu.txt');
    expect(sent.sentAt.getTime()).toBe(emulator.ctx.clock.now());
  });

  test('message object form', () => {
    const {emulator, MailApp} = setup();
    MailApp.sendEmail({
      to: 'a@bacha.example, Tên <b@bacha.example>',
      subject: 'S',
      body: 'B',
    });
    expect(emulator.outbox[0].to).toEqual([
      'a@bacha.example',
      'b@bacha.example',
    ]);
  });

  test('four-string form', () => {
    const {emulator, MailApp} = setup();
    MailApp.sendEmail('a@bacha.example', 'reply@bacha.example', 'S', 'B');
    expect(emulator.outbox[0].replyTo).toBe('reply@bacha.example');
    expect(emulator.outbox[0].subject).toBe('S');
  });

  test('invalid address', () => {
    const {MailApp} = setup();
    expect(() => MailApp.sendEmail('khong-phai-email', 'S', 'B')).toThrow(
      'Invalid email: khong-phai-email',
    );
  });

  test('no recipient', () => {
    const {MailApp} = setup();
    expect(() => MailApp.sendEmail({to: '', subject: 'S', body: 'B'})).toThrow(
      'Failed to send email: no recipient',
    );
  });

  test('51 recipients rejected', () => {
    const {emulator, MailApp} = setup();
    expect(() =>
      MailApp.sendEmail({
        to: addresses(40),
        cc: addresses(11),
        subject: 'S',
        body: 'B',
      }),
    ).toThrow('Limit Exceeded: Email Recipients Per Message.');
    expect(emulator.outbox).toHaveLength(0);
  });

  test('50 recipients accepted', () => {
    const {emulator, MailApp} = setup();
    MailApp.sendEmail({
      to: addresses(30),
      cc: addresses(10),
      bcc: addresses(10),
      subject: 'S',
      body: 'B',
    });
    expect(emulator.outbox).toHaveLength(1);
  });

  test('body size limit consumer', () => {
    const {MailApp} = setup();
    expect(() =>
      MailApp.sendEmail('a@bacha.example', 'S', 'x'.repeat(200 * 1024 + 1)),
    ).toThrow('Limit Exceeded: Email Body Size.');
    expect(() =>
      MailApp.sendEmail('a@bacha.example', 'S', 'x'.repeat(200 * 1024)),
    ).not.toThrow();
  });

  test('body size limit workspace', () => {
    const {MailApp} = setup('workspace');
    expect(() =>
      MailApp.sendEmail('a@bacha.example', 'S', 'x'.repeat(300 * 1024)),
    ).not.toThrow();
    expect(() =>
      MailApp.sendEmail('a@bacha.example', 'S', 'x'.repeat(400 * 1024 + 1)),
    ).toThrow('Limit Exceeded: Email Body Size.');
  });

  test('transient failure hook', () => {
    const {emulator, MailApp} = setup();
    emulator.emu.mail.failNext(1, 'Máy chủ bận');
    expect(() => MailApp.sendEmail('a@bacha.example', 'S', 'B')).toThrow(
      'Máy chủ bận',
    );
    MailApp.sendEmail('a@bacha.example', 'S', 'B');
    expect(emulator.outbox).toHaveLength(1);
    expect(MailApp.getRemainingDailyQuota()).toBe(99);
  });
});

describe('MailApp quota', () => {
  test('consumer counts every recipient', () => {
    const {MailApp} = setup();
    MailApp.sendEmail({
      to: addresses(2),
      cc: addresses(1),
      bcc: addresses(1),
      subject: 'S',
      body: 'B',
    });
    expect(MailApp.getRemainingDailyQuota()).toBe(96);
  });

  test('workspace quota', () => {
    const {MailApp} = setup('workspace');
    expect(MailApp.getRemainingDailyQuota()).toBe(1500);
  });

  test('101st recipient rejected', () => {
    const {emulator, MailApp} = setup();
    MailApp.sendEmail({to: addresses(50), subject: 'S', body: 'B'});
    MailApp.sendEmail({to: addresses(49), subject: 'S', body: 'B'});
    expect(() =>
      MailApp.sendEmail({to: addresses(2), subject: 'S', body: 'B'}),
    ).toThrow('Service invoked too many times for one day: email.');
    MailApp.sendEmail('a@bacha.example', 'S', 'B');
    expect(emulator.outbox).toHaveLength(3);
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
  });

  test('quota resets at Pacific midnight', () => {
    const {emulator, MailApp} = setup();
    MailApp.sendEmail({to: addresses(50), subject: 'S', body: 'B'});
    const resetsAt = emulator.emu.mail.quota.resetsAt();
    emulator.ctx.clock.set(resetsAt - 1000);
    expect(MailApp.getRemainingDailyQuota()).toBe(50);
    emulator.ctx.clock.set(resetsAt);
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
  });

  test('counts calls', () => {
    const {emulator, MailApp} = setup();
    MailApp.sendEmail('a@bacha.example', 'S', 'B');
    MailApp.getRemainingDailyQuota();
    expect(emulator.ctx.counter.byService().MailApp).toBe(2);
  });
});

// End to end: the fixture bundle loaded through gas-local, run as executions, triggered by
// edits and by the clock.

import {FRIDAY_AFTERNOON, makeEmulator, servicesOf} from './helpers';

describe('loader', () => {
  test('run before load throws', () => {
    const emulator = makeEmulator();
    expect(() => emulator.run('countRuns')).toThrow('call emulator.load()');
  });

  test('globals reset between executions', () => {
    const emulator = makeEmulator();
    emulator.load();
    expect(emulator.run('countRuns')).toBe(1);
    expect(emulator.run('countRuns')).toBe(1);
  });

  test('sandbox Date follows the clock', () => {
    const emulator = makeEmulator();
    emulator.load();
    const dates = emulator.run('inspectDates') as Record<string, unknown>;
    expect(dates.isDate).toBe(true);
    expect(dates.now).toBe(FRIDAY_AFTERNOON.getTime());
    expect(dates.dateNow).toBe(FRIDAY_AFTERNOON.getTime());
    expect(dates.plainCall).toBe('string');
    expect(dates.hasSetTimeout).toBe(false);
  });

  test('unknown function', () => {
    const emulator = makeEmulator();
    emulator.load();
    expect(() => emulator.run('missing')).toThrow(
      'Script function not found: missing',
    );
  });

  test('uncaught error recorded and rethrown', () => {
    const emulator = makeEmulator();
    emulator.load();
    expect(() => emulator.run('failLoudly')).toThrow(
      'Không đọc được tab Cấu hình',
    );
    const last = emulator.executions.at(-1)!;
    expect(last.ok).toBe(false);
    expect(last.error).toBe('Error: Không đọc được tab Cấu hình');
  });
});

describe('end to end', () => {
  test('menu, triggers and weekly mail', () => {
    const emulator = makeEmulator();
    emulator.load();
    emulator.openAgain();
    expect(emulator.ui.menus).toHaveLength(1);
    expect(emulator.ui.menus[0].addon).toBe(true);

    expect(emulator.clickMenu('Cài đặt')).toBe(2);
    const clock = emulator.triggers().find(t => t.eventType === 'CLOCK')!;
    expect(clock.handler).toBe('sendReminder');

    // Friday 12 June 15:00 → Friday 19 June 09:00: exactly one Friday 08:xx slot passes.
    emulator.advanceTo(new Date('2026-06-19T02:00:00Z'), {doubleFire: true});
    const fired = emulator.executions.filter(e => e.kind === 'timeTrigger');
    expect(fired).toHaveLength(2);
    expect(fired.every(e => e.ok)).toBe(true);
    expect(emulator.outbox).toHaveLength(1);
    expect(emulator.outbox[0].subject).toBe('Nhắc báo cáo tuần 2026-06-19');
    expect(emulator.outbox[0].to).toEqual(['donvi@bacha.example']);
    expect(emulator.outbox[0].from).toBe('vanphong@bacha.example');

    const stamp = emulator.emu.properties.script.get('reminder:2026-06-19')!;
    expect(stamp).toMatch(/^Fri 08:\d\d \d+$/);
    expect(stamp.endsWith(clock.uid)).toBe(true);
  });

  test('edit fires simple and installable onEdit', () => {
    const emulator = makeEmulator({activeUser: 'ketoan@bacha.example'});
    emulator.load();
    emulator.run('setup', {kind: 'menu', user: 'vanphong@bacha.example'});
    emulator.workbook.cells.set('Nhiệm vụ!5:3', 'Chưa bắt đầu');

    const result = emulator.userEdit('Nhiệm vụ', 5, 3, 'Đang thực hiện');
    expect(result.accepted).toBe(true);

    const simple = JSON.parse(
      emulator.emu.properties.script.get('simpleEdit')!,
    );
    expect(simple.authMode).toBe('LIMITED');
    expect(simple.value).toBe('Đang thực hiện');
    expect(simple.oldValue).toBe('Chưa bắt đầu');
    expect(simple.user).toBe('');
    expect(simple.activeUser).toBe('');

    const installable = JSON.parse(
      emulator.emu.properties.script.get('installableEdit')!,
    );
    expect(installable.authMode).toBe('FULL');
    expect(installable.triggerUid).toBe(
      emulator.triggers().find(t => t.eventType === 'ON_EDIT')!.uid,
    );
    expect(installable.effectiveUser).toBe('vanphong@bacha.example');
    // On a consumer account, a trigger gets '' for another person's email.
    expect(installable.user).toBe('');
  });

  test('rejected edit fires nothing', () => {
    const emulator = makeEmulator();
    emulator.load();
    const result = emulator.userEdit('Nhật ký', 2, 1, 'sửa');
    expect(result.accepted).toBe(false);
    expect(emulator.executions).toHaveLength(0);
  });

  test('paste has no value fields', () => {
    const emulator = makeEmulator();
    emulator.load();
    emulator.userPaste('Nhiệm vụ', 2, 2, [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const simple = JSON.parse(
      emulator.emu.properties.script.get('simpleEdit')!,
    );
    expect(simple.hasValue).toBe(false);
  });

  test('simple trigger cannot send mail', () => {
    const emulator = makeEmulator();
    emulator.load();
    expect(() => emulator.run('mailFromHere', {kind: 'simpleTrigger'})).toThrow(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
  });

  test('AuthMode NONE builds menus only', () => {
    const emulator = makeEmulator();
    emulator.load();
    emulator.openAgain({authMode: 'NONE'});
    expect(emulator.ui.menus).toHaveLength(1);
    expect(() => emulator.run('countRuns', {authMode: 'NONE'})).not.toThrow();
    expect(() => emulator.run('callForever', {authMode: 'NONE'})).toThrow(
      'Authorization is required to perform that action.',
    );
  });

  test('template calls script functions', () => {
    const emulator = makeEmulator();
    emulator.load();
    const html = emulator.run('greeting') as string;
    expect(html).toContain('Xin chào &lt;b&gt;Đào &amp; Lê&lt;/b&gt;');
    expect(html).toContain('<i>nguyên văn</i>');
    expect(html).toContain('<span>0</span><span>1</span>');
    expect(html).toContain('<em>từ hàm của kịch bản</em>');
  });
});

describe('execution limits', () => {
  test('six minutes then next call throws', () => {
    const emulator = makeEmulator({latencyMs: () => 1000});
    emulator.load();
    expect(() => emulator.run('callForever')).toThrow(
      'Exceeded maximum execution time',
    );
    const last = emulator.executions.at(-1)!;
    const elapsed = last.end.getTime() - last.start.getTime();
    expect(elapsed).toBeGreaterThan(360000);
    expect(elapsed).toBeLessThanOrEqual(362000);
  });

  test('caught timeout still ends the run', () => {
    const emulator = makeEmulator({latencyMs: () => 1000});
    emulator.load();
    expect(() => emulator.run('callForeverCatching')).toThrow(
      'Exceeded maximum execution time',
    );
  });

  test('simple trigger limit is 30 s', () => {
    const emulator = makeEmulator({latencyMs: () => 1000});
    emulator.load();
    expect(() => emulator.run('callForever', {kind: 'simpleTrigger'})).toThrow(
      'Exceeded maximum execution time',
    );
    const last = emulator.executions.at(-1)!;
    expect(last.end.getTime() - last.start.getTime()).toBeLessThan(40000);
  });

  test('locks end with the execution', () => {
    const emulator = makeEmulator();
    emulator.load();
    emulator.ui.queueResponse({button: 'OK'});
    expect(emulator.run('holdLockAndAlert')).toEqual([true, false]);
    emulator.ui.queueResponse({button: 'OK'});
    expect(emulator.run('holdLockAndAlert')).toEqual([true, false]);
  });

  test('daily trigger runtime quota', () => {
    // 08:00Z is 01:00 in Los Angeles, so the next 20 hours stay in one quota day.
    const emulator = makeEmulator({latencyMs: () => 1000});
    emulator.load();
    const {ScriptApp} = servicesOf(emulator);
    ScriptApp.newTrigger('callForever').timeBased().everyHours(1).create();
    emulator.advanceTo(new Date(FRIDAY_AFTERNOON.getTime() + 20 * 3600000));
    const errors = emulator.executions.map(e => e.error);
    expect(errors).toHaveLength(20);
    expect(
      errors
        .slice(0, 15)
        .every(e => e === 'Exception: Exceeded maximum execution time'),
    ).toBe(true);
    expect(errors[15]).toBe(
      'Exception: Service using too much computer time for one day.',
    );
  });
});

describe('clock', () => {
  test('advanceTo recalculates formulas', () => {
    const emulator = makeEmulator();
    emulator.advanceTo(new Date('2026-06-13T00:00:00Z'));
    expect(emulator.workbook.recalculations).toBe(1);
  });
});

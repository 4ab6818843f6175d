// ScriptApp triggers: builders, limits, schedule math and the time-driven event object.

import {formatSimpleDate} from '../../tools/emulator/simple-date-format';
import {FRIDAY_AFTERNOON, makeEmulator, servicesOf} from './helpers';

const HCM = 'Asia/Ho_Chi_Minh';

function hanoi(date: Date): string {
  return formatSimpleDate(date.getTime(), HCM, 'yyyy-MM-dd EEE HH:mm:ss');
}

function clockRuns(emulator: ReturnType<typeof makeEmulator>) {
  return emulator.executions.filter(e => e.kind === 'timeTrigger');
}

describe('clock schedule', () => {
  test('daily atHour across a month with doubleFire', () => {
    const emulator = makeEmulator();
    emulator.load();
    const {ScriptApp} = servicesOf(emulator);
    ScriptApp.newTrigger('recordClock')
      .timeBased()
      .everyDays(1)
      .atHour(8)
      .create();

    emulator.advanceTo(new Date('2026-07-12T08:00:00Z'), {doubleFire: true});
    const runs = clockRuns(emulator);
    // 13 June … 12 July: 30 days, each delivered twice.
    expect(runs).toHaveLength(60);
    const slots = new Set(runs.map(r => hanoi(r.start).slice(-8)));
    expect(slots.size).toBe(1);
    expect([...slots][0]).toMatch(/^08:\d\d:\d\d$/);
    expect(hanoi(runs[0].start).slice(0, 10)).toBe('2026-06-13');
    expect(hanoi(runs[59].start).slice(0, 10)).toBe('2026-07-12');
  });

  test('Friday 08:xx in Hanoi', () => {
    const emulator = makeEmulator();
    emulator.load();
    const {ScriptApp} = servicesOf(emulator);
    ScriptApp.newTrigger('recordClock')
      .timeBased()
      .onWeekDay(ScriptApp.WeekDay.FRIDAY)
      .atHour(8)
      .inTimezone(HCM)
      .create();
    emulator.advanceTo(new Date('2026-07-11T00:00:00Z'));
    const starts = clockRuns(emulator).map(r => hanoi(r.start));
    expect(starts).toHaveLength(4);
    for (const start of starts)
      expect(start).toMatch(/^2026-0[67]-\d\d Fri 08:/);
  });

  test('nearMinute stays within 15 minutes', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const emulator = makeEmulator({seed});
      emulator.load();
      servicesOf(emulator)
        .ScriptApp.newTrigger('recordClock')
        .timeBased()
        .everyDays(1)
        .atHour(14)
        .nearMinute(0)
        .create();
      emulator.advanceTo(new Date('2026-06-13T12:00:00Z'));
      const start = clockRuns(emulator)[0].start.getTime();
      const target = Date.UTC(2026, 5, 13, 7, 0);
      expect(Math.abs(start - target)).toBeLessThanOrEqual(15 * 60000 + 59000);
    }
  });

  test('slot differs between seeds', () => {
    const minutes = new Set<string>();
    for (let seed = 1; seed <= 5; seed++) {
      const emulator = makeEmulator({seed});
      emulator.load();
      servicesOf(emulator)
        .ScriptApp.newTrigger('recordClock')
        .timeBased()
        .everyDays(1)
        .atHour(8)
        .create();
      emulator.advanceTo(new Date('2026-06-13T02:00:00Z'));
      minutes.add(hanoi(clockRuns(emulator)[0].start));
    }
    expect(minutes.size).toBeGreaterThan(1);
  });

  test('everyMinutes interval', () => {
    const emulator = makeEmulator();
    emulator.load();
    servicesOf(emulator)
      .ScriptApp.newTrigger('recordClock')
      .timeBased()
      .everyMinutes(15)
      .create();
    emulator.advanceTo(new Date(FRIDAY_AFTERNOON.getTime() + 3600000));
    const starts = clockRuns(emulator).map(
      r => r.start.getTime() - FRIDAY_AFTERNOON.getTime(),
    );
    expect(starts).toEqual([900000, 1800000, 2700000, 3600000]);
  });

  test('onMonthDay fires monthly', () => {
    const emulator = makeEmulator();
    emulator.load();
    servicesOf(emulator)
      .ScriptApp.newTrigger('recordClock')
      .timeBased()
      .onMonthDay(1)
      .atHour(6)
      .create();
    emulator.advanceTo(new Date('2026-09-02T00:00:00Z'));
    const days = clockRuns(emulator).map(r => hanoi(r.start).slice(0, 10));
    expect(days).toEqual(['2026-07-01', '2026-08-01', '2026-09-01']);
  });

  test('after fires once', () => {
    const emulator = makeEmulator();
    emulator.load();
    servicesOf(emulator)
      .ScriptApp.newTrigger('recordClock')
      .timeBased()
      .after(60000)
      .create();
    emulator.advanceTo(new Date(FRIDAY_AFTERNOON.getTime() + 86400000));
    expect(clockRuns(emulator)).toHaveLength(1);
    expect(clockRuns(emulator)[0].start.getTime()).toBe(
      FRIDAY_AFTERNOON.getTime() + 60000,
    );
  });

  test('at fires at the date', () => {
    const emulator = makeEmulator();
    emulator.load();
    const when = new Date('2026-06-15T03:00:00Z');
    servicesOf(emulator)
      .ScriptApp.newTrigger('recordClock')
      .timeBased()
      .at(when)
      .create();
    emulator.advanceTo(new Date('2026-06-20T00:00:00Z'));
    expect(clockRuns(emulator).map(r => r.start.getTime())).toEqual([
      when.getTime(),
    ]);
  });

  test('clock cannot go back', () => {
    const emulator = makeEmulator();
    expect(() => emulator.advanceTo(new Date('2026-01-01T00:00:00Z'))).toThrow(
      'Cannot move the clock back',
    );
  });
});

describe('clock event', () => {
  test('fields of the event', () => {
    const emulator = makeEmulator();
    emulator.load();
    const trigger = servicesOf(emulator)
      .ScriptApp.newTrigger('recordClock')
      .timeBased()
      .after(3600000)
      .create();
    emulator.advanceTo(new Date('2026-06-13T00:00:00Z'));
    const event = JSON.parse(emulator.emu.log.entries[0].message);
    expect(event.authMode).toBe('FULL');
    expect(event.triggerUid).toBe(trigger.getUniqueId());
    expect(event.year).toBe(2026);
    expect(event.month).toBe(6);
    expect(event['day-of-month']).toBe(12);
    expect(event['day-of-week']).toBe(5);
    expect(event.hour).toBe(9);
    expect(event.minute).toBe(0);
    expect(event.second).toBe(0);
    expect(event['week-of-year']).toBe(24);
    expect(event.timezone).toBe('UTC');
  });
});

describe('ScriptApp', () => {
  test('trigger getters', () => {
    const emulator = makeEmulator();
    const {ScriptApp, SpreadsheetApp} = servicesOf(emulator);
    const trigger = ScriptApp.newTrigger('recordEdit')
      .forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet())
      .onEdit()
      .create();
    expect(trigger.getHandlerFunction()).toBe('recordEdit');
    expect(trigger.getEventType()).toBe(ScriptApp.EventType.ON_EDIT);
    expect(trigger.getTriggerSource()).toBe(
      ScriptApp.TriggerSource.SPREADSHEETS,
    );
    expect(trigger.getTriggerSourceId()).toBe('stub-spreadsheet-id');
    expect(trigger.getUniqueId()).toMatch(/^\d{19}$/);
  });

  test('clock trigger has no source id', () => {
    const {ScriptApp} = servicesOf(makeEmulator());
    const trigger = ScriptApp.newTrigger('recordClock')
      .timeBased()
      .everyHours(2)
      .create();
    expect(trigger.getTriggerSource()).toBe('CLOCK');
    expect(trigger.getTriggerSourceId()).toBeNull();
  });

  test('20 triggers per user', () => {
    const {ScriptApp} = servicesOf(makeEmulator());
    for (let i = 0; i < 20; i++)
      ScriptApp.newTrigger('recordClock').timeBased().everyHours(1).create();
    expect(() =>
      ScriptApp.newTrigger('recordClock').timeBased().everyHours(1).create(),
    ).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  });

  test('project triggers are per user', () => {
    const emulator = makeEmulator();
    emulator.load();
    emulator.run('installFromHere', {user: 'a@bacha.example'});
    emulator.run('installFromHere', {user: 'b@bacha.example'});
    emulator.run('installFromHere', {user: 'b@bacha.example'});
    const {ScriptApp} = servicesOf(emulator);
    expect(emulator.triggers()).toHaveLength(3);
    expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
    expect(makeOwnerCount(emulator, 'b@bacha.example')).toBe(2);
  });

  test('deleteTrigger removes it', () => {
    const {ScriptApp} = servicesOf(makeEmulator());
    const trigger = ScriptApp.newTrigger('recordClock')
      .timeBased()
      .everyHours(1)
      .create();
    ScriptApp.deleteTrigger(trigger);
    expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
  });

  test.each([2, 3, 20, 60])('everyMinutes(%i) rejected', minutes => {
    const {ScriptApp} = servicesOf(makeEmulator());
    expect(() =>
      ScriptApp.newTrigger('f').timeBased().everyMinutes(minutes),
    ).toThrow('Invalid argument: minutes');
  });

  test('everyHours(3) rejected', () => {
    const {ScriptApp} = servicesOf(makeEmulator());
    expect(() => ScriptApp.newTrigger('f').timeBased().everyHours(3)).toThrow(
      'Invalid argument: hours',
    );
  });

  test('unknown zone rejected', () => {
    const {ScriptApp} = servicesOf(makeEmulator());
    expect(() =>
      ScriptApp.newTrigger('f').timeBased().inTimezone('Mars/Base'),
    ).toThrow('Invalid argument: timezone');
  });

  test('no recurrence rejected', () => {
    const {ScriptApp} = servicesOf(makeEmulator());
    expect(() =>
      ScriptApp.newTrigger('f').timeBased().atHour(8).create(),
    ).toThrow('no recurrence');
  });

  test('simple trigger cannot create', () => {
    const emulator = makeEmulator();
    emulator.load();
    expect(() =>
      emulator.run('installFromHere', {kind: 'simpleTrigger'}),
    ).toThrow(
      'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
  });

  test('authorization info by mode', () => {
    const emulator = makeEmulator();
    const {ScriptApp} = servicesOf(emulator);
    expect(ScriptApp.getAuthorizationInfo().getAuthorizationStatus()).toBe(
      'NOT_REQUIRED',
    );
    emulator.ctx.execution = {
      functionName: 'onOpen',
      kind: 'simpleTrigger',
      authMode: 'NONE',
      activeUser: '',
      startedAt: emulator.ctx.clock.now(),
    };
    expect(ScriptApp.getAuthorizationInfo().getAuthorizationStatus()).toBe(
      ScriptApp.AuthorizationStatus.REQUIRED,
    );
  });

  test('counts calls by class', () => {
    const emulator = makeEmulator();
    servicesOf(emulator)
      .ScriptApp.newTrigger('f')
      .timeBased()
      .everyDays(1)
      .atHour(8)
      .create();
    const counts = emulator.ctx.counter.byMethod();
    expect(counts['ScriptApp.newTrigger']).toBe(1);
    expect(counts['TriggerBuilder.timeBased']).toBe(1);
    expect(counts['ClockTriggerBuilder.atHour']).toBe(1);
    expect(counts['ClockTriggerBuilder.create']).toBe(1);
  });
});

describe('add-on rules', () => {
  test('one trigger per type', () => {
    const {ScriptApp} = servicesOf(makeEmulator({asAddon: true}));
    ScriptApp.newTrigger('f').timeBased().everyDays(1).atHour(8).create();
    expect(() =>
      ScriptApp.newTrigger('g').timeBased().everyHours(1).create(),
    ).toThrow('already has a trigger of this type');
  });

  test('clock at most hourly', () => {
    const {ScriptApp} = servicesOf(makeEmulator({asAddon: true}));
    expect(() =>
      ScriptApp.newTrigger('f').timeBased().everyMinutes(30).create(),
    ).toThrow('at most once per hour');
  });

  test('edit and clock may coexist', () => {
    const {ScriptApp, SpreadsheetApp} = servicesOf(
      makeEmulator({asAddon: true}),
    );
    ScriptApp.newTrigger('f').timeBased().everyDays(1).create();
    ScriptApp.newTrigger('g')
      .forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet())
      .onEdit()
      .create();
    expect(ScriptApp.getProjectTriggers()).toHaveLength(2);
  });
});

function makeOwnerCount(
  emulator: ReturnType<typeof makeEmulator>,
  owner: string,
): number {
  return emulator.triggers().filter(t => t.owner === owner).length;
}
